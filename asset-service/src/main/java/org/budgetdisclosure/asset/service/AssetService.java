package org.budgetdisclosure.asset.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.asset.AssetDerivations;
import org.budgetdisclosure.asset.AssetSnapshot;
import org.budgetdisclosure.asset.AssetStatement;
import org.budgetdisclosure.asset.ConsistencyRules;
import org.budgetdisclosure.asset.Equipment;
import org.budgetdisclosure.asset.FieldError;
import org.budgetdisclosure.asset.Finding;
import org.budgetdisclosure.asset.InvalidInputException;
import org.budgetdisclosure.asset.ProcurementPlan;
import org.budgetdisclosure.asset.PurchasedServicesCatalogue;
import org.budgetdisclosure.asset.Vehicle;
import org.budgetdisclosure.asset.WriteRules;
import org.budgetdisclosure.asset.repository.AssetRepository;
import org.budgetdisclosure.asset.repository.Transactions;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads and writes a unit's asset data, each call one transaction. A write first checks the
 * caller's precondition (If-Match) against the current state, then the rules that need stored data,
 * then writes; any failure rolls everything back, so a rejected write leaves nothing behind.
 */
@ApplicationScoped
public class AssetService {

    private final Transactions tx;
    private final AssetRepository repository;
    private final Clock clock;

