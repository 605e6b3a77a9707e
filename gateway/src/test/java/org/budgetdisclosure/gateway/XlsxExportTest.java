package org.budgetdisclosure.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.gateway.render.Grids;
import org.budgetdisclosure.gateway.upstream.Grid;
import org.budgetdisclosure.gateway.rest.DisclosureResource;
import org.budgetdisclosure.gateway.support.GatewayTestSupport;
import org.budgetdisclosure.gateway.support.StubServices;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The workbook read back with POI: the sheets in order, every cell of tables 3 and 6 as the grids the JSON document
 * carries (amounts as numbers shown with two decimals, blanks blank), merged group headers, the note of an empty
 * table, a form's funds row; ETag/304 and the failure behaviour of the JSON document. Leaves the workbook in
 * target/402001-2025-disclosure.xlsx to look at.
 */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class XlsxExportTest extends GatewayTestSupport {

    private static final String XLSX = DisclosureResource.XLSX;
    private static final String PATH = "/api/v1/disclosures/402001/2025";

    private final DataFormatter formatter = new DataFormatter();

    @Test
    void shouldServeAWorkbookWithASheetPerTableAndPerFormAsAnAttachment() throws IOException {
        Response response = given().queryParam("format", "xlsx").when().get(PATH);
        response.then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"402001-2025-disclosure.xlsx\"");
        java.nio.file.Files.write(java.nio.file.Path.of("target", "402001-2025-disclosure.xlsx"), response.asByteArray());
        try (Workbook wb = workbook(response)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).startsWith("概况", "表1 预算收支总表", "表2 预算收入总表", "表3 预算支出总表", "表4 财政拨款收支总表");
            assertThat(names.stream().filter(n -> n.startsWith("表"))).hasSize(13);
            assertThat(names).contains("表10 财政拨款安排“三公”经费支出预算表", "情况说明", "名词解释");
            List<String> forms = names.stream().filter(n -> n.startsWith("绩效目标")).toList();
            assertThat(forms).hasSize(3).first().isEqualTo("绩效目标1 民营经济(中小微企业)发展专项资金");
            assertThat(forms.get(2)).startsWith("绩效目标3 ");
            assertThat(names).allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(31));
            assertThat(new HashSet<>(names)).hasSameSizeAs(names);
            assertThat(names.get(6)).startsWith("表6 一般公共预算安排基本支出分经济科目表");
        }
    }

    @Test
    void shouldReproduceEveryCellOfTablesThreeAndSixAsTheirGrids() throws IOException {
        JsonNode doc = document();
        try (Workbook wb = workbook(given().queryParam("format", "xlsx").when().get(PATH))) {
            for (int number : new int[]{3, 6}) {
                JsonNode grid = doc.path("tables").get(number - 1);
                Sheet sheet = wb.getSheetAt(number);
                assertSheetIsTheGrid(sheet, grid);
            }
            Sheet table3 = wb.getSheetAt(3);
            Row total = table3.getRow(4);
            assertThat(text(total.getCell(0))).isEqualTo("合计");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(422.96);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(140.83);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(282.12);
            assertThat(table3.getRow(5).getCell(4).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void shouldMergeTheGroupColumnsOfTheNestedHeader() throws IOException {
        try (Workbook wb = workbook(given().queryParam("format", "xlsx").when().get(PATH))) {
            List<CellRangeAddress> table3 = wb.getSheetAt(3).getMergedRegions();
            assertThat(table3).extracting(CellRangeAddress::formatAsString)
                    .contains("A1:E1", "A2:D2", "A3:B3", "C3:E3");
            assertThat(text(wb.getSheetAt(3).getRow(2).getCell(0))).isEqualTo("项目");
            assertThat(text(wb.getSheetAt(3).getRow(2).getCell(2))).isEqualTo("2025年预算数");
            List<CellRangeAddress> table6 = wb.getSheetAt(6).getMergedRegions();
            assertThat(table6).extracting(CellRangeAddress::formatAsString)
                    .contains("A3:A4", "B3:B4", "C3:E3");
            assertThat(text(wb.getSheetAt(6).getRow(3).getCell(2))).isEqualTo("合计");
            assertThat(text(wb.getSheetAt(6).getRow(1).getCell(4))).isEqualTo("单位：万元");
        }
    }

    @Test
    void shouldNoteAnEmptyTableBelowItsRows() throws IOException {
        JsonNode grid = document().path("tables").get(9);
        try (Workbook wb = workbook(given().queryParam("format", "xlsx").when().get(PATH))) {
            Sheet table10 = wb.getSheetAt(10);
            assertSheetIsTheGrid(table10, grid);
            int noteRow = 2 + Grids.depth(Grid.of(grid).columns()) + grid.path("rows").size();
            assertThat(text(table10.getRow(noteRow).getCell(0))).isEqualTo("注：本表无数据");
            assertThat(table10.getLastRowNum()).isEqualTo(noteRow);
        }
    }

    @Test
    void shouldShowAFormsFundsRowAsPrinted() throws IOException {
        JsonNode form = document().path("explanations").path("sections").get(9).path("forms").get(0);
        try (Workbook wb = workbook(given().queryParam("format", "xlsx").when().get(PATH))) {
            Sheet sheet = wb.getSheet("绩效目标1 民营经济(中小微企业)发展专项资金");
            assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo(form.path("title").asText());
            Row funds = null;
            for (Row row : sheet) {
                if ("项目资金(元)".equals(text(row.getCell(0)))) funds = row;
            }
            assertThat(funds).isNotNull();
            assertThat(List.of(text(funds.getCell(1)), text(funds.getCell(2)), text(funds.getCell(3)), text(funds.getCell(4))))
                    .containsExactly("实施期资金总额:", "1,200,000", "年度资金总额:", "1,200,000");
            assertSheetIsTheGrid(sheet, form);
        }
    }

    @Test
    void shouldServeTheWorkbookByAcceptWithAStrongETagAnd304() {
        Response byFormat = given().queryParam("format", "xlsx").when().get(PATH);
        String etag = byFormat.header("ETag");
        assertThat(etag).startsWith("\"").endsWith("\"");
        Response byAccept = given().accept(XLSX).when().get(PATH);
        byAccept.then().statusCode(200).contentType(XLSX).header("ETag", etag);
        assertThat(byAccept.asByteArray()).isEqualTo(byFormat.asByteArray());
        assertThat(etag).isNotEqualTo(given().when().get(PATH).header("ETag"));
        given().accept(XLSX).header("If-None-Match", etag).when().get(PATH).then().statusCode(304).header("ETag", etag);
        cache.clear();
        given().queryParam("format", "xlsx").header("If-None-Match", etag).when().get(PATH).then().statusCode(304);
    }

    @Test
    void shouldAnswer503OrThePartialWorkbookWhenPerformanceServiceIsStopped() throws IOException {
        StubServices.PERFORMANCE.stop();
        given().queryParam("format", "xlsx").when().get(PATH)
                .then().statusCode(503).contentType("application/problem+json")
                .body("missingParts.part", hasItem("performance"));
        Response partial = given().queryParam("format", "xlsx").queryParam("partial", true).when().get(PATH);
        partial.then().statusCode(200).contentType(XLSX).header("Cache-Control", "no-store");
        try (Workbook wb = workbook(partial)) {
            assertThat(text(wb.getSheet("概况").getRow(1).getCell(0))).startsWith("本文档不完整，缺少：performance");
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).noneMatch(n -> n.startsWith("绩效目标")).contains("表13 项目支出预算表（上年结转）");
        }
    }

    @Test
    void shouldRefuseAnUnknownFormatWith406() {
        given().queryParam("format", "pdf").when().get(PATH)
                .then().statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:not-acceptable"));
    }

    @Test
    void shouldNameANonAsciiDownloadWithAnRfc5987Filename() {
        assertThat(DisclosureResource.attachment("402001-2025-disclosure.xlsx"))
                .isEqualTo("attachment; filename=\"402001-2025-disclosure.xlsx\"");
        assertThat(DisclosureResource.attachment("单位-2025.xlsx"))
                .isEqualTo("attachment; filename=\"__-2025.xlsx\"; filename*=UTF-8''%E5%8D%95%E4%BD%8D-2025.xlsx");
    }

    /** Title, 单位名称/单位 line, header labels in place, then every cell of every row, then nothing but the note. */
    private void assertSheetIsTheGrid(Sheet sheet, JsonNode grid) {
        assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo(grid.path("title").asText());
        assertThat(text(sheet.getRow(1).getCell(0))).isEqualTo("单位名称：" + grid.path("unitName").asText());
        Grid typed = Grid.of(grid); // the header is laid out from the grid as the gateway reads it
        int depth = Grids.depth(typed.columns());
        for (Grids.HeaderCell h : Grids.header(typed)) {
            assertThat(text(sheet.getRow(2 + h.row()).getCell(h.column()))).isEqualTo(h.label());
        }
        List<Grid.Column> leaves = Grids.leafColumns(typed.columns());
        int r = 2 + depth;
        for (JsonNode row : grid.path("rows")) {
            Row out = sheet.getRow(r);
            JsonNode cells = row.path("cells");
            for (int c = 0; c < cells.size(); c++) {
                JsonNode expected = cells.get(c);
                Cell cell = out.getCell(c);
                String where = sheet.getSheetName() + " row " + r + " column " + c;
                if (expected.isNull()) {
                    assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(where).isTrue();
                } else if ("amount".equals(leaves.get(c).kind())) {
                    assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                    assertThat(formatter.formatCellValue(cell)).as(where).isEqualTo(expected.asText());
                } else {
                    assertThat(cell.getCellType()).as(where).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).as(where).isEqualTo(expected.asText());
                }
            }
            r++;
        }
        int last = grid.path("note").isTextual() ? r : r - 1;
        assertThat(sheet.getLastRowNum()).as(sheet.getSheetName()).isEqualTo(last);
    }

    private static String text(Cell cell) {
        return cell == null ? null : cell.getStringCellValue();
    }

    private static Workbook workbook(Response response) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()));
    }

    private static JsonNode document() throws IOException {
        return new ObjectMapper().readTree(given().when().get(PATH).then().statusCode(200).extract().asByteArray());
    }
}
