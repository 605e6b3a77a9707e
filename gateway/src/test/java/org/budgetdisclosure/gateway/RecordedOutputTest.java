package org.budgetdisclosure.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.gateway.support.GatewayTestSupport;
import org.budgetdisclosure.gateway.support.StubServices;
import org.budgetdisclosure.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway serves for the sample, recorded before the assembly was moved to typed records and Qute templates
 * ({@code src/test/resources/recorded/}), compared with what it serves now: the JSON documents byte for byte, the
 * explanation text line for line, every CSV table byte for byte, the workbook cell for cell (value, type, quote
 * prefix, bold, format, merged regions, widths, heights), the validation report and revision lists byte for byte, and
 * the HTML page tag for tag and text for text (only whitespace between tags may differ, as a template lays it out).
 *
 * <p>Re-record after a deliberate change of output: {@code ../mvnw -B verify -Dtest=RecordedOutputTest -Drecord=true}.
 */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class RecordedOutputTest extends GatewayTestSupport {

    private static final Path RECORDED = Path.of("src/test/resources/recorded");
    private static final String PATH = "/api/v1/disclosures/402001/2025";
    private static final boolean RECORD = Boolean.getBoolean("record");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldServeTheLatestRevisionOfTheSampleAsRecorded() throws IOException {
        document("latest", () -> given());
    }

    @Test
    void shouldServeTheDraftOfTheSampleAsRecorded() throws IOException {
        document("draft", () -> given().queryParam("revision", "draft").header("Authorization", "Bearer " + Tokens.viewer("402001")));
    }

    @Test
    void shouldServeTheDocumentWithoutPerformanceServiceAsRecorded() throws IOException {
        StubServices.PERFORMANCE.stop();
        document("partial-performance", () -> given().queryParam("partial", true));
    }

    @Test
    void shouldWriteTheSectionsOfAUnitWithoutPerformanceGoalsOrAssetsAsRecorded() throws IOException {
        StubServices.PERFORMANCE_REVISIONS.tamper(1, content -> {
            content.putNull("summary");
            content.putArray("forms");
        });
        StubServices.ASSET_REVISIONS.tamper(1, content -> {
            content.putNull("snapshot");
            content.remove("procurement");
            content.remove("purchasedServices");
        });
        StubServices.BUDGET_REVISIONS.tamper(1, content -> {
            ObjectNode texts = (ObjectNode) content.path("budget").path("texts");
            texts.putNull("otherNotes");
            texts.putNull("changeReason");
            content.remove("glossary");
        });
        document("empty-performance-assets", () -> given());
    }

    @Test
    void shouldServeEveryTableAsCsvAsRecorded() throws IOException {
        for (int n = 1; n <= 13; n++) {
            byte[] csv = given().when().get(PATH + "/tables/" + n).then().statusCode(200).extract().asByteArray();
            compareBytes("csv/table-" + n + ".csv", csv);
        }
    }

    @Test
    void shouldReportTheSamplesFindingsAsRecorded() throws IOException {
        byte[] report = given().header("Authorization", "Bearer " + Tokens.viewer("402001")).when().get(PATH + "/validation")
                .then().statusCode(200).extract().asByteArray();
        compareBytes("validation.json", report);
    }

    @Test
    void shouldListTheRevisionsAndDisclosuresAsRecorded() throws IOException {
        compareBytes("revisions.json", given().when().get(PATH + "/revisions").then().statusCode(200).extract().asByteArray());
        compareBytes("revision-1.json", given().when().get(PATH + "/revisions/1").then().statusCode(200).extract().asByteArray());
        compareBytes("list.json", given().queryParam("year", 2025).when().get("/api/v1/disclosures").then().statusCode(200)
                .extract().asByteArray());
        compareBytes("list-viewer.json", given().header("Authorization", "Bearer " + Tokens.viewer("*"))
                .when().get("/api/v1/disclosures").then().statusCode(200).extract().asByteArray());
    }

    /** The JSON, its explanation text, the HTML page and the workbook of one document. */
    private void document(String name, Supplier<RequestSpecification> request) throws IOException {
        byte[] json = request.get().accept("application/json").when().get(PATH).then().statusCode(200).extract().asByteArray();
        compareText(name + "-explanations.txt", explanationText(JSON.readTree(json)));
        compareBytes(name + ".json", json);

        cache.clear();
        byte[] html = request.get().accept("text/html").when().get(PATH).then().statusCode(200).extract().asByteArray();
        compareHtml(name + ".html", new String(html, StandardCharsets.UTF_8));

        cache.clear();
        byte[] xlsx = request.get().accept(org.budgetdisclosure.gateway.rest.DisclosureResource.XLSX).when().get(PATH)
                .then().statusCode(200).extract().asByteArray();
        compareText(name + "-workbook.txt", workbookText(xlsx));
    }

    /** Sections 一…十二 as read: numbered title, paragraphs, subsection titles and paragraphs, then the signature. */
    static String explanationText(JsonNode doc) {
        JsonNode e = doc.path("explanations");
        StringBuilder out = new StringBuilder(e.path("title").asText()).append('\n');
        for (JsonNode s : e.path("sections")) {
            out.append(s.path("numeral").asText()).append('、').append(s.path("title").asText())
                    .append(s.path("missing").asBoolean() ? " [missing: " + s.path("missingPart").asText() + "]" : "").append('\n');
            s.path("paragraphs").forEach(p -> out.append(p.asText()).append('\n'));
            for (JsonNode sub : s.path("subsections")) {
                out.append(sub.path("title").asText()).append('\n');
                sub.path("paragraphs").forEach(p -> out.append(p.asText()).append('\n'));
            }
            if (s.path("forms").isArray()) {
                out.append("[forms: ").append(s.path("forms").size()).append("]\n");
            }
        }
        return out.append(e.path("signatureName").asText()).append('\n').append(e.path("signatureDate").asText()).append('\n').toString();
    }

    /** Every cell of every sheet with its type, value and style marks; merged regions, column widths, row heights. */
    static String workbookText(byte[] xlsx) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                out.append("== ").append(sheet.getSheetName()).append(" | landscape=").append(sheet.getPrintSetup().getLandscape())
                        .append(" freeze=").append(sheet.getPaneInformation() == null ? "-" : sheet.getPaneInformation().getHorizontalSplitPosition())
                        .append('\n');
                int columns = 0;
                for (Row row : sheet) {
                    columns = Math.max(columns, row.getLastCellNum());
                    out.append("row ").append(row.getRowNum() + 1).append(row.getZeroHeight() ? "" : " h=" + row.getHeightInPoints()).append('\n');
                    for (Cell cell : row) {
                        CellStyle style = cell.getCellStyle();
                        out.append("  ").append(new CellReference(cell).formatAsString()).append(' ').append(cell.getCellType());
                        switch (cell.getCellType()) {
                            case STRING -> out.append(" \"").append(cell.getStringCellValue()).append('"');
                            case NUMERIC -> out.append(' ').append(cell.getNumericCellValue());
                            default -> {
                            }
                        }
                        out.append(" fmt=").append(style.getDataFormatString())
                                .append(wb.getFontAt(style.getFontIndex()).getBold() ? " bold" : "")
                                .append(style.getQuotePrefixed() ? " quote" : "")
                                .append(style.getWrapText() ? " wrap" : "")
                                .append(style.getIndention() > 0 ? " indent=" + style.getIndention() : "")
                                .append(" align=").append(style.getAlignment()).append('\n');
                    }
                }
                for (int c = 0; c < columns; c++) {
                    out.append("width ").append(c).append('=').append(sheet.getColumnWidth(c)).append('\n');
                }
                List<String> merged = new ArrayList<>();
                for (CellRangeAddress m : sheet.getMergedRegions()) {
                    merged.add(m.formatAsString());
                }
                out.append("merged ").append(merged).append('\n');
            }
        }
        return out.toString();
    }

    private static final Pattern TOKEN = Pattern.compile("<[^>]*>|[^<]+");

    /** Tags and text of a page; text that is only whitespace between two tags is layout, not content, and is left out. */
    static List<String> htmlTokens(String html) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(html);
        while (m.find()) {
            if (!m.group().isBlank()) {
                tokens.add(m.group());
            }
        }
        return tokens;
    }

    private void compareHtml(String name, String html) throws IOException {
        if (RECORD) {
            write(name, html.getBytes(StandardCharsets.UTF_8));
            return;
        }
        List<String> expected = htmlTokens(Files.readString(RECORDED.resolve(name)));
        List<String> actual = htmlTokens(html);
        Iterator<String> a = actual.iterator();
        int i = 0;
        for (String want : expected) {
            assertThat(a.hasNext()).as("%s ends early at token %s (expected %s)", name, i, want).isTrue();
            assertThat(a.next()).as("%s token %s", name, i).isEqualTo(want);
            i++;
        }
        assertThat(actual).as(name).hasSameSizeAs(expected);
    }

    private void compareText(String name, String text) throws IOException {
        if (RECORD) {
            write(name, text.getBytes(StandardCharsets.UTF_8));
            return;
        }
        List<String> expected = Files.readString(RECORDED.resolve(name)).lines().toList();
        List<String> actual = text.lines().toList();
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertThat(actual.get(i)).as("%s line %s", name, i + 1).isEqualTo(expected.get(i));
        }
        assertThat(actual).as(name).hasSameSizeAs(expected);
    }

    private void compareBytes(String name, byte[] bytes) throws IOException {
        if (RECORD) {
            write(name, bytes);
            return;
        }
        byte[] expected = Files.readAllBytes(RECORDED.resolve(name));
        if (name.endsWith(".json")) {
            assertThat(firstDifference(JSON.readTree(bytes), JSON.readTree(expected), "$")).as(name).isNull();
        }
        assertThat(Arrays.equals(bytes, expected)).as("%s byte for byte", name).isTrue();
    }

    /** Where two JSON documents first differ ("$.a[2].b: x ≠ y"), null when they are equal. */
    static String firstDifference(JsonNode actual, JsonNode expected, String path) {
        if (actual.equals(expected)) {
            return null;
        }
        if (actual.isObject() && expected.isObject()) {
            for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                if (!actual.has(field)) {
                    return path + "." + field + " is missing";
                }
                String d = firstDifference(actual.get(field), expected.get(field), path + "." + field);
                if (d != null) {
                    return d;
                }
            }
            return path + " has more fields: " + actual.size() + " ≠ " + expected.size();
        }
        if (actual.isArray() && expected.isArray()) {
            for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
                String d = firstDifference(actual.get(i), expected.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return path + " has " + actual.size() + " items, not " + expected.size();
        }
        return path + ": " + abbreviate(actual.toString()) + " ≠ " + abbreviate(expected.toString());
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static void write(String name, byte[] bytes) throws IOException {
        Path file = RECORDED.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
