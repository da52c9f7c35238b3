-- Schema version 5: users and roles, and the review workflow. The decisions themselves are
-- audit entries (submit, section_approve, approve, return); approved_version points at the
-- version an officer approved, so that a reviewer sees exactly what changed since.

CREATE TABLE users (
    id            {{ID}},
    login         TEXT NOT NULL UNIQUE,
    person_id     BIGINT REFERENCES people(id),
    role          TEXT NOT NULL
                  CHECK (role IN ('staff', 'section_head', 'officer', 'reader', 'admin')),
    department_id BIGINT REFERENCES departments(id),
    active        INTEGER NOT NULL DEFAULT 1
);

ALTER TABLE assets ADD COLUMN approved_version INTEGER NOT NULL DEFAULT 0;

INSERT INTO settings (key, value) VALUES ('section_head_approval', '0');
