#!/usr/bin/env bash
# How schema_v1.db was made: the register as version 0.1 schema 1 wrote it (before the audit
# log existed), with a small organisation and three assets, one of them edited twice.
# Kept for the record; the committed .db file is the fixture, not this script's output.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/schema_v1.db}
rm -f "$out"
sed 's/{{ID}}/INTEGER PRIMARY KEY/' "$here/../../resources/migrations/0001_core.sql" | grep -v '^-- @' >/tmp/v1.sql
sqlite3 "$out" <<SQL
PRAGMA journal_mode = WAL;
BEGIN;
CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL, app_version TEXT NOT NULL);
.read /tmp/v1.sql
INSERT INTO schema_migrations VALUES (1, 'core', '2026-04-01T09:00:00.000Z', '0.1.0');
UPDATE settings SET value = '旧市町' WHERE key = 'organisation_name';
INSERT INTO organs (id, code, name_ja, name_en, sort_order) VALUES (1, 'MAYOR', '市長', 'Mayor', 1);
INSERT INTO departments (id, organ_id, code, name_ja, name_en, sort_order) VALUES (1, 1, 'SHIMIN', '市民課', 'Residents Division', 1);
INSERT INTO people (id, login, name, title, department_id) VALUES (1, 'h.sato', '佐藤 裕子', '課長', 1);
INSERT INTO assets (id, asset_number, asset_number_key, name, category, sub_type, department_id, owner_id, medium, segment,
  conf_level_id, integ_level_id, avail_level_id, personal_info, created_at, created_by, updated_at, updated_by, version)
VALUES
 (1, 'SHIMIN-2026-0001', 'SHIMIN-2026-0001', '住民基本台帳システム', 1, 'system', 1, 1, 'electronic', 'mynumber',
  (SELECT l.id FROM classification_levels l JOIN classification_schemes s ON s.id = l.scheme_id WHERE s.code='MIC2024' AND l.axis='C' AND l.code='3B'),
  (SELECT l.id FROM classification_levels l JOIN classification_schemes s ON s.id = l.scheme_id WHERE s.code='MIC2024' AND l.axis='I' AND l.code='2'),
  (SELECT l.id FROM classification_levels l JOIN classification_schemes s ON s.id = l.scheme_id WHERE s.code='MIC2024' AND l.axis='A' AND l.code='2'),
  'mynumber', '2026-04-01T09:10:00.000Z', 'h.sato', '2026-04-20T10:00:00.000Z', 'h.sato', 3),
 (2, 'SHIMIN-2026-0002', 'SHIMIN-2026-0002', '住民票の写し交付申請書', 2, 'paper', 1, 1, 'paper', 'none',
  (SELECT l.id FROM classification_levels l JOIN classification_schemes s ON s.id = l.scheme_id WHERE s.code='MIC2024' AND l.axis='C' AND l.code='3C'),
  (SELECT l.id FROM classification_levels l JOIN classification_schemes s ON s.id = l.scheme_id WHERE s.code='MIC2024' AND l.axis='I' AND l.code='2'),
  (SELECT l.id FROM classification_levels l JOIN classification_schemes s ON s.id = l.scheme_id WHERE s.code='MIC2024' AND l.axis='A' AND l.code='1'),
  'personal', '2026-04-01T09:20:00.000Z', 'h.sato', '2026-04-01T09:20:00.000Z', 'h.sato', 1),
 (3, 'SHIMIN-2026-0003', 'SHIMIN-2026-0003', '住民記録データ', 2, 'data', 1, 1, 'electronic', 'mynumber',
  (SELECT l.id FROM classification_levels l JOIN classification_schemes s ON s.id = l.scheme_id WHERE s.code='MIC2024' AND l.axis='C' AND l.code='3B'),
  (SELECT l.id FROM classification_levels l JOIN classification_schemes s ON s.id = l.scheme_id WHERE s.code='MIC2024' AND l.axis='I' AND l.code='2'),
  (SELECT l.id FROM classification_levels l JOIN classification_schemes s ON s.id = l.scheme_id WHERE s.code='MIC2024' AND l.axis='A' AND l.code='2'),
  'mynumber', '2026-04-01T09:30:00.000Z', 'h.sato', '2026-04-01T09:30:00.000Z', 'h.sato', 1);
INSERT INTO asset_restrictions (asset_id, restriction_id, parameter) SELECT 3, id, '' FROM handling_restrictions WHERE code IN ('need_to_know', 'no_takeout');
INSERT INTO asset_dependencies (asset_id, depends_on_id) VALUES (3, 1);
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
PRAGMA journal_mode = DELETE;
SQL
echo "wrote $out"
