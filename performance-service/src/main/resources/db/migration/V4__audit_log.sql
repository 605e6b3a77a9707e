-- Append-only audit log (docs/publication.md): one row per successful write, written in the write's transaction.
CREATE TABLE audit_log (
    id           BIGSERIAL     PRIMARY KEY,
    at           TIMESTAMPTZ   NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    roles        VARCHAR(200)  NOT NULL,
    action       VARCHAR(16)   NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'PUBLISH', 'WITHDRAW')),
    method       VARCHAR(10)   NOT NULL,
    path         VARCHAR(2000) NOT NULL,
    unit_code    VARCHAR(32),
    fiscal_year  INTEGER,
    resource     VARCHAR(300)  NOT NULL,
    before_hash  VARCHAR(71),
    after_hash   VARCHAR(71),
    request_id   VARCHAR(200)
);

CREATE INDEX audit_log_unit ON audit_log (unit_code, id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
