package org.budgetdisclosure.gateway;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.budgetdisclosure.gateway.Wording.change;
import static org.budgetdisclosure.gateway.Wording.percent;
import static org.budgetdisclosure.gateway.Wording.reason;
import static org.budgetdisclosure.gateway.Wording.wan;

/**
 * 情况说明 written from the data: every amount, share and change is taken from budget-service's
 * figures, performance-service's summary and asset-service's snapshot; the authored parts (reasons,
 * other notes) are inserted where they belong. Pure: no I/O.
 */
public final class ExplanationWriter {

    /** The sources. {@code performance} and {@code assets} are null when their service could not be reached. */
    public record Sources(JsonNode unit, JsonNode budget, JsonNode figures, JsonNode performance,
                          List<JsonNode> forms, JsonNode assets) {
    }

    static final Map<String, String> INCOME_LABELS = Map.of(
            "GENERAL_PUBLIC_BUDGET", "一般公共预算拨款收入",
            "GOVERNMENT_FUND", "政府性基金预算拨款收入",
            "STATE_CAPITAL_OPERATION", "国有资本经营预算拨款收入",
            "FISCAL_SPECIAL_ACCOUNT", "财政专户管理资金收入",
            "UNIT_FUNDS", "单位资金",
            "CARRIED_OVER", "上年结转");

    static final Map<String, String> APPROPRIATION_LABELS = Map.of(
            "GENERAL_PUBLIC_BUDGET", "一般公共预算拨款",
            "GOVERNMENT_FUND", "政府性基金预算拨款",
            "STATE_CAPITAL_OPERATION", "国有资本经营预算拨款");

    public static final String PERFORMANCE = "performance";
    public static final String ASSETS = "assets";

    private ExplanationWriter() {
    }

