package org.budgetdisclosure.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits {@link Bounds} takes from the services are what the services' OpenAPI documents declare (the recorded
 * copies in src/test/resources/fixtures, kept equal to the services by ServiceDocumentFixturesTest), and the HTTP
 * server's limits are what application.properties sets. When a service changes a limit, this test names the bound
 * of the gateway's document to derive again.
 */
class BoundsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode schemas(String service) throws IOException {
        try (InputStream in = BoundsTest.class.getResourceAsStream("/fixtures/" + service + "/openapi.json")) {
            return MAPPER.readTree(in).path("components").path("schemas");
        }
    }

    private static int max(JsonNode schema, String keyword) {
        assertThat(schema.has(keyword)).as(keyword + " of " + schema).isTrue();
        return schema.get(keyword).asInt();
    }

    @Test
    void shouldTakeTheBudgetServicesLimits() throws IOException {
        JsonNode b = schemas("budget");
        JsonNode unit = b.path("Unit").path("properties");
        assertThat(max(unit.path("code"), "maxLength")).isEqualTo(Bounds.UNIT_CODE);
        assertThat(unit.path("code").path("pattern").asText()).isEqualTo(Bounds.UNIT_CODE_PATTERN);
        assertThat(max(unit.path("name"), "maxLength")).isEqualTo(Bounds.UNIT_NAME);
        assertThat(b.path("BudgetSummary").path("properties").path("unitName").path("maxLength").asInt()).isEqualTo(Bounds.UNIT_NAME);
        assertThat(max(unit.path("regionCode"), "maxLength")).isEqualTo(Bounds.REGION_CODE);
        assertThat(unit.path("regionCode").path("pattern").asText()).isEqualTo(Bounds.REGION_CODE_PATTERN);
        assertThat(max(unit.path("duties"), "maxItems")).isEqualTo(Bounds.DUTIES);
        assertThat(max(b.path("Duty"), "maxLength")).isEqualTo(Bounds.DUTY);
        assertThat(max(unit.path("internalStructure"), "maxLength")).isEqualTo(Bounds.INTERNAL_STRUCTURE);
        JsonNode staffing = b.path("Staffing").path("properties");
        assertThat(max(staffing.path("authorizedPositions"), "maximum")).isEqualTo(Bounds.STAFF);
        assertThat(max(staffing.path("actualStaff"), "maximum")).isEqualTo(Bounds.STAFF);
        JsonNode year = b.path("Budget").path("properties").path("fiscalYear");
        assertThat(max(year, "minimum")).isEqualTo(Bounds.YEAR_MIN);
        assertThat(max(year, "maximum")).isEqualTo(Bounds.YEAR_MAX);
        b.path("AuthoredTexts").path("properties").forEach(text -> assertThat(max(text, "maxLength")).isEqualTo(Bounds.AUTHORED_TEXT));
        assertThat(max(b.path("BudgetTables").path("properties").path("tables"), "maxItems")).isEqualTo(Bounds.TABLES);
        assertThat(max(b.path("RevisionMetadata").path("properties").path("revision"), "maximum")).isEqualTo(Bounds.REVISION);
        assertThat(max(b.path("BudgetPage").path("properties").path("items"), "maxItems")).isEqualTo(Bounds.LIST_PAGE);
        assertThat(max(b.path("BudgetPage").path("properties").path("next"), "maxLength")).isEqualTo(Bounds.CURSOR);
        assertThat(max(b.path("FreezeRequest").path("properties").path("glossary"), "maxItems")).isEqualTo(Bounds.GLOSSARY_ENTRIES);
        assertThat(max(b.path("GlossaryText"), "maxLength")).isEqualTo(Bounds.GLOSSARY_TEXT);
        assertThat(max(b.path("GlossaryNumber"), "maximum")).isEqualTo(Bounds.GLOSSARY_NUMBER);
        assertThat(max(b.path("Budget").path("properties").path("projects"), "maxItems")).isEqualTo(Bounds.PROJECTS);
        assertThat(b.path("Location").path("properties").size()).isEqualTo(Bounds.LOCATION_PROPERTIES);
        JsonNode basic = b.path("BasicExpenditure").path("properties");
        assertThat(max(basic.path("personnelItems"), "maxItems")).isEqualTo(Bounds.BASIC_ITEMS);
        assertThat(max(basic.path("operatingItems"), "maxItems")).isEqualTo(Bounds.BASIC_ITEMS);
        assertThat(max(b.path("ItemName"), "maxLength")).isEqualTo(Bounds.ITEM_NAME);
        JsonNode figures = b.path("BudgetFigures").path("properties");
        assertThat(max(figures.path("generalPublicBudgetByClass"), "maxItems")).isLessThanOrEqualTo(1000);
        assertThat(max(b.path("FiscalAppropriation").path("properties").path("expenditureByClass"), "maxItems")).isLessThanOrEqualTo(1000);
        assertThat(max(b.path("Share").path("properties").path("name"), "maxLength")).isLessThanOrEqualTo(Bounds.ITEM_NAME);
        assertThat(max(b.path("Amount").path("properties").path("wan"), "maxLength")).isLessThanOrEqualTo(32);
    }

    @Test
    void shouldCoverTheLimitsOfAllThreeServices() throws IOException {
        JsonNode b = schemas("budget");
        JsonNode p = schemas("performance");
        JsonNode a = schemas("asset");
        assertThat(IntStream.of(max(b.path("java.time.OffsetDateTime"), "maxLength"),
                max(p.path("PerformanceRevision").path("properties").path("publishedAt"), "maxLength"),
                max(p.path("Withdrawal").path("properties").path("at"), "maxLength"),
                max(a.path("Instant"), "maxLength")).max().orElseThrow()).isEqualTo(Bounds.TIMESTAMP);
        assertThat(IntStream.of(max(b.path("Withdrawal").path("properties").path("by"), "maxLength"),
                max(p.path("Withdrawal").path("properties").path("by"), "maxLength"),
                max(a.path("WithdrawalView").path("properties").path("by"), "maxLength")).max().orElseThrow()).isEqualTo(Bounds.SUBJECT);
        assertThat(IntStream.of(max(b.path("Withdrawal").path("properties").path("reason"), "maxLength"),
                max(p.path("Withdrawal").path("properties").path("reason"), "maxLength"),
                max(a.path("WithdrawalView").path("properties").path("reason"), "maxLength")).max().orElseThrow())
                .isEqualTo(Bounds.WITHDRAWAL_REASON);
        assertThat(max(a.path("RevisionView").path("properties").path("revision"), "maximum")).isGreaterThanOrEqualTo(Bounds.REVISION);
        assertThat(max(p.path("PerformanceRevision").path("properties").path("revision"), "maximum")).isGreaterThanOrEqualTo(Bounds.REVISION);
        assertThat(max(p.path("PerformancePart").path("properties").path("forms"), "maxItems")).isEqualTo(Bounds.FORMS);
        assertThat(max(p.path("Page").path("properties").path("items"), "maxItems")).isEqualTo(Bounds.GOALS);
        assertThat(max(a.path("SnapshotPurchasedServicesView").path("properties").path("entries"), "maxItems"))
                .isEqualTo(Bounds.PURCHASED_SERVICES);
        assertThat(max(a.path("PurchasedServicesView").path("properties").path("entries"), "maxItems")).isEqualTo(Bounds.PURCHASED_SERVICES);
        JsonNode entry = a.path("PurchasedServiceEntryInput").path("properties");
        assertThat(max(entry.path("description"), "maxLength")).isLessThanOrEqualTo(2000);
        assertThat(max(entry.path("name"), "maxLength")).isLessThanOrEqualTo(2000);
        assertThat(max(a.path("FindingView").path("properties").path("location"), "maxLength")).isEqualTo(Bounds.LOCATION_TEXT);
        assertThat(p.path("Location").path("properties").size()).isLessThanOrEqualTo(Bounds.LOCATION_PROPERTIES);

        assertThat(IntStream.of(max(b.path("Finding").path("properties").path("ruleId"), "maxLength"),
                max(p.path("FindingView").path("properties").path("ruleId"), "maxLength"),
                max(a.path("FindingView").path("properties").path("ruleId"), "maxLength")).max().orElseThrow()).isEqualTo(Bounds.RULE_ID);
        for (JsonNode finding : new JsonNode[]{b.path("Finding"), p.path("FindingView"), a.path("FindingView")}) {
            assertThat(max(finding.path("properties").path("messageZh"), "maxLength")).isLessThanOrEqualTo(Bounds.SERVICE_MESSAGE);
            assertThat(max(finding.path("properties").path("messageEn"), "maxLength")).isLessThanOrEqualTo(Bounds.SERVICE_MESSAGE);
        }
        assertThat(max(b.path("ValidationReport").path("properties").path("findings"), "maxItems")
                + max(p.path("ValidationReport").path("properties").path("findings"), "maxItems")
                + max(a.path("ValidationReport").path("properties").path("findings"), "maxItems")).isEqualTo(Bounds.SERVICE_FINDINGS);

        for (JsonNode problem : new JsonNode[]{b.path("Problem"), p.path("Problem"), a.path("Problem")}) {
            JsonNode props = problem.path("properties");
            assertThat(max(props.path("type"), "maxLength")).isLessThanOrEqualTo(Bounds.SERVICE_PROBLEM_TEXT);
            assertThat(max(props.path("title"), "maxLength")).isLessThanOrEqualTo(Bounds.SERVICE_PROBLEM_TEXT);
            assertThat(max(props.path("detail"), "maxLength")).isLessThanOrEqualTo(Bounds.SERVICE_DETAIL);
            assertThat(max(props.path("instance"), "maxLength")).isLessThanOrEqualTo(Bounds.INSTANCE);
            assertThat(max(props.path("requestId"), "maxLength")).isLessThanOrEqualTo(Bounds.REQUEST_ID);
            assertThat(max(props.path("errors"), "maxItems")).isLessThanOrEqualTo(Bounds.FINDINGS);
        }
        for (JsonNode error : new JsonNode[]{b.path("FieldError"), p.path("FieldError"), a.path("FieldError")}) {
            assertThat(max(error.path("properties").path("field"), "maxLength")).isLessThanOrEqualTo(Bounds.SERVICE_FIELD);
            assertThat(max(error.path("properties").path("reason"), "maxLength")).isLessThanOrEqualTo(Bounds.SERVICE_MESSAGE);
        }
    }

    @Test
    void shouldTakeTheHttpServersLimitsFromTheConfiguration() throws IOException {
        Properties config = new Properties();
        try (InputStream in = BoundsTest.class.getResourceAsStream("/application.properties")) {
            config.load(in);
        }
        assertThat(config.getProperty("quarkus.http.limits.max-initial-line-length")).isEqualTo(String.valueOf(Bounds.REQUEST_LINE));
        assertThat(config.getProperty("quarkus.http.limits.max-header-size")).isEqualTo(Bounds.HEADERS / 1024 + "K");
    }
}
