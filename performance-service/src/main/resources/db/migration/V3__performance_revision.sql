-- Published revisions of a unit-year's performance part (docs/publication.md). content is the exact JSON text
-- that is served (TEXT, not JSONB: JSONB would reorder members and change the bytes); content_hash is
-- sha256:<hex> over its UTF-8 bytes; changes is the diff against the previous revision as JSON text.
CREATE TABLE performance_revision (
    unit_code          VARCHAR(32)   NOT NULL,
    fiscal_year        INTEGER       NOT NULL,
    revision           INTEGER       NOT NULL CHECK (revision >= 1),
    published_at       TIMESTAMPTZ   NOT NULL,
    published_by       VARCHAR(200)  NOT NULL,
    content            TEXT          NOT NULL,
    content_hash       VARCHAR(71)   NOT NULL,
    changes            TEXT          NOT NULL,
    withdrawn_at       TIMESTAMPTZ,
    withdrawn_by       VARCHAR(200),
    withdrawal_reason  VARCHAR(2000),
    PRIMARY KEY (unit_code, fiscal_year, revision),
    CONSTRAINT performance_revision_withdrawal CHECK (
        (withdrawn_at IS NULL AND withdrawn_by IS NULL AND withdrawal_reason IS NULL)
        OR (withdrawn_at IS NOT NULL AND withdrawn_by IS NOT NULL AND withdrawal_reason IS NOT NULL))
);

-- A frozen revision's content never changes: only the withdrawal columns may be set, once.
CREATE FUNCTION performance_revision_frozen() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'performance_revision is never deleted';
    END IF;
    IF NEW.content IS DISTINCT FROM OLD.content OR NEW.content_hash IS DISTINCT FROM OLD.content_hash
        OR NEW.changes IS DISTINCT FROM OLD.changes OR NEW.published_at IS DISTINCT FROM OLD.published_at
        OR NEW.published_by IS DISTINCT FROM OLD.published_by OR NEW.revision IS DISTINCT FROM OLD.revision
        OR NEW.unit_code IS DISTINCT FROM OLD.unit_code OR NEW.fiscal_year IS DISTINCT FROM OLD.fiscal_year
        OR OLD.withdrawn_at IS NOT NULL THEN
        RAISE EXCEPTION 'a frozen performance revision does not change';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER performance_revision_frozen BEFORE UPDATE OR DELETE ON performance_revision
    FOR EACH ROW EXECUTE FUNCTION performance_revision_frozen();
