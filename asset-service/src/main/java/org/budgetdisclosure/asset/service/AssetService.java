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
    private final VehicleRepository vehicleRepository;
    private final Register<Vehicle, VehicleEntity> vehicles;
    private final Register<Equipment, EquipmentEntity> equipment;
    private final YearPart<AssetStatement, AssetStatementEntity> statements;
    private final YearPart<ProcurementPlan, ProcurementPlanEntity> plans;
    private final YearPart<PurchasedServicesCatalogue, PurchasedServicesEntity> catalogues;

    public AssetService(Clock clock, VehicleRepository vehicleRepository, EquipmentRepository equipmentRepository,
                        AssetStatementRepository statementRepository, ProcurementPlanRepository planRepository,
                        PurchasedServicesRepository catalogueRepository) {
        this.clock = clock;
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
    public Outcome putVehicle(String unitCode, Vehicle vehicle, Consumer<Optional<Vehicle>> precondition) {
        Optional<VehicleEntity> current = vehicles.queries().item(unitCode, vehicle.vehicleId());
        precondition.accept(current.map(vehicles.toDomain()));
        List<Vehicle> after = new ArrayList<>(vehicles.all(unitCode).stream()
                .filter(v -> !v.vehicleId().equals(vehicle.vehicleId())).toList());
        after.add(vehicle);
        reject(WriteRules.uniquePlates(after, v -> v == vehicle ? "plateNumber" : null));
        Outcome outcome = vehicles.write(unitCode, vehicle, current);
        flush();
        return outcome;
    }

    @RetryOnConflict
    @Transactional
    public void putVehicleRegister(String unitCode, List<Vehicle> items, Consumer<List<Vehicle>> precondition) {
        replaceRegister(vehicles, unitCode, items, precondition);
    }

    @RetryOnConflict
    @Transactional
    public boolean deleteVehicle(String unitCode, String vehicleId, Consumer<Optional<Vehicle>> precondition) {
        return deleteItem(vehicles, unitCode, vehicleId, precondition);
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
    public Outcome putEquipment(String unitCode, Equipment item, Consumer<Optional<Equipment>> precondition) {
        Optional<EquipmentEntity> current = equipment.queries().item(unitCode, item.equipmentId());
        precondition.accept(current.map(equipment.toDomain()));
        Outcome outcome = equipment.write(unitCode, item, current);
        flush();
        return outcome;
    }

    @RetryOnConflict
    @Transactional
    public void putEquipmentRegister(String unitCode, List<Equipment> items, Consumer<List<Equipment>> precondition) {
        replaceRegister(equipment, unitCode, items, precondition);
    }

    @RetryOnConflict
    @Transactional
    public boolean deleteEquipment(String unitCode, String equipmentId, Consumer<Optional<Equipment>> precondition) {
        return deleteItem(equipment, unitCode, equipmentId, precondition);
    }

    private static <T, E> Slice<T> page(Register<T, E> register, String unitCode, String after, int limit) {
        return slice(register.queries().page(unitCode, after, limit + 1).stream().map(register.toDomain()).toList(),
                limit);
    }

    /**
     * The stored register goes in one bulk delete, then the body's items are inserted (in batches), as
     * before: deleting first lets a body move a plate from one vehicle to another.
     */
    private <T, E> void replaceRegister(Register<T, E> register, String unitCode, List<T> items,
                                        Consumer<List<T>> precondition) {
        List<E> current = register.queries().ofUnit(unitCode);
        precondition.accept(current.stream().map(register.toDomain()).toList());
        current.forEach(vehicleRepository.getEntityManager()::detach);
        register.queries().deleteOfUnit(unitCode);
        for (T item : items) {
            register.persist().accept(register.newEntity().apply(unitCode, item));
        }
        flush();
    }

    private <T, E> boolean deleteItem(Register<T, E> register, String unitCode, String itemId,
                                      Consumer<Optional<T>> precondition) {
        Optional<E> current = register.queries().item(unitCode, itemId);
        precondition.accept(current.map(register.toDomain()));
        current.ifPresent(register.remove());
        flush();
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
                                Consumer<Optional<AssetStatement>> precondition) {
        return replace(statements, unitCode, year, statement, precondition);
    }

    @RetryOnConflict
    @Transactional
    public boolean deleteStatement(String unitCode, int year, Consumer<Optional<AssetStatement>> precondition) {
        return delete(statements, unitCode, year, precondition);
    }

    @Transactional
    public Optional<ProcurementPlan> procurement(String unitCode, int year) {
        return read(plans, unitCode, year);
    }

    @RetryOnConflict
    @Transactional
    public Outcome putProcurement(String unitCode, int year, ProcurementPlan plan,
                                  Consumer<Optional<ProcurementPlan>> precondition) {
        return replace(plans, unitCode, year, plan, precondition);
    }

    @RetryOnConflict
    @Transactional
    public boolean deleteProcurement(String unitCode, int year, Consumer<Optional<ProcurementPlan>> precondition) {
        return delete(plans, unitCode, year, precondition);
    }

    @Transactional
    public Optional<PurchasedServicesCatalogue> purchasedServices(String unitCode, int year) {
        return read(catalogues, unitCode, year);
    }

    @RetryOnConflict
    @Transactional
    public Outcome putPurchasedServices(String unitCode, int year, PurchasedServicesCatalogue catalogue,
                                        Consumer<Optional<PurchasedServicesCatalogue>> precondition) {
        return replace(catalogues, unitCode, year, catalogue, precondition);
    }

    @RetryOnConflict
    @Transactional
    public boolean deletePurchasedServices(String unitCode, int year,
                                           Consumer<Optional<PurchasedServicesCatalogue>> precondition) {
        return delete(catalogues, unitCode, year, precondition);
    }

    private static <T, E> Optional<T> read(YearPart<T, E> part, String unitCode, int year) {
        return part.find().apply(unitCode, year).map(part.toDomain());
    }

    /** Updates the part in place (rows that differ, version bumped and checked) or persists a new one. */
    private <T, E> Outcome replace(YearPart<T, E> part, String unitCode, int year, T value,
                                   Consumer<Optional<T>> precondition) {
        Optional<E> current = part.find().apply(unitCode, year);
        precondition.accept(current.map(part.toDomain()));
        E entity = current.orElseGet(() -> part.newEntity().apply(unitCode, year));
        part.copy().accept(value, entity);
        if (current.isEmpty()) {
            part.persist().accept(entity);
        }
        flush();
        return current.isPresent() ? Outcome.REPLACED : Outcome.CREATED;
    }

    private <T, E> boolean delete(YearPart<T, E> part, String unitCode, int year, Consumer<Optional<T>> precondition) {
        Optional<E> current = part.find().apply(unitCode, year);
        precondition.accept(current.map(part.toDomain()));
        current.ifPresent(part.remove());
        flush();
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

    @Transactional
    public List<Finding> findings(String unitCode, int year) {
        return ConsistencyRules.check(subject(unitCode, year), today());
    }

    // ---- helpers ------------------------------------------------------------------------------

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
