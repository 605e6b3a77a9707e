package org.budgetdisclosure.asset.mapping;

import org.budgetdisclosure.asset.AssetDerivations;
import org.budgetdisclosure.asset.AssetSnapshot;
import org.budgetdisclosure.asset.ConsistencyRules;
import org.budgetdisclosure.asset.api.Api;

import java.util.Optional;

/**
 * The asset part of a unit-year disclosure as the GET endpoints render it, built from one consistent read of
 * the draft (docs/publication.md: what a revision freezes). The draft GETs and the frozen content use these
 * same functions, so a revision's subtree is byte for byte what the draft GET answered at publish time.
 * Whatever the draft GET answers 404 for is null here.
 */
public final class PartContent {

    private PartContent() {
    }

    public static Api.PartContent of(String unitCode, ConsistencyRules.Subject subject) {
        Optional<AssetSnapshot> snapshot = AssetDerivations.snapshot(unitCode, subject);
        int year = subject.year();
        return new Api.PartContent(
                snapshot.map(Views::snapshot).orElse(null),
                new Api.PartGrids(vehiclesGrid(year, snapshot).orElse(null), assetsGrid(year, snapshot).orElse(null),
                        procurementGrid(subject).orElse(null)),
                subject.statement() == null ? null : Views.statement(unitCode, year, subject.statement()),
                subject.plan() == null ? null : Views.procurement(unitCode, year, subject.plan()),
                subject.catalogue() == null ? null : Views.purchasedServices(unitCode, year, subject.catalogue()));
    }

    public static Optional<Api.Grid> vehiclesGrid(int year, Optional<AssetSnapshot> snapshot) {
        return snapshot.filter(s -> s.vehicles() != null)
                .map(s -> AssetGrids.vehicles(year, s.unitName(), s.asOfDate(), s.vehicles()));
    }

    public static Optional<Api.Grid> assetsGrid(int year, Optional<AssetSnapshot> snapshot) {
        return snapshot.filter(s -> s.buildings() != null)
                .map(s -> AssetGrids.buildingsAndEquipment(year, s.unitName(), s.asOfDate(), s.buildings(), s.equipment()));
    }

    public static Optional<Api.Grid> procurementGrid(ConsistencyRules.Subject subject) {
        if (subject.plan() == null) {
            return Optional.empty();
        }
        String unitName = subject.statement() == null ? null : subject.statement().unitName();
        return Optional.of(AssetGrids.procurement(subject.year(), unitName, subject.plan()));
    }
}