    public AssetService(Transactions tx, AssetRepository repository, Clock clock) {
        this.tx = tx;
        this.repository = repository;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A page of a register plus whether more follow. */
    public record Slice<T>(List<T> items, boolean more) {
    }

    /** Whether a PUT created the resource (201) or replaced it (200). */
    public enum Outcome { CREATED, REPLACED }

    // ---- vehicles ---------------------------------------------------------------------------

    public Slice<Vehicle> vehicles(String unitCode, String after, int limit) {
        return tx.inTransaction(c -> slice(repository.vehiclesAfter(c, unitCode, after, limit + 1), limit));
    }

    public List<Vehicle> allVehicles(String unitCode) {
        return tx.inTransaction(c -> repository.vehicles(c, unitCode));
    }

    public Optional<Vehicle> vehicle(String unitCode, String vehicleId) {
        return tx.inTransaction(c -> repository.vehicle(c, unitCode, vehicleId));
    }

    public Outcome putVehicle(String unitCode, Vehicle vehicle, Consumer<Optional<Vehicle>> precondition) {
        return tx.inTransaction(c -> {
            lockUnit(c, unitCode);
            Optional<Vehicle> current = repository.vehicle(c, unitCode, vehicle.vehicleId());
            precondition.accept(current);
            List<Vehicle> after = new ArrayList<>(repository.vehicles(c, unitCode).stream()
                    .filter(v -> !v.vehicleId().equals(vehicle.vehicleId())).toList());
            after.add(vehicle);
            reject(WriteRules.uniquePlates(after, v -> v == vehicle ? "plateNumber" : null));
            repository.upsertVehicle(c, unitCode, vehicle);
            return current.isPresent() ? Outcome.REPLACED : Outcome.CREATED;
        });
    }

    public void putVehicleRegister(String unitCode, List<Vehicle> vehicles, Consumer<List<Vehicle>> precondition) {
        tx.inTransaction(c -> {
            lockUnit(c, unitCode);
            precondition.accept(repository.vehicles(c, unitCode));
            repository.deleteAllVehicles(c, unitCode);
            for (Vehicle v : vehicles) {
                repository.upsertVehicle(c, unitCode, v);
            }
            return null;
        });
    }

    public boolean deleteVehicle(String unitCode, String vehicleId, Consumer<Optional<Vehicle>> precondition) {
        return tx.inTransaction(c -> {
            precondition.accept(repository.vehicle(c, unitCode, vehicleId));
            return repository.deleteVehicle(c, unitCode, vehicleId);
        });
    }

    // ---- equipment --------------------------------------------------------------------------

    public Slice<Equipment> equipment(String unitCode, String after, int limit) {
        return tx.inTransaction(c -> slice(repository.equipmentAfter(c, unitCode, after, limit + 1), limit));
    }

    public List<Equipment> allEquipment(String unitCode) {
        return tx.inTransaction(c -> repository.equipment(c, unitCode));
    }

    public Optional<Equipment> equipmentItem(String unitCode, String equipmentId) {
        return tx.inTransaction(c -> repository.equipmentItem(c, unitCode, equipmentId));
    }

    public Outcome putEquipment(String unitCode, Equipment item, Consumer<Optional<Equipment>> precondition) {
        return tx.inTransaction(c -> {
            Optional<Equipment> current = repository.equipmentItem(c, unitCode, item.equipmentId());
            precondition.accept(current);
            repository.upsertEquipment(c, unitCode, item);
            return current.isPresent() ? Outcome.REPLACED : Outcome.CREATED;
        });
    }

    public void putEquipmentRegister(String unitCode, List<Equipment> items, Consumer<List<Equipment>> precondition) {
        tx.inTransaction(c -> {
            lockUnit(c, unitCode);
            precondition.accept(repository.equipment(c, unitCode));
            repository.deleteAllEquipment(c, unitCode);
            for (Equipment e : items) {
                repository.upsertEquipment(c, unitCode, e);
            }
            return null;
        });
    }

    public boolean deleteEquipment(String unitCode, String equipmentId, Consumer<Optional<Equipment>> precondition) {
        return tx.inTransaction(c -> {
            precondition.accept(repository.equipmentItem(c, unitCode, equipmentId));
            return repository.deleteEquipment(c, unitCode, equipmentId);
        });
    }

    // ---- per-year parts ---------------------------------------------------------------------

    public Optional<AssetStatement> statement(String unitCode, int year) {
        return tx.inTransaction(c -> repository.statement(c, unitCode, year));
    }

    public Outcome putStatement(String unitCode, int year, AssetStatement statement,
                                Consumer<Optional<AssetStatement>> precondition) {
        return tx.inTransaction(c -> {
            Optional<AssetStatement> current = repository.statement(c, unitCode, year);
            precondition.accept(current);
            repository.replaceStatement(c, unitCode, year, statement);
            return current.isPresent() ? Outcome.REPLACED : Outcome.CREATED;
        });
    }

    public boolean deleteStatement(String unitCode, int year, Consumer<Optional<AssetStatement>> precondition) {
        return tx.inTransaction(c -> {
            precondition.accept(repository.statement(c, unitCode, year));
            return repository.deleteStatement(c, unitCode, year);
        });
    }

    public Optional<ProcurementPlan> procurement(String unitCode, int year) {
        return tx.inTransaction(c -> repository.procurement(c, unitCode, year));
    }

    public Outcome putProcurement(String unitCode, int year, ProcurementPlan plan,
                                  Consumer<Optional<ProcurementPlan>> precondition) {
        return tx.inTransaction(c -> {
            Optional<ProcurementPlan> current = repository.procurement(c, unitCode, year);
            precondition.accept(current);
            repository.replaceProcurement(c, unitCode, year, plan);
            return current.isPresent() ? Outcome.REPLACED : Outcome.CREATED;
        });
    }

    public boolean deleteProcurement(String unitCode, int year, Consumer<Optional<ProcurementPlan>> precondition) {
        return tx.inTransaction(c -> {
            precondition.accept(repository.procurement(c, unitCode, year));
            return repository.deleteProcurement(c, unitCode, year);
        });
    }

    public Optional<PurchasedServicesCatalogue> purchasedServices(String unitCode, int year) {
        return tx.inTransaction(c -> repository.purchasedServices(c, unitCode, year));
    }

    public Outcome putPurchasedServices(String unitCode, int year, PurchasedServicesCatalogue catalogue,
                                        Consumer<Optional<PurchasedServicesCatalogue>> precondition) {
        return tx.inTransaction(c -> {
            Optional<PurchasedServicesCatalogue> current = repository.purchasedServices(c, unitCode, year);
            precondition.accept(current);
            repository.replacePurchasedServices(c, unitCode, year, catalogue);
            return current.isPresent() ? Outcome.REPLACED : Outcome.CREATED;
        });
    }

    public boolean deletePurchasedServices(String unitCode, int year,
                                           Consumer<Optional<PurchasedServicesCatalogue>> precondition) {
        return tx.inTransaction(c -> {
            precondition.accept(repository.purchasedServices(c, unitCode, year));
            return repository.deletePurchasedServices(c, unitCode, year);
        });
    }

    // ---- derived ----------------------------------------------------------------------------

    /** Everything stored for the unit and year, read in one transaction (a consistent view). */
    public ConsistencyRules.Subject subject(String unitCode, int year) {
        return tx.inTransaction(c -> new ConsistencyRules.Subject(year,
                repository.statement(c, unitCode, year).orElse(null),
                repository.vehicles(c, unitCode),
                repository.equipment(c, unitCode),
                repository.procurement(c, unitCode, year).orElse(null),
                repository.purchasedServices(c, unitCode, year).orElse(null)));
    }

    /** Empty when nothing at all is stated for the unit and year. */
    public Optional<AssetSnapshot> snapshot(String unitCode, int year) {
        return snapshot(unitCode, subject(unitCode, year));
    }

    public static Optional<AssetSnapshot> snapshot(String unitCode, ConsistencyRules.Subject s) {
        if (s.statement() == null && s.plan() == null && s.catalogue() == null) {
            return Optional.empty();
        }
        AssetStatement st = s.statement();
        return Optional.of(new AssetSnapshot(unitCode, s.year(),
                st == null ? null : st.unitName(),
                st == null ? null : st.asOfDate(),
                st == null ? null : AssetDerivations.vehicleCounts(st, s.vehicles()),
                st == null ? null : new AssetSnapshot.Buildings(st.officeSpace(), st.otherFloorAreas()),
                st == null ? null : AssetDerivations.equipmentCounts(st, s.equipment()),
                s.plan() == null ? null : AssetDerivations.procurementTotals(s.plan()),
                s.catalogue()));
    }

    public List<Finding> findings(String unitCode, int year) {
        return ConsistencyRules.check(subject(unitCode, year), today());
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Serialises writes to one unit's registers so that two concurrent PUTs cannot both pass the plate check. */
    private static void lockUnit(Connection c, String unitCode) throws SQLException {
        try (var ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            ps.setString(1, "asset:" + unitCode);
            ps.execute();
        }
    }

    private static <T> Slice<T> slice(List<T> fetched, int limit) {
        boolean more = fetched.size() > limit;
        return new Slice<>(more ? List.copyOf(fetched.subList(0, limit)) : List.copyOf(fetched), more);
    }

    private static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
