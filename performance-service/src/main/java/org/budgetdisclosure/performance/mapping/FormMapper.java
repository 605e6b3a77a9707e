package org.budgetdisclosure.performance.mapping;

import org.budgetdisclosure.performance.Funds;
import org.budgetdisclosure.performance.Indicator;
import org.budgetdisclosure.performance.IndicatorLevel1;
import org.budgetdisclosure.performance.IndicatorLevel2;
import org.budgetdisclosure.performance.Money;
import org.budgetdisclosure.performance.PerformanceForm;
import org.budgetdisclosure.performance.Period;
import org.budgetdisclosure.performance.ProjectAttribute;
import org.budgetdisclosure.performance.ProjectCategory;
import org.budgetdisclosure.performance.Target;
import org.budgetdisclosure.performance.TargetParser;
import org.budgetdisclosure.performance.rest.model.FormDocument;
import org.budgetdisclosure.performance.rest.model.FormDocument.Department;
import org.budgetdisclosure.performance.rest.model.FormDocument.FundsByPeriod;
import org.budgetdisclosure.performance.rest.model.FormDocument.FundsSplit;
import org.budgetdisclosure.performance.rest.model.FormDocument.IndicatorEntry;
import org.budgetdisclosure.performance.rest.model.FormDocument.IndicatorsByPeriod;
import org.budgetdisclosure.performance.rest.model.FormDocument.Metadata;
import org.budgetdisclosure.performance.rest.model.FormDocument.OverallGoals;
import org.budgetdisclosure.performance.rest.model.FormDocument.ParsedTarget;
import org.budgetdisclosure.performance.service.ValidationFailedException;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Between the typed JSON form document and the domain form; reading names every rejected field. */
public final class FormMapper {

    /** Offset of the printed 填报日期, which carries none: China Standard Time. */
    public static final ZoneOffset PRINTED_OFFSET = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final int MAX_INDICATORS = FieldLimits.INDICATORS_PER_PERIOD;

    private FormMapper() {
    }

    /** The heading derived from region and year: "上党区县(区)级预算部门(单位)项目支出绩效目标表". */
    public static String derivedTitle(String regionName) {
        return regionName == null ? null : regionName + "县(区)级预算部门(单位)项目支出绩效目标表";
    }

    public static String derivedSubtitle(int year) {
        return "(" + year + "年度)";
    }

