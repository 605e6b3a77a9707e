package org.budgetdisclosure.budget.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.budget.AuthoredTexts;
import org.budgetdisclosure.budget.Budget;
import org.budgetdisclosure.budget.BudgetStatus;
import org.budgetdisclosure.budget.BudgetSummary;
import org.budgetdisclosure.budget.StoredBudget;
import org.budgetdisclosure.budget.EconomicLine;
import org.budgetdisclosure.budget.ExpenditureKind;
import org.budgetdisclosure.budget.ExpenditureLine;
import org.budgetdisclosure.budget.FundingSource;
import org.budgetdisclosure.budget.IncomeLine;
import org.budgetdisclosure.budget.OperatingExpenseLine;
import org.budgetdisclosure.budget.PriorYearFigures;
import org.budgetdisclosure.budget.Project;
import org.budgetdisclosure.budget.ProjectAmount;
import org.budgetdisclosure.budget.ProjectCategory;
import org.budgetdisclosure.budget.ThreePublicExpenseItem;
import org.budgetdisclosure.budget.ThreePublicExpenseLine;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Budgets and their lines. A budget is written whole: its lines are replaced, in the caller's
 * transaction, so a reader never sees half of one. Lines keep their order ({@code seq}).
 */
@ApplicationScoped
public class BudgetRepository {

    private final AgroalDataSource dataSource;

    BudgetRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<StoredBudget> find(String unitCode, int year) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT id, status, revision, content_hash, disclosure_date, prior_income_total, prior_expenditure_total, "
                             + "prior_gpb_expenditure, prior_three_public, prior_operating, change_reason, "
                             + "three_public_change_reason, operating_change_reason, other_notes, updated_at "
                             + "FROM budget WHERE unit_code = ? AND fiscal_year = ?")) {
            s.setString(1, unitCode);
            s.setInt(2, year);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong("id");
                Date date = rs.getDate("disclosure_date");
                Budget budget = new Budget(unitCode, year, BudgetStatus.valueOf(rs.getString("status")), rs.getInt("revision"),
                        date == null ? null : date.toLocalDate(),
                        income(c, id), expenditure(c, id), economic(c, id), projects(c, id), threePublic(c, id), operating(c, id),
                        new PriorYearFigures(rs.getBigDecimal("prior_income_total"), rs.getBigDecimal("prior_expenditure_total"),
                                rs.getBigDecimal("prior_gpb_expenditure"), rs.getBigDecimal("prior_three_public"),
                                rs.getBigDecimal("prior_operating")),
                        new AuthoredTexts(rs.getString("change_reason"), rs.getString("three_public_change_reason"),
                                rs.getString("operating_change_reason"), rs.getString("other_notes")));
                return Optional.of(new StoredBudget(budget, rs.getString("content_hash"),
                        rs.getObject("updated_at", OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading a budget", e);
        }
    }

    /**
     * Serialises writers of one budget until the caller's transaction ends, so a conditional write
     * (If-Match) cannot pass its check on a version another writer is replacing at the same time.
     */
    public void lockForWrite(String unitCode, int year) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            s.setString(1, "budget/" + unitCode + "/" + year);
            s.execute();
        } catch (SQLException e) {
            throw new DataAccessException("locking a budget for writing", e);
        }
    }

    /** What a derived view depends on besides the budget's content: the unit's name and type. */
    public record Version(String contentHash, String unitName, String unitType) {
    }

    /** One cheap read that tells whether a cached derivation is still current. */
    public Optional<Version> version(String unitCode, int year) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT b.content_hash, u.name, u.unit_type FROM budget b "
                     + "JOIN unit u ON u.code = b.unit_code WHERE b.unit_code = ? AND b.fiscal_year = ?")) {
            s.setString(1, unitCode);
            s.setInt(2, year);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Version(rs.getString(1), rs.getString(2), rs.getString(3))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading a budget's version", e);
        }
    }


    public List<BudgetSummary> list(String afterKey, int limit, Integer year, String regionCode, BudgetStatus status) {
        StringBuilder sql = new StringBuilder(
                "SELECT b.unit_code, u.name, u.region_code, b.fiscal_year, b.status, b.revision, b.updated_at "
                        + "FROM budget b JOIN unit u ON u.code = b.unit_code WHERE (b.unit_code || '/' || lpad(b.fiscal_year::text, 4, '0')) > ?");
        List<Object> params = new ArrayList<>();
        params.add(afterKey == null ? "" : afterKey);
        if (year != null) {
            sql.append(" AND b.fiscal_year = ?");
            params.add(year);
        }
        if (regionCode != null) {
            sql.append(" AND u.region_code = ?");
            params.add(regionCode);
        }
        if (status != null) {
            sql.append(" AND b.status = ?");
            params.add(status.name());
        }
        sql.append(" ORDER BY b.unit_code || '/' || lpad(b.fiscal_year::text, 4, '0') LIMIT ").append(limit);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            List<BudgetSummary> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(new BudgetSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            BudgetStatus.valueOf(rs.getString(5)), rs.getInt(6), rs.getObject(7, OffsetDateTime.class)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new DataAccessException("listing budgets", e);
        }
    }

    /** Writes the whole budget (header and every line) under the given revision and hash. */
    public void save(Budget budget, String contentHash) {
        try (Connection c = dataSource.getConnection()) {
            long id;
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO budget (unit_code, fiscal_year, status, revision, content_hash, disclosure_date, "
                            + "prior_income_total, prior_expenditure_total, prior_gpb_expenditure, prior_three_public, prior_operating, "
                            + "change_reason, three_public_change_reason, operating_change_reason, other_notes) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            + "ON CONFLICT (unit_code, fiscal_year) DO UPDATE SET status = EXCLUDED.status, revision = EXCLUDED.revision, "
                            + "content_hash = EXCLUDED.content_hash, disclosure_date = EXCLUDED.disclosure_date, "
                            + "prior_income_total = EXCLUDED.prior_income_total, prior_expenditure_total = EXCLUDED.prior_expenditure_total, "
                            + "prior_gpb_expenditure = EXCLUDED.prior_gpb_expenditure, prior_three_public = EXCLUDED.prior_three_public, "
                            + "prior_operating = EXCLUDED.prior_operating, change_reason = EXCLUDED.change_reason, "
                            + "three_public_change_reason = EXCLUDED.three_public_change_reason, "
                            + "operating_change_reason = EXCLUDED.operating_change_reason, other_notes = EXCLUDED.other_notes, "
                            + "updated_at = now() RETURNING id")) {
                int i = 1;
                s.setString(i++, budget.unitCode());
                s.setInt(i++, budget.fiscalYear());
                s.setString(i++, budget.status().name());
                s.setInt(i++, budget.revision());
                s.setString(i++, contentHash);
                s.setObject(i++, budget.disclosureDate());
                PriorYearFigures prior = budget.priorYear();
                s.setBigDecimal(i++, prior.incomeTotal());
                s.setBigDecimal(i++, prior.expenditureTotal());
                s.setBigDecimal(i++, prior.generalPublicBudgetExpenditure());
                s.setBigDecimal(i++, prior.threePublicExpenses());
                s.setBigDecimal(i++, prior.operatingExpenses());
                AuthoredTexts texts = budget.texts();
                s.setString(i++, texts.changeReason());
                s.setString(i++, texts.threePublicExpensesChangeReason());
                s.setString(i++, texts.operatingExpensesChangeReason());
                s.setString(i, texts.otherNotes());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            deleteLines(c, id);
            insertLines(c, id, budget);
        } catch (SQLException e) {
            throw new DataAccessException("saving a budget", e);
        }
    }

    public boolean delete(String unitCode, int year) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM budget WHERE unit_code = ? AND fiscal_year = ?")) {
            s.setString(1, unitCode);
            s.setInt(2, year);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new DataAccessException("deleting a budget", e);
        }
    }

    private static void deleteLines(Connection c, long id) throws SQLException {
        for (String table : List.of("project_amount", "project", "income_line", "expenditure_line", "economic_line",
                "three_public_expense", "operating_expense")) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE budget_id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        }
    }

    private static void insertLines(Connection c, long id, Budget budget) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO income_line (budget_id, seq, funding_source, carried_over, amount) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < budget.income().size(); i++) {
                IncomeLine line = budget.income().get(i);
                s.setLong(1, id);
                s.setInt(2, i);
                s.setString(3, line.fundingSource().name());
                s.setBoolean(4, line.carriedOver());
                s.setBigDecimal(5, line.amount());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO expenditure_line (budget_id, seq, functional_code, funding_source, kind, carried_over, amount) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < budget.expenditureLines().size(); i++) {
                ExpenditureLine line = budget.expenditureLines().get(i);
                s.setLong(1, id);
                s.setInt(2, i);
                s.setString(3, line.functionalCode());
                s.setString(4, line.fundingSource().name());
                s.setString(5, line.kind().name());
                s.setBoolean(6, line.carriedOver());
                s.setBigDecimal(7, line.amount());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO economic_line (budget_id, seq, economic_code, funding_source, carried_over, amount) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < budget.basicExpenditureByEconomic().size(); i++) {
                EconomicLine line = budget.basicExpenditureByEconomic().get(i);
                s.setLong(1, id);
                s.setInt(2, i);
                s.setString(3, line.economicCode());
                s.setString(4, line.fundingSource().name());
                s.setBoolean(5, line.carriedOver());
                s.setBigDecimal(6, line.amount());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement project = c.prepareStatement(
                "INSERT INTO project (budget_id, seq, code, name, functional_code, category) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement amount = c.prepareStatement(
                     "INSERT INTO project_amount (budget_id, project_seq, seq, funding_source, carried_over, amount) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < budget.projects().size(); i++) {
                Project p = budget.projects().get(i);
                project.setLong(1, id);
                project.setInt(2, i);
                project.setString(3, p.code());
                project.setString(4, p.name());
                project.setString(5, p.functionalCode());
                project.setString(6, p.category().name());
                project.addBatch();
                for (int j = 0; j < p.amounts().size(); j++) {
                    ProjectAmount a = p.amounts().get(j);
                    amount.setLong(1, id);
                    amount.setInt(2, i);
                    amount.setInt(3, j);
                    amount.setString(4, a.fundingSource().name());
                    amount.setBoolean(5, a.carriedOver());
                    amount.setBigDecimal(6, a.amount());
                    amount.addBatch();
                }
            }
            project.executeBatch();
            amount.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO three_public_expense (budget_id, seq, item, funding_source, amount) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < budget.threePublicExpenses().size(); i++) {
                ThreePublicExpenseLine line = budget.threePublicExpenses().get(i);
                s.setLong(1, id);
                s.setInt(2, i);
                s.setString(3, line.item().name());
                s.setString(4, line.fundingSource().name());
                s.setBigDecimal(5, line.amount());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO operating_expense (budget_id, seq, unit_name, funding_source, amount) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < budget.operatingExpenses().size(); i++) {
                OperatingExpenseLine line = budget.operatingExpenses().get(i);
                s.setLong(1, id);
                s.setInt(2, i);
                s.setString(3, line.unitName());
                s.setString(4, line.fundingSource().name());
                s.setBigDecimal(5, line.amount());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static List<IncomeLine> income(Connection c, long id) throws SQLException {
        List<IncomeLine> lines = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT funding_source, carried_over, amount FROM income_line WHERE budget_id = ? ORDER BY seq", id)) {
            while (rs.next()) {
                lines.add(new IncomeLine(FundingSource.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getBigDecimal(3)));
            }
        }
        return lines;
    }

    private static List<ExpenditureLine> expenditure(Connection c, long id) throws SQLException {
        List<ExpenditureLine> lines = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT functional_code, funding_source, kind, carried_over, amount FROM expenditure_line "
                + "WHERE budget_id = ? ORDER BY seq", id)) {
            while (rs.next()) {
                lines.add(new ExpenditureLine(rs.getString(1), FundingSource.valueOf(rs.getString(2)),
                        ExpenditureKind.valueOf(rs.getString(3)), rs.getBoolean(4), rs.getBigDecimal(5)));
            }
        }
        return lines;
    }

    private static List<EconomicLine> economic(Connection c, long id) throws SQLException {
        List<EconomicLine> lines = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT economic_code, funding_source, carried_over, amount FROM economic_line "
                + "WHERE budget_id = ? ORDER BY seq", id)) {
            while (rs.next()) {
                lines.add(new EconomicLine(rs.getString(1), FundingSource.valueOf(rs.getString(2)), rs.getBoolean(3), rs.getBigDecimal(4)));
            }
        }
        return lines;
    }

    private static List<Project> projects(Connection c, long id) throws SQLException {
        Map<Integer, List<ProjectAmount>> amounts = new LinkedHashMap<>();
        try (ResultSet rs = query(c, "SELECT project_seq, funding_source, carried_over, amount FROM project_amount "
                + "WHERE budget_id = ? ORDER BY project_seq, seq", id)) {
            while (rs.next()) {
                amounts.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                        .add(new ProjectAmount(FundingSource.valueOf(rs.getString(2)), rs.getBoolean(3), rs.getBigDecimal(4)));
            }
        }
        List<Project> projects = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT seq, code, name, functional_code, category FROM project WHERE budget_id = ? ORDER BY seq", id)) {
            while (rs.next()) {
                projects.add(new Project(rs.getString(2), rs.getString(3), rs.getString(4),
                        ProjectCategory.valueOf(rs.getString(5)), amounts.getOrDefault(rs.getInt(1), List.of())));
            }
        }
        return projects;
    }

    private static List<ThreePublicExpenseLine> threePublic(Connection c, long id) throws SQLException {
        List<ThreePublicExpenseLine> lines = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT item, funding_source, amount FROM three_public_expense WHERE budget_id = ? ORDER BY seq", id)) {
            while (rs.next()) {
                lines.add(new ThreePublicExpenseLine(ThreePublicExpenseItem.valueOf(rs.getString(1)),
                        FundingSource.valueOf(rs.getString(2)), rs.getBigDecimal(3)));
            }
        }
        return lines;
    }

    private static List<OperatingExpenseLine> operating(Connection c, long id) throws SQLException {
        List<OperatingExpenseLine> lines = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT unit_name, funding_source, amount FROM operating_expense WHERE budget_id = ? ORDER BY seq", id)) {
            while (rs.next()) {
                lines.add(new OperatingExpenseLine(rs.getString(1), FundingSource.valueOf(rs.getString(2)), rs.getBigDecimal(3)));
            }
        }
        return lines;
    }

    /** The statement closes with its result set's connection; results here are small and read at once. */
    private static ResultSet query(Connection c, String sql, long id) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        s.setLong(1, id);
        s.closeOnCompletion();
        return s.executeQuery();
    }
}
