-- Register ids (ASCII letters, digits, '.', '_', '-') are ordered and compared in byte order, whatever locale
-- the database was created with: a register page sorts by the id in COLLATE "C" and takes the ids after the
-- cursor in COLLATE "C". With the columns in "C" the primary keys (unit_code, id) are the indexes that serve
-- that page in order; in the database's default collation (en-US, say) they could not, and a cursor compared
-- in it skipped items whose en-US order differs from their byte order. Equality is unchanged (both are
-- deterministic collations), so the keys keep the rows they have.
ALTER TABLE vehicle ALTER COLUMN vehicle_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE equipment ALTER COLUMN equipment_id TYPE VARCHAR(64) COLLATE "C";
