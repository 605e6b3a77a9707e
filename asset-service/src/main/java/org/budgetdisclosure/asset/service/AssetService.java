package org.budgetdisclosure.asset.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
import org.budgetdisclosure.asset.entity.AssetStatementEntity;
import org.budgetdisclosure.asset.entity.EquipmentEntity;
import org.budgetdisclosure.asset.entity.ProcurementPlanEntity;
import org.budgetdisclosure.asset.entity.PurchasedServicesEntity;
import org.budgetdisclosure.asset.entity.VehicleEntity;
import org.budgetdisclosure.asset.mapping.EntityMapping;
import org.budgetdisclosure.asset.repository.AssetStatementRepository;
import org.budgetdisclosure.asset.repository.EquipmentRepository;
import org.budgetdisclosure.asset.repository.ProcurementPlanRepository;
import org.budgetdisclosure.asset.repository.PurchasedServicesRepository;
import org.budgetdisclosure.asset.repository.RegisterQueries;
import org.budgetdisclosure.asset.repository.VehicleRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads and writes a unit's asset data, each call one transaction. A write first checks the
 * caller's precondition (If-Match) against the current state, then the rules that need stored data,
 * then writes and flushes; any failure rolls everything back, so a rejected write leaves nothing behind.
 * Concurrent writes to the same aggregate meet on its @Version; the loser runs again ({@link RetryOnConflict}).
 */
@ApplicationScoped
public class AssetService {

    private final Clock clock;
    private final Auditor auditor;
    private final VehicleRepository vehicleRepository;
    private final Register<Vehicle, VehicleEntity> vehicles;
    private final Register<Equipment, EquipmentEntity> equipment;
    private final YearPart<AssetStatement, AssetStatementEntity> statements;
    private final YearPart<ProcurementPlan, ProcurementPlanEntity> plans;
    private final YearPart<PurchasedServicesCatalogue, PurchasedServicesEntity> catalogues;