    public static Explanations write(Sources s) {
        JsonNode f = s.figures();
        int year = s.budget().path("fiscalYear").asInt();
        String unit = s.unit() != null ? s.unit().path("name").asText() : s.budget().path("unitName").asText("本单位");
        String prefix = year + "年度" + unit;
        JsonNode texts = s.budget().path("texts");
        List<Explanations.Section> sections = new ArrayList<>();

        // 一
        JsonNode income = f.path("incomeTotal");
        JsonNode spending = f.path("expenditureTotal");
        String changeReason = Wording.text(texts.path("changeReason"));
        sections.add(section(1, "单位预算收支数据变动情况及原因",
                prefix + "预算收入总计" + wan(income.path("current")) + "万元，其中：本年收入" + wan(f.path("currentYearIncome"))
                        + "万元，上年结转" + wan(f.path("carriedOverIncome")) + "万元" + clause(change(income))
                        + reason(income, changeReason) + "；本年单位预算支出总计" + wan(spending.path("current"))
                        + "万元，其中：本年预算安排" + wan(f.path("currentYearExpenditure")) + "万元，上年结转"
                        + wan(f.path("carriedOverExpenditure")) + "万元" + clause(change(spending))
                        + reason(spending, changeReason) + "。"));

        // 二
        List<String> sources = new ArrayList<>();
        for (JsonNode share : f.path("incomeBySource")) {
            String label = INCOME_LABELS.getOrDefault(share.path("code").asText(), share.path("name").asText());
            sources.add(label + wan(share.path("amount")) + "万元" + shareClause(share));
        }
        sections.add(section(2, "收入预算情况说明", prefix + "预算收入" + wan(income.path("current")) + "万元，主要包括"
                + String.join("；", sources) + "。"));

        // 三
        List<String> kinds = new ArrayList<>();
        for (JsonNode share : f.path("expenditureByKind")) {
            kinds.add(share.path("name").asText() + wan(share.path("amount")) + "万元" + shareClause(share));
        }
        sections.add(section(3, "支出预算情况说明", prefix + "支出预算" + wan(spending.path("current")) + "万元，其中："
                + String.join("；", kinds) + "。"));

        // 四
        JsonNode fa = f.path("fiscalAppropriation");
        List<String> faSources = new ArrayList<>();
        for (JsonNode share : fa.path("bySource")) {
            faSources.add(APPROPRIATION_LABELS.getOrDefault(share.path("code").asText(), share.path("name").asText())
                    + wan(share.path("amount")) + "万元");
        }
        List<String> faClasses = new ArrayList<>();
        for (JsonNode share : fa.path("expenditureByClass")) {
            faClasses.add(share.path("name").asText() + wan(share.path("amount")) + "万元");
        }
        String faText = prefix + "财政拨款收支总预算" + wan(fa.path("total")) + "万元。其中：" + String.join("，", faSources)
                + "。其中：当年拨款收入" + wan(fa.path("currentYear")) + "万元，上年结转收入" + wan(fa.path("carriedOver")) + "万元。"
                + (faClasses.isEmpty() ? "本单位无财政拨款支出。" : "支出包括：" + String.join("、", faClasses) + "等。");
        sections.add(section(4, "财政拨款收支预算总体情况说明", faText));

        // 五
        JsonNode gpb = f.path("generalPublicBudgetExpenditure");
        List<String> classes = new ArrayList<>();
        for (JsonNode share : f.path("generalPublicBudgetByClass")) {
            classes.add(share.path("name").asText() + wan(share.path("amount")) + "万元" + shareClause(share));
        }
        String scale = prefix + "一般公共预算当年支出" + wan(gpb.path("current")) + "万元" + clause(change(gpb)) + "。";
        String structure = classes.isEmpty()
                ? prefix + "无一般公共预算当年支出。"
                : prefix + "一般公共预算当年支出" + wan(gpb.path("current")) + "万元，主要用于以下方面：" + String.join("；", classes) + "等。";
        sections.add(new Explanations.Section(5, "一般公共预算支出情况说明", List.of(), List.of(
                new Explanations.Subsection("（一）一般公共预算当年支出规模变化情况", List.of(scale)),
                new Explanations.Subsection("（二）一般公共预算当年支出结构情况", List.of(structure)))));

        // 六
        JsonNode basic = f.path("basicExpenditure");
        List<String> basicParagraphs = new ArrayList<>();
        if (Wording.isZero(basic.path("total").path("yuan").asText("0"))) {
            basicParagraphs.add(prefix + "无一般公共预算安排的基本支出。");
        } else {
            basicParagraphs.add(prefix + "一般公共预算安排基本支出" + wan(basic.path("total")) + "万元，其中：");
            basicParagraphs.add("人员经费" + wan(basic.path("personnel")) + "万元" + items(basic.path("personnelItems")) + "；");
            basicParagraphs.add("公用经费" + wan(basic.path("operating")) + "万元" + items(basic.path("operatingItems")) + "。");
        }
        sections.add(new Explanations.Section(6, "一般公共预算基本支出情况说明", basicParagraphs, List.of()));

        // 七
        JsonNode three = f.path("threePublicExpenses");
        String threeText;
        if (nothing(three)) {
            threeText = "本单位无“三公”经费预算。";
        } else {
            List<String> items = new ArrayList<>();
            for (JsonNode item : f.path("threePublicExpensesByItem")) {
                items.add(item.path("name").asText() + wan(item.path("amount")) + "万元");
            }
            threeText = year + "年度" + unit + "“三公”经费预算" + wan(three.path("current")) + "万元" + clause(change(three))
                    + reason(three, Wording.text(texts.path("threePublicExpensesChangeReason"))) + "。其中："
                    + String.join("，", items) + "。";
        }
        sections.add(section(7, "“三公”经费增减变动原因说明", threeText));

        // 八
        JsonNode operating = f.path("operatingExpenses");
        String operatingText = nothing(operating)
                ? "本单位无机关运行经费。"
                : prefix + "机关运行经费预算" + wan(operating.path("current")) + "万元" + clause(change(operating))
                + reason(operating, Wording.text(texts.path("operatingExpensesChangeReason"))) + "。";
        sections.add(section(8, "机关运行经费增减变动原因说明", operatingText));

        // 九
        JsonNode assets = s.assets();
        if (assets == null) {
            sections.add(Explanations.Section.missing(9, "政府采购情况", ASSETS));
        } else {
            JsonNode p = assets.path("procurement");
            String text = p.isMissingNode() || p.isNull()
                    ? year + "年" + unit + "无政府采购预算。"
                    : year + "年" + unit + "政府采购预算总额" + Wording.wanText(p.path("totalWan").asText()) + "万元。其中：政府采购货物预算"
                    + Wording.wanText(p.path("goodsWan").asText()) + "万元、政府采购工程预算" + Wording.wanText(p.path("worksWan").asText())
                    + "万元、政府采购服务预算" + Wording.wanText(p.path("servicesWan").asText()) + "万元。";
            sections.add(section(9, "政府采购情况", text));
        }

        // 十
        JsonNode perf = s.performance();
        if (perf == null) {
            sections.add(Explanations.Section.missing(10, "绩效管理情况", PERFORMANCE));
        } else {
            sections.add(performanceSection(perf, year, unit).withForms(s.forms() == null ? List.of() : s.forms()));
        }

        // 十一
        if (assets == null) {
            sections.add(Explanations.Section.missing(11, "国有资产占有使用情况", ASSETS));
        } else {
            sections.add(assetSection(assets, unit));
        }

        // 十二
        List<Explanations.Subsection> other = new ArrayList<>();
        String otherNotes = Wording.text(texts.path("otherNotes"));
        if (assets == null) {
            other.add(new Explanations.Subsection("（一）政府购买服务指导性目录", List.of("（本部分数据暂不可用：assets）")));
        } else {
            other.add(new Explanations.Subsection("（一）政府购买服务指导性目录", purchasedServices(assets.path("purchasedServices"))));
        }
        other.add(new Explanations.Subsection("（二）其他", List.of(otherNotes == null || otherNotes.isBlank() ? "无" : otherNotes)));
        if (assets != null) {
            String note = Wording.text(assets.path("purchasedServices").path("note"));
            if (note != null && !note.isBlank()) {
                other.add(new Explanations.Subsection("情况说明", List.of(note)));
            }
        }
        sections.add(new Explanations.Section(12, "其他说明", List.of(), other));

        return new Explanations(year + "年度单位预算情况说明", sections, unit,
                Wording.date(Wording.text(s.budget().path("disclosureDate"))));
    }