    public static PerformanceForm toDomain(String unitCode, int year, String projectCode, FormDocument d,
                                           String regionName) {
        FieldReader in = new FieldReader();
        if (d == null) {
            throw new ValidationFailedException("The form document is missing",
                    List.of(new org.budgetdisclosure.performance.FieldError("", "a form document is required")));
        }
        if (d.projectCode() != null && !d.projectCode().equals(projectCode)) {
            in.reject("projectCode", "must equal the project code in the path (" + projectCode + ")");
        }
        if (d.unitCode() != null && !d.unitCode().equals(unitCode)) {
            in.reject("unitCode", "must equal the unit code in the path (" + unitCode + ")");
        }
        if (d.fiscalYear() != null && d.fiscalYear() != year) {
            in.reject("fiscalYear", "must equal the year in the path (" + year + ")");
        }
        String projectName = in.text("projectName", d.projectName(), true, FieldLimits.PROJECT_NAME);
        String formTitle = in.text("formTitle", d.formTitle(), false, FieldLimits.NAME);
        String formSubtitle = in.text("formSubtitle", d.formSubtitle(), false, FieldLimits.FORM_SUBTITLE);
        Department dept = d.competentDepartment();
        String deptCode = dept == null ? null : in.text("competentDepartment.code", dept.code(), false, FieldLimits.DEPARTMENT_CODE);
        String deptName = dept == null ? null : in.text("competentDepartment.name", dept.name(), false, FieldLimits.NAME);
        String implementingUnit = in.text("implementingUnit", d.implementingUnit(), false, FieldLimits.NAME);
        ProjectAttribute attribute = in.choice("attribute", d.attribute(), ProjectAttribute::parse, "ONE_OFF, RECURRING");
        String attributeText = in.text("attributeText", d.attributeText(), false, FieldLimits.ATTRIBUTE_TEXT);
        String period = in.text("period", d.period(), false, FieldLimits.PERIOD_TEXT);
        ProjectCategory category = in.choice("category", d.category(), ProjectCategory::parse,
                "PERSONNEL, OTHER_OPERATION, SPECIFIC_GOAL");
        FundsByPeriod funds = d.funds();
        Funds implFunds = funds(in, "funds.implementationPeriod", funds == null ? null : funds.implementationPeriod());
        Funds annualFunds = funds(in, "funds.annual", funds == null ? null : funds.annual());
        String overview = in.text("overview", d.overview(), false, FieldLimits.LONG_TEXT);
        String legalBasis = in.text("legalBasis", d.legalBasis(), false, FieldLimits.LONG_TEXT);
        String necessity = in.text("necessity", d.necessity(), false, FieldLimits.LONG_TEXT);
        String safeguards = in.text("safeguards", d.safeguards(), false, FieldLimits.LONG_TEXT);
        String plan = in.text("implementationPlan", d.implementationPlan(), false, FieldLimits.LONG_TEXT);
        OverallGoals goals = d.overallGoals();
        String implGoal = goals == null ? null
                : in.text("overallGoals.implementationPeriod", goals.implementationPeriod(), false, FieldLimits.LONG_TEXT);
        String annualGoal = goals == null ? null
                : in.text("overallGoals.annual", goals.annual(), false, FieldLimits.LONG_TEXT);
        IndicatorsByPeriod indicators = d.indicators();
        List<Indicator> implIndicators = indicators(in, Period.IMPLEMENTATION_PERIOD,
                indicators == null ? null : indicators.implementationPeriod());
        List<Indicator> annualIndicators = indicators(in, Period.ANNUAL, indicators == null ? null : indicators.annual());
        Metadata meta = d.metadata();
        OffsetDateTime filledAt = meta == null ? null : filledAt(in, meta.filledAt());
        String responsible = meta == null ? null : in.text("metadata.responsiblePerson", meta.responsiblePerson(), false, FieldLimits.PERSON);
        String handler = meta == null ? null : in.text("metadata.handler", meta.handler(), false, FieldLimits.PERSON);
        String phone = meta == null ? null : in.text("metadata.phone", meta.phone(), false, FieldLimits.PHONE);
        if (!in.errors().isEmpty()) {
            throw new ValidationFailedException("The form has " + in.errors().size() + " invalid field(s)", in.errors());
        }
        return new PerformanceForm(unitCode, year, projectCode, projectName,
                formTitle != null ? formTitle : derivedTitle(regionName),
                formSubtitle != null ? formSubtitle : derivedSubtitle(year),
                deptCode, deptName, implementingUnit, attribute, attributeText, period, category, implFunds, annualFunds,
                overview, legalBasis, necessity, safeguards, plan, implGoal, annualGoal, implIndicators, annualIndicators,
                Boolean.TRUE.equals(d.published()), filledAt, responsible, handler, phone);
    }

    private static Funds funds(FieldReader in, String field, FundsSplit split) {
        if (split == null) {
            in.reject(field, "is required");
            return new Funds(null, null, null, null, null, null);
        }
        return new Funds(in.money(field + ".total", split.total(), true),
                in.money(field + ".central", split.central(), false),
                in.money(field + ".provincial", split.provincial(), false),
                in.money(field + ".municipal", split.municipal(), false),
                in.money(field + ".selfRaised", split.selfRaised(), false),
                in.money(field + ".other", split.other(), false));
    }

    private static List<Indicator> indicators(FieldReader in, Period period, List<IndicatorEntry> entries) {
        List<Indicator> result = new ArrayList<>();
        if (entries == null) {
            return result;
        }
        String base = "indicators." + period.jsonName();
        if (entries.size() > MAX_INDICATORS) {
            in.reject(base, "must hold at most " + MAX_INDICATORS + " indicators");
            return result;
        }
        for (int i = 0; i < entries.size(); i++) {
            String field = base + "[" + i + "]";
            IndicatorEntry e = entries.get(i);
            if (e == null) {
                in.reject(field, "must be an indicator object");
                continue;
            }
            IndicatorLevel1 level1 = in.choice(field + ".level1", e.level1(), IndicatorLevel1::parse,
                    "OUTPUT, BENEFIT, SATISFACTION, COST");
            IndicatorLevel2 level2 = in.choice(field + ".level2", e.level2(), IndicatorLevel2::parse,
                    "QUANTITY, QUALITY, TIMELINESS, COST, ECONOMIC_BENEFIT, SOCIAL_BENEFIT, ECOLOGICAL_BENEFIT, "
                            + "SUSTAINABLE_IMPACT, SERVICE_RECIPIENT_SATISFACTION, ECONOMIC_COST, SOCIAL_COST, ECOLOGICAL_COST");
            String name = in.text(field + ".name", e.name(), false, FieldLimits.INDICATOR_NAME);
            String target = in.text(field + ".target", e.target(), false, FieldLimits.TARGET);
            if (target != null && !target.isBlank() && (name == null || name.isBlank())) {
                in.reject(field + ".target", "a target needs the indicator's name (三级指标)");
            }
            if (target != null && !FieldLimits.tooLong(target, FieldLimits.TARGET)
                    && TargetParser.parse(target).map(Target::number).filter(FieldLimits::targetNumberTooLarge).isPresent()) {
                in.reject(field + ".target", "its number must have at most " + FieldLimits.TARGET_INTEGER_DIGITS
                        + " digits before the decimal point");
            }
            result.add(new Indicator(level1, level2, name, target));
        }
        return result;
    }

