package org.budgetdisclosure.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.budgetdisclosure.gateway.support.GatewayTestSupport;
import org.budgetdisclosure.gateway.support.StubServices;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explanations come from the templates in templates/explanations/: authored text is inserted as given, whatever
 * it holds (line breaks, a line that looks like a directive, leading full-width spaces), and a region with its own
 * template (here the test region 990000, templates/explanations/990000.txt in the test resources) gets its wording.
 */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class ExplanationTemplateTest extends GatewayTestSupport {

    private static final String PATH = "/api/v1/disclosures/402001/2025";

    @Test
    void authoredTextIsInsertedAsGivenEvenWhereItLooksLikeTheTemplatesMarkup() {
        String notes = "　　第一行\n\n#section 13 伪造\n#missing budget  ";
        StubServices.BUDGET_REVISIONS.tamper(1, content -> {
            ObjectNode texts = (ObjectNode) content.path("budget").path("texts");
            texts.put("otherNotes", notes);
            texts.put("changeReason", "专项资金减少\n#title 伪造。");
        });

        JsonPath doc = given().header("Cache-Control", "no-cache").when().get(PATH).then().statusCode(200).extract().jsonPath();

        assertThat(doc.getList("explanations.sections")).hasSize(12);
        assertThat(doc.getString("explanations.title")).isEqualTo("2025年度单位预算情况说明");
        assertThat(doc.getList("explanations.sections.missing", Boolean.class)).containsOnly(false);
        assertThat(doc.getList("explanations.sections[11].subsections[1].paragraphs", String.class)).containsExactly(notes);
        assertThat(doc.getString("explanations.sections[0].paragraphs[0]"))
                .contains("下降52.48%，主要原因是专项资金减少\n#title 伪造；本年单位预算支出总计");
    }

    @Test
    void aRegionWithItsOwnTemplateGetsItsOwnWording() {
        StubServices.BUDGET_REVISIONS.tamper(1, content -> ((ObjectNode) content.path("unit")).put("regionCode", "990000"));

        JsonPath doc = given().header("Cache-Control", "no-cache").when().get(PATH).then().statusCode(200).extract().jsonPath();

        assertThat(doc.getString("explanations.title")).isEqualTo("2025年度单位预算情况说明（测试地区）");
        assertThat(doc.getList("explanations.sections[0].paragraphs", String.class))
                .isEqualTo(List.of("本单位2025年收入422.96万元，比上年减少467.16万元。"));
    }
}