    private static Explanations.Section performanceSection(JsonNode perf, int year, String unit) {
        JsonNode overall = perf.path("overallGoal");
        String overallText = Wording.text(overall.path("statement"));
        if (overallText == null) {
            overallText = overall.path("reported").asBoolean()
                    ? year + "年本单位编报整体绩效目标，涉及资金" + Wording.wanText(overall.path("amountWanYuan").asText()) + "万元"
                    : year + "年本单位未编报整体绩效目标，涉及资金0万元";
        }
        if (!overallText.endsWith("。")) {
            overallText += "。";
        }
        JsonNode managed = perf.path("managed");
        JsonNode published = perf.path("published");
        StringBuilder goals = new StringBuilder();
        if (managed.path("count").asInt() == 0) {
            goals.append(year).append("年").append(unit).append("无纳入绩效目标管理的项目。");
        } else {
            goals.append(year).append("年").append(unit).append("纳入绩效目标管理的二级项目").append(managed.path("count").asInt())
                    .append("个，共计金额").append(Wording.wanText(managed.path("amountWanYuan").asText())).append("万元。")
                    .append(byCategory(managed, "涉及金额"));
            goals.append("公开项目绩效目标").append(published.path("count").asInt()).append("个，涉及项目金额")
                    .append(Wording.wanText(published.path("amountWanYuan").asText())).append("万元");
            String share = percent(published.path("shareOfProjectExpenditure"));
            if (share != null && "AVAILABLE".equals(published.path("shareStatus").asText("AVAILABLE"))) {
                goals.append("，占部门（单位）项目支出总额的").append(share).append('%');
            }
            goals.append("。").append(byCategory(published, "涉及项目金额"));
        }
        List<String> goalParagraphs = new ArrayList<>(List.of(goals.toString()));
        goalParagraphs.add("（项目绩效目标表公开情况见附件）");
        return new Explanations.Section(10, "绩效管理情况", List.of(), List.of(
                new Explanations.Subsection("1、整体绩效目标", List.of(overallText)),
                new Explanations.Subsection("2、项目绩效目标", goalParagraphs)));
    }