    private static OffsetDateTime filledAt(FieldReader in, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (FieldLimits.tooLong(value, FieldLimits.TIMESTAMP)) {
            in.reject("metadata.filledAt", "must be at most " + FieldLimits.TIMESTAMP + " characters");
            return null;
        }
        try {
            OffsetDateTime at = value.matches("[0-9]{14}")
                    ? LocalDateTime.parse(value, PRINTED).atOffset(PRINTED_OFFSET)
                    : OffsetDateTime.parse(value);
            if (FieldLimits.filledAtYearOutOfRange(at.getYear())
                    || FieldLimits.filledAtYearOutOfRange(at.atZoneSameInstant(PRINTED_OFFSET).getYear())) {
                in.reject("metadata.filledAt", "must fall in the years " + FieldLimits.FILLED_AT_MIN_YEAR + " to "
                        + FieldLimits.FILLED_AT_MAX_YEAR);
                return null;
            }
            return at;
        } catch (DateTimeParseException e) {
            in.reject("metadata.filledAt", "must be an ISO-8601 timestamp with offset or the printed 14 digits yyyyMMddHHmmss");
            return null;
        }
    }

    // ---- to the document -------------------------------------------------------------------

    public static FormDocument toDocument(PerformanceForm f) {
        return new FormDocument(f.unitCode(), f.fiscalYear(), f.projectCode(), f.projectName(), f.formTitle(),
                f.formSubtitle(),
                new Department(f.departmentCode(), f.departmentName(), f.departmentPrinted()),
                f.implementingUnit(), f.attribute().name(), f.attribute().label(), f.attributeText(), f.periodText(),
                f.category().name(), f.category().label(),
                new FundsByPeriod(split(f.implementationFunds()), split(f.annualFunds())),
                f.overview(), f.legalBasis(), f.necessity(), f.safeguards(), f.implementationPlan(),
                new OverallGoals(f.implementationGoal(), f.annualGoal()),
                new IndicatorsByPeriod(entries(f.implementationIndicators()), entries(f.annualIndicators())),
                f.published(),
                new Metadata(f.filledAt() == null ? null : f.filledAt().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME), printedFilledAt(f.filledAt()),
                        f.responsiblePerson(), f.handler(), f.phone()));
    }

    /** 填报日期 as the forms print it: "20250116101907", in China Standard Time. */
    public static String printedFilledAt(OffsetDateTime filledAt) {
        return filledAt == null ? null : filledAt.atZoneSameInstant(PRINTED_OFFSET).format(PRINTED);
    }

    private static FundsSplit split(Funds funds) {
        return new FundsSplit(Money.exact(funds.total()), Money.exact(funds.central()), Money.exact(funds.provincial()),
                Money.exact(funds.municipal()), Money.exact(funds.selfRaised()), Money.exact(funds.other()));
    }

    private static List<IndicatorEntry> entries(List<Indicator> indicators) {
        return indicators.stream().map(i -> new IndicatorEntry(i.level1().name(), i.level1().label(), i.level2().name(),
                i.level2().label(), i.name(), i.targetText(), i.target().map(FormMapper::parsed).orElse(null))).toList();
    }

    private static ParsedTarget parsed(Target t) {
        return new ParsedTarget(t.comparator() == null ? null : t.comparator().name(),
                t.comparator() == null ? null : t.comparator().symbol(),
                t.number() == null ? null : t.number().toPlainString(), t.word(), t.unit());
    }
}
