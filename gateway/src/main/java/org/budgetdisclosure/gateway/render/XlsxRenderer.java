package org.budgetdisclosure.gateway.render;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.gateway.Disclosure;
import org.budgetdisclosure.gateway.Explanations;
import org.budgetdisclosure.gateway.GlossaryEntry;
import org.budgetdisclosure.gateway.Numerals;
import org.budgetdisclosure.gateway.upstream.Grid;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The disclosure as a workbook (Apache POI): 概况, one sheet per table (表1 预算收支总表 …), 情况说明, one sheet
 * per performance goal form of section 十, 名词解释. A grid sheet reads like the printed table: title, 单位名称 and
 * 单位 line, the nested header with merged group cells, the rows as printed (amounts as numbers shown with two
 * decimals, text as text, blank cells blank), the note (注：本表无数据), thin borders, a CJK font (宋体).
 */
public final class XlsxRenderer {

    /** Excel's limit on a sheet name. */
    static final int MAX_SHEET_NAME = 31;
    static final String FONT = "宋体";

    /** The one time written into the workbook (creation date, zip entries): 2000-01-01T00:00:00Z. */
    private static final java.util.Date STAMP = new java.util.Date(946_684_800_000L);

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,16}(\\.\\d+)?");
    private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}年(度)?");

    private XlsxRenderer() {
    }

    public static byte[] render(Printable printable) {
        Disclosure doc = printable.document();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            Set<String> names = new HashSet<>();
            overview(wb, styles, names, doc);
            if (doc.tables() != null) {
                for (Grid grid : printable.tables()) {
                    grid(wb.createSheet(sheetName(names, "表" + number(grid) + " " + shortTitle(grid))), styles, grid, false);
                }
            }
            if (doc.explanations() != null) {
                explanations(wb, styles, names, doc.explanations());
                int i = 1;
                for (Explanations.Section s : doc.explanations().sections()) {
                    if (s.forms() == null) continue;
                    for (Grid form : printable.forms()) {
                        String project = formProject(form);
                        grid(wb.createSheet(sheetName(names, "绩效目标" + i++ + (project == null ? "" : " " + project))), styles, form, true);
                    }
                }
            }
            if (doc.glossary() != null) {
                glossary(wb, styles, names, doc.glossary());
            }
            styles.quotePrefixFormulaLikeText();
            wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(STAMP));
            wb.getProperties().getCoreProperties().setTitle(doc.title());
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            wb.write(out);
            return stable(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same document gives the same bytes, so its strong ETag survives a re-assembly: the zip is written again
     * with one fixed time on every entry (POI stamps the time of writing).
     */
    static byte[] stable(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rezipped = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(STAMP.getTime());
                rezipped.putNextEntry(copy);
                in.transferTo(rezipped);
                rezipped.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** "2025年预算收支总表" → "预算收支总表": the year is the workbook's, the sheet name has 31 characters only. */
    static String shortTitle(Grid grid) {
        return LEADING_YEAR.matcher(grid.title() == null ? "" : grid.title()).replaceFirst("");
    }

    /** A valid (no []:*?/\), at most 31 characters and unique (case-insensitively, as Excel compares) sheet name. */
    static String sheetName(Set<String> taken, String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted.strip(), '_');
        if (base.length() > MAX_SHEET_NAME) base = base.substring(0, MAX_SHEET_NAME);
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase()); n++) {
            String suffix = "(" + n + ")";
            name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase());
        return name;
    }

    private static int number(Grid grid) {
        return grid.number() == null ? 0 : grid.number();
    }

    private static String formProject(Grid form) {
        for (Grid.Row row : form.rows()) {
            if ("projectName".equals(row.code()) && row.cells().size() > 1 && row.cells().get(1) != null) {
                return row.cells().get(1);
            }
        }
        return null;
    }

    private static void grid(Sheet sheet, Styles styles, Grid grid, boolean form) {
        List<Grid.Column> leaves = Grids.leafColumns(grid.columns());
        int width = Math.max(2, leaves.size());
        int depth = Math.max(1, Grids.depth(grid.columns()));
        double[] chars = new double[width];
        java.util.Arrays.fill(chars, 6);

        Row title = sheet.createRow(0);
        title.setHeightInPoints(26);
        put(title, 0, grid.title() == null ? "" : grid.title(), styles.title);
        merge(sheet, 0, 0, 0, width - 1, null);

        Row meta = sheet.createRow(1);
        put(meta, 0, "单位名称：" + (grid.unitName() == null ? "" : grid.unitName()), styles.plain);
        if (width > 2) merge(sheet, 1, 1, 0, width - 2, null);
        if (grid.unitLabel() != null) {
            put(meta, width - 1, "单位：" + grid.unitLabel(), styles.right);
        }

        int top = 2;
        for (int r = 0; r < depth; r++) {
            Row row = sheet.createRow(top + r);
            for (int c = 0; c < width; c++) row.createCell(c).setCellStyle(styles.header);
        }
        for (Grids.HeaderCell h : Grids.header(grid)) {
            sheet.getRow(top + h.row()).getCell(h.column()).setCellValue(h.label());
            if (h.rowSpan() > 1 || h.colSpan() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(top + h.row(), top + h.row() + h.rowSpan() - 1,
                        h.column(), h.column() + h.colSpan() - 1));
            }
            if (h.colSpan() == 1) chars[h.column()] = Math.max(chars[h.column()], display(h.label()) + 2);
        }

        int r = top + depth;
        for (Grid.Row rowNode : grid.rows()) {
            Row row = sheet.createRow(r);
            List<String> cells = rowNode.cells();
            String kind = rowNode.kind() == null ? "item" : rowNode.kind();
            boolean bold = "total".equals(kind) || "subtotal".equals(kind) || "heading".equals(kind);
            int level = rowNode.level() == null ? 0 : rowNode.level();
            for (int c = 0; c < width; c++) {
                String cell = c < cells.size() ? cells.get(c) : null;
                String columnKind = c < leaves.size() ? Grids.kind(leaves.get(c)) : "text";
                boolean numeric = ("amount".equals(columnKind) || "percent".equals(columnKind));
                Cell out = row.createCell(c);
                if (cell == null || cell.isEmpty()) {
                    out.setCellStyle(styles.text(bold, 0, false));
                } else if (numeric && PLAIN_NUMBER.matcher(cell).matches()) {
                    out.setCellValue(new BigDecimal(cell).doubleValue());
                    out.setCellStyle(styles.number(bold));
                    chars[c] = Math.max(chars[c], cell.length() + 2);
                } else {
                    String text = cell;
                    int indent = c == 0 && !form && level > 1 ? level - 1 : 0;
                    out.setCellValue(text);
                    out.setCellStyle(numeric ? styles.right(bold) : styles.text(bold, indent, form));
                    chars[c] = Math.max(chars[c], display(text) + indent * 2 + 2);
                }
            }
            if (form) {
                formMerges(sheet, styles, row, cells, width, chars);
            }
            r++;
        }
        if (grid.note() != null) {
            Row note = sheet.createRow(r);
            put(note, 0, grid.note(), styles.plain);
            merge(sheet, r, r, 0, width - 1, null);
        }

        double cap = form ? 28 : 48;
        for (int c = 0; c < width; c++) {
            sheet.setColumnWidth(c, (int) Math.round(Math.min(cap, chars[c]) * 256));
        }
        if (form) fitRowHeights(sheet, top + depth, r, width);
        sheet.createFreezePane(0, top + depth);
        printSetup(sheet, true);
    }

    /**
     * A form's text rows (a label, then one long text, then nothing) read better with the text across the rest of
     * the row; a row with only its first cell (the form's subtitle) spans the whole width.
     */
    private static void formMerges(Sheet sheet, Styles styles, Row row, List<String> cells, int width, double[] chars) {
        int last = -1;
        int count = 0;
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c) != null) {
                last = c;
                count++;
            }
        }
        int from;
        if (count == 1 && last == 0) from = 0;
        else if (count == 2 && last == 1 && cells.get(0) != null) from = 1;
        else return;
        if (from == 1) chars[1] = Math.min(chars[1], 28);
        if (width - 1 > from) {
            merge(sheet, row.getRowNum(), row.getRowNum(), from, width - 1, null);
        }
        if (from == 0) row.getCell(0).setCellStyle(styles.centerBold);
    }

    /** POI does not size rows with wrapped (merged) text; estimate lines from the text's width and the columns'. */
    private static void fitRowHeights(Sheet sheet, int first, int end, int width) {
        Map<String, CellRangeAddress> merged = new HashMap<>();
        for (CellRangeAddress m : sheet.getMergedRegions()) merged.put(m.getFirstRow() + ":" + m.getFirstColumn(), m);
        for (int r = first; r < end; r++) {
            Row row = sheet.getRow(r);
            int lines = 1;
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c);
                if (cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) continue;
                CellRangeAddress m = merged.get(r + ":" + c);
                int to = m == null ? c : m.getLastColumn();
                double room = 0;
                for (int k = c; k <= to; k++) room += sheet.getColumnWidth(k) / 256.0;
                lines = Math.max(lines, (int) Math.ceil(display(cell.getStringCellValue()) / Math.max(1, room - 1)));
            }
            if (lines > 1) row.setHeightInPoints(Math.min(409, 15f * lines));
        }
    }

    private static void overview(XSSFWorkbook wb, Styles styles, Set<String> names, Disclosure doc) {
        List<String> lines = new ArrayList<>();
        List<Boolean> headings = new ArrayList<>();
        add(lines, headings, doc.unitName() + doc.fiscalYear() + "年度单位预算公开", true);
        if (!doc.complete()) {
            StringBuilder missing = new StringBuilder("本文档不完整，缺少：");
            doc.missingParts().forEach(m -> missing.append(m.part()).append("（").append(m.reason()).append("）"));
            add(lines, headings, missing.toString(), false);
        }
        add(lines, headings, "第一部分 概况", true);
        if (doc.overview() == null) {
            add(lines, headings, "概况暂不可用", false);
        } else {
            add(lines, headings, "一、本单位职责", true);
            List<String> duties = doc.overview().duties();
            for (int i = 0; i < duties.size(); i++) add(lines, headings, "（" + Numerals.of(i + 1) + "）" + duties.get(i), false);
            add(lines, headings, "二、机构设置情况", true);
            add(lines, headings, "1、科室设置情况：" + doc.overview().internalStructure(), false);
            add(lines, headings, "2、人员编制情况：" + doc.overview().staffingText(), false);
        }
        textSheet(wb.createSheet(sheetName(names, "概况")), styles, lines, headings);
    }

    private static void explanations(XSSFWorkbook wb, Styles styles, Set<String> names, Explanations explanations) {
        List<String> lines = new ArrayList<>();
        List<Boolean> headings = new ArrayList<>();
        add(lines, headings, explanations.title(), true);
        for (Explanations.Section s : explanations.sections()) {
            add(lines, headings, s.numeral() + "、" + s.title(), true);
            s.paragraphs().forEach(p -> add(lines, headings, p, false));
            for (Explanations.Subsection sub : s.subsections()) {
                add(lines, headings, sub.title(), true);
                sub.paragraphs().forEach(p -> add(lines, headings, p, false));
            }
            if (s.forms() != null && !s.forms().isEmpty()) {
                add(lines, headings, "（绩效目标表见工作表“绩效目标1”起）", false);
            }
        }
        add(lines, headings, explanations.signatureName(), false);
        if (explanations.signatureDate() != null) add(lines, headings, explanations.signatureDate(), false);
        textSheet(wb.createSheet(sheetName(names, "情况说明")), styles, lines, headings);
    }

    private static void glossary(XSSFWorkbook wb, Styles styles, Set<String> names, Disclosure.Glossary glossary) {
        Sheet sheet = wb.createSheet(sheetName(names, glossary.title() == null ? "名词解释" : glossary.title()));
        Row head = sheet.createRow(0);
        put(head, 0, "序号", styles.header);
        put(head, 1, "名词", styles.header);
        put(head, 2, "解释", styles.header);
        int r = 1;
        for (GlossaryEntry e : glossary.entries()) {
            Row row = sheet.createRow(r++);
            put(row, 0, Numerals.of(e.number()), styles.text(false, 0, true));
            put(row, 1, e.term(), styles.text(true, 0, true));
            put(row, 2, e.definition(), styles.text(false, 0, true));
            row.setHeightInPoints(Math.min(409, 15f * Math.max(1, (int) Math.ceil(display(e.definition()) / 78.0))));
        }
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 24 * 256);
        sheet.setColumnWidth(2, 80 * 256);
        printSetup(sheet, false);
    }

    private static void add(List<String> lines, List<Boolean> headings, String text, boolean heading) {
        lines.add(text == null ? "" : text);
        headings.add(heading);
    }

    private static void textSheet(Sheet sheet, Styles styles, List<String> lines, List<Boolean> headings) {
        sheet.setColumnWidth(0, 100 * 256);
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(i);
            put(row, 0, lines.get(i), headings.get(i) ? styles.heading : styles.paragraph);
            int n = (int) Math.ceil(display(lines.get(i)) / 98.0);
            if (n > 1) row.setHeightInPoints(Math.min(409, 16f * n));
        }
        printSetup(sheet, false);
    }

    private static void printSetup(Sheet sheet, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    private static void put(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static void merge(Sheet sheet, int r1, int r2, int c1, int c2, BorderStyle border) {
        if (r1 == r2 && c1 == c2) return;
        CellRangeAddress range = new CellRangeAddress(r1, r2, c1, c2);
        sheet.addMergedRegion(range);
        if (border != null) {
            RegionUtil.setBorderTop(border, range, sheet);
            RegionUtil.setBorderBottom(border, range, sheet);
            RegionUtil.setBorderLeft(border, range, sheet);
            RegionUtil.setBorderRight(border, range, sheet);
        }
    }

    /** Width in Excel character units: a CJK (full-width) character takes two. */
    static double display(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) > 0x2E7F ? 2 : 1;
        }
        return w;
    }

    /** The workbook's few cell styles, made once (Excel limits their number). */
    private static final class Styles {
        final XSSFWorkbook wb;
        final Font normal;
        final Font bold;
        final CellStyle title;
        final CellStyle plain;
        final CellStyle right;
        final CellStyle header;
        final CellStyle heading;
        final CellStyle paragraph;
        final CellStyle centerBold;
        private final Map<String, CellStyle> made = new HashMap<>();
        private final short twoDecimals;

        Styles(XSSFWorkbook wb) {
            this.wb = wb;
            normal = font(11, false);
            bold = font(11, true);
            twoDecimals = wb.createDataFormat().getFormat("0.00");
            title = wb.createCellStyle();
            title.setFont(font(16, true));
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            plain = wb.createCellStyle();
            plain.setFont(normal);
            right = wb.createCellStyle();
            right.setFont(normal);
            right.setAlignment(HorizontalAlignment.RIGHT);
            header = bordered(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            heading = wb.createCellStyle();
            heading.setFont(bold);
            heading.setWrapText(true);
            paragraph = wb.createCellStyle();
            paragraph.setFont(normal);
            paragraph.setWrapText(true);
            paragraph.setVerticalAlignment(VerticalAlignment.TOP);
            centerBold = bordered(bold);
            centerBold.setAlignment(HorizontalAlignment.CENTER);
        }

        /**
         * Every text cell a spreadsheet would take for a formula once edited ({@link InertText}) keeps its text as
         * given and gets Excel's quote prefix (the style flag behind a typed leading apostrophe), so it stays text.
         */
        void quotePrefixFormulaLikeText() {
            Map<Short, CellStyle> prefixed = new HashMap<>();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && InertText.formulaLike(cell.getStringCellValue())) {
                            CellStyle style = cell.getCellStyle();
                            cell.setCellStyle(prefixed.computeIfAbsent(style.getIndex(), i -> {
                                CellStyle s = wb.createCellStyle();
                                s.cloneStyleFrom(style);
                                s.setQuotePrefixed(true);
                                return s;
                            }));
                        }
                    }
                }
            }
        }

        CellStyle text(boolean isBold, int indent, boolean wrap) {
            return made.computeIfAbsent("t" + isBold + indent + wrap, k -> {
                CellStyle s = bordered(isBold ? bold : normal);
                s.setIndention((short) indent);
                s.setWrapText(wrap);
                return s;
            });
        }

        CellStyle number(boolean isBold) {
            return made.computeIfAbsent("n" + isBold, k -> {
                CellStyle s = bordered(isBold ? bold : normal);
                s.setDataFormat(twoDecimals);
                s.setAlignment(HorizontalAlignment.RIGHT);
                return s;
            });
        }

        CellStyle right(boolean isBold) {
            return made.computeIfAbsent("r" + isBold, k -> {
                CellStyle s = bordered(isBold ? bold : normal);
                s.setAlignment(HorizontalAlignment.RIGHT);
                return s;
            });
        }

        private CellStyle bordered(Font font) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }

        private Font font(int points, boolean isBold) {
            Font f = wb.createFont();
            f.setFontName(FONT);
            f.setCharSet(134); // GB2312
            f.setFontHeightInPoints((short) points);
            f.setBold(isBold);
            return f;
        }
    }
}
