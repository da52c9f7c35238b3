-- Schema version 3: substring search over the register's Japanese text, and the recorded reason
-- when a system is classified below the information that lives on it (maximum principle).
-- search_text is written by the application (NFKC, lower case); the index follows it.

ALTER TABLE assets ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE assets ADD COLUMN override_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX assets_review_state_idx ON assets (review_state);
CREATE INDEX assets_last_reviewed_idx ON assets (last_reviewed_on);

-- @sqlite
-- Trigram FTS finds any substring of three or more characters, kanji included; shorter queries
-- scan search_text with LIKE.
CREATE VIRTUAL TABLE asset_search USING fts5(search_text, content='assets', content_rowid='id',
                                             tokenize='trigram');
CREATE TRIGGER assets_search_insert AFTER INSERT ON assets BEGIN
    INSERT INTO asset_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER assets_search_delete AFTER DELETE ON assets BEGIN
    INSERT INTO asset_search (asset_search, rowid, search_text)
    VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER assets_search_update AFTER UPDATE OF search_text ON assets BEGIN
    INSERT INTO asset_search (asset_search, rowid, search_text)
    VALUES ('delete', old.id, old.search_text);
    INSERT INTO asset_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
-- Index the rows that exist already (their text is filled in by the code step, through the
-- update trigger, which needs them indexed first).
INSERT INTO asset_search (asset_search) VALUES ('rebuild');

-- @postgres
-- pg_trgm is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX assets_search_idx ON assets USING gin (search_text gin_trgm_ops);
