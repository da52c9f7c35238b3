-- Schema version 4: new assets enter the search index from the application, in one statement
-- per batch, instead of through a trigger per row. FTS5 flushes its pending index at the end of
-- every statement that touches it, so a trigger per inserted row made a 100k-row import write
-- 100k tiny index segments. Updates and deletes keep their triggers (they come one at a time).

-- @sqlite
DROP TRIGGER assets_search_insert;
