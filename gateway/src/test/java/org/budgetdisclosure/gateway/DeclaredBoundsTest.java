package org.budgetdisclosure.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.budgetdisclosure.gateway.service.DisclosureAssembler;
import org.budgetdisclosure.gateway.service.Fetched;
import org.budgetdisclosure.gateway.upstream.AssetSnapshot;
import org.budgetdisclosure.gateway.upstream.BudgetDocument;
import org.budgetdisclosure.gateway.upstream.CapturedGlossary;
import org.budgetdisclosure.gateway.upstream.Figures;
import org.budgetdisclosure.gateway.upstream.FormList;
import org.budgetdisclosure.gateway.upstream.Grid;
import org.budgetdisclosure.gateway.upstream.PerformanceGoals;
import org.budgetdisclosure.gateway.upstream.PerformanceSummary;
import org.budgetdisclosure.gateway.upstream.Tables;
import org.budgetdisclosure.gateway.upstream.Unit;
import org.budgetdisclosure.gateway.support.GatewayTestSupport;
import org.budgetdisclosure.gateway.support.SchemaCheck;
import org.budgetdisclosure.gateway.support.StubServices;
import org.budgetdisclosure.gateway.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The bounds the merged OpenAPI document declares on the gateway's own schemas, parameters and headers hold: the
 * gateway refuses what it says no disclosure can have; the sample's answers keep them; and a document written from
 * sources at every limit the services declare keeps them too (that is how the bounds were derived: Bounds).
 */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class DeclaredBoundsTest extends GatewayTestSupport {

    private static final String PATH = "/api/v1/disclosures/402001/2025";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    ObjectMapper mapper;

    @Inject
    DisclosureAssembler assembler;

    private JsonNode openapi;
    private SchemaCheck check;

    @BeforeEach
    void document() throws Exception {
        openapi = mapper.readTree(given().when().get("/q/openapi").then().statusCode(200).extract().asString());
        check = new SchemaCheck(openapi);
    }

    @Test
    void shouldRefuseWhatTheDocumentSaysNoDisclosureCanHave() {
        given().when().get("/api/v1/disclosures/" + "A".repeat(33) + "/2025").then().statusCode(400)
                .body("errors[0].field", equalTo("unitCode"));
        given().when().get("/api/v1/disclosures/402.001/2025").then().statusCode(400).body("errors[0].field", equalTo("unitCode"));
        given().when().get("/api/v1/disclosures/402001/1999").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().when().get("/api/v1/disclosures/402001/02025").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().when().get(PATH + "/validation").then().statusCode(404); // anonymous: as before
        given().when().get("/api/v1/disclosures/402001/2101/revisions").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().when().get(PATH + "/revisions/01").then().statusCode(400).body("errors[0].field", equalTo("revision"));
        given().when().get(PATH + "/revisions/1234567890").then().statusCode(400).body("errors[0].field", equalTo("revision"));
        given().queryParam("revision", "0001").when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("revision"));
        given().queryParam("revision", "").when().get(PATH).then().statusCode(200).header("Publication-Revision", "1");
        given().queryParam("name", "字".repeat(201)).when().get("/api/v1/disclosures").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        given().queryParam("name", "字".repeat(200)).when().get("/api/v1/disclosures").then().statusCode(200).body("items.size()", equalTo(0));
        String longYear = "9".repeat(1000);
        String detail = given().when().get("/api/v1/disclosures/402001/" + longYear).then().statusCode(400).extract().path("detail");
        assertThat(detail).hasSizeLessThan(200).endsWith("…");
        assertThat(StubServices.BUDGET.last == null || !StubServices.BUDGET.last.pathAndQuery().contains(longYear)).isTrue();
    }

    @Test
    void shouldKeepTheDeclaredBoundsInTheSamplesAnswers() throws Exception {
        Response doc = given().when().get(PATH).then().statusCode(200).extract().response();
        assertFits("Disclosure", doc.asString());
        assertHeadersFit("/api/v1/disclosures/{unitCode}/{year}", "get", "200", doc);
        Response xlsx = given().queryParam("format", "xlsx").when().get(PATH).then().statusCode(200).extract().response();
        assertHeadersFit("/api/v1/disclosures/{unitCode}/{year}", "get", "200", xlsx);
        Response html = given().queryParam("format", "html").when().get(PATH).then().statusCode(200).extract().response();
        assertHeadersFit("/api/v1/disclosures/{unitCode}/{year}", "get", "200", html);
        Response csv = given().when().get(PATH + "/tables/11").then().statusCode(200).extract().response();
        assertHeadersFit("/api/v1/disclosures/{unitCode}/{year}/tables/{number}", "get", "200", csv);
        String viewer = "Bearer " + Tokens.viewer("402001");
        assertFits("Disclosure", given().header("Authorization", viewer).queryParam("revision", "draft").when().get(PATH)
                .then().statusCode(200).extract().asString());
        assertFits("Page", given().when().get(PATH + "/revisions").then().statusCode(200).extract().asString());
        assertFits("DisclosureRevision", given().when().get(PATH + "/revisions/1").then().statusCode(200).extract().asString());
        assertFits("Report", given().header("Authorization", viewer).when().get(PATH + "/validation")
                .then().statusCode(200).extract().asString());
        assertFits("DisclosurePage", given().when().get("/api/v1/disclosures").then().statusCode(200).extract().asString());
        assertFits("DisclosurePage", given().header("Authorization", viewer).when().get("/api/v1/disclosures")
                .then().statusCode(200).extract().asString());
        assertFits("GatewayProblem", given().when().get("/api/v1/disclosures/402001/twenty").then().statusCode(400).extract().asString());
        assertFits("GatewayProblem", given().when().get("/api/v1/disclosures/999999/2025").then().statusCode(404).extract().asString());
        assertFits("GatewayProblem", given().queryParam("limit", 500).when().get("/api/v1/disclosures")
                .then().statusCode(400).extract().asString());

        StubServices.PERFORMANCE.stop();
        cache.clear();
        assertFits("GatewayProblem", given().when().get(PATH).then().statusCode(503).extract().asString());
        assertFits("Disclosure", given().queryParam("partial", true).when().get(PATH).then().statusCode(200).extract().asString());
        assertFits("Report", given().header("Authorization", viewer).when().get(PATH + "/validation")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void shouldKeepTheDeclaredBoundsInADocumentWrittenFromSourcesAtEveryLimit() throws Exception {
        DisclosureAssembler.Fetch fetch = new DisclosureAssembler.Fetch(ok("budget-service", unit(), Unit.class),
                ok("budget-service", budget(), BudgetDocument.class), ok("budget-service", tables(), Tables.class),
                ok("budget-service", figures(), Figures.class), ok("performance-service", summary(), PerformanceSummary.class),
                ok("performance-service", JSON.objectNode().set("items", JSON.arrayNode()), FormList.class), grids(),
                ok("asset-service", assets(), AssetSnapshot.class), mapper.convertValue(glossary(), CapturedGlossary.class),
                Map.of("budget-service", Long.MAX_VALUE));
        String at = "2100-12-31T23:59:59.999999999+08:00";
        Disclosure document = assembler.build("A".repeat(Bounds.UNIT_CODE), Bounds.YEAR_MAX, fetch,
                new DisclosureAssembler.Stamp(Bounds.REVISION, "WITHDRAWN", new Disclosure.Withdrawal(at, "s".repeat(Bounds.SUBJECT),
                        "理".repeat(Bounds.WITHDRAWAL_REASON)))).document();
        assertFits("Disclosure", mapper.writeValueAsString(document));
        int longest = document.explanations().sections().stream().flatMap(s -> s.paragraphs().stream())
                .mapToInt(String::length).max().orElse(0);
        assertThat(longest).as("六's list of items is the longest paragraph").isGreaterThan(Bounds.PARAGRAPH - 200);

        DisclosureAssembler.Fetch down = new DisclosureAssembler.Fetch(failed("budget-service"), failed("budget-service"),
                failed("budget-service"), failed("budget-service"), failed("performance-service"), failed("performance-service"),
                List.of(), failed("asset-service"), null, Map.of());
        Disclosure partial = assembler.build("A".repeat(Bounds.UNIT_CODE), Bounds.YEAR_MIN, down, null).document();
        assertThat(partial.missingParts()).hasSize(Bounds.MISSING_PARTS);
        assertFits("Disclosure", mapper.writeValueAsString(partial));

        List<Finding> findings = new ArrayList<>();
        BudgetDocument budget = mapper.convertValue(budget(), BudgetDocument.class);
        PerformanceGoals goals = mapper.convertValue(goals(), PerformanceGoals.class);
        Figures figures = mapper.convertValue(figures(), Figures.class);
        findings.addAll(CrossServiceRules.formFundsEqualBudget(budget, goals));
        findings.addAll(CrossServiceRules.everyProjectHasForm(budget,
                mapper.convertValue(JSON.objectNode().set("items", JSON.arrayNode()), PerformanceGoals.class)));
        findings.addAll(CrossServiceRules.procurementWithinBudget(figures, mapper.convertValue(assets(), AssetSnapshot.class)));
        findings.addAll(CrossServiceRules.authoredTextAgainstTables(budget, mapper.convertValue(tables(), Tables.class), figures));
        findings.addAll(CrossServiceRules.operatingExpensesFitUnitType(mapper.convertValue(unit(), Unit.class), figures));
        assertThat(findings).extracting(Finding::ruleId).contains(CrossServiceRules.FORM_FUNDS, CrossServiceRules.PROJECT_FORM,
                CrossServiceRules.PROCUREMENT, CrossServiceRules.TEXT_FIGURES, CrossServiceRules.TEXT_PLACEHOLDER,
                CrossServiceRules.TEXT_CONTRADICTS, CrossServiceRules.OPERATING_UNIT_TYPE);
        for (Finding finding : findings) {
            assertFits("Finding", mapper.writeValueAsString(finding));
        }
    }

    // ---- sources at the limits the services declare ----

    private static String text(int length) {
        return "字".repeat(length);
    }

    /** An amount of 32 characters: budget-service's Amount.wan, -28 digits.2 digits. */
    private static ObjectNode amount() {
        String wan = "-" + "9".repeat(28) + ".99";
        return JSON.objectNode().put("yuan", wan).put("wan", wan);
    }

    private static String percent() {
        return "-" + "9".repeat(28) + ".99";
    }

    private static ObjectNode change() {
        ObjectNode c = JSON.objectNode();
        c.set("current", amount());
        c.set("prior", amount());
        c.set("change", amount());
        return c.put("direction", "INCREASE").put("directionZh", "增加").put("percent", percent());
    }

    private static ArrayNode shares(int count) {
        ArrayNode out = JSON.arrayNode();
        for (int i = 0; i < count; i++) {
            ObjectNode share = out.addObject().put("code", "X" + i).put("name", text(Bounds.ITEM_NAME)).put("percent", percent());
            share.set("amount", amount());
        }
        return out;
    }

    private static ArrayNode names(int count, int length) {
        ArrayNode out = JSON.arrayNode();
        for (int i = 0; i < count; i++) {
            out.add(text(length));
        }
        return out;
    }

    private static JsonNode figures() {
        ObjectNode f = JSON.objectNode();
        for (String change : new String[]{"incomeTotal", "expenditureTotal", "generalPublicBudgetExpenditure", "threePublicExpenses",
                "operatingExpenses"}) {
            f.set(change, change());
        }
        for (String amount : new String[]{"currentYearIncome", "carriedOverIncome", "currentYearExpenditure", "carriedOverExpenditure"}) {
            f.set(amount, amount());
        }
        f.set("incomeBySource", shares(6));
        ArrayNode kinds = shares(2);
        ((ObjectNode) kinds.get(1)).put("code", "PROJECT");
        f.set("expenditureByKind", kinds);
        ObjectNode fa = f.putObject("fiscalAppropriation");
        fa.set("total", amount());
        fa.set("bySource", shares(3));
        fa.set("currentYear", amount());
        fa.set("carriedOver", amount());
        fa.set("expenditureByClass", shares(1000));
        f.set("generalPublicBudgetByClass", shares(1000));
        ObjectNode basic = f.putObject("basicExpenditure");
        basic.set("total", amount());
        basic.set("personnel", amount());
        basic.set("personnelItems", names(Bounds.BASIC_ITEMS, Bounds.ITEM_NAME));
        basic.set("operating", amount());
        basic.set("operatingItems", names(Bounds.BASIC_ITEMS, Bounds.ITEM_NAME));
        f.set("threePublicExpensesByItem", shares(4));
        return f;
    }

    private static JsonNode unit() {
        ObjectNode unit = JSON.objectNode().put("code", "A".repeat(Bounds.UNIT_CODE)).put("name", text(Bounds.UNIT_NAME))
                .put("regionCode", "999999").put("unitType", "PUBLIC_INSTITUTION")
                .put("internalStructure", text(Bounds.INTERNAL_STRUCTURE));
        unit.set("duties", names(Bounds.DUTIES, Bounds.DUTY));
        unit.putArray("staffing").addObject().put("fiscalYear", Bounds.YEAR_MAX).put("authorizedPositions", Bounds.STAFF)
                .put("actualStaff", Bounds.STAFF);
        return unit;
    }

    private static JsonNode budget() {
        ObjectNode budget = JSON.objectNode().put("unitCode", "A".repeat(Bounds.UNIT_CODE)).put("fiscalYear", Bounds.YEAR_MAX)
                .put("status", "APPROVED").put("disclosureDate", "2100-12-31");
        String figure = "9".repeat(Bounds.AUTHORED_TEXT - 4) + "万元";
        budget.putObject("texts")
                .put("changeReason", "XX" + figure.substring(2))
                .put("threePublicExpensesChangeReason", "无“三公”经费" + text(Bounds.AUTHORED_TEXT - 7))
                .put("operatingExpensesChangeReason", "无机关运行经费" + text(Bounds.AUTHORED_TEXT - 7))
                .put("otherNotes", "TODO" + "1万元".repeat((Bounds.AUTHORED_TEXT - 4) / 3));
        ObjectNode project = budget.putArray("projects").addObject().put("code", "P".repeat(64)).put("name", text(300));
        project.putArray("amounts").addObject().put("carriedOver", false).put("amount", "9".repeat(16) + ".99");
        return budget;
    }

    private static JsonNode goals() {
        ObjectNode goals = JSON.objectNode();
        ArrayNode items = goals.putArray("items");
        items.addObject().put("projectCode", "P".repeat(64)).put("amount", "1" + "0".repeat(15) + ".99");
        items.addObject().put("projectCode", "Q".repeat(64)).put("amount", "9".repeat(16) + ".99");
        return goals;
    }

    private static JsonNode tables() {
        ObjectNode tables = JSON.objectNode();
        ArrayNode list = tables.putArray("tables");
        for (int n = 1; n <= Bounds.TABLES; n++) {
            list.addObject().put("number", n).putArray("rows");
        }
        return tables;
    }

    private static JsonNode summary() {
        ObjectNode s = JSON.objectNode();
        String wan = "9".repeat(20) + ".99";
        s.putObject("overallGoal").put("reported", true).put("amountWanYuan", wan).put("statement", text(2000));
        for (String group : new String[]{"managed", "published"}) {
            ObjectNode g = s.putObject(group).put("count", 2000).put("amountWanYuan", wan);
            ArrayNode byCategory = g.putArray("byCategory");
            for (int i = 0; i < 3; i++) {
                byCategory.addObject().put("categoryName", text(20)).put("count", 2000).put("amountWanYuan", wan);
            }
        }
        ((ObjectNode) s.get("published")).put("shareOfProjectExpenditure", "-" + "9".repeat(24) + ".99").put("shareStatus", "AVAILABLE");
        return s;
    }

    private List<Fetched<Grid>> grids() {
        List<Fetched<Grid>> grids = new ArrayList<>();
        for (int i = 0; i < Bounds.FORMS; i++) {
            grids.add(ok("performance-service", JSON.objectNode().putArray("rows").addObject(), Grid.class));
        }
        return grids;
    }

    private static JsonNode assets() {
        ObjectNode a = JSON.objectNode().put("asOfDate", "2099-12-31");
        String big = "9".repeat(16) + ".99";
        a.putObject("procurement").put("total", big).put("goods", big).put("services", big)
                .put("totalWan", big).put("goodsWan", big).put("worksWan", big).put("servicesWan", big);
        ObjectNode vehicles = a.putObject("vehicles").put("allowed", 7_000_000).put("actual", 7_000_000);
        ArrayNode categories = vehicles.putArray("byCategory");
        for (int i = 0; i < 7; i++) {
            categories.addObject().put("categoryName", text(16)).put("actual", 1_000_000);
        }
        a.putObject("buildings").put("officeSpace", big);
        a.putObject("equipment").put("atLeast500k", 1_000_000).put("atLeast1m", 1_000_000);
        ObjectNode services = a.putObject("purchasedServices").put("none", false).put("note", text(2000));
        ArrayNode entries = services.putArray("entries");
        for (int i = 0; i < Bounds.PURCHASED_SERVICES; i++) {
            entries.addObject().put("code", "C".repeat(32)).putNull("name").put("description", text(2000));
        }
        return a;
    }

    private static JsonNode glossary() {
        ArrayNode entries = JSON.arrayNode();
        for (int i = 0; i < Bounds.GLOSSARY_ENTRIES; i++) {
            entries.addObject().put("number", Bounds.GLOSSARY_NUMBER).put("term", text(Bounds.GLOSSARY_TEXT))
                    .put("definition", text(Bounds.GLOSSARY_TEXT));
        }
        return entries;
    }

    private <T> Fetched<T> ok(String service, JsonNode json, Class<T> type) {
        return new Fetched<>(service, mapper.convertValue(json, type), 200, null);
    }

    private static <T> Fetched<T> failed(String service) {
        return Fetched.failed(service, service + " did not answer within " + Long.MAX_VALUE + " ms");
    }

    // ---- checks ----

    private void assertFits(String schema, String json) throws Exception {
        assertThat(check.component(schema, mapper.readTree(json))).as(schema + " of " + (json.length() > 300 ? json.substring(0, 300) : json))
                .isEmpty();
    }

    private void assertHeadersFit(String path, String method, String status, Response response) {
        JsonNode headers = openapi.path("paths").path(path).path(method).path("responses").path(status).path("headers");
        assertThat(headers.isObject()).as("headers of " + path).isTrue();
        headers.fields().forEachRemaining(h -> {
            String value = response.getHeader(h.getKey());
            if (value == null) {
                return;
            }
            JsonNode schema = h.getValue().has("$ref")
                    ? openapi.at(h.getValue().get("$ref").asText().substring(1)).path("schema") : h.getValue().path("schema");
            JsonNode typed = "integer".equals(schema.path("type").asText()) ? JSON.numberNode(Long.parseLong(value)) : JSON.textNode(value);
            assertThat(check.violations(schema, typed, h.getKey())).as(h.getKey() + ": " + value).isEmpty();
        });
    }
}
