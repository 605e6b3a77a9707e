-- Publication lifecycle (docs/publication.md): frozen revisions of a unit-year's budget part, and the audit log.

CREATE TABLE budget_revision (
    unit_code          VARCHAR(32)   NOT NULL REFERENCES unit (code),
    fiscal_year        INTEGER       NOT NULL,
    revision           INTEGER       NOT NULL CHECK (revision > 0),
    -- the exact JSON text served (UTF-8); content_hash is sha256:<hex> over its bytes
    content            TEXT          NOT NULL,
    content_hash       VARCHAR(71)   NOT NULL,
    changes            TEXT          NOT NULL,
    -- denormalised from the frozen content, for lists
    unit_name          VARCHAR(200)  NOT NULL,
    region_code        VARCHAR(12)   NOT NULL,
    published_at       TIMESTAMPTZ   NOT NULL,
    published_by       VARCHAR(255)  NOT NULL,
    withdrawn_at       TIMESTAMPTZ,
    withdrawn_by       VARCHAR(255),
    withdrawal_reason  VARCHAR(2000),
    PRIMARY KEY (unit_code, fiscal_year, revision),
    CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL) AND (withdrawn_at IS NULL) = (withdrawal_reason IS NULL))
);

-- A revision's content never changes: only the withdrawal columns may be set, once.
CREATE FUNCTION budget_revision_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'budget_revision is append-only';
    END IF;
    IF NEW.content IS DISTINCT FROM OLD.content OR NEW.content_hash IS DISTINCT FROM OLD.content_hash
            OR NEW.changes IS DISTINCT FROM OLD.changes OR NEW.published_at IS DISTINCT FROM OLD.published_at
            OR NEW.published_by IS DISTINCT FROM OLD.published_by OR NEW.revision IS DISTINCT FROM OLD.revision
            OR NEW.unit_code IS DISTINCT FROM OLD.unit_code OR NEW.fiscal_year IS DISTINCT FROM OLD.fiscal_year
            OR OLD.withdrawn_at IS NOT NULL THEN
        RAISE EXCEPTION 'a frozen revision does not change';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER budget_revision_frozen BEFORE UPDATE OR DELETE ON budget_revision
    FOR EACH ROW EXECUTE FUNCTION budget_revision_frozen();

CREATE TABLE audit_log (
    id           BIGSERIAL     PRIMARY KEY,
    at           TIMESTAMPTZ   NOT NULL,
    actor        VARCHAR(255)  NOT NULL,
    roles        VARCHAR(255)  NOT NULL,
    action       VARCHAR(16)   NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'PUBLISH', 'WITHDRAW')),
    method       VARCHAR(8)    NOT NULL,
    path         VARCHAR(512)  NOT NULL,
    unit_code    VARCHAR(32),
    fiscal_year  INTEGER,
    resource     VARCHAR(128)  NOT NULL,
    before_hash  VARCHAR(71),
    after_hash   VARCHAR(71),
    request_id   VARCHAR(128)
);
CREATE INDEX audit_log_unit ON audit_log (unit_code, id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