    private static String byCategory(JsonNode group, String amountWord) {
        List<String> parts = new ArrayList<>();
        for (JsonNode c : group.path("byCategory")) {
            parts.add(c.path("categoryName").asText() + "项目" + c.path("count").asInt() + "个，" + amountWord
                    + Wording.wanText(c.path("amountWanYuan").asText()) + "万元");
        }
        return parts.isEmpty() ? "" : "其中：" + String.join("；", parts) + "。";
    }

    private static Explanations.Section assetSection(JsonNode a, String unit) {
        String asOf = Wording.date(Wording.text(a.path("asOfDate")));
        String since = asOf == null ? "" : "截至" + asOf + "，";
        List<Explanations.Subsection> subs = new ArrayList<>();
        JsonNode v = a.path("vehicles");
        if (v.isMissingNode() || v.isNull()) {
            subs.add(new Explanations.Subsection("1、车辆情况：", List.of(since + unit + "未填报公务用车情况。")));
        } else {
            List<String> cats = new ArrayList<>();
            for (JsonNode c : v.path("byCategory")) {
                cats.add(c.path("categoryName").asText() + c.path("actual").asInt() + "辆");
            }
            subs.add(new Explanations.Subsection("1、车辆情况：", List.of(since + unit + "共有公务用车编制" + v.path("allowed").asInt()
                    + "辆，实有" + v.path("actual").asInt() + "辆，其中：" + String.join("，", cats) + "。")));
        }
        JsonNode b = a.path("buildings");
        String office = b.path("officeSpace").isTextual() || b.path("officeSpace").isNumber()
                ? since + unit + "使用的办公用房建筑总面积" + b.path("officeSpace").asText() + "平方米。"
                : since + unit + "未填报办公用房面积。";
        subs.add(new Explanations.Subsection("2、房屋情况：", List.of(office)));
        JsonNode e = a.path("equipment");
        String equipment = e.isMissingNode() || e.isNull()
                ? since + unit + "未填报通用设备情况。"
                : since + unit + "占有使用价值50万元（原值）以上的通用设备" + e.path("atLeast500k").asInt() + "台（套）；" + unit
                + "占有使用价值100万元（原值）以上的通用设备" + e.path("atLeast1m").asInt() + "台（套）。";
        subs.add(new Explanations.Subsection("3、其他国有资产占有使用情况：", List.of(equipment)));
        return new Explanations.Section(11, "国有资产占有使用情况", List.of(), subs);
    }

    private static List<String> purchasedServices(JsonNode ps) {
        if (ps.isMissingNode() || ps.isNull() || ps.path("none").asBoolean(false) || ps.path("entries").isEmpty()) {
            return List.of("无");
        }
        List<String> lines = new ArrayList<>();
        int i = 1;
        for (JsonNode entry : ps.path("entries")) {
            String name = entry.isTextual() ? entry.asText()
                    : firstText(entry, "name", "title", "description", "item");
            lines.add(i++ + "、" + name);
        }
        return lines;
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            if (node.path(field).isTextual()) {
                return node.path(field).asText();
            }
        }
        return node.toString();
    }

    private static String items(JsonNode names) {
        List<String> list = new ArrayList<>();
        names.forEach(n -> list.add(n.asText()));
        return list.isEmpty() ? "" : "，主要包括：" + String.join("、", list) + "等";
    }

    /** True when there is nothing this year and nothing (or nothing known) last year. */
    private static boolean nothing(JsonNode change) {
        boolean currentZero = Wording.isZero(change.path("current").path("yuan").asText("0"));
        JsonNode prior = change.path("prior");
        boolean priorZero = prior.isMissingNode() || prior.isNull() || Wording.isZero(prior.path("yuan").asText("0"));
        return currentZero && priorZero;
    }

    private static String shareClause(JsonNode share) {
        String p = percent(share.path("percent"));
        return p == null ? "" : "，占" + p + "%";
    }

    private static String clause(String change) {
        return change.isEmpty() ? "" : "，" + change;
    }

    private static Explanations.Section section(int number, String title, String paragraph) {
        return new Explanations.Section(number, title, List.of(paragraph), List.of());
    }
}
