package org.budgetdisclosure.budget.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.budgetdisclosure.budget.support.PostgresTestResource;
import org.budgetdisclosure.budget.support.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.budgetdisclosure.budget.rest.BudgetApiTest.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ClassificationApiTest {

    @Test
    void servesAllThirtyClassesOfTheYearAsTheTopOfTheTree() {
        given().queryParam("depth", 1).get("/api/v1/classifications/functional/2025").then().statusCode(200)
                .body("$", hasSize(30))
                .body("[0].code", equalTo("201")).body("[29].name", equalTo("抗疫特别国债安排的支出"))
                .body("[0].children", hasSize(0));
    }

    @Test
    void servesABranchDownToTheRequestedDepth() {
        given().queryParam("root", "208").get("/api/v1/classifications/functional/2025").then().statusCode(200)
                .body("[0].name", equalTo("社会保障和就业支出"))
                .body("[0].children.code", hasItem("20805"))
                .body("[0].children.find { it.code == '20805' }.children.code", hasItem("2080501"));
    }

    @Test
    void looksUpOneCode() {
        given().get("/api/v1/classifications/functional/2025/2150805").then().statusCode(200)
                .body("name", equalTo("中小企业发展专项")).body("level", equalTo(3)).body("parentCode", equalTo("21508"));
        assertProblem(given().get("/api/v1/classifications/functional/2025/2159998"), 404, "not-found");
    }

    @Test
    void mapsDepartmentToGovernmentEconomicItems() {
        given().get("/api/v1/economic-mappings/2025").then().statusCode(200)
                .body("find { it.departmentCode == '30226' }.governmentName", equalTo("委托业务费"))
                .body("find { it.departmentCode == '30309' }.governmentName", equalTo("社会福利和救助"));
    }

    @Test
    void loadsACompleteYearFromAFile() {
        String csv = "code,name,level,parent_code\n201,一般公共服务支出,类,\n20101,人大事务,款,201\n2010101,行政运行,项,20101\n";
        Tokens.asAdmin().contentType("text/csv; charset=UTF-8").body(csv).put("/api/v1/classifications/functional/2019").then().statusCode(200)
                .body("entries", equalTo(3));
        given().get("/api/v1/classifications/functional/2019/2010101").then().statusCode(200).body("name", equalTo("行政运行"));
    }

    @Test
    void refusesABadCatalogueFileWholeAndKeepsTheOldOne() {
        String good = "code,name,level,parent_code\n201,一般公共服务支出,类,\n";
        Tokens.asAdmin().contentType("text/csv; charset=UTF-8").body(good).put("/api/v1/classifications/functional/2018").then().statusCode(200);
        String bad = "code,name,level,parent_code\n202,外交支出,类,\n20201,外交管理事务,项,202\n2029901,x,项,20299\n";
        Tokens.asAdmin().contentType("text/csv; charset=UTF-8").body(bad).put("/api/v1/classifications/functional/2018").then().statusCode(422)
                .body("errors.field", hasItem("line 3.level"))
                .body("errors.field", hasItem("code 2029901"));
        given().get("/api/v1/classifications/functional/2018").then().body("code", equalTo(java.util.List.of("201")));
    }

    @Test
    void listsTheFundingSourcesInPrintedOrder() {
        given().get("/api/v1/funding-sources").then().statusCode(200)
                .body("name", equalTo(java.util.List.of("一般公共预算", "政府性基金预算", "国有资本经营预算", "财政专户管理资金", "单位资金")))
                .body("fiscalAppropriation", equalTo(java.util.List.of(true, true, true, false, false)));
    }

    @Test
    void answersAnUnknownSchemeWithAProblem() {
        assertProblem(given().get("/api/v1/classifications/astrological/2025"), 404, "not-found");
    }
}
