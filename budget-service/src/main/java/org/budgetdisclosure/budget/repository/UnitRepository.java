package org.budgetdisclosure.budget.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.budget.Unit;
import org.budgetdisclosure.budget.UnitType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Units with their duties and staffing. Writes run inside the caller's transaction. */
@ApplicationScoped
public class UnitRepository {

    private final AgroalDataSource dataSource;

    UnitRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Unit> find(String code) {
        try (Connection c = dataSource.getConnection()) {
            return find(c, code);
        } catch (SQLException e) {
            throw new DataAccessException("reading a unit", e);
        }
    }

    private Optional<Unit> find(Connection c, String code) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT code, name, region_code, unit_type, competent_department_code, competent_department_name, "
                        + "internal_structure FROM unit WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Unit(rs.getString(1), rs.getString(2), rs.getString(3),
                        UnitType.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        duties(c, code), rs.getString(7), staffing(c, code)));
            }
        }
    }

    /** Units in code order after the cursor, optionally filtered by region and by a part of the name. */
    public List<Unit> list(String after, int limit, String regionCode, String nameContains) {
        StringBuilder sql = new StringBuilder("SELECT code FROM unit WHERE code > ?");
        List<String> params = new ArrayList<>();
        params.add(after == null ? "" : after);
        if (regionCode != null) {
            sql.append(" AND region_code = ?");
            params.add(regionCode);
        }
        if (nameContains != null) {
            sql.append(" AND strpos(name, ?) > 0");
            params.add(nameContains);
        }
        sql.append(" ORDER BY code LIMIT ").append(limit);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                s.setString(i + 1, params.get(i));
            }
            List<String> codes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            List<Unit> units = new ArrayList<>();
            for (String code : codes) {
                find(c, code).ifPresent(units::add);
            }
            return units;
        } catch (SQLException e) {
            throw new DataAccessException("listing units", e);
        }
    }

    /** Inserts or replaces a unit with its duties and staffing; returns true when it was new. */
    public boolean save(Unit unit) {
        try (Connection c = dataSource.getConnection()) {
            boolean created;
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO unit (code, name, region_code, unit_type, competent_department_code, competent_department_name, "
                            + "internal_structure) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, "
                            + "region_code = EXCLUDED.region_code, unit_type = EXCLUDED.unit_type, "
                            + "competent_department_code = EXCLUDED.competent_department_code, "
                            + "competent_department_name = EXCLUDED.competent_department_name, "
                            + "internal_structure = EXCLUDED.internal_structure, updated_at = now() RETURNING (xmax = 0)")) {
                s.setString(1, unit.code());
                s.setString(2, unit.name());
                s.setString(3, unit.regionCode());
                s.setString(4, unit.unitType().name());
                s.setString(5, unit.competentDepartmentCode());
                s.setString(6, unit.competentDepartmentName());
                s.setString(7, unit.internalStructure());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    created = rs.getBoolean(1);
                }
            }
            for (String table : List.of("unit_duty", "unit_staffing")) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE unit_code = ?")) {
                    s.setString(1, unit.code());
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO unit_duty (unit_code, seq, text) VALUES (?, ?, ?)")) {
                for (int i = 0; i < unit.duties().size(); i++) {
                    s.setString(1, unit.code());
                    s.setInt(2, i);
                    s.setString(3, unit.duties().get(i));
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO unit_staffing (unit_code, fiscal_year, authorized_positions, actual_staff) VALUES (?, ?, ?, ?)")) {
                for (Unit.Staffing staffing : unit.staffing()) {
                    s.setString(1, unit.code());
                    s.setInt(2, staffing.fiscalYear());
                    s.setInt(3, staffing.authorizedPositions());
                    s.setInt(4, staffing.actualStaff());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return created;
        } catch (SQLException e) {
            throw new DataAccessException("saving a unit", e);
        }
    }

    public boolean hasBudgets(String code) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM budget WHERE unit_code = ? LIMIT 1")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new DataAccessException("checking a unit's budgets", e);
        }
    }

    public boolean delete(String code) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM unit WHERE code = ?")) {
            s.setString(1, code);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new DataAccessException("deleting a unit", e);
        }
    }

    private static List<String> duties(Connection c, String code) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT text FROM unit_duty WHERE unit_code = ? ORDER BY seq")) {
            s.setString(1, code);
            List<String> duties = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    duties.add(rs.getString(1));
                }
            }
            return duties;
        }
    }

    private static List<Unit.Staffing> staffing(Connection c, String code) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT fiscal_year, authorized_positions, actual_staff FROM unit_staffing WHERE unit_code = ? ORDER BY fiscal_year")) {
            s.setString(1, code);
            List<Unit.Staffing> staffing = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    staffing.add(new Unit.Staffing(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
                }
            }
            return staffing;
        }
    }
}
