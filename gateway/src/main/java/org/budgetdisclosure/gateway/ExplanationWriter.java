package org.budgetdisclosure.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.gateway.upstream.AssetSnapshot;
import org.budgetdisclosure.gateway.upstream.BudgetDocument;
import org.budgetdisclosure.gateway.upstream.Change;
import org.budgetdisclosure.gateway.upstream.Figures;
import org.budgetdisclosure.gateway.upstream.Grid;
import org.budgetdisclosure.gateway.upstream.PerformanceSummary;
import org.budgetdisclosure.gateway.upstream.Share;
import org.budgetdisclosure.gateway.upstream.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.budgetdisclosure.gateway.Wording.change;
import static org.budgetdisclosure.gateway.Wording.reason;
import static org.budgetdisclosure.gateway.Wording.wan;

/**
 * 情况说明 written from the data: every amount, share and change is taken from budget-service's
 * figures, performance-service's summary and asset-service's snapshot; the authored parts (reasons,
 * other notes) are inserted where they belong. Pure: no I/O.
 */
@ApplicationScoped
public class ExplanationWriter {

    /** The sources. {@code performance} and {@code assets} are null when their service could not be reached. */
    public record Sources(Unit unit, BudgetDocument budget, Figures figures, PerformanceSummary performance,
                          List<Grid> forms, AssetSnapshot assets) {
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

    public Explanations write(Sources s, String regionCode) {
        Figures f = s.figures();
        int year = s.budget().fiscalYear();
        String unit = s.unit() != null ? String.valueOf(s.unit().name()) : s.budget().unitName() != null ? s.budget().unitName() : "本单位";
        String prefix = year + "年度" + unit;
        BudgetDocument.Texts texts = s.budget().texts();
        List<Explanations.Section> sections = new ArrayList<>();

        // 一
        Change income = f.incomeTotal();
        Change spending = f.expenditureTotal();
        String changeReason = texts.changeReason();
        sections.add(section(1, "单位预算收支数据变动情况及原因",
                prefix + "预算收入总计" + wan(income.current()) + "万元，其中：本年收入" + wan(f.currentYearIncome())
                        + "万元，上年结转" + wan(f.carriedOverIncome()) + "万元" + clause(change(income))
                        + reason(income, changeReason) + "；本年单位预算支出总计" + wan(spending.current())
                        + "万元，其中：本年预算安排" + wan(f.currentYearExpenditure()) + "万元，上年结转"
                        + wan(f.carriedOverExpenditure()) + "万元" + clause(change(spending))
                        + reason(spending, changeReason) + "。"));

        // 二
        List<String> sources = new ArrayList<>();
        for (Share share : f.incomeBySource()) {
            String label = INCOME_LABELS.getOrDefault(String.valueOf(share.code()), String.valueOf(share.name()));
            sources.add(label + wan(share.amount()) + "万元" + shareClause(share));
        }
        sections.add(section(2, "收入预算情况说明", prefix + "预算收入" + wan(income.current()) + "万元，主要包括"
                + String.join("；", sources) + "。"));

        // 三
        List<String> kinds = new ArrayList<>();
        for (Share share : f.expenditureByKind()) {
            kinds.add(share.name() + wan(share.amount()) + "万元" + shareClause(share));
        }
        sections.add(section(3, "支出预算情况说明", prefix + "支出预算" + wan(spending.current()) + "万元，其中："
                + String.join("；", kinds) + "。"));

        // 四
        Figures.FiscalAppropriation fa = f.fiscalAppropriation();
        List<String> faSources = new ArrayList<>();
        for (Share share : fa.bySource()) {
            faSources.add(APPROPRIATION_LABELS.getOrDefault(String.valueOf(share.code()), String.valueOf(share.name()))
                    + wan(share.amount()) + "万元");
        }
        List<String> faClasses = new ArrayList<>();
        for (Share share : fa.expenditureByClass()) {
            faClasses.add(share.name() + wan(share.amount()) + "万元");
        }
        String faText = prefix + "财政拨款收支总预算" + wan(fa.total()) + "万元。其中：" + String.join("，", faSources)
                + "。其中：当年拨款收入" + wan(fa.currentYear()) + "万元，上年结转收入" + wan(fa.carriedOver()) + "万元。"
                + (faClasses.isEmpty() ? "本单位无财政拨款支出。" : "支出包括：" + String.join("、", faClasses) + "等。");
        sections.add(section(4, "财政拨款收支预算总体情况说明", faText));

        // 五
        Change gpb = f.generalPublicBudgetExpenditure();
        List<String> classes = new ArrayList<>();
        for (Share share : f.generalPublicBudgetByClass()) {
            classes.add(share.name() + wan(share.amount()) + "万元" + shareClause(share));
        }
        String scale = prefix + "一般公共预算当年支出" + wan(gpb.current()) + "万元" + clause(change(gpb)) + "。";
        String structure = classes.isEmpty()
                ? prefix + "无一般公共预算当年支出。"
                : prefix + "一般公共预算当年支出" + wan(gpb.current()) + "万元，主要用于以下方面：" + String.join("；", classes) + "等。";
        sections.add(new Explanations.Section(5, "一般公共预算支出情况说明", List.of(), List.of(
                new Explanations.Subsection("（一）一般公共预算当年支出规模变化情况", List.of(scale)),
                new Explanations.Subsection("（二）一般公共预算当年支出结构情况", List.of(structure)))));

        // 六
        Figures.BasicExpenditure basic = f.basicExpenditure();
        List<String> basicParagraphs = new ArrayList<>();
        if (basic.total().isZero()) {
            basicParagraphs.add(prefix + "无一般公共预算安排的基本支出。");
        } else {
            basicParagraphs.add(prefix + "一般公共预算安排基本支出" + wan(basic.total()) + "万元，其中：");
            basicParagraphs.add("人员经费" + wan(basic.personnel()) + "万元" + items(basic.personnelItems()) + "；");
            basicParagraphs.add("公用经费" + wan(basic.operating()) + "万元" + items(basic.operatingItems()) + "。");
        }
        sections.add(new Explanations.Section(6, "一般公共预算基本支出情况说明", basicParagraphs, List.of()));

        // 七
        Change three = f.threePublicExpenses();
        String threeText;
        if (three.nothing()) {
            threeText = "本单位无“三公”经费预算。";
        } else {
            List<String> items = new ArrayList<>();
            for (Share item : f.threePublicExpensesByItem()) {
                items.add(item.name() + wan(item.amount()) + "万元");
            }
            threeText = year + "年度" + unit + "“三公”经费预算" + wan(three.current()) + "万元" + clause(change(three))
                    + reason(three, texts.threePublicExpensesChangeReason()) + "。其中："
                    + String.join("，", items) + "。";
        }
        sections.add(section(7, "“三公”经费增减变动原因说明", threeText));

        // 八
        Change operating = f.operatingExpenses();
        String operatingText = operating.nothing()
                ? "本单位无机关运行经费。"
                : prefix + "机关运行经费预算" + wan(operating.current()) + "万元" + clause(change(operating))
                + reason(operating, texts.operatingExpensesChangeReason()) + "。";
        sections.add(section(8, "机关运行经费增减变动原因说明", operatingText));

        // 九
        AssetSnapshot assets = s.assets();
        if (assets == null) {
            sections.add(Explanations.Section.missing(9, "政府采购情况", ASSETS));
        } else {
            AssetSnapshot.Procurement p = assets.procurement();
            String text = p == null
                    ? year + "年" + unit + "无政府采购预算。"
                    : year + "年" + unit + "政府采购预算总额" + Wording.wanText(p.totalWan()) + "万元。其中：政府采购货物预算"
                    + Wording.wanText(p.goodsWan()) + "万元、政府采购工程预算" + Wording.wanText(p.worksWan())
                    + "万元、政府采购服务预算" + Wording.wanText(p.servicesWan()) + "万元。";
            sections.add(section(9, "政府采购情况", text));
        }

        // 十
        PerformanceSummary perf = s.performance();
        if (perf == null) {
            sections.add(Explanations.Section.missing(10, "绩效管理情况", PERFORMANCE));
        } else {
            sections.add(performanceSection(perf, year, unit).withForms(s.forms() == null ? List.of()
                    : s.forms().stream().map(Grid::printed).toList()));
        }

        // 十一
        if (assets == null) {
            sections.add(Explanations.Section.missing(11, "国有资产占有使用情况", ASSETS));
        } else {
            sections.add(assetSection(assets, unit));
        }

        // 十二
        List<Explanations.Subsection> other = new ArrayList<>();
        String otherNotes = texts.otherNotes();
        if (assets == null) {
            other.add(new Explanations.Subsection("（一）政府购买服务指导性目录", List.of("（本部分数据暂不可用：assets）")));
        } else {
            other.add(new Explanations.Subsection("（一）政府购买服务指导性目录", purchasedServices(assets.purchasedServices())));
        }
        other.add(new Explanations.Subsection("（二）其他", List.of(otherNotes == null || otherNotes.isBlank() ? "无" : otherNotes)));
        if (assets != null) {
            String note = assets.purchasedServices() == null ? null : assets.purchasedServices().note();
            if (note != null && !note.isBlank()) {
                other.add(new Explanations.Subsection("情况说明", List.of(note)));
            }
        }
        sections.add(new Explanations.Section(12, "其他说明", List.of(), other));

        return new Explanations(year + "年度单位预算情况说明", sections, unit,
                Wording.date(s.budget().disclosureDate()));
    }

    private static Explanations.Section performanceSection(PerformanceSummary perf, int year, String unit) {
        PerformanceSummary.OverallGoal overall = perf.overallGoal();
        String overallText = overall.statement();
        if (overallText == null) {
            overallText = overall.reported()
                    ? year + "年本单位编报整体绩效目标，涉及资金" + Wording.wanText(overall.amountWanYuan()) + "万元"
                    : year + "年本单位未编报整体绩效目标，涉及资金0万元";
        }
        if (!overallText.endsWith("。")) {
            overallText += "。";
        }
        PerformanceSummary.Goals managed = perf.managed();
        PerformanceSummary.Goals published = perf.published();
        StringBuilder goals = new StringBuilder();
        if (managed.count() == 0) {
            goals.append(year).append("年").append(unit).append("无纳入绩效目标管理的项目。");
        } else {
            goals.append(year).append("年").append(unit).append("纳入绩效目标管理的二级项目").append(managed.count())
                    .append("个，共计金额").append(Wording.wanText(managed.amountWanYuan())).append("万元。")
                    .append(byCategory(managed, "涉及金额"));
            goals.append("公开项目绩效目标").append(published.count()).append("个，涉及项目金额")
                    .append(Wording.wanText(published.amountWanYuan())).append("万元");
            String share = published.shareText();
            if (share != null) {
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

    private static String byCategory(PerformanceSummary.Goals group, String amountWord) {
        List<String> parts = new ArrayList<>();
        for (PerformanceSummary.Category c : group.byCategory()) {
            parts.add(c.categoryName() + "项目" + c.count() + "个，" + amountWord + Wording.wanText(c.amountWanYuan()) + "万元");
        }
        return parts.isEmpty() ? "" : "其中：" + String.join("；", parts) + "。";
    }

    private static Explanations.Section assetSection(AssetSnapshot a, String unit) {
        String asOf = Wording.date(a.asOfDate());
        String since = asOf == null ? "" : "截至" + asOf + "，";
        List<Explanations.Subsection> subs = new ArrayList<>();
        AssetSnapshot.Vehicles v = a.vehicles();
        if (v == null) {
            subs.add(new Explanations.Subsection("1、车辆情况：", List.of(since + unit + "未填报公务用车情况。")));
        } else {
            List<String> cats = new ArrayList<>();
            for (AssetSnapshot.Category c : v.byCategory()) {
                cats.add(c.categoryName() + c.actual() + "辆");
            }
            subs.add(new Explanations.Subsection("1、车辆情况：", List.of(since + unit + "共有公务用车编制" + v.allowed()
                    + "辆，实有" + v.actual() + "辆，其中：" + String.join("，", cats) + "。")));
        }
        String officeSpace = a.buildings().officeSpace();
        String office = officeSpace != null
                ? since + unit + "使用的办公用房建筑总面积" + officeSpace + "平方米。"
                : since + unit + "未填报办公用房面积。";
        subs.add(new Explanations.Subsection("2、房屋情况：", List.of(office)));
        AssetSnapshot.Equipment e = a.equipment();
        String equipment = e == null
                ? since + unit + "未填报通用设备情况。"
                : since + unit + "占有使用价值50万元（原值）以上的通用设备" + e.atLeast500k() + "台（套）；" + unit
                + "占有使用价值100万元（原值）以上的通用设备" + e.atLeast1m() + "台（套）。";
        subs.add(new Explanations.Subsection("3、其他国有资产占有使用情况：", List.of(equipment)));
        return new Explanations.Section(11, "国有资产占有使用情况", List.of(), subs);
    }

    private static List<String> purchasedServices(AssetSnapshot.PurchasedServices ps) {
        if (ps == null || ps.nothing()) {
            return List.of("无");
        }
        List<String> lines = new ArrayList<>();
        int i = 1;
        for (AssetSnapshot.Entry entry : ps.entries()) {
            lines.add(i++ + "、" + entry.text());
        }
        return lines;
    }

    private static String items(List<String> names) {
        return names.isEmpty() ? "" : "，主要包括：" + String.join("、", names) + "等";
    }

    private static String shareClause(Share share) {
        String p = share.percentText();
        return p == null ? "" : "，占" + p + "%";
    }

    private static String clause(String change) {
        return change.isEmpty() ? "" : "，" + change;
    }

    private static Explanations.Section section(int number, String title, String paragraph) {
        return new Explanations.Section(number, title, List.of(paragraph), List.of());
    }
}
