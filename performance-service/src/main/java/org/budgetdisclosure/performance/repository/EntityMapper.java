package org.budgetdisclosure.performance.repository;

import org.budgetdisclosure.performance.Funds;
import org.budgetdisclosure.performance.Indicator;
import org.budgetdisclosure.performance.ManagedGoal;
import org.budgetdisclosure.performance.OverallGoal;
import org.budgetdisclosure.performance.PerformanceForm;
import org.budgetdisclosure.performance.Period;
import org.budgetdisclosure.performance.Target;
import org.budgetdisclosure.performance.repository.entity.FundsColumns;
import org.budgetdisclosure.performance.repository.entity.IndicatorRow;
import org.budgetdisclosure.performance.repository.entity.ManagedGoalEntity;
import org.budgetdisclosure.performance.repository.entity.OverallGoalEntity;
import org.budgetdisclosure.performance.repository.entity.PerformanceFormEntity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Between the entities and the domain records; the only place that knows both. */
public final class EntityMapper {

    private EntityMapper() {
    }

    public static PerformanceForm toDomain(PerformanceFormEntity e) {
        List<Indicator> impl = new ArrayList<>();
        List<Indicator> annual = new ArrayList<>();
        e.getIndicators().stream()
                .sorted(Comparator.comparing(IndicatorRow::getPeriod).thenComparingInt(IndicatorRow::getPosition))
                .forEach(r -> (r.getPeriod() == Period.ANNUAL ? annual : impl)
                        .add(new Indicator(r.getLevel1(), r.getLevel2(), r.getName(), r.getTargetText())));
        OffsetDateTime filledAt = e.getFilledAt();
        if (filledAt != null && e.getFilledAtOffset() != null) {
            filledAt = filledAt.withOffsetSameInstant(ZoneOffset.of(e.getFilledAtOffset()));
        }
        return new PerformanceForm(e.getUnitCode(), e.getFiscalYear(), e.getProjectCode(), e.getProjectName(),
                e.getFormTitle(), e.getFormSubtitle(), e.getDepartmentCode(), e.getDepartmentName(),
                e.getImplementingUnit(), e.getAttribute(), e.getAttributeText(), e.getPeriodText(), e.getCategory(),
                funds(e.getImplementationFunds()), funds(e.getAnnualFunds()), e.getOverview(), e.getLegalBasis(),
                e.getNecessity(), e.getSafeguards(), e.getImplementationPlan(), e.getImplementationGoal(),
                e.getAnnualGoal(), impl, annual, e.isPublished(), filledAt, e.getResponsiblePerson(), e.getHandler(),
                e.getPhone());
    }

    /** Copies every stored field of the form onto the entity; indicator rows are replaced only when they differ. */
    public static void copy(PerformanceForm f, PerformanceFormEntity e) {
        e.setProjectName(f.projectName());
        e.setFormTitle(f.formTitle());
        e.setFormSubtitle(f.formSubtitle());
        e.setDepartmentCode(f.departmentCode());
        e.setDepartmentName(f.departmentName());
        e.setImplementingUnit(f.implementingUnit());
        e.setAttribute(f.attribute());
        e.setAttributeText(f.attributeText());
        e.setPeriodText(f.periodText());
        e.setCategory(f.category());
        e.setImplementationFunds(columns(f.implementationFunds()));
        e.setAnnualFunds(columns(f.annualFunds()));
        e.setOverview(f.overview());
        e.setLegalBasis(f.legalBasis());
        e.setNecessity(f.necessity());
        e.setSafeguards(f.safeguards());
        e.setImplementationPlan(f.implementationPlan());
        e.setImplementationGoal(f.implementationGoal());
        e.setAnnualGoal(f.annualGoal());
        e.setPublished(f.published());
        e.setFilledAt(f.filledAt());
        e.setFilledAtOffset(f.filledAt() == null ? null : f.filledAt().getOffset().getId());
        e.setResponsiblePerson(f.responsiblePerson());
        e.setHandler(f.handler());
        e.setPhone(f.phone());
        List<IndicatorRow> rows = new ArrayList<>();
        rows.addAll(rows(Period.IMPLEMENTATION_PERIOD, f.implementationIndicators()));
        rows.addAll(rows(Period.ANNUAL, f.annualIndicators()));
        // compared as a plain list: a Hibernate bag's own equals is identity, and an untouched bag is not rewritten
        if (!new ArrayList<>(e.getIndicators()).equals(rows)) {
            e.getIndicators().clear();
            e.getIndicators().addAll(rows);
        }
    }

    private static List<IndicatorRow> rows(Period period, List<Indicator> indicators) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (int p = 0; p < indicators.size(); p++) {
            Indicator i = indicators.get(p);
            Target t = i.target().orElse(null);
            rows.add(new IndicatorRow(period, p, i.level1(), i.level2(), i.name(), i.targetText(),
                    t == null || t.comparator() == null ? null : t.comparator().name(),
                    t == null ? null : t.number(), t == null ? null : t.word(), t == null ? null : t.unit()));
        }
        return rows;
    }

    private static Funds funds(FundsColumns c) {
        return c == null ? new Funds(null, null, null, null, null, null)
                : new Funds(c.getTotal(), c.getCentral(), c.getProvincial(), c.getMunicipal(), c.getSelfRaised(),
                        c.getOther());
    }

    private static FundsColumns columns(Funds f) {
        return f == null ? new FundsColumns()
                : new FundsColumns(f.total(), f.central(), f.provincial(), f.municipal(), f.selfRaised(), f.other());
    }

    public static ManagedGoal toDomain(ManagedGoalEntity e) {
        return new ManagedGoal(e.getKey().getUnitCode(), e.getKey().getFiscalYear(), e.getKey().getProjectCode(),
                e.getProjectName(), e.getCategory(), e.getAmount(), e.isPublished(), false);
    }

    public static void copy(ManagedGoal g, ManagedGoalEntity e) {
        e.setProjectName(g.projectName());
        e.setCategory(g.category());
        e.setAmount(g.amount());
        e.setPublished(g.published());
    }

    public static OverallGoal toDomain(OverallGoalEntity e) {
        return new OverallGoal(e.getKey().getUnitCode(), e.getKey().getFiscalYear(), e.getUnitName(),
                e.getRegionName(), e.isReported(), e.getAmount(), e.getGoalText(), e.getStatement(),
                e.getProjectExpenditureTotal());
    }

    public static void copy(OverallGoal g, OverallGoalEntity e) {
        e.setUnitName(g.unitName());
        e.setRegionName(g.regionName());
        e.setReported(g.reported());
        e.setAmount(g.amount());
        e.setGoalText(g.goalText());
        e.setStatement(g.statement());
        e.setProjectExpenditureTotal(g.projectExpenditureTotal());
    }
}
