-- Schema version 2: the audit log. Entries are chained: each entry's hash covers its content and
-- the previous entry's hash, so editing, inserting or removing an entry afterwards is detected.
-- Ids are assigned by the application under a lock (no gaps), because they are part of the hash.

CREATE TABLE audit_log (
    id          BIGINT PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   BIGINT,
    entity_key  TEXT NOT NULL DEFAULT '',
    changes     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE
);

CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
