package org.budgetdisclosure.asset.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.budgetdisclosure.asset.support.PostgresTestResource;
import org.budgetdisclosure.asset.support.SampleLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance test: the seed's sections 九, 十一 and 十二, loaded from samples/asset/ exactly as
 * samples/load-asset.sh loads them, come back from the snapshot as the disclosure states them.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SampleAcceptanceTest {

    /** These tests state the draft's behaviour: plain reads are a viewer's draft reads, writes send the ETag read. */
    @org.junit.jupiter.api.BeforeAll
    static void readAndWriteTheDraft() {
        org.budgetdisclosure.asset.support.Drafts.install();
    }

    @org.junit.jupiter.api.AfterAll
    static void plainRequestsAgain() {
        org.budgetdisclosure.asset.support.Drafts.uninstall();
    }

    @BeforeEach
    void loadSamples() {
        SampleLoader.loadAll();
    }

    /**
     * Publishes the sample (the next revision, or a replay when the latest already holds it) and proves the public
     * read serves the same figures: byte for byte what the draft answers, for the snapshot and every grid.
     */
    @Test
    void shouldStateTheSameFiguresThroughAPublishedRevision() {
        var revisions = given().header(org.budgetdisclosure.asset.support.Tokens.asViewer())
                .get("/api/v1/assets/402001/2025/revisions").then().statusCode(200).extract().jsonPath();
        Integer latest = revisions.get("latest");
        boolean same = latest != null && revisions.getString("draftHash").equals(revisions.getString("items[0].contentHash"));
        int n = same ? latest : (latest == null ? 1 : latest + 1);
        given().header(org.budgetdisclosure.asset.support.Tokens.asPublisherOf("402001"))
                .put("/api/v1/assets/402001/2025/revisions/" + n).then().statusCode(same ? 200 : 201);
        for (String path : List.of("", "/grids/vehicles", "/grids/assets", "/grids/procurement", "/statement",
                "/procurement", "/purchased-services")) {
            String draft = given().get("/api/v1/assets/402001/2025" + path).then().statusCode(200).extract().asString();
            String published = given().header("Authorization", "").queryParam("revision", "latest")
                    .get("/api/v1/assets/402001/2025" + path).then().statusCode(200)
                    .header("Publication-Revision", String.valueOf(n)).extract().asString();
            assertThat(published).as(path).isEqualTo(draft);
        }
        JsonPath s = given().queryParam("revision", String.valueOf(n)).get("/api/v1/assets/402001/2025").then()
                .statusCode(200).extract().jsonPath();
        assertThat(s.getString("asOfDate")).isEqualTo("2025-05-14");
        assertThat(s.getString("buildings.officeSpace")).isEqualTo("204.11");
        assertThat(s.getString("procurement.totalWan")).isEqualTo("0.38");
        assertThat(s.getBoolean("purchasedServices.none")).isTrue();
    }

    private static JsonPath snapshot() {
        return given().when().get("/api/v1/assets/402001/2025")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    @Test
    void shouldStateTheAsOfDateAndUnitOfTheSeed() {
        JsonPath s = snapshot();
        assertThat(s.getString("unitCode")).isEqualTo("402001");
        assertThat(s.getInt("fiscalYear")).isEqualTo(2025);
        assertThat(s.getString("unitName")).isEqualTo("长治市上党区中小企业服务中心");
        assertThat(s.getString("asOfDate")).isEqualTo("2025-05-14");
    }

    @Test
    void shouldStateNoVehiclesAllowedOrHeldInAnyOfTheSevenCategoriesInSeedOrder() {
        JsonPath s = snapshot();
        assertThat(s.getString("vehicles.source")).isEqualTo("REGISTER");
        assertThat(s.getInt("vehicles.allowed")).isZero();
        assertThat(s.getInt("vehicles.actual")).isZero();
        List<Map<String, Object>> byCategory = s.getList("vehicles.byCategory");
        assertThat(byCategory).extracting(c -> c.get("categoryName")).containsExactly(
                "领导用车", "机要通信用车", "应急保障用车", "执法执勤用车", "特种专业技术用车", "事业单位业务用车", "其他公务用车");
        assertThat(byCategory).extracting(c -> c.get("category")).containsExactly(
                "LEADERSHIP", "CONFIDENTIAL_COMMUNICATION", "EMERGENCY_SUPPORT", "LAW_ENFORCEMENT", "SPECIAL_TECHNICAL",
                "INSTITUTION_BUSINESS", "OTHER_OFFICIAL");
        assertThat(byCategory).allSatisfy(c -> {
            assertThat(c.get("allowed")).isEqualTo(0);
            assertThat(c.get("actual")).isEqualTo(0);
        });
    }

    @Test
    void shouldStateOfficeSpaceOf204Point11SquareMetres() {
        assertThat(snapshot().getString("buildings.officeSpace")).isEqualTo("204.11");
    }

    @Test
    void shouldStateNoEquipmentAtOrAboveHalfAMillionOrAMillionYuan() {
        JsonPath s = snapshot();
        assertThat(s.getString("equipment.source")).isEqualTo("REGISTER");
        assertThat(s.getInt("equipment.atLeast500k")).isZero();
        assertThat(s.getInt("equipment.atLeast1m")).isZero();
    }

    @Test
    void shouldStateProcurementOf3800YuanAllGoodsShownAs0Point38Wan() {
        JsonPath s = snapshot();
        assertThat(s.getString("procurement.total")).isEqualTo("3800.00");
        assertThat(s.getString("procurement.goods")).isEqualTo("3800.00");
        assertThat(s.getString("procurement.works")).isEqualTo("0.00");
        assertThat(s.getString("procurement.services")).isEqualTo("0.00");
        assertThat(s.getString("procurement.totalWan")).isEqualTo("0.38");
        assertThat(s.getString("procurement.goodsWan")).isEqualTo("0.38");
        assertThat(s.getString("procurement.worksWan")).isEqualTo("0.00");
        assertThat(s.getString("procurement.servicesWan")).isEqualTo("0.00");
    }

    @Test
    void shouldStateThatTheUnitHasNoPurchasedServices() {
        JsonPath s = snapshot();
        assertThat(s.getBoolean("purchasedServices.none")).isTrue();
        assertThat(s.getList("purchasedServices.entries")).isEmpty();
        assertThat(s.getString("purchasedServices.note")).isEqualTo("本单位不涉及政府购买服务事项。");
    }

    @Test
    void shouldFindNothingThatBlocksPublicationOfTheSample() {
        JsonPath v = given().when().get("/api/v1/assets/402001/2025/validation").then().statusCode(200).extract().jsonPath();
        assertThat(v.getBoolean("publishable")).isTrue();
        assertThat(v.getInt("errors")).isZero();
    }

    @Test
    void shouldLoadTwiceWithoutChangingTheSnapshot() {
        String first = given().get("/api/v1/assets/402001/2025").then().statusCode(200).extract().header("ETag");
        SampleLoader.loadAll();
        String second = given().get("/api/v1/assets/402001/2025").then().statusCode(200).extract().header("ETag");
        assertThat(second).isEqualTo(first);
    }
}
