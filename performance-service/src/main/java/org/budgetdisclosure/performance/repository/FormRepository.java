package org.budgetdisclosure.performance.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.performance.Comparator;
import org.budgetdisclosure.performance.Funds;
import org.budgetdisclosure.performance.Indicator;
import org.budgetdisclosure.performance.IndicatorLevel1;
import org.budgetdisclosure.performance.IndicatorLevel2;
import org.budgetdisclosure.performance.ManagedGoal;
import org.budgetdisclosure.performance.OverallGoal;
import org.budgetdisclosure.performance.PerformanceForm;
import org.budgetdisclosure.performance.Period;
import org.budgetdisclosure.performance.ProjectAttribute;
import org.budgetdisclosure.performance.ProjectCategory;
import org.budgetdisclosure.performance.Target;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plain JDBC persistence of forms, managed goals and overall goals; each write is one transaction. */
@ApplicationScoped
public class FormRepository {

    private static final String FORM_COLUMNS = "id, unit_code, fiscal_year, project_code, project_name, form_title, "
            + "form_subtitle, department_code, department_name, implementing_unit, attribute, attribute_text, period_text, "
            + "category, impl_total, impl_central, impl_provincial, impl_municipal, impl_self_raised, impl_other, "
            + "annual_total, annual_central, annual_provincial, annual_municipal, annual_self_raised, annual_other, "
            + "overview, legal_basis, necessity, safeguards, implementation_plan, implementation_goal, annual_goal, "
            + "published, filled_at, filled_at_offset, responsible_person, handler, phone";

    private final AgroalDataSource dataSource;

    public FormRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Filter of a form list; null fields do not filter. Order: unit, year, project code. */
    public record FormFilter(String unitCode, Integer fiscalYear, String projectCode, ProjectCategory category,
                             String text) {
    }

    /** Position of the last listed form, for cursor pagination. */
    public record FormKey(String unitCode, int fiscalYear, String projectCode) {
    }

