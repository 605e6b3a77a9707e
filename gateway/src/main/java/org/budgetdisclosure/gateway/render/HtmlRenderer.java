package org.budgetdisclosure.gateway.render;

import org.budgetdisclosure.gateway.Disclosure;
import org.budgetdisclosure.gateway.Explanations;
import org.budgetdisclosure.gateway.GlossaryEntry;
import org.budgetdisclosure.gateway.Numerals;
import org.budgetdisclosure.gateway.upstream.Grid;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The printable page: reads like the official document — title, 第一部分 … 第四部分 headings, the
 * thirteen tables bordered with their nested headers, the performance forms in their own layout.
 * Long text wraps inside cells (no fixed heights), tables take the page width, so nothing is clipped.
 */
public final class HtmlRenderer {

    private static final String STYLE = """
            body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC","SimSun",serif;margin:24px auto;max-width:1000px;
            line-height:1.7;color:#000;padding:0 16px}
            h1{text-align:center;font-size:26px;margin:40px 0}h2{font-size:20px;margin-top:36px;page-break-before:always}
            h2.first{page-break-before:auto}h3{font-size:17px;margin:20px 0 8px}h4{font-size:15px;margin:12px 0 4px}
            p{text-indent:2em;margin:4px 0;overflow-wrap:anywhere}
            .grid{margin:18px 0 28px;page-break-inside:auto}.grid .title{text-align:center;font-weight:bold;font-size:16px}
            .grid .meta{display:flex;justify-content:space-between;font-size:13px}
            table{border-collapse:collapse;width:100%;table-layout:auto;font-size:12px}
            th,td{border:1px solid #000;padding:2px 4px;vertical-align:middle;overflow-wrap:anywhere;word-break:break-word}
            th{font-weight:bold;text-align:center;background:#f3f3f3}td.amount,td.percent{text-align:right;white-space:nowrap}
            tr.total td,tr.subtotal td{font-weight:bold}.note{font-size:13px;margin-top:4px}
            .form table td{font-size:12px}.form .title{font-size:16px}.missing{color:#a00;border:1px dashed #a00;padding:4px}
            .signature{text-align:right;margin-top:24px}.label{font-size:12px;color:#333}
            @media print{body{margin:0;max-width:none}}
            """;

    private HtmlRenderer() {
    }

