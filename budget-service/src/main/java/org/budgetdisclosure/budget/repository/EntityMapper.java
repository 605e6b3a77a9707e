package org.budgetdisclosure.budget.repository;

import org.budgetdisclosure.budget.AuthoredTexts;
import org.budgetdisclosure.budget.Budget;
import org.budgetdisclosure.budget.EconomicLine;
import org.budgetdisclosure.budget.ExpenditureLine;
import org.budgetdisclosure.budget.IncomeLine;
import org.budgetdisclosure.budget.OperatingExpenseLine;
import org.budgetdisclosure.budget.PriorYearFigures;
import org.budgetdisclosure.budget.Project;
import org.budgetdisclosure.budget.ProjectAmount;
import org.budgetdisclosure.budget.ThreePublicExpenseLine;
import org.budgetdisclosure.budget.Unit;
import org.budgetdisclosure.budget.catalogue.Classification;
import org.budgetdisclosure.budget.repository.entity.BudgetEntity;
import org.budgetdisclosure.budget.repository.entity.ClassificationEntity;
import org.budgetdisclosure.budget.repository.entity.Lines;
import org.budgetdisclosure.budget.repository.entity.UnitEntity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Entities ⇄ domain records. Entities stay inside the repository package; lists are copied, never shared. */
final class EntityMapper {

    private EntityMapper() {
    }

    static Budget budget(BudgetEntity e) {
        Map<Integer, List<ProjectAmount>> amounts = new HashMap<>();
        for (Lines.ProjectAmount a : e.projectsAmounts) {
            amounts.computeIfAbsent(a.projectSeq, k -> new ArrayList<>()).add(new ProjectAmount(a.fundingSource, a.carriedOver, a.amount));
        }
        List<Project> projects = new ArrayList<>(e.projects.size());
        for (int i = 0; i < e.projects.size(); i++) {
            Lines.Project p = e.projects.get(i);
            projects.add(new Project(p.code, p.name, p.functionalCode, p.category, amounts.getOrDefault(i, List.of())));
        }
        return new Budget(e.unitCode, e.fiscalYear, e.status, e.revision, e.disclosureDate,
                map(e.income, l -> new IncomeLine(l.fundingSource, l.carriedOver, l.amount)),
                map(e.expenditure, l -> new ExpenditureLine(l.functionalCode, l.fundingSource, l.kind, l.carriedOver, l.amount)),
                map(e.economic, l -> new EconomicLine(l.economicCode, l.fundingSource, l.carriedOver, l.amount)),
                projects,
                map(e.threePublic, l -> new ThreePublicExpenseLine(l.item, l.fundingSource, l.amount)),
                map(e.operating, l -> new OperatingExpenseLine(l.unitName, l.fundingSource, l.amount)),
                new PriorYearFigures(e.priorIncomeTotal, e.priorExpenditureTotal, e.priorGpbExpenditure, e.priorThreePublic,
                        e.priorOperating),
                new AuthoredTexts(e.changeReason, e.threePublicChangeReason, e.operatingChangeReason, e.otherNotes));
    }

    /** Copies the budget's header and lines onto the entity; new lists, so each line table is replaced whole. */
    static void copy(Budget b, String contentHash, BudgetEntity e) {
        e.status = b.status();
        e.contentHash = contentHash;
        e.disclosureDate = b.disclosureDate();
        PriorYearFigures prior = b.priorYear();
        e.priorIncomeTotal = prior.incomeTotal();
        e.priorExpenditureTotal = prior.expenditureTotal();
        e.priorGpbExpenditure = prior.generalPublicBudgetExpenditure();
        e.priorThreePublic = prior.threePublicExpenses();
        e.priorOperating = prior.operatingExpenses();
        AuthoredTexts texts = b.texts();
        e.changeReason = texts.changeReason();
        e.threePublicChangeReason = texts.threePublicExpensesChangeReason();
        e.operatingChangeReason = texts.operatingExpensesChangeReason();
        e.otherNotes = texts.otherNotes();
        e.income = map(b.income(), l -> new Lines.Income(l.fundingSource(), l.carriedOver(), l.amount()));
        e.expenditure = map(b.expenditureLines(), l -> new Lines.Expenditure(l.functionalCode(), l.fundingSource(), l.kind(),
                l.carriedOver(), l.amount()));
        e.economic = map(b.basicExpenditureByEconomic(), l -> new Lines.Economic(l.economicCode(), l.fundingSource(),
                l.carriedOver(), l.amount()));
        e.projects = map(b.projects(), p -> new Lines.Project(p.code(), p.name(), p.functionalCode(), p.category()));
        List<Lines.ProjectAmount> amounts = new ArrayList<>();
        for (int i = 0; i < b.projects().size(); i++) {
            List<ProjectAmount> of = b.projects().get(i).amounts();
            for (int j = 0; j < of.size(); j++) {
                ProjectAmount a = of.get(j);
                amounts.add(new Lines.ProjectAmount(i, j, a.fundingSource(), a.carriedOver(), a.amount()));
            }
        }
        e.projectsAmounts = amounts;
        e.threePublic = map(b.threePublicExpenses(), l -> new Lines.ThreePublic(l.item(), l.fundingSource(), l.amount()));
        e.operating = map(b.operatingExpenses(), l -> new Lines.Operating(l.unitName(), l.fundingSource(), l.amount()));
    }

    static Unit unit(UnitEntity e) {
        return new Unit(e.code, e.name, e.regionCode, e.unitType, e.competentDepartmentCode, e.competentDepartmentName,
                new ArrayList<>(e.duties), e.internalStructure,
                map(e.staffing, s -> new Unit.Staffing(s.fiscalYear, s.authorizedPositions, s.actualStaff)));
    }

    static void copy(Unit u, UnitEntity e) {
        e.name = u.name();
        e.regionCode = u.regionCode();
        e.unitType = u.unitType();
        e.competentDepartmentCode = u.competentDepartmentCode();
        e.competentDepartmentName = u.competentDepartmentName();
        e.internalStructure = u.internalStructure();
        e.duties = new ArrayList<>(u.duties());
        e.staffing = map(u.staffing(), s -> new UnitEntity.Staffing(s.fiscalYear(), s.authorizedPositions(), s.actualStaff()));
    }

    static Classification classification(ClassificationEntity e) {
        return new Classification(e.id.code, e.name, e.level, e.parentCode);
    }

    static ClassificationEntity classification(String scheme, int year, Classification c) {
        ClassificationEntity e = new ClassificationEntity();
        e.id = new ClassificationEntity.Key(scheme, year, c.code());
        e.name = c.name();
        e.level = (short) c.level();
        e.parentCode = c.parentCode();
        return e;
    }

    private static <A, B> List<B> map(List<A> from, Function<A, B> f) {
        List<B> to = new ArrayList<>(from.size());
        for (A a : from) {
            to.add(f.apply(a));
        }
        return to;
    }
}