    public Optional<PerformanceForm> find(String unitCode, int year, String projectCode) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + FORM_COLUMNS
                     + " FROM performance_form WHERE unit_code = ? AND fiscal_year = ? AND project_code = ?")) {
            s.setString(1, unitCode);
            s.setInt(2, year);
            s.setString(3, projectCode);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(readForm(c, r));
            }
        } catch (SQLException e) {
            throw new PersistenceFailure(e);
        }
    }

    /** Stores the whole form, replacing any earlier version and superseding a form-less managed goal. Returns true when created. */
    public boolean save(PerformanceForm form) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Long id = null;
                try (PreparedStatement s = c.prepareStatement("SELECT id FROM performance_form WHERE unit_code = ? "
                        + "AND fiscal_year = ? AND project_code = ? FOR UPDATE")) {
                    s.setString(1, form.unitCode());
                    s.setInt(2, form.fiscalYear());
                    s.setString(3, form.projectCode());
                    try (ResultSet r = s.executeQuery()) {
                        if (r.next()) {
                            id = r.getLong(1);
                        }
                    }
                }
                boolean created = id == null;
                if (created) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO performance_form (unit_code, fiscal_year, "
                            + "project_code, attribute, category, project_name) VALUES (?, ?, ?, 'ONE_OFF', 'SPECIFIC_GOAL', '') "
                            + "RETURNING id")) {
                        s.setString(1, form.unitCode());
                        s.setInt(2, form.fiscalYear());
                        s.setString(3, form.projectCode());
                        try (ResultSet r = s.executeQuery()) {
                            r.next();
                            id = r.getLong(1);
                        }
                    }
                }
                update(c, id, form);
                try (PreparedStatement s = c.prepareStatement("DELETE FROM performance_indicator WHERE form_id = ?")) {
                    s.setLong(1, id);
                    s.executeUpdate();
                }
                insertIndicators(c, id, Period.IMPLEMENTATION_PERIOD, form.implementationIndicators());
                insertIndicators(c, id, Period.ANNUAL, form.annualIndicators());
                try (PreparedStatement s = c.prepareStatement(
                        "DELETE FROM managed_goal WHERE unit_code = ? AND fiscal_year = ? AND project_code = ?")) {
                    s.setString(1, form.unitCode());
                    s.setInt(2, form.fiscalYear());
                    s.setString(3, form.projectCode());
                    s.executeUpdate();
                }
                c.commit();
                return created;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceFailure(e);
        }
    }

    private void update(Connection c, long id, PerformanceForm f) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE performance_form SET project_name = ?, form_title = ?, "
                + "form_subtitle = ?, department_code = ?, department_name = ?, implementing_unit = ?, attribute = ?, "
                + "attribute_text = ?, period_text = ?, category = ?, impl_total = ?, impl_central = ?, impl_provincial = ?, "
                + "impl_municipal = ?, impl_self_raised = ?, impl_other = ?, annual_total = ?, annual_central = ?, "
                + "annual_provincial = ?, annual_municipal = ?, annual_self_raised = ?, annual_other = ?, overview = ?, "
                + "legal_basis = ?, necessity = ?, safeguards = ?, implementation_plan = ?, implementation_goal = ?, "
                + "annual_goal = ?, published = ?, filled_at = ?, filled_at_offset = ?, responsible_person = ?, "
                + "handler = ?, phone = ?, updated_at = now() WHERE id = ?")) {
            int i = 1;
            s.setString(i++, f.projectName());
            s.setString(i++, f.formTitle());
            s.setString(i++, f.formSubtitle());
            s.setString(i++, f.departmentCode());
            s.setString(i++, f.departmentName());
            s.setString(i++, f.implementingUnit());
            s.setString(i++, f.attribute().name());
            s.setString(i++, f.attributeText());
            s.setString(i++, f.periodText());
            s.setString(i++, f.category().name());
            for (Funds funds : List.of(f.implementationFunds(), f.annualFunds())) {
                s.setBigDecimal(i++, funds.total());
                s.setBigDecimal(i++, funds.central());
                s.setBigDecimal(i++, funds.provincial());
                s.setBigDecimal(i++, funds.municipal());
                s.setBigDecimal(i++, funds.selfRaised());
                s.setBigDecimal(i++, funds.other());
            }
            s.setString(i++, f.overview());
            s.setString(i++, f.legalBasis());
            s.setString(i++, f.necessity());
            s.setString(i++, f.safeguards());
            s.setString(i++, f.implementationPlan());
            s.setString(i++, f.implementationGoal());
            s.setString(i++, f.annualGoal());
            s.setBoolean(i++, f.published());
            if (f.filledAt() == null) {
                s.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
                s.setNull(i++, Types.VARCHAR);
            } else {
                s.setObject(i++, f.filledAt());
                s.setString(i++, f.filledAt().getOffset().getId());
            }
            s.setString(i++, f.responsiblePerson());
            s.setString(i++, f.handler());
            s.setString(i++, f.phone());
            s.setLong(i, id);
            s.executeUpdate();
        }
    }

    private void insertIndicators(Connection c, long id, Period period, List<Indicator> indicators) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO performance_indicator (form_id, period, position, "
                + "level1, level2, name, target_text, comparator, target_number, target_word, target_unit) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int p = 0; p < indicators.size(); p++) {
                Indicator indicator = indicators.get(p);
                Target target = indicator.target().orElse(null);
                s.setLong(1, id);
                s.setString(2, period.name());
                s.setInt(3, p);
                s.setString(4, indicator.level1().name());
                s.setString(5, indicator.level2().name());
                s.setString(6, indicator.name());
                s.setString(7, indicator.targetText());
                s.setString(8, target == null || target.comparator() == null ? null : target.comparator().name());
                s.setBigDecimal(9, target == null ? null : target.number());
                s.setString(10, target == null ? null : target.word());
                s.setString(11, target == null ? null : target.unit());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    public boolean delete(String unitCode, int year, String projectCode) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "DELETE FROM performance_form WHERE unit_code = ? AND fiscal_year = ? AND project_code = ?")) {
            s.setString(1, unitCode);
            s.setInt(2, year);
            s.setString(3, projectCode);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new PersistenceFailure(e);
        }
    }

    /** Forms matching the filter after the given key, at most limit of them, in key order. */
    public List<PerformanceForm> list(FormFilter filter, FormKey after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + FORM_COLUMNS + " FROM performance_form f WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (filter.unitCode() != null) {
            sql.append(" AND unit_code = ?");
            args.add(filter.unitCode());
        }
        if (filter.fiscalYear() != null) {
            sql.append(" AND fiscal_year = ?");
            args.add(filter.fiscalYear());
        }
        if (filter.projectCode() != null) {
            sql.append(" AND project_code = ?");
            args.add(filter.projectCode());
        }
        if (filter.category() != null) {
            sql.append(" AND category = ?");
            args.add(filter.category().name());
        }
        if (filter.text() != null) {
            String like = "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" AND (project_name ILIKE ? OR EXISTS (SELECT 1 FROM performance_indicator i WHERE i.form_id = f.id"
                    + " AND (i.name ILIKE ? OR i.target_text ILIKE ?)))");
            args.add(like);
            args.add(like);
            args.add(like);
        }
        if (after != null) {
            sql.append(" AND (unit_code, fiscal_year, project_code) > (?, ?, ?)");
            args.add(after.unitCode());
            args.add(after.fiscalYear());
            args.add(after.projectCode());
        }
        sql.append(" ORDER BY unit_code, fiscal_year, project_code LIMIT ?");
        args.add(limit);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            List<PerformanceForm> forms = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    forms.add(readForm(c, r));
                }
            }
            return forms;
        } catch (SQLException e) {
            throw new PersistenceFailure(e);
        }
    }

    private PerformanceForm readForm(Connection c, ResultSet r) throws SQLException {
        long id = r.getLong("id");
        List<Indicator> impl = new ArrayList<>();
        List<Indicator> annual = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT period, level1, level2, name, target_text "
                + "FROM performance_indicator WHERE form_id = ? ORDER BY period, position")) {
            s.setLong(1, id);
            try (ResultSet i = s.executeQuery()) {
                while (i.next()) {
                    Indicator indicator = new Indicator(IndicatorLevel1.valueOf(i.getString("level1")),
                            IndicatorLevel2.valueOf(i.getString("level2")), i.getString("name"), i.getString("target_text"));
                    (Period.valueOf(i.getString("period")) == Period.ANNUAL ? annual : impl).add(indicator);
                }
            }
        }
        OffsetDateTime filledAt = r.getObject("filled_at", OffsetDateTime.class);
        if (filledAt != null) {
            filledAt = filledAt.withOffsetSameInstant(ZoneOffset.of(r.getString("filled_at_offset")));
        }
        return new PerformanceForm(r.getString("unit_code"), r.getInt("fiscal_year"), r.getString("project_code"),
                r.getString("project_name"), r.getString("form_title"), r.getString("form_subtitle"),
                r.getString("department_code"), r.getString("department_name"), r.getString("implementing_unit"),
                ProjectAttribute.valueOf(r.getString("attribute")), r.getString("attribute_text"),
                r.getString("period_text"), ProjectCategory.valueOf(r.getString("category")),
                funds(r, "impl_"), funds(r, "annual_"), r.getString("overview"), r.getString("legal_basis"),
                r.getString("necessity"), r.getString("safeguards"), r.getString("implementation_plan"),
                r.getString("implementation_goal"), r.getString("annual_goal"), impl, annual, r.getBoolean("published"),
                filledAt, r.getString("responsible_person"), r.getString("handler"), r.getString("phone"));
    }

    private static Funds funds(ResultSet r, String prefix) throws SQLException {
        return new Funds(r.getBigDecimal(prefix + "total"), r.getBigDecimal(prefix + "central"),
                r.getBigDecimal(prefix + "provincial"), r.getBigDecimal(prefix + "municipal"),
                r.getBigDecimal(prefix + "self_raised"), r.getBigDecimal(prefix + "other"));
    }

    // ---- managed goals -------------------------------------------------------------------

    /** Every goal of a unit and year: form-backed ones (amount = annual funds total) and form-less ones, by project code. */
    public List<ManagedGoal> goals(String unitCode, int year) {
        String sql = "SELECT project_code, project_name, category, annual_total AS amount, published, TRUE AS has_form "
                + "FROM performance_form WHERE unit_code = ? AND fiscal_year = ? "
                + "UNION ALL SELECT project_code, project_name, category, amount, published, FALSE "
                + "FROM managed_goal WHERE unit_code = ? AND fiscal_year = ? ORDER BY project_code";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, unitCode);
            s.setInt(2, year);
            s.setString(3, unitCode);
            s.setInt(4, year);
            List<ManagedGoal> goals = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    BigDecimal amount = r.getBigDecimal("amount");
                    goals.add(new ManagedGoal(unitCode, year, r.getString("project_code"), r.getString("project_name"),
                            ProjectCategory.valueOf(r.getString("category")), amount == null ? BigDecimal.ZERO.setScale(2) : amount,
                            r.getBoolean("published"), r.getBoolean("has_form")));
                }
            }
            return goals;
        } catch (SQLException e) {
            throw new PersistenceFailure(e);
        }
    }

    /** Stores a form-less managed goal. Returns true when created. */
    public boolean saveGoal(ManagedGoal goal) {
        String sql = "INSERT INTO managed_goal (unit_code, fiscal_year, project_code, project_name, category, amount, published) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (unit_code, fiscal_year, project_code) DO UPDATE SET "
                + "project_name = EXCLUDED.project_name, category = EXCLUDED.category, amount = EXCLUDED.amount, "
                + "published = EXCLUDED.published, updated_at = now() RETURNING (xmax = 0) AS inserted";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, goal.unitCode());
            s.setInt(2, goal.fiscalYear());
            s.setString(3, goal.projectCode());
            s.setString(4, goal.projectName());
            s.setString(5, goal.category().name());
            s.setBigDecimal(6, goal.amount());
            s.setBoolean(7, goal.published());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new PersistenceFailure(e);
        }
    }

    public boolean deleteGoal(String unitCode, int year, String projectCode) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "DELETE FROM managed_goal WHERE unit_code = ? AND fiscal_year = ? AND project_code = ?")) {
            s.setString(1, unitCode);
            s.setInt(2, year);
            s.setString(3, projectCode);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new PersistenceFailure(e);
        }
    }

    // ---- overall goal --------------------------------------------------------------------

    public Optional<OverallGoal> findOverall(String unitCode, int year) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT unit_name, region_name, reported, amount, goal_text, "
                     + "statement, project_expenditure_total FROM overall_goal WHERE unit_code = ? AND fiscal_year = ?")) {
            s.setString(1, unitCode);
            s.setInt(2, year);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new OverallGoal(unitCode, year, r.getString(1), r.getString(2), r.getBoolean(3),
                        r.getBigDecimal(4), r.getString(5), r.getString(6), r.getBigDecimal(7)));
            }
        } catch (SQLException e) {
            throw new PersistenceFailure(e);
        }
    }

    public boolean saveOverall(OverallGoal goal) {
        String sql = "INSERT INTO overall_goal (unit_code, fiscal_year, unit_name, region_name, reported, amount, goal_text, "
                + "statement, project_expenditure_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (unit_code, fiscal_year) DO UPDATE SET unit_name = EXCLUDED.unit_name, "
                + "region_name = EXCLUDED.region_name, reported = EXCLUDED.reported, amount = EXCLUDED.amount, "
                + "goal_text = EXCLUDED.goal_text, statement = EXCLUDED.statement, "
                + "project_expenditure_total = EXCLUDED.project_expenditure_total, updated_at = now() "
                + "RETURNING (xmax = 0) AS inserted";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, goal.unitCode());
            s.setInt(2, goal.fiscalYear());
            s.setString(3, goal.unitName());
            s.setString(4, goal.regionName());
            s.setBoolean(5, goal.reported());
            s.setBigDecimal(6, goal.amount());
            s.setString(7, goal.goalText());
            s.setString(8, goal.statement());
            s.setBigDecimal(9, goal.projectExpenditureTotal());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new PersistenceFailure(e);
        }
    }
}
