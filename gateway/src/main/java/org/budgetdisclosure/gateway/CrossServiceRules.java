package org.budgetdisclosure.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetdisclosure.gateway.upstream.AssetSnapshot;
import org.budgetdisclosure.gateway.upstream.BudgetDocument;
import org.budgetdisclosure.gateway.upstream.Figures;
import org.budgetdisclosure.gateway.upstream.Grid;
import org.budgetdisclosure.gateway.upstream.PerformanceGoals;
import org.budgetdisclosure.gateway.upstream.Tables;
import org.budgetdisclosure.gateway.upstream.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks no single service can make (勾稽关系 across services). Pure: each rule takes the
 * services' answers (the gateway's records of them) and returns findings. A null input means that service's data is
 * missing; the rules that need it are then skipped (the caller reports the service as not checked).
 */
public final class CrossServiceRules {

    public static final String FORM_FUNDS = "X-FORM-FUNDS-BUDGET";
    public static final String PROJECT_FORM = "X-PROJECT-HAS-FORM";
    public static final String FORM_PROJECT = "X-FORM-HAS-PROJECT";
    public static final String PROCUREMENT = "X-PROCUREMENT-BUDGET";
    public static final String TEXT_FIGURES = "X-TEXT-FIGURES";
    public static final String TEXT_CONTRADICTS = "X-TEXT-CONTRADICTS-TABLE";
    public static final String TEXT_PLACEHOLDER = "X-TEXT-PLACEHOLDER";
    public static final String OPERATING_UNIT_TYPE = "X-OPERATING-EXPENSES-UNIT-TYPE";

    private static final Pattern WAN = Pattern.compile("(\\d+(?:\\.\\d+)?)万元");
    private static final Pattern PLACEHOLDER = Pattern.compile("XX|xx|××|待填|TODO");

    private CrossServiceRules() {
    }

    /** Each project's form (or form-less managed goal) states the same annual funds as its budget. */
    public static List<Finding> formFundsEqualBudget(BudgetDocument budget, PerformanceGoals goals) {
        List<Finding> findings = new ArrayList<>();
        if (budget == null || goals == null) {
            return findings;
        }
        Map<String, BigDecimal> budgeted = budget.projectAmounts();
        for (PerformanceGoals.Goal goal : goals.items()) {
            String code = text(goal.projectCode());
            BigDecimal stated = goal.amount();
            BigDecimal planned = budgeted.get(code);
            if (planned == null) {
                findings.add(finding(FORM_PROJECT, "WARNING",
                        "绩效目标" + code + "在预算中没有对应项目",
                        "Performance goal " + code + " has no project in the budget", location("performance", code)));
            } else if (stated != null && stated.compareTo(planned) != 0) {
                findings.add(finding(FORM_FUNDS, "WARNING",
                        "项目" + code + "绩效目标表年度资金" + wan(stated) + "万元，与预算项目金额" + wan(planned) + "万元不一致",
                        "Project " + code + ": the performance goal's annual funds " + stated.toPlainString()
                                + " differ from its budget " + planned.toPlainString(), location("performance", code)));
            }
        }
        return findings;
    }

    /** Each budget project has a performance form, or is recorded as managed without a form. */
    public static List<Finding> everyProjectHasForm(BudgetDocument budget, PerformanceGoals goals) {
        List<Finding> findings = new ArrayList<>();
        if (budget == null || goals == null) {
            return findings;
        }
        Map<String, PerformanceGoals.Goal> byCode = new HashMap<>();
        goals.items().forEach(g -> byCode.put(text(g.projectCode()), g));
        for (BudgetDocument.Project project : budget.projects()) {
            String code = text(project.code());
            PerformanceGoals.Goal goal = byCode.get(code);
            if (goal == null) {
                findings.add(finding(PROJECT_FORM, "ERROR",
                        "项目" + code + "（" + text(project.name()) + "）没有绩效目标表，也未登记为无需目标表管理的项目",
                        "Project " + code + " has no performance form and is not recorded as managed without one",
                        location("budget", code)));
            } else if (!goal.withForm()) {
                findings.add(finding(PROJECT_FORM, "INFO",
                        "项目" + code + "（" + text(project.name()) + "）纳入绩效目标管理，未公开绩效目标表",
                        "Project " + code + " is managed under performance goals without a printed form",
                        location("performance", code)));
            }
        }
        return findings;
    }