    public AssetService(Clock clock, VehicleRepository vehicleRepository, EquipmentRepository equipmentRepository,
                        AssetStatementRepository statementRepository, ProcurementPlanRepository planRepository,
                        PurchasedServicesRepository catalogueRepository, Auditor auditor) {
        this.clock = clock;
        this.auditor = auditor;
        this.vehicleRepository = vehicleRepository;
        this.vehicles = new Register<>(vehicleRepository, vehicleRepository::persist, vehicleRepository::delete,
                EntityMapping::vehicle, EntityMapping::newVehicle, EntityMapping::copy);
        this.equipment = new Register<>(equipmentRepository, equipmentRepository::persist, equipmentRepository::delete,
                EntityMapping::equipment, EntityMapping::newEquipment, EntityMapping::copy);
        this.statements = new YearPart<>(statementRepository::of, statementRepository::persist,
                statementRepository::delete, EntityMapping::statement, EntityMapping::newStatement, EntityMapping::copy);
        this.plans = new YearPart<>(planRepository::of, planRepository::persist, planRepository::delete,
                EntityMapping::procurement, EntityMapping::newProcurement, EntityMapping::copy);
        this.catalogues = new YearPart<>(catalogueRepository::of, catalogueRepository::persist,
                catalogueRepository::delete, EntityMapping::purchasedServices, EntityMapping::newPurchasedServices,
                EntityMapping::copy);
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

    /** How one register is read and written: its queries, persist/remove, and the entity ⇄ domain mapping. */
    private record Register<T, E>(RegisterQueries<E> queries, Consumer<E> persist, Consumer<E> remove,
                                  Function<E, T> toDomain, BiFunction<String, T, E> newEntity,
                                  BiConsumer<T, E> copy) {

        Optional<T> item(String unitCode, String itemId) {
            return queries.item(unitCode, itemId).map(toDomain);
        }

        List<T> all(String unitCode) {
            return queries.ofUnit(unitCode).stream().map(toDomain).toList();
        }

        /** Updates the managed entity in place (its version is checked on flush) or persists a new one. */
        Outcome write(String unitCode, T item, Optional<E> current) {
            current.ifPresentOrElse(e -> copy.accept(item, e), () -> persist.accept(newEntity.apply(unitCode, item)));
            return current.isPresent() ? Outcome.REPLACED : Outcome.CREATED;
        }
    }

    @Transactional
    public Slice<Vehicle> vehicles(String unitCode, String after, int limit) {
        return page(vehicles, unitCode, after, limit);
    }

    /** The whole register in id order (its ETag). */
    @Transactional
    public List<Vehicle> allVehicles(String unitCode) {
        return vehicles.all(unitCode);
    }

    @Transactional
    public List<Equipment> allEquipment(String unitCode) {
        return equipment.all(unitCode);
    }

    @Transactional
    public Optional<Vehicle> vehicle(String unitCode, String vehicleId) {
        return vehicles.item(unitCode, vehicleId);
    }

    /**
     * Unlike equipment, a vehicle's plate must stay unique within the unit, compared normalised: checked
     * against the stored register here, and by a unique index for writes that race each other.
     */
    @RetryOnConflict
    @Transactional
    public Outcome putVehicle(String unitCode, Vehicle vehicle, Guard<Optional<Vehicle>> guard) {
        Optional<VehicleEntity> current = vehicles.queries().item(unitCode, vehicle.vehicleId());
        Optional<Vehicle> before = current.map(vehicles.toDomain());
        guard.check(before);
        List<Vehicle> after = new ArrayList<>(vehicles.all(unitCode).stream()
                .filter(v -> !v.vehicleId().equals(vehicle.vehicleId())).toList());
        after.add(vehicle);
        if (current.isEmpty()) {
            reject(WriteRules.registerHasRoom(after.size(), "vehicleId", "vehicle"));
        }
        reject(WriteRules.uniquePlates(after, v -> v == vehicle ? "plateNumber" : null));
        Outcome outcome = vehicles.write(unitCode, vehicle, current);
        flush();
        audit(outcome, unitCode, null, "vehicle " + vehicle.vehicleId(), guard, before, Optional.of(vehicle));
        return outcome;
    }

    @RetryOnConflict
    @Transactional
    public void putVehicleRegister(String unitCode, List<Vehicle> items, Guard<List<Vehicle>> guard) {
        replaceRegister(vehicles, "vehicles", unitCode, items, guard);
    }

    @RetryOnConflict
    @Transactional
    public boolean deleteVehicle(String unitCode, String vehicleId, Guard<Optional<Vehicle>> guard) {
        return deleteItem(vehicles, "vehicle " + vehicleId, unitCode, vehicleId, guard);
    }

    @Transactional
    public Slice<Equipment> equipment(String unitCode, String after, int limit) {
        return page(equipment, unitCode, after, limit);
    }

    @Transactional
    public Optional<Equipment> equipmentItem(String unitCode, String equipmentId) {
        return equipment.item(unitCode, equipmentId);
    }

    @RetryOnConflict
    @Transactional
    public Outcome putEquipment(String unitCode, Equipment item, Guard<Optional<Equipment>> guard) {
        Optional<EquipmentEntity> current = equipment.queries().item(unitCode, item.equipmentId());
        Optional<Equipment> before = current.map(equipment.toDomain());
        guard.check(before);
        if (current.isEmpty()) {
            reject(WriteRules.registerHasRoom(equipment.all(unitCode).size() + 1, "equipmentId", "equipment"));
        }
        Outcome outcome = equipment.write(unitCode, item, current);
        flush();
        audit(outcome, unitCode, null, "equipment " + item.equipmentId(), guard, before, Optional.of(item));
        return outcome;
    }

    @RetryOnConflict
    @Transactional
    public void putEquipmentRegister(String unitCode, List<Equipment> items, Guard<List<Equipment>> guard) {
        replaceRegister(equipment, "equipment", unitCode, items, guard);
    }

    @RetryOnConflict
    @Transactional
    public boolean deleteEquipment(String unitCode, String equipmentId, Guard<Optional<Equipment>> guard) {
        return deleteItem(equipment, "equipment " + equipmentId, unitCode, equipmentId, guard);
    }

    private static <T, E> Slice<T> page(Register<T, E> register, String unitCode, String after, int limit) {
        return slice(register.queries().page(unitCode, after, limit + 1).stream().map(register.toDomain()).toList(),
                limit);
    }

    /**
     * The stored register goes in one bulk delete, then the body's items are inserted (in batches), as
     * before: deleting first lets a body move a plate from one vehicle to another.
     */
    private <T, E> void replaceRegister(Register<T, E> register, String resource, String unitCode, List<T> items,
                                        Guard<List<T>> guard) {
        List<E> current = register.queries().ofUnit(unitCode);
        List<T> before = current.stream().map(register.toDomain()).toList();
        guard.check(before);
        current.forEach(vehicleRepository.getEntityManager()::detach);
        register.queries().deleteOfUnit(unitCode);
        for (T item : items) {
            register.persist().accept(register.newEntity().apply(unitCode, item));
        }
        flush();
        auditor.record(before.isEmpty() ? Auditor.Action.CREATE : Auditor.Action.UPDATE, unitCode, null, resource,
                guard.hash(before), guard.hash(items));
    }

    private <T, E> boolean deleteItem(Register<T, E> register, String resource, String unitCode, String itemId,
                                      Guard<Optional<T>> guard) {
        Optional<E> current = register.queries().item(unitCode, itemId);
        Optional<T> before = current.map(register.toDomain());
        guard.check(before);
        current.ifPresent(register.remove());
        flush();
        if (current.isPresent()) {
            auditor.record(Auditor.Action.DELETE, unitCode, null, resource, guard.hash(before), null);
        }
        return current.isPresent();
    }

    // ---- per-year parts (statement, procurement budget, purchased-services catalogue) -------------

    /** How one per-year part is found, persisted, removed and mapped. */
    private record YearPart<T, E>(BiFunction<String, Integer, Optional<E>> find, Consumer<E> persist,
                                  Consumer<E> remove, Function<E, T> toDomain,
                                  BiFunction<String, Integer, E> newEntity, BiConsumer<T, E> copy) {
    }

    @Transactional
    public Optional<AssetStatement> statement(String unitCode, int year) {
        return read(statements, unitCode, year);
    }

    @RetryOnConflict
    @Transactional
    public Outcome putStatement(String unitCode, int year, AssetStatement statement,
                                Guard<Optional<AssetStatement>> guard) {
        return replace(statements, "statement", unitCode, year, statement, guard);
    }

    @RetryOnConflict
    @Transactional
    public boolean deleteStatement(String unitCode, int year, Guard<Optional<AssetStatement>> guard) {
        return delete(statements, "statement", unitCode, year, guard);
    }

    @Transactional
    public Optional<ProcurementPlan> procurement(String unitCode, int year) {
        return read(plans, unitCode, year);
    }

    @RetryOnConflict
    @Transactional
    public Outcome putProcurement(String unitCode, int year, ProcurementPlan plan,
                                  Guard<Optional<ProcurementPlan>> guard) {
        return replace(plans, "procurement", unitCode, year, plan, guard);
    }

    @RetryOnConflict
    @Transactional
    public boolean deleteProcurement(String unitCode, int year, Guard<Optional<ProcurementPlan>> guard) {
        return delete(plans, "procurement", unitCode, year, guard);
    }

    @Transactional
    public Optional<PurchasedServicesCatalogue> purchasedServices(String unitCode, int year) {
        return read(catalogues, unitCode, year);
    }

    @RetryOnConflict
    @Transactional
    public Outcome putPurchasedServices(String unitCode, int year, PurchasedServicesCatalogue catalogue,
                                        Guard<Optional<PurchasedServicesCatalogue>> guard) {
        return replace(catalogues, "purchased-services", unitCode, year, catalogue, guard);
    }

    @RetryOnConflict
    @Transactional
    public boolean deletePurchasedServices(String unitCode, int year,
                                           Guard<Optional<PurchasedServicesCatalogue>> guard) {
        return delete(catalogues, "purchased-services", unitCode, year, guard);
    }

    private static <T, E> Optional<T> read(YearPart<T, E> part, String unitCode, int year) {
        return part.find().apply(unitCode, year).map(part.toDomain());
    }

    /** Updates the part in place (rows that differ, version bumped and checked) or persists a new one. */
    private <T, E> Outcome replace(YearPart<T, E> part, String resource, String unitCode, int year, T value,
                                   Guard<Optional<T>> guard) {
        Optional<E> current = part.find().apply(unitCode, year);
        Optional<T> before = current.map(part.toDomain());
        guard.check(before);
        E entity = current.orElseGet(() -> part.newEntity().apply(unitCode, year));
        part.copy().accept(value, entity);
        if (current.isEmpty()) {
            part.persist().accept(entity);
        }
        flush();
        Outcome outcome = current.isPresent() ? Outcome.REPLACED : Outcome.CREATED;
        audit(outcome, unitCode, year, resource, guard, before, Optional.of(value));
        return outcome;
    }

    private <T, E> boolean delete(YearPart<T, E> part, String resource, String unitCode, int year,
                                  Guard<Optional<T>> guard) {
        Optional<E> current = part.find().apply(unitCode, year);
        Optional<T> before = current.map(part.toDomain());
        guard.check(before);
        current.ifPresent(part.remove());
        flush();
        if (current.isPresent()) {
            auditor.record(Auditor.Action.DELETE, unitCode, year, resource, guard.hash(before), null);
        }
        return current.isPresent();
    }

    // ---- derived ----------------------------------------------------------------------------

    /** Everything stored for the unit and year, read in one transaction (a consistent view). */
    @Transactional
    public ConsistencyRules.Subject subject(String unitCode, int year) {
        return new ConsistencyRules.Subject(year,
                read(statements, unitCode, year).orElse(null),
                vehicles.all(unitCode),
                equipment.all(unitCode),
                read(plans, unitCode, year).orElse(null),
                read(catalogues, unitCode, year).orElse(null));
    }

    /** Empty when nothing at all is stated for the unit and year. */
    @Transactional
    public Optional<AssetSnapshot> snapshot(String unitCode, int year) {
        return AssetDerivations.snapshot(unitCode, subject(unitCode, year));
    }

    @Transactional
    public List<Finding> findings(String unitCode, int year) {
        return ConsistencyRules.check(subject(unitCode, year), today());
    }

    // ---- helpers ------------------------------------------------------------------------------

    private <T> void audit(Outcome outcome, String unitCode, Integer year, String resource, Guard<Optional<T>> guard,
                           Optional<T> before, Optional<T> after) {
        auditor.record(outcome == Outcome.CREATED ? Auditor.Action.CREATE : Auditor.Action.UPDATE, unitCode, year,
                resource, guard.hash(before), guard.hash(after));
    }

    /** Writes now, inside the call, so that a version or key conflict surfaces here and can be retried. */
    private void flush() {
        vehicleRepository.flush();
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
