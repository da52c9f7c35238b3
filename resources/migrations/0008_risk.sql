-- Schema version 8: risk assessment by the IPA method (DOMAIN.md section 7, 第9条). The threat
-- catalogue of 第3条, the importance of each classification level, the risk bands and the
-- templates are data an administrator edits; assessments are rows of asset × threat. Possibility,
-- importance and the risk value are computed, never stored, so that reclassifying an asset
-- changes its risks at once.

CREATE TABLE threat_groups (
    id      INTEGER PRIMARY KEY,  -- the item number of 第3条, 1 to 5
    name_ja TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE threats (
    id         {{ID}},
    code       TEXT NOT NULL UNIQUE,
    group_id   INTEGER NOT NULL REFERENCES threat_groups(id),
    name_ja    TEXT NOT NULL,
    name_en    TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1
);

-- 重要度 of an asset is the highest importance of its three levels.
CREATE TABLE level_importance (
    level_id   BIGINT PRIMARY KEY REFERENCES classification_levels(id),
    importance INTEGER NOT NULL CHECK (importance BETWEEN 1 AND 3)
);

CREATE TABLE risk_bands (
    id         {{ID}},
    code       TEXT NOT NULL UNIQUE,
    min_value  INTEGER NOT NULL,
    max_value  INTEGER NOT NULL,
    label_ja   TEXT NOT NULL,
    label_en   TEXT NOT NULL,
    color      TEXT NOT NULL,
    must_treat INTEGER NOT NULL DEFAULT 0,
    CHECK (min_value <= max_value)
);

CREATE TABLE risk_assessments (
    id                 {{ID}},
    asset_id           BIGINT NOT NULL REFERENCES assets(id),
    threat_id          BIGINT NOT NULL REFERENCES threats(id),
    likelihood         INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 3),
    vulnerability      INTEGER NOT NULL CHECK (vulnerability BETWEEN 1 AND 3),
    existing_controls  TEXT NOT NULL DEFAULT '',
    treatment          TEXT NOT NULL DEFAULT ''
                       CHECK (treatment IN ('', 'reduce', 'avoid', 'transfer', 'accept')),
    treatment_plan     TEXT NOT NULL DEFAULT '',
    treatment_owner_id BIGINT REFERENCES people(id),
    treatment_due      TEXT,
    treatment_done     TEXT,
    assessed_on        TEXT NOT NULL,
    assessed_by        TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1,
    UNIQUE (asset_id, threat_id)
);

CREATE INDEX risk_assessments_threat_idx ON risk_assessments (threat_id);

CREATE TABLE risk_templates (
    id       {{ID}},
    sub_type TEXT NOT NULL REFERENCES asset_types(code),
    name_ja  TEXT NOT NULL,
    name_en  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE risk_template_rows (
    template_id       BIGINT NOT NULL REFERENCES risk_templates(id),
    threat_id         BIGINT NOT NULL REFERENCES threats(id),
    likelihood        INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 3),
    vulnerability     INTEGER NOT NULL CHECK (vulnerability BETWEEN 1 AND 3),
    existing_controls TEXT NOT NULL DEFAULT '',
    treatment         TEXT NOT NULL DEFAULT ''
                      CHECK (treatment IN ('', 'reduce', 'avoid', 'transfer', 'accept')),
    treatment_plan    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (template_id, threat_id)
);

INSERT INTO threat_groups (id, name_ja, name_en) VALUES
    (1, '意図的な要因（サイバー攻撃・侵入・内部不正等）', 'Intentional (cyber attacks, intrusion, insider fraud)'),
    (2, '非意図的な要因（規定違反・不備・ミス・故障等）', 'Unintentional (violations, defects, mistakes, failures)'),
    (3, '災害（地震・落雷・火災等）', 'Disasters (earthquake, lightning, fire)'),
    (4, '大規模・広範囲の疾病による要員不足', 'Staff shortage from a large-scale epidemic'),
    (5, 'インフラの障害（電力・通信・水道の途絶）', 'Infrastructure outages (power, communications, water)');

