-- Schema version 1: the organisation, people, classification schemes (with their reference data)
-- and the assets themselves.
-- Tokens in {{...}} and the "-- @sqlite" / "-- @postgres" sections are expanded by the
-- back end's SqlDialect; everything else is portable SQL. Statements end with ';' at line end.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE organs (
    id         {{ID}},
    code       TEXT NOT NULL UNIQUE,
    name_ja    TEXT NOT NULL,
    name_en    TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE departments (
    id         {{ID}},
    organ_id   BIGINT NOT NULL REFERENCES organs(id),
    code       TEXT NOT NULL UNIQUE,
    name_ja    TEXT NOT NULL,
    name_en    TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE sections (
    id            {{ID}},
    department_id BIGINT NOT NULL REFERENCES departments(id),
    code          TEXT NOT NULL UNIQUE,
    name_ja       TEXT NOT NULL,
    name_en       TEXT NOT NULL DEFAULT '',
    sort_order    INTEGER NOT NULL DEFAULT 0,
    active        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE people (
    id            {{ID}},
    login         TEXT UNIQUE,
    name          TEXT NOT NULL,
    title         TEXT NOT NULL DEFAULT '',
    department_id BIGINT REFERENCES departments(id),
    section_id    BIGINT REFERENCES sections(id),
    email         TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    active        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE asset_types (
    code       TEXT PRIMARY KEY,
    category   INTEGER NOT NULL CHECK (category IN (1, 2, 3)),
    name_ja    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE classification_schemes (
    id         {{ID}},
    code       TEXT NOT NULL UNIQUE,
    name_ja    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE classification_levels (
    id            {{ID}},
    scheme_id     BIGINT NOT NULL REFERENCES classification_schemes(id),
    axis          TEXT NOT NULL CHECK (axis IN ('C', 'I', 'A')),
    code          TEXT NOT NULL,
    rank          INTEGER NOT NULL,
    label_ja      TEXT NOT NULL,
    label_en      TEXT NOT NULL,
    definition_ja TEXT NOT NULL DEFAULT '',
    definition_en TEXT NOT NULL DEFAULT '',
    UNIQUE (scheme_id, axis, code)
);

CREATE TABLE handling_restrictions (
    id              {{ID}},
    code            TEXT NOT NULL UNIQUE,
    axis            TEXT NOT NULL CHECK (axis IN ('C', 'I', 'A')),
    label_ja        TEXT NOT NULL,
    label_en        TEXT NOT NULL,
    takes_parameter INTEGER NOT NULL DEFAULT 0,
    sort_order      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE level_default_restrictions (
    level_id       BIGINT NOT NULL REFERENCES classification_levels(id),
    restriction_id BIGINT NOT NULL REFERENCES handling_restrictions(id),
    PRIMARY KEY (level_id, restriction_id)
);

CREATE TABLE assets (
    id                  {{ID}},
    asset_number        TEXT NOT NULL,
    asset_number_key    TEXT NOT NULL UNIQUE,
    name                TEXT NOT NULL,
    category            INTEGER NOT NULL CHECK (category IN (1, 2, 3)),
    sub_type            TEXT NOT NULL REFERENCES asset_types(code),
    description         TEXT NOT NULL DEFAULT '',
    department_id       BIGINT NOT NULL REFERENCES departments(id),
    section_id          BIGINT REFERENCES sections(id),
    owner_id            BIGINT REFERENCES people(id),
    custodian_id        BIGINT REFERENCES people(id),
    user_scope          TEXT NOT NULL DEFAULT '',
    medium              TEXT NOT NULL CHECK (medium IN ('electronic', 'paper', 'both')),
    location            TEXT NOT NULL DEFAULT '',
    segment             TEXT NOT NULL CHECK (segment IN ('mynumber', 'lgwan', 'internet', 'none')),
    conf_level_id       BIGINT NOT NULL REFERENCES classification_levels(id),
    integ_level_id      BIGINT NOT NULL REFERENCES classification_levels(id),
    avail_level_id      BIGINT NOT NULL REFERENCES classification_levels(id),
    classification_note TEXT NOT NULL DEFAULT '',
    personal_info       TEXT NOT NULL DEFAULT 'none'
                        CHECK (personal_info IN ('none', 'personal', 'sensitive', 'mynumber')),
    outsourced          INTEGER NOT NULL DEFAULT 0,
    contractor          TEXT NOT NULL DEFAULT '',
    contract_number     TEXT NOT NULL DEFAULT '',
    cloud_service       INTEGER NOT NULL DEFAULT 0,
    cloud_service_name  TEXT NOT NULL DEFAULT '',
    cloud_certification TEXT NOT NULL DEFAULT '',
    retention           TEXT NOT NULL DEFAULT '',
    disposal_method     TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'in_use'
                        CHECK (status IN ('in_use', 'retired', 'disposed')),
    status_date         TEXT,
    status_reason       TEXT NOT NULL DEFAULT '',
    disposal_witness    TEXT NOT NULL DEFAULT '',
    review_state        TEXT NOT NULL DEFAULT 'draft',
    last_reviewed_on    TEXT,
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX assets_department_idx ON assets (department_id);
CREATE INDEX assets_status_idx ON assets (status);

CREATE TABLE asset_restrictions (
    asset_id       BIGINT NOT NULL REFERENCES assets(id),
    restriction_id BIGINT NOT NULL REFERENCES handling_restrictions(id),
    parameter      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (asset_id, restriction_id)
);

CREATE TABLE asset_dependencies (
    asset_id      BIGINT NOT NULL REFERENCES assets(id),
    depends_on_id BIGINT NOT NULL REFERENCES assets(id),
    kind          TEXT NOT NULL DEFAULT 'lives_on',
    PRIMARY KEY (asset_id, depends_on_id),
    CHECK (asset_id <> depends_on_id)
);

CREATE INDEX asset_dependencies_target_idx ON asset_dependencies (depends_on_id);

-- Reference data every register starts with: 第5条 asset types, the MIC 2024 classification
-- scheme (default) and the legacy three-level scheme, handling restrictions and their defaults per
-- level. Administrators edit all of it afterwards; code keys on codes and ranks.

INSERT INTO asset_types (code, category, name_ja, name_en, sort_order) VALUES
    ('network', 1, 'ネットワーク機器・回線', 'Network device or line', 10),
    ('server', 1, 'サーバ', 'Server', 20),
    ('pc', 1, 'パソコン・端末', 'PC or terminal', 30),
    ('system', 1, '業務システム', 'Business system', 40),
    ('facility', 1, '設備（サーバ室等）', 'Facility (server room etc.)', 50),
    ('media', 1, '電磁的記録媒体', 'Electronic medium', 60),
    ('data', 2, '電子データ', 'Electronic data', 110),
    ('paper', 2, '紙文書', 'Paper document', 120),
    ('specification', 3, '仕様書', 'Specification', 210),
    ('network_diagram', 3, 'ネットワーク構成図', 'Network diagram', 220),
    ('manual', 3, '運用手順書・マニュアル', 'Operating manual', 230);

INSERT INTO classification_schemes (code, name_ja, name_en, is_default) VALUES
    ('MIC2024', '総務省ガイドライン（令和6年10月版）', 'MIC guideline (October 2024)', 1),
    ('LEGACY', '従来の3段階分類', 'Legacy three-level scheme', 0);

INSERT INTO classification_levels (scheme_id, axis, code, rank, label_ja, label_en, definition_ja, definition_en)
SELECT id, 'C', '3A', 5, '自治体機密性3A', 'Municipal confidentiality 3A',
       '行政文書の管理に関するガイドラインに定める秘密文書に相当する機密性を要する情報資産',
       'Information requiring secrecy equivalent to "secret documents" under the national guidelines for managing administrative documents.'
FROM classification_schemes WHERE code = 'MIC2024';

INSERT INTO classification_levels (scheme_id, axis, code, rank, label_ja, label_en, definition_ja, definition_en)
SELECT id, 'C', '3B', 4, '自治体機密性3B', 'Municipal confidentiality 3B',
       '漏えいにより住民の権利利益を侵害し、業務の規模や性質から被害が大きくなるおそれがある情報資産（住民記録、税、社会保障、特定個人情報等）',
       'Information whose leakage would seriously harm residents'' rights and interests, with large harm due to the scale or nature of the business (resident records, tax, social security, My Number data).'
FROM classification_schemes WHERE code = 'MIC2024';

INSERT INTO classification_levels (scheme_id, axis, code, rank, label_ja, label_en, definition_ja, definition_en)
SELECT id, 'C', '3C', 3, '自治体機密性3C', 'Municipal confidentiality 3C',
       '3A・3B以外で、漏えいにより個人の権利利益の侵害又は行政事務の適正な遂行に支障を及ぼすおそれがあり、厳格な機密性を要する情報資産',
       'Other information requiring strict confidentiality, whose leakage would harm individuals or the proper conduct of administration.'
FROM classification_schemes WHERE code = 'MIC2024';

INSERT INTO classification_levels (scheme_id, axis, code, rank, label_ja, label_en, definition_ja, definition_en)
SELECT id, 'C', '2', 2, '自治体機密性2', 'Municipal confidentiality 2',
       '機密性3の情報資産以外で、直ちに一般に公表することを前提としていない情報資産',
       'Not at level 3, but not meant to be published immediately.'
FROM classification_schemes WHERE code = 'MIC2024';

INSERT INTO classification_levels (scheme_id, axis, code, rank, label_ja, label_en, definition_ja, definition_en)
SELECT id, 'C', '1', 1, '自治体機密性1', 'Municipal confidentiality 1',
       '公表されている情報資産又は公表しても差し支えない情報資産',
       'Public, or publishable without harm.'
FROM classification_schemes WHERE code = 'MIC2024';

INSERT INTO classification_levels (scheme_id, axis, code, rank, label_ja, label_en, definition_ja, definition_en)
SELECT id, 'C', '3', 3, '機密性3', 'Confidentiality 3',
       '行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性を要する情報資産',
       'Information requiring secrecy equivalent to secret documents.'
FROM classification_schemes WHERE code = 'LEGACY';

INSERT INTO classification_levels (scheme_id, axis, code, rank, label_ja, label_en, definition_ja, definition_en)
SELECT id, 'C', '2', 2, '機密性2', 'Confidentiality 2',
       '機密性3の情報資産以外で、直ちに一般に公表することを前提としていない情報資産',
       'Not at level 3, but not meant to be published immediately.'
FROM classification_schemes WHERE code = 'LEGACY';

INSERT INTO classification_levels (scheme_id, axis, code, rank, label_ja, label_en, definition_ja, definition_en)
SELECT id, 'C', '1', 1, '機密性1', 'Confidentiality 1',
       '機密性2又は機密性3の情報資産以外の情報資産',
       'All other information.'
FROM classification_schemes WHERE code = 'LEGACY';

INSERT INTO classification_levels (scheme_id, axis, code, rank, label_ja, label_en, definition_ja, definition_en)
SELECT id, 'I', '2', 2, '完全性2', 'Integrity 2',
       '改ざん、誤びゅう又は破損により、住民の権利が侵害される又は行政事務の適確な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産',
       'Tampering, errors or damage could infringe residents'' rights or seriously (not trivially) hinder accurate administration.'
FROM classification_schemes;

INSERT INTO classification_levels (scheme_id, axis, code, rank, label_ja, label_en, definition_ja, definition_en)
SELECT id, 'I', '1', 1, '完全性1', 'Integrity 1',
       '完全性2の情報資産以外の情報資産',
       'All other information.'
FROM classification_schemes;

INSERT INTO classification_levels (scheme_id, axis, code, rank, label_ja, label_en, definition_ja, definition_en)
SELECT id, 'A', '2', 2, '可用性2', 'Availability 2',
       '滅失、紛失又は当該情報資産が利用不可能であることにより、住民の権利が侵害される又は行政事務の安定的な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産',
       'Loss, misplacement or unavailability could infringe residents'' rights or seriously hinder stable administration.'
FROM classification_schemes;

INSERT INTO classification_levels (scheme_id, axis, code, rank, label_ja, label_en, definition_ja, definition_en)
SELECT id, 'A', '1', 1, '可用性1', 'Availability 1',
       '可用性2の情報資産以外の情報資産',
       'All other information.'
FROM classification_schemes;

INSERT INTO handling_restrictions (code, axis, label_ja, label_en, takes_parameter, sort_order) VALUES
    ('need_to_know', 'C', '関係者限り', 'Need to know only', 0, 10),
    ('no_copy', 'C', '複製禁止', 'No copying', 0, 20),
    ('copy_permit', 'C', '複製要許可', 'Copying needs permission', 0, 30),
    ('no_distribution', 'C', '配付禁止', 'No distribution', 0, 40),
    ('distribution_permit', 'C', '配付要許可', 'Distribution needs permission', 0, 50),
    ('no_takeout', 'C', '持出禁止', 'No taking out', 0, 60),
    ('takeout_permit', 'C', '持出要許可', 'Taking out needs permission', 0, 70),
    ('no_forwarding', 'C', '転送禁止', 'No forwarding', 0, 80),
    ('encryption', 'C', '暗号化必須', 'Encryption required', 0, 90),
    ('destroy_after_reading', 'C', '読後廃棄', 'Destroy after reading', 0, 100),
    ('no_rewrite', 'I', '書換禁止', 'No rewriting', 0, 110),
    ('rewrite_permit', 'I', '書換要許可', 'Rewriting needs permission', 0, 120),
    ('no_deletion', 'I', '削除禁止', 'No deletion', 0, 130),
    ('dispose_after_retention', 'I', '保存期間満了後廃棄', 'Dispose after retention period', 0, 140),
    ('recovery_time', 'A', '〇〇以内復旧', 'Recover within a set time', 1, 150),
    ('backup', 'A', 'バックアップ必須', 'Backup required', 0, 160),
    ('storage_place', 'A', '〇〇において保存', 'Keep at a set place', 1, 170);

-- Suggested restrictions per level (the editor proposes them; users may change them).
INSERT INTO level_default_restrictions (level_id, restriction_id)
SELECT l.id, r.id FROM classification_levels l, handling_restrictions r
WHERE l.axis = 'C' AND l.rank >= 3
  AND r.code IN ('need_to_know', 'no_copy', 'no_distribution', 'no_takeout', 'encryption');

INSERT INTO level_default_restrictions (level_id, restriction_id)
SELECT l.id, r.id FROM classification_levels l, handling_restrictions r
WHERE l.axis = 'C' AND l.rank = 2
  AND r.code IN ('copy_permit', 'distribution_permit', 'takeout_permit');

INSERT INTO level_default_restrictions (level_id, restriction_id)
SELECT l.id, r.id FROM classification_levels l, handling_restrictions r
WHERE l.axis = 'I' AND l.rank = 2 AND r.code IN ('rewrite_permit', 'dispose_after_retention');

INSERT INTO level_default_restrictions (level_id, restriction_id)
SELECT l.id, r.id FROM classification_levels l, handling_restrictions r
WHERE l.axis = 'A' AND l.rank = 2 AND r.code IN ('backup', 'recovery_time');

INSERT INTO settings (key, value) VALUES
    ('organisation_name', ''),
    ('review_period_months', '12');
