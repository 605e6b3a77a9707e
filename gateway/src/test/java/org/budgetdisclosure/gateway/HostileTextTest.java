package org.budgetdisclosure.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.gateway.render.InertText;
import org.budgetdisclosure.gateway.support.GatewayTestSupport;
import org.budgetdisclosure.gateway.support.StubServices;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text is stored as given and neutralised where it is rendered: script tags, SQL fragments and formula cells fed
 * through the unit's name, duties and structure and through a table row come back escaped in the HTML (which also
 * carries a Content-Security-Policy and nosniff), inert in the CSV and as quote-prefixed text cells in the XLSX.
 */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class HostileTextTest extends GatewayTestSupport {

    private static final String PATH = "/api/v1/disclosures/402001/2025";
    private static final String SCRIPT = "<script>alert('x')</script>中心";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";
    private static final String SQL = "'; DROP TABLE unit; --";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.invalid\",\"点击\")";
    private static final String DDE = "-2+3+cmd|' /C calc'!A0";
    private static final String AT = "@SUM(1+1)*cmd|' /C calc'!A0";
    private static final String PLUS = "+1+1";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void hostileTextIsEscapedInThePrintablePageWhichMayRunNoScript() throws IOException {
        serveHostileDocument();

        Response page = given().queryParam("format", "html").header("Cache-Control", "no-cache").when().get(PATH);

        page.then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'"))
                .header("X-Content-Type-Options", "nosniff");
        String html = page.asString();
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("<img");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;中心");
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).contains("DROP TABLE unit; --");
        assertThat(html).contains("HYPERLINK");
    }

    @Test
    void formulaCellsInTheCsvAreMadeInertAndNumbersStayNumbers() throws IOException {
        serveHostileDocument();

        Response csv = given().header("Cache-Control", "no-cache").when().get(PATH + "/tables/3");

        csv.then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        String body = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertThat(body).contains("'" + DDE.replace("\"", "\"\"")).contains("\"'" + FORMULA.replace("\"", "\"\"") + "\"");
        for (String line : body.split("\r\n")) {
            for (String cell : line.split(",")) {
                String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(InertText.formulaLike(bare)).as("cell %s of %s", cell, line).isFalse();
            }
        }
        assertThat(body).contains(",28.42,");
    }

    @Test
    void formulaCellsInTheWorkbookStayTextAsGivenWithAQuotePrefix() throws IOException {
        serveHostileDocument();

        Response xlsx = given().queryParam("format", "xlsx").header("Cache-Control", "no-cache").when().get(PATH);

        xlsx.then().statusCode(200);
        Map<String, Cell> hostile = new HashMap<>();
        int formulas = 0;
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) formulas++;
                        if (cell.getCellType() == CellType.STRING) {
                            String text = cell.getStringCellValue();
                            for (String given : List.of(FORMULA, DDE, AT, PLUS, SCRIPT, SQL)) {
                                if (text.contains(given)) hostile.put(given, cell);
                            }
                            if (InertText.formulaLike(text)) {
                                assertThat(cell.getCellStyle().getQuotePrefixed()).as("%s on %s", text, sheet.getSheetName()).isTrue();
                            }
                        }
                    }
                }
            }
        }
        assertThat(formulas).isZero();
        assertThat(hostile).containsKeys(FORMULA, DDE, AT, PLUS, SCRIPT, SQL);
        assertThat(hostile.get(FORMULA).getStringCellValue()).isEqualTo(FORMULA);
        assertThat(hostile.get(FORMULA).getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(hostile.get(DDE).getCellStyle().getQuotePrefixed()).isTrue();
    }

    /** The unit's texts and two rows of table 3 carry hostile text; everything else is the sample. */
    private void serveHostileDocument() {
        StubServices.BUDGET_REVISIONS.tamper(1, content -> {
            ObjectNode unit = (ObjectNode) content.path("unit");
            unit.put("name", SCRIPT);
            ArrayNode duties = unit.putArray("duties");
            duties.add(IMAGE).add(SQL).add(FORMULA).add(AT);
            unit.put("internalStructure", PLUS);
            ArrayNode rows = (ArrayNode) content.path("tables").path("tables").get(2).path("rows");
            List<JsonNode> items = new ArrayList<>();
            rows.forEach(items::add);
            ((ArrayNode) items.get(3).path("cells")).set(1, json.getNodeFactory().textNode(DDE));
            ((ArrayNode) items.get(4).path("cells")).set(1, json.getNodeFactory().textNode(FORMULA));
        });
    }

    private JsonNode fixture(String name) throws IOException {
        try (InputStream in = HostileTextTest.class.getResourceAsStream("/fixtures/" + name)) {
            return json.readTree(in);
        }
    }
}
