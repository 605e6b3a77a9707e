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

import static org.budgetdisclosure.asset.repository.AssetRepository.EQUIPMENT;
import static org.budgetdisclosure.asset.repository.AssetRepository.VEHICLES;

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
    private final YearPart<AssetStatement> statements;
    private final YearPart<ProcurementPlan> plans;
    private final YearPart<PurchasedServicesCatalogue> catalogues;

    public AssetService(Transactions tx, AssetRepository repository, Clock clock) {
        this.tx = tx;
        this.repository = repository;
        this.clock = clock;
        this.statements = new YearPart<>(repository::statement, repository::replaceStatement, repository::deleteStatement);
        this.plans = new YearPart<>(repository::procurement, repository::replaceProcurement, repository::deleteProcurement);
        this.catalogues = new YearPart<>(repository::purchasedServices, repository::replacePurchasedServices,
                repository::deletePurchasedServices);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A page of a register plus whether more follow. */
    public record Slice<T>(List<T> items, boolean more) {
    }

    /** Whether a PUT created the resource (201) or replaced it (200). */
    public enum Outcome { CREATED, REPLACED }

    // ---- registers (vehicles, equipment) ---------------------------------------------------------

    public Slice<Vehicle> vehicles(String unitCode, String after, int limit) {
        return page(VEHICLES, unitCode, after, limit);
    }

    public Optional<Vehicle> vehicle(String unitCode, String vehicleId) {
        return item(VEHICLES, unitCode, vehicleId);
    }

    /** Unlike equipment, a vehicle's plate must stay unique within the unit: checked under the unit's lock. */
    public Outcome putVehicle(String unitCode, Vehicle vehicle, Consumer<Optional<Vehicle>> precondition) {
        return tx.inTransaction(c -> {
            lockUnit(c, unitCode);
            Optional<Vehicle> current = repository.item(c, VEHICLES, unitCode, vehicle.vehicleId());
            precondition.accept(current);
            List<Vehicle> after = new ArrayList<>(repository.items(c, VEHICLES, unitCode).stream()
                    .filter(v -> !v.vehicleId().equals(vehicle.vehicleId())).toList());
            after.add(vehicle);
            reject(WriteRules.uniquePlates(after, v -> v == vehicle ? "plateNumber" : null));
            repository.upsert(c, VEHICLES, unitCode, vehicle);
            return current.isPresent() ? Outcome.REPLACED : Outcome.CREATED;
        });
    }

    public void putVehicleRegister(String unitCode, List<Vehicle> vehicles, Consumer<List<Vehicle>> precondition) {
        replaceRegister(VEHICLES, unitCode, vehicles, precondition);
    }

    public boolean deleteVehicle(String unitCode, String vehicleId, Consumer<Optional<Vehicle>> precondition) {
        return deleteItem(VEHICLES, unitCode, vehicleId, precondition);
    }

    public Slice<Equipment> equipment(String unitCode, String after, int limit) {
        return page(EQUIPMENT, unitCode, after, limit);
    }

    public Optional<Equipment> equipmentItem(String unitCode, String equipmentId) {
        return item(EQUIPMENT, unitCode, equipmentId);
    }

    public Outcome putEquipment(String unitCode, Equipment item, Consumer<Optional<Equipment>> precondition) {
        return tx.inTransaction(c -> {
            lockUnit(c, unitCode);
            Optional<Equipment> current = repository.item(c, EQUIPMENT, unitCode, item.equipmentId());
            precondition.accept(current);
            repository.upsert(c, EQUIPMENT, unitCode, item);
            return current.isPresent() ? Outcome.REPLACED : Outcome.CREATED;
        });
    }

    public void putEquipmentRegister(String unitCode, List<Equipment> items, Consumer<List<Equipment>> precondition) {
        replaceRegister(EQUIPMENT, unitCode, items, precondition);
    }

    public boolean deleteEquipment(String unitCode, String equipmentId, Consumer<Optional<Equipment>> precondition) {
        return deleteItem(EQUIPMENT, unitCode, equipmentId, precondition);
    }

    private <T> Slice<T> page(AssetRepository.Register<T> register, String unitCode, String after, int limit) {
        return tx.inTransaction(c -> slice(repository.itemsAfter(c, register, unitCode, after, limit + 1), limit));
    }

    private <T> Optional<T> item(AssetRepository.Register<T> register, String unitCode, String itemId) {
        return tx.inTransaction(c -> repository.item(c, register, unitCode, itemId));
    }

    private <T> void replaceRegister(AssetRepository.Register<T> register, String unitCode, List<T> items,
                                     Consumer<List<T>> precondition) {
        tx.inTransaction(c -> {
            lockUnit(c, unitCode);
            precondition.accept(repository.items(c, register, unitCode));
            repository.deleteAll(c, register, unitCode);
            for (T item : items) {
                repository.upsert(c, register, unitCode, item);
            }
            return null;
        });
    }

    private <T> boolean deleteItem(AssetRepository.Register<T> register, String unitCode, String itemId,
                                   Consumer<Optional<T>> precondition) {
        return tx.inTransaction(c -> {
            precondition.accept(repository.item(c, register, unitCode, itemId));
            return repository.deleteItem(c, register, unitCode, itemId);
        });
    }

    // ---- per-year parts (statement, procurement budget, purchased-services catalogue) -------------

    /** How one per-year part is read, replaced and deleted in the repository. */
    private record YearPart<T>(Read<T> read, Replace<T> replace, Delete delete) {

        interface Read<T> {
            Optional<T> read(Connection c, String unitCode, int year) throws SQLException;
        }

        interface Replace<T> {
            void replace(Connection c, String unitCode, int year, T value) throws SQLException;
        }

        interface Delete {
            boolean delete(Connection c, String unitCode, int year) throws SQLException;
        }
    }

    public Optional<AssetStatement> statement(String unitCode, int year) {
        return read(statements, unitCode, year);
    }

    public Outcome putStatement(String unitCode, int year, AssetStatement statement,
                                Consumer<Optional<AssetStatement>> precondition) {
        return replace(statements, unitCode, year, statement, precondition);
    }

    public boolean deleteStatement(String unitCode, int year, Consumer<Optional<AssetStatement>> precondition) {
        return delete(statements, unitCode, year, precondition);
    }

    public Optional<ProcurementPlan> procurement(String unitCode, int year) {
        return read(plans, unitCode, year);
    }

    public Outcome putProcurement(String unitCode, int year, ProcurementPlan plan,
                                  Consumer<Optional<ProcurementPlan>> precondition) {
        return replace(plans, unitCode, year, plan, precondition);
    }

    public boolean deleteProcurement(String unitCode, int year, Consumer<Optional<ProcurementPlan>> precondition) {
        return delete(plans, unitCode, year, precondition);
    }

    public Optional<PurchasedServicesCatalogue> purchasedServices(String unitCode, int year) {
        return read(catalogues, unitCode, year);
    }

    public Outcome putPurchasedServices(String unitCode, int year, PurchasedServicesCatalogue catalogue,
                                        Consumer<Optional<PurchasedServicesCatalogue>> precondition) {
        return replace(catalogues, unitCode, year, catalogue, precondition);
    }

    public boolean deletePurchasedServices(String unitCode, int year,
                                           Consumer<Optional<PurchasedServicesCatalogue>> precondition) {
        return delete(catalogues, unitCode, year, precondition);
    }

    private <T> Optional<T> read(YearPart<T> part, String unitCode, int year) {
        return tx.inTransaction(c -> part.read().read(c, unitCode, year));
    }

    private <T> Outcome replace(YearPart<T> part, String unitCode, int year, T value, Consumer<Optional<T>> precondition) {
        return tx.inTransaction(c -> {
            lockUnit(c, unitCode);
            Optional<T> current = part.read().read(c, unitCode, year);
            precondition.accept(current);
            part.replace().replace(c, unitCode, year, value);
            return current.isPresent() ? Outcome.REPLACED : Outcome.CREATED;
        });
    }

    private <T> boolean delete(YearPart<T> part, String unitCode, int year, Consumer<Optional<T>> precondition) {
        return tx.inTransaction(c -> {
            lockUnit(c, unitCode);
            precondition.accept(part.read().read(c, unitCode, year));
            return part.delete().delete(c, unitCode, year);
        });
    }

    // ---- derived ----------------------------------------------------------------------------

    /** Everything stored for the unit and year, read in one transaction (a consistent view). */
    public ConsistencyRules.Subject subject(String unitCode, int year) {
        return tx.inTransaction(c -> new ConsistencyRules.Subject(year,
                repository.statement(c, unitCode, year).orElse(null),
                repository.items(c, VEHICLES, unitCode),
                repository.items(c, EQUIPMENT, unitCode),
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

    /**
     * Serialises writes to one unit's data, so that two concurrent PUTs cannot both pass the plate
     * check, nor both pass an If-Match on the same version.
     */
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
