package org.budgetdisclosure.asset.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.asset.AssetStatement;
import org.budgetdisclosure.asset.AssetStatus;
import org.budgetdisclosure.asset.Equipment;
import org.budgetdisclosure.asset.ProcurementPlan;
import org.budgetdisclosure.asset.ProcurementType;
import org.budgetdisclosure.asset.PurchasedServicesCatalogue;
import org.budgetdisclosure.asset.Vehicle;
import org.budgetdisclosure.asset.VehicleCategory;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plain JDBC over the asset schema. Every method runs on the caller's connection (its transaction). */
@ApplicationScoped
public class AssetRepository {

    // ---- registers (vehicles, equipment) ---------------------------------------------------------

    /** Reads one row (columns from 1, in the register's column order) into an item. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Binds an item's columns, in the register's column order, from parameter 2 on (1 is the unit code). */
    @FunctionalInterface
    public interface RowBinder<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
    }

    /**
     * How one register is stored: a table keyed by (unit_code, id column), the id column first among its columns.
     *
     * @param columns every column but unit_code, the id column first
     */
    public record Register<T>(String table, List<String> columns, RowReader<T> reader, RowBinder<T> binder) {

        String idColumn() {
            return columns.get(0);
        }

        String columnList() {
            return String.join(", ", columns);
        }
    }

    public static final Register<Vehicle> VEHICLES = new Register<>("vehicle",
            List.of("vehicle_id", "plate_number", "category", "acquisition_date", "original_value", "status",
                    "disposal_date", "note"),
            rs -> new Vehicle(rs.getString(1), rs.getString(2), VehicleCategory.valueOf(rs.getString(3)), date(rs, 4),
                    rs.getBigDecimal(5), AssetStatus.valueOf(rs.getString(6)), date(rs, 7), rs.getString(8)),
            (ps, v) -> {
                ps.setString(2, v.vehicleId());
                ps.setString(3, v.plateNumber());
                ps.setString(4, v.category().name());
                setDate(ps, 5, v.acquisitionDate());
                ps.setBigDecimal(6, v.originalValue());
                ps.setString(7, v.status().name());
                setDate(ps, 8, v.disposalDate());
                ps.setString(9, v.note());
            });

    public static final Register<Equipment> EQUIPMENT = new Register<>("equipment",
            List.of("equipment_id", "name", "classification_code", "acquisition_date", "original_value", "status",
                    "disposal_date", "note"),
            rs -> new Equipment(rs.getString(1), rs.getString(2), rs.getString(3), date(rs, 4), rs.getBigDecimal(5),
                    AssetStatus.valueOf(rs.getString(6)), date(rs, 7), rs.getString(8)),
            (ps, e) -> {
                ps.setString(2, e.equipmentId());
                ps.setString(3, e.name());
                ps.setString(4, e.classificationCode());
                setDate(ps, 5, e.acquisitionDate());
                ps.setBigDecimal(6, e.originalValue());
                ps.setString(7, e.status().name());
                setDate(ps, 8, e.disposalDate());
                ps.setString(9, e.note());
            });

    /** The unit's whole register, in id order. */
    public <T> List<T> items(Connection c, Register<T> register, String unitCode) throws SQLException {
        return itemsAfter(c, register, unitCode, null, Integer.MAX_VALUE);
    }

    /** In id order (byte order, COLLATE "C"), at most limit of those after the cursor id (all when after is null). */
    public <T> List<T> itemsAfter(Connection c, Register<T> register, String unitCode, String after, int limit)
            throws SQLException {
        String id = register.idColumn();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + register.columnList() + " FROM " + register.table()
                + " WHERE unit_code = ? AND (?::text IS NULL OR " + id + " > ?) ORDER BY " + id + " COLLATE \"C\" LIMIT ?")) {
            ps.setString(1, unitCode);
            ps.setString(2, after);
            ps.setString(3, after);
            ps.setInt(4, limit);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(register.reader().read(rs));
                }
            }
            return result;
        }
    }

    public <T> Optional<T> item(Connection c, Register<T> register, String unitCode, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + register.columnList() + " FROM " + register.table()
                + " WHERE unit_code = ? AND " + register.idColumn() + " = ?")) {
            ps.setString(1, unitCode);
            ps.setString(2, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(register.reader().read(rs)) : Optional.empty();
            }
        }
    }

    public <T> void upsert(Connection c, Register<T> register, String unitCode, T item) throws SQLException {
        List<String> updated = register.columns().subList(1, register.columns().size());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + register.table() + " (unit_code, "
                + register.columnList() + ") VALUES (?" + ", ?".repeat(register.columns().size()) + ")"
                + " ON CONFLICT (unit_code, " + register.idColumn() + ") DO UPDATE SET "
                + String.join(", ", updated.stream().map(column -> column + " = EXCLUDED." + column).toList()))) {
            ps.setString(1, unitCode);
            register.binder().bind(ps, item);
            ps.executeUpdate();
        }
    }

    public boolean deleteItem(Connection c, Register<?> register, String unitCode, String itemId) throws SQLException {
        return delete(c, "DELETE FROM " + register.table() + " WHERE unit_code = ? AND " + register.idColumn() + " = ?",
                unitCode, itemId);
    }

    public void deleteAll(Connection c, Register<?> register, String unitCode) throws SQLException {
        delete(c, "DELETE FROM " + register.table() + " WHERE unit_code = ?", unitCode);
    }

    // ---- statement --------------------------------------------------------------------------

    public Optional<AssetStatement> statement(Connection c, String unitCode, int year) throws SQLException {
        String unitName;
        LocalDate asOf;
        BigDecimal officeSpace;
        AssetStatement.ReportedEquipmentCounts reported = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT unit_name, as_of_date, office_space,"
                + " reported_equipment_500k, reported_equipment_1m FROM asset_statement"
                + " WHERE unit_code = ? AND fiscal_year = ?")) {
            ps.setString(1, unitCode);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                unitName = rs.getString(1);
                asOf = date(rs, 2);
                officeSpace = rs.getBigDecimal(3);
                int a = rs.getInt(4);
                if (!rs.wasNull()) {
                    reported = new AssetStatement.ReportedEquipmentCounts(a, rs.getInt(5));
                }
            }
        }
        List<AssetStatement.VehicleQuota> quota = new ArrayList<>(rowsOfYear(c, "SELECT category, allowed, reported_actual"
                + " FROM vehicle_quota WHERE unit_code = ? AND fiscal_year = ?", unitCode, year, rs -> {
                    VehicleCategory category = VehicleCategory.valueOf(rs.getString(1));
                    int allowed = rs.getInt(2);
                    int actual = rs.getInt(3);
                    Integer reportedActual = rs.wasNull() ? null : actual;
                    return new AssetStatement.VehicleQuota(category, allowed, reportedActual);
                }));
        quota.sort(java.util.Comparator.comparing(AssetStatement.VehicleQuota::category));
        List<AssetStatement.FloorArea> areas = rowsOfYear(c, "SELECT name, area FROM floor_area"
                + " WHERE unit_code = ? AND fiscal_year = ? ORDER BY position", unitCode, year,
                rs -> new AssetStatement.FloorArea(rs.getString(1), rs.getBigDecimal(2)));
        return Optional.of(new AssetStatement(unitName, asOf, List.copyOf(quota), officeSpace, areas, reported));
    }

    public void replaceStatement(Connection c, String unitCode, int year, AssetStatement s) throws SQLException {
        deleteStatement(c, unitCode, year);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO asset_statement (unit_code, fiscal_year, unit_name,"
                + " as_of_date, office_space, reported_equipment_500k, reported_equipment_1m) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, unitCode);
            ps.setInt(2, year);
            ps.setString(3, s.unitName());
            setDate(ps, 4, s.asOfDate());
            ps.setBigDecimal(5, s.officeSpace());
            setInt(ps, 6, s.reportedEquipment() == null ? null : s.reportedEquipment().atLeast500k());
            setInt(ps, 7, s.reportedEquipment() == null ? null : s.reportedEquipment().atLeast1m());
            ps.executeUpdate();
        }
        insertRowsOfYear(c, "INSERT INTO vehicle_quota (unit_code, fiscal_year, category, allowed, reported_actual)"
                + " VALUES (?, ?, ?, ?, ?)", unitCode, year, s.vehicleQuota(), (ps, q, position) -> {
                    ps.setString(3, q.category().name());
                    ps.setInt(4, q.allowed());
                    setInt(ps, 5, q.reportedActual());
                });
        insertRowsOfYear(c, "INSERT INTO floor_area (unit_code, fiscal_year, position, name, area)"
                + " VALUES (?, ?, ?, ?, ?)", unitCode, year, s.otherFloorAreas(), (ps, a, position) -> {
                    ps.setInt(3, position);
                    ps.setString(4, a.name());
                    ps.setBigDecimal(5, a.area());
                });
    }

    public boolean deleteStatement(Connection c, String unitCode, int year) throws SQLException {
        return delete(c, "DELETE FROM asset_statement WHERE unit_code = ? AND fiscal_year = ?", unitCode, year);
    }

    // ---- procurement ------------------------------------------------------------------------

    public Optional<ProcurementPlan> procurement(Connection c, String unitCode, int year) throws SQLException {
        ProcurementPlan.ReportedTotals totals = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT reported_total, reported_goods, reported_works,"
                + " reported_services FROM procurement_plan WHERE unit_code = ? AND fiscal_year = ?")) {
            ps.setString(1, unitCode);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                if (rs.getBigDecimal(1) != null) {
                    totals = new ProcurementPlan.ReportedTotals(rs.getBigDecimal(1), rs.getBigDecimal(2),
                            rs.getBigDecimal(3), rs.getBigDecimal(4));
                }
            }
        }
        List<ProcurementPlan.Item> items = rowsOfYear(c, "SELECT type, description, amount, sme_set_aside"
                + " FROM procurement_item WHERE unit_code = ? AND fiscal_year = ? ORDER BY position", unitCode, year,
                rs -> new ProcurementPlan.Item(ProcurementType.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getBigDecimal(3), rs.getBigDecimal(4)));
        return Optional.of(new ProcurementPlan(items, totals));
    }

    public void replaceProcurement(Connection c, String unitCode, int year, ProcurementPlan plan) throws SQLException {
        deleteProcurement(c, unitCode, year);
        ProcurementPlan.ReportedTotals r = plan.reportedTotals();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO procurement_plan (unit_code, fiscal_year,"
                + " reported_total, reported_goods, reported_works, reported_services) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, unitCode);
            ps.setInt(2, year);
            ps.setBigDecimal(3, r == null ? null : r.total());
            ps.setBigDecimal(4, r == null ? null : r.goods());
            ps.setBigDecimal(5, r == null ? null : r.works());
            ps.setBigDecimal(6, r == null ? null : r.services());
            ps.executeUpdate();
        }
        insertRowsOfYear(c, "INSERT INTO procurement_item (unit_code, fiscal_year, position, type, description, amount,"
                + " sme_set_aside) VALUES (?, ?, ?, ?, ?, ?, ?)", unitCode, year, plan.items(), (ps, item, position) -> {
                    ps.setInt(3, position);
                    ps.setString(4, item.type().name());
                    ps.setString(5, item.description());
                    ps.setBigDecimal(6, item.amount());
                    ps.setBigDecimal(7, item.smeSetAside());
                });
    }

    public boolean deleteProcurement(Connection c, String unitCode, int year) throws SQLException {
        return delete(c, "DELETE FROM procurement_plan WHERE unit_code = ? AND fiscal_year = ?", unitCode, year);
    }

    // ---- purchased services -----------------------------------------------------------------

    public Optional<PurchasedServicesCatalogue> purchasedServices(Connection c, String unitCode, int year)
            throws SQLException {
        boolean none;
        String note;
        try (PreparedStatement ps = c.prepareStatement("SELECT none, note FROM purchased_services"
                + " WHERE unit_code = ? AND fiscal_year = ?")) {
            ps.setString(1, unitCode);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                none = rs.getBoolean(1);
                note = rs.getString(2);
            }
        }
        List<PurchasedServicesCatalogue.Entry> entries = rowsOfYear(c, "SELECT code, name, description"
                + " FROM purchased_service_entry WHERE unit_code = ? AND fiscal_year = ? ORDER BY position", unitCode, year,
                rs -> new PurchasedServicesCatalogue.Entry(rs.getString(1), rs.getString(2), rs.getString(3)));
        return Optional.of(new PurchasedServicesCatalogue(none, entries, note));
    }

    public void replacePurchasedServices(Connection c, String unitCode, int year, PurchasedServicesCatalogue catalogue)
            throws SQLException {
        deletePurchasedServices(c, unitCode, year);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO purchased_services (unit_code, fiscal_year, none,"
                + " note) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, unitCode);
            ps.setInt(2, year);
            ps.setBoolean(3, catalogue.none());
            ps.setString(4, catalogue.note());
            ps.executeUpdate();
        }
        insertRowsOfYear(c, "INSERT INTO purchased_service_entry (unit_code, fiscal_year, position, code, name,"
                + " description) VALUES (?, ?, ?, ?, ?, ?)", unitCode, year, catalogue.entries(), (ps, e, position) -> {
                    ps.setInt(3, position);
                    ps.setString(4, e.code());
                    ps.setString(5, e.name());
                    ps.setString(6, e.description());
                });
    }

    public boolean deletePurchasedServices(Connection c, String unitCode, int year) throws SQLException {
        return delete(c, "DELETE FROM purchased_services WHERE unit_code = ? AND fiscal_year = ?", unitCode, year);
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** Binds a row from parameter 3 on (1 and 2 are unit_code and fiscal_year); position counts rows from 1. */
    @FunctionalInterface
    private interface YearRowBinder<T> {
        void bind(PreparedStatement ps, T row, int position) throws SQLException;
    }

    /** The rows a query keyed by unit_code and fiscal_year (parameters 1 and 2) returns, in its order; unmodifiable. */
    private static <T> List<T> rowsOfYear(Connection c, String sql, String unitCode, int year, RowReader<T> reader)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, unitCode);
            ps.setInt(2, year);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
            return List.copyOf(rows);
        }
    }

    /** One batch insert of rows keyed by unit_code and fiscal_year (parameters 1 and 2). */
    private static <T> void insertRowsOfYear(Connection c, String sql, String unitCode, int year, List<T> rows,
                                             YearRowBinder<T> binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int position = 1;
            for (T row : rows) {
                ps.setString(1, unitCode);
                ps.setInt(2, year);
                binder.bind(ps, row, position++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static boolean delete(Connection c, String sql, Object... keys) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                ps.setObject(i + 1, keys[i]);
            }
            return ps.executeUpdate() > 0;
        }
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
