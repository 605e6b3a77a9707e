-- Publication lifecycle (docs/publication.md): each publish freezes the draft of a unit-year as revision n.
-- content is the exact JSON text served for the revision; nothing ever updates it (only the withdrawal
-- columns are set, once).
CREATE TABLE asset_revision (
    unit_code         VARCHAR(32)  NOT NULL,
    fiscal_year       INTEGER      NOT NULL,
    revision          INTEGER      NOT NULL CHECK (revision >= 1),
    published_at      TIMESTAMPTZ  NOT NULL,
    published_by      VARCHAR(255) NOT NULL,
    content           TEXT         NOT NULL,
    content_hash      VARCHAR(80)  NOT NULL,
    changes           TEXT         NOT NULL,
    withdrawn_at      TIMESTAMPTZ,
    withdrawn_by      VARCHAR(255),
    withdrawal_reason TEXT,
    PRIMARY KEY (unit_code, fiscal_year, revision)
);

-- The content of a revision never changes: an UPDATE may only set the withdrawal columns, once; no DELETE.
CREATE FUNCTION asset_revision_frozen() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'asset_revision is append-only: revision % cannot be deleted', OLD.revision;
    END IF;
    IF NEW.unit_code <> OLD.unit_code OR NEW.fiscal_year <> OLD.fiscal_year OR NEW.revision <> OLD.revision
       OR NEW.content <> OLD.content OR NEW.content_hash <> OLD.content_hash OR NEW.changes <> OLD.changes
       OR NEW.published_at <> OLD.published_at OR NEW.published_by <> OLD.published_by
       OR OLD.withdrawn_at IS NOT NULL THEN
        RAISE EXCEPTION 'revision % is frozen', OLD.revision;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER asset_revision_frozen BEFORE UPDATE OR DELETE ON asset_revision
    FOR EACH ROW EXECUTE FUNCTION asset_revision_frozen();

-- One row per successful write, in the write's transaction. Append-only, enforced here.
CREATE TABLE audit_log (
    id          BIGSERIAL    PRIMARY KEY,
    at          TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(255) NOT NULL,
    roles       VARCHAR(255) NOT NULL,
    action      VARCHAR(16)  NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'PUBLISH', 'WITHDRAW')),
    method      VARCHAR(8)   NOT NULL,
    path        VARCHAR(2048) NOT NULL,
    unit_code   VARCHAR(32),
    fiscal_year INTEGER,
    resource    VARCHAR(255) NOT NULL,
    before_hash VARCHAR(80),
    after_hash  VARCHAR(80),
    request_id  VARCHAR(128)
);

CREATE INDEX audit_log_unit ON audit_log (unit_code, id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
