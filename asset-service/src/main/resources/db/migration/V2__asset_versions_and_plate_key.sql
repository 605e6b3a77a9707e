-- Optimistic concurrency for JPA (@Version): one counter per aggregate root, bumped on every write
-- (also when only its child rows change), so two writers that read the same version cannot both commit.
ALTER TABLE vehicle          ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE equipment        ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE asset_statement  ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE procurement_plan ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE purchased_services ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- A plate is unique per unit ignoring spaces, '·', '.', '-' and case (WriteRules.normalisePlate). The
-- service checks it before writing; this index makes the database refuse the one case that check cannot
-- see, two different vehicles with such plates written at the same time (it replaces the unit lock).
CREATE UNIQUE INDEX vehicle_normalised_plate_per_unit
    ON vehicle (unit_code, upper(regexp_replace(plate_number, '[ \t\n\v\f\r·.-]', '', 'g')))
    WHERE plate_number IS NOT NULL;