    public static byte[] render(Printable printable) {
        Disclosure doc = printable.document();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>").append(esc(doc.title()))
                .append("</title><style>").append(STYLE).append("</style></head><body>");
        h.append("<h1>").append(esc(doc.unitName())).append("<br>").append(doc.fiscalYear()).append("年度单位预算公开</h1>");
        if (!doc.complete()) {
            h.append("<p class=\"missing\">本文档不完整，缺少：");
            doc.missingParts().forEach(m -> h.append(esc(m.part())).append("（").append(esc(m.reason())).append("）"));
            h.append("</p>");
        }
        h.append("<h2 class=\"first\" id=\"part1\">第一部分 概况</h2>");
        if (doc.overview() == null) {
            h.append("<p class=\"missing\">概况暂不可用</p>");
        } else {
            h.append("<h3>一、本单位职责</h3>");
            List<String> duties = doc.overview().duties();
            for (int i = 0; i < duties.size(); i++) {
                h.append("<p>（").append(Numerals.of(i + 1)).append("）").append(esc(duties.get(i))).append("</p>");
            }
            h.append("<h3>二、机构设置情况</h3><p>1、科室设置情况：").append(esc(doc.overview().internalStructure())).append("</p>");
            h.append("<p>2、人员编制情况：").append(esc(doc.overview().staffingText())).append("</p>");
        }
        h.append("<h2 id=\"part2\">第二部分 ").append(doc.fiscalYear()).append("年单位预算报表</h2>");
        if (doc.tables() == null) {
            h.append("<p class=\"missing\">预算报表暂不可用</p>");
        } else {
            for (Grid grid : printable.tables()) {
                int n = grid.number() == null ? 0 : grid.number();
                grid(h, grid, "预算公开表" + n, "grid", "table-" + n);
            }
        }
        h.append("<h2 id=\"part3\">第三部分 ").append(doc.fiscalYear()).append("年度单位预算情况说明</h2>");
        if (doc.explanations() == null) {
            h.append("<p class=\"missing\">情况说明暂不可用</p>");
        } else {
            for (Explanations.Section s : doc.explanations().sections()) {
                h.append("<h3 id=\"section-").append(s.number()).append("\">").append(s.numeral()).append('、').append(esc(s.title())).append("</h3>");
                s.paragraphs().forEach(p -> h.append(s.missing() ? "<p class=\"missing\">" : "<p>").append(esc(p)).append("</p>"));
                for (Explanations.Subsection sub : s.subsections()) {
                    h.append("<h4>").append(esc(sub.title())).append("</h4>");
                    sub.paragraphs().forEach(p -> h.append("<p>").append(esc(p)).append("</p>"));
                }
                if (s.forms() != null) {
                    int i = 1;
                    for (Grid form : printable.forms()) {
                        grid(h, form, null, "grid form", "form-" + i++);
                    }
                }
            }
            h.append("<div class=\"signature\">").append(esc(doc.explanations().signatureName())).append("<br>")
                    .append(esc(doc.explanations().signatureDate() == null ? "" : doc.explanations().signatureDate())).append("</div>");
        }
        h.append("<h2 id=\"part4\">第四部分 ").append(esc(doc.glossary().title())).append("</h2>");
        for (GlossaryEntry e : doc.glossary().entries()) {
            h.append("<p>").append(Numerals.of(e.number())).append("、<b>").append(esc(e.term())).append("</b>：")
                    .append(esc(e.definition())).append("</p>");
        }
        h.append("</body></html>");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void grid(StringBuilder h, Grid grid, String label, String cssClass, String id) {
        h.append("<div class=\"").append(cssClass).append("\" id=\"").append(id).append("\">");
        if (label != null) {
            h.append("<div class=\"label\">").append(esc(label)).append("</div>");
        }
        h.append("<div class=\"title\">").append(esc(grid.title())).append("</div>");
        h.append("<div class=\"meta\"><span>单位名称：").append(esc(grid.unitName())).append("</span><span>");
        if (grid.unitLabel() != null) {
            h.append("单位：").append(esc(grid.unitLabel()));
        }
        h.append("</span></div><table><thead>");
        List<Grids.HeaderCell> header = Grids.header(grid);
        int depth = Math.max(1, Grids.depth(grid.columns()));
        for (int r = 0; r < depth; r++) {
            h.append("<tr>");
            for (Grids.HeaderCell c : header) {
                if (c.row() == r) {
                    h.append("<th");
                    if (c.colSpan() > 1) h.append(" colspan=\"").append(c.colSpan()).append('"');
                    if (c.rowSpan() > 1) h.append(" rowspan=\"").append(c.rowSpan()).append('"');
                    h.append('>').append(esc(c.label())).append("</th>");
                }
            }
            h.append("</tr>");
        }
        h.append("</thead><tbody>");
        List<Grid.Column> leaves = Grids.leafColumns(grid.columns());
        for (Grid.Row row : grid.rows()) {
            h.append("<tr class=\"").append(esc(row.kind() == null ? "item" : row.kind())).append("\">");
            List<String> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                String kind = i < leaves.size() ? Grids.kind(leaves.get(i)) : "text";
                String cell = cells.get(i);
                int level = row.level() == null ? 0 : row.level();
                h.append("<td class=\"").append(esc(kind)).append('"');
                if (i == 0 && "text".equals(kind) && level > 1) {
                    h.append(" style=\"padding-left:").append(4 + (level - 1) * 12).append("px\"");
                }
                h.append('>').append(esc(cell)).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
        if (grid.note() != null) {
            h.append("<div class=\"note\">").append(esc(grid.note())).append("</div>");
        }
        h.append("</div>");
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