INSERT INTO threats (code, group_id, name_ja, name_en, sort_order) VALUES
    ('unauthorized_access', 1, '不正アクセス', 'Unauthorised access', 110),
    ('malware', 1, 'ウイルス攻撃（マルウェア）', 'Virus attack (malware)', 120),
    ('dos', 1, 'サービス不能攻撃', 'Denial-of-service attack', 130),
    ('intrusion', 1, '部外者の侵入', 'Intrusion by outsiders', 140),
    ('fraud', 1, '重要情報の詐取', 'Fraudulent obtaining of important information', 150),
    ('insider', 1, '内部不正', 'Insider fraud', 160),
    ('unauthorized_takeout', 2, '情報資産の無断持ち出し', 'Taking assets out without permission', 210),
    ('unauthorized_software', 2, '無許可ソフトウェアの使用', 'Use of unauthorised software', 220),
    ('design_defect', 2, '設計・開発の不備、プログラム上の欠陥', 'Design, development or program defects', 230),
    ('operation_error', 2, '操作・設定ミス', 'Operating or configuration mistakes', 240),
    ('maintenance', 2, 'メンテナンス不備', 'Inadequate maintenance', 250),
    ('outsourcing', 2, '委託管理の不備', 'Inadequate management of contractors', 260),
    ('management', 2, '監査機能・マネジメントの不備', 'Inadequate audit or management', 270),
    ('equipment_failure', 2, '機器故障', 'Equipment failure', 280),
    ('earthquake', 3, '地震', 'Earthquake', 310),
    ('lightning', 3, '落雷', 'Lightning', 320),
    ('fire', 3, '火災', 'Fire', 330),
    ('epidemic', 4, '疾病による要員不足', 'Staff shortage from disease', 410),
    ('power_outage', 5, '電力供給の途絶', 'Power outage', 510),
    ('network_outage', 5, '通信の途絶', 'Communications outage', 520),
    ('water_outage', 5, '水道供給の途絶', 'Water supply outage', 530);

-- Default mapping: confidentiality 3x → 3, 2 → 2, 1 → 1; integrity and availability 2 → 2, 1 → 1.
INSERT INTO level_importance (level_id, importance)
SELECT id, CASE WHEN rank >= 3 THEN 3 ELSE rank END FROM classification_levels;

INSERT INTO risk_bands (code, min_value, max_value, label_ja, label_en, color, must_treat) VALUES
    ('low', 1, 2, '低（受容可）', 'Low (accept)', '#4caf50', 0),
    ('medium', 3, 5, '中', 'Medium', '#ffb300', 0),
    ('high', 6, 9, '高（要対策）', 'High (treat)', '#d32f2f', 1);

-- @postgres
-- Row security as for the other tables (versions 6 and 7): assessments follow their asset; the
-- catalogue, mapping, bands and templates are changed by administrators only.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['threat_groups', 'threats', 'level_importance', 'risk_bands',
                             'risk_templates', 'risk_template_rows'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (true)', t || '_read', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (assetreg_role() = ''admin'')',
                       t || '_insert', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (assetreg_role() = ''admin'') '
                       'WITH CHECK (assetreg_role() = ''admin'')', t || '_update', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (assetreg_role() = ''admin'')',
                       t || '_delete', t);
    END LOOP;
END
$$;

ALTER TABLE risk_assessments ENABLE ROW LEVEL SECURITY;
ALTER TABLE risk_assessments FORCE ROW LEVEL SECURITY;
CREATE POLICY risk_assessments_read ON risk_assessments FOR SELECT USING
    (EXISTS (SELECT 1 FROM assets a WHERE a.id = asset_id));
CREATE POLICY risk_assessments_insert ON risk_assessments FOR INSERT WITH CHECK
    (assetreg_writes_asset(asset_id));
CREATE POLICY risk_assessments_update ON risk_assessments FOR UPDATE
    USING (assetreg_writes_asset(asset_id)) WITH CHECK (assetreg_writes_asset(asset_id));
CREATE POLICY risk_assessments_delete ON risk_assessments FOR DELETE USING
    (assetreg_writes_asset(asset_id));
