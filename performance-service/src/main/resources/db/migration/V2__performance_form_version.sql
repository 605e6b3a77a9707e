-- Optimistic lock of a form (JPA @Version): a write that read an older version fails instead of overwriting.
ALTER TABLE performance_form ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