    /**
     * The procurement budget fits the budget: its total not above total expenditure (ERROR); goods and
     * services not above what can buy them, 公用经费 plus project expenditure (WARNING).
     */
    public static List<Finding> procurementWithinBudget(Figures figures, AssetSnapshot assets) {
        List<Finding> findings = new ArrayList<>();
        if (figures == null || assets == null || assets.procurement() == null) {
            return findings;
        }
        AssetSnapshot.Procurement p = assets.procurement();
        BigDecimal total = orZero(p.total());
        BigDecimal spending = orZero(figures.expenditureTotal().current().yuan());
        if (total.compareTo(spending) > 0) {
            findings.add(finding(PROCUREMENT, "ERROR",
                    "政府采购预算总额" + wan(total) + "万元超过支出预算总额" + wan(spending) + "万元",
                    "The procurement budget " + total.toPlainString() + " exceeds total expenditure " + spending.toPlainString(),
                    location("asset", "procurement.total")));
        }
        BigDecimal goodsAndServices = orZero(p.goods()).add(orZero(p.services()));
        BigDecimal operating = orZero(figures.basicExpenditure().operating().yuan());
        BigDecimal project = orZero(figures.expenditureOfKind("PROJECT").yuan());
        BigDecimal room = operating.add(project);
        if (goodsAndServices.compareTo(room) > 0) {
            findings.add(finding(PROCUREMENT, "WARNING",
                    "政府采购货物和服务预算" + wan(goodsAndServices) + "万元超过公用经费与项目支出之和" + wan(room) + "万元",
                    "Procured goods and services " + goodsAndServices.toPlainString() + " exceed operating plus project expenditure "
                            + room.toPlainString(), location("asset", "procurement")));
        }
        return findings;
    }

    /**
     * Figures in the authored text (reasons, other notes) against the tables: every "x万元" must be a
     * figure of some table; a text saying there is none of something the tables show is a contradiction;
     * no placeholders.
     */
    public static List<Finding> authoredTextAgainstTables(BudgetDocument budget, Tables tables, Figures figures) {
        List<Finding> findings = new ArrayList<>();
        if (budget == null || tables == null) {
            return findings;
        }
        Set<BigDecimal> printed = new HashSet<>();
        for (Grid table : tables.tables()) {
            for (Grid.Row row : table.rows()) {
                for (String cell : row.cells()) {
                    BigDecimal d = decimal(cell);
                    if (d != null) {
                        printed.add(d.stripTrailingZeros());
                    }
                }
            }
        }
        for (BudgetDocument.Texts.Authored authored : budget.texts().all()) {
            String field = authored.field();
            String text = authored.text();
            Matcher m = WAN.matcher(text);
            while (m.find()) {
                BigDecimal figure = new BigDecimal(m.group(1)).stripTrailingZeros();
                if (!printed.contains(figure)) {
                    findings.add(finding(TEXT_FIGURES, "WARNING", "说明文字中的" + m.group() + "在预算表中找不到",
                            "The authored text states " + m.group() + ", which no table shows", location("budget", "texts." + field)));
                }
            }
            if (PLACEHOLDER.matcher(text).find()) {
                findings.add(finding(TEXT_PLACEHOLDER, "PUBLISHED".equals(budget.status()) ? "ERROR" : "WARNING",
                        "说明文字含有占位符：" + text, "The authored text holds a placeholder", location("budget", "texts." + field)));
            }
            if (figures != null) {
                if (text.contains("无机关运行经费") && figures.operatingExpenses().nonZero()) {
                    findings.add(finding(TEXT_CONTRADICTS, "WARNING", "说明文字称无机关运行经费，表11为"
                                    + text(figures.operatingExpenses().current().wan()) + "万元",
                            "The text says there are no operating expenses; table 11 shows some", location("budget", "texts." + field)));
                }
                if (text.contains("无“三公”经费") && figures.threePublicExpenses().nonZero()) {
                    findings.add(finding(TEXT_CONTRADICTS, "WARNING", "说明文字称无“三公”经费，表10有数据",
                            "The text says there are no 三公 expenses; table 10 shows some", location("budget", "texts." + field)));
                }
            }
        }
        return findings;
    }

    /**
     * 机关运行经费 concern 行政单位 and 参公事业单位 only; a 事业单位 with such a figure (the seed: table 11
     * shows 15.56 while its text says "本单位无机关运行经费") is pointed out.
     */
    public static List<Finding> operatingExpensesFitUnitType(Unit unit, Figures figures) {
        if (unit == null || figures == null || !figures.operatingExpenses().nonZero()) {
            return List.of();
        }
        if (!"PUBLIC_INSTITUTION".equals(unit.unitType())) {
            return List.of();
        }
        String wan = text(figures.operatingExpenses().current().wan());
        return List.of(finding(OPERATING_UNIT_TYPE, "WARNING",
                "本单位为事业单位，机关运行经费仅适用于行政单位和参公事业单位，但表11列示" + wan + "万元；情况说明第八部分按表11数据表述",
                "A public institution (事业单位) shows 机关运行经费 " + wan + " 万元 in table 11; they apply to administrative "
                        + "units only. Section 八 states the table's figure", location("budget", "table 11")));
    }

    /** A printed cell as a number ("1,200,000" and "422.96" are; text is not). */
    static BigDecimal decimal(String cell) {
        if (cell == null) {
            return null;
        }
        try {
            return new BigDecimal(cell.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A service's text as the messages quote it: absent is empty. */
    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static BigDecimal orZero(BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }

    private static String wan(BigDecimal yuan) {
        return yuan.movePointLeft(4).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static ObjectNode location(String service, String where) {
        return JsonNodeFactory.instance.objectNode().put("service", service).put("where", where);
    }

    private static Finding finding(String rule, String severity, String zh, String en, JsonNode location) {
        return new Finding("gateway", rule, severity, zh, en, location);
    }
}
