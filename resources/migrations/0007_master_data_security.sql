-- Schema version 7: on a shared PostgreSQL server, closes what version 6 left to the application.
-- Everyone reads the master data, users and settings, but only administrators (or anyone in set-up
-- mode, before the first user) change them: a department login with plain SQL can no longer make
-- itself an officer or rename another department. An asset's handling restrictions and
-- dependencies are seen and changed exactly as the asset itself is (policies of version 6).
-- SQLite registers enforce the same in the application.

-- @postgres
CREATE FUNCTION assetreg_writes_asset(asset bigint) RETURNS boolean LANGUAGE sql STABLE
SET search_path = public AS $$
    SELECT assetreg_role() IN ('admin', 'officer')
        OR (assetreg_role() IN ('staff', 'section_head')
            AND EXISTS (SELECT 1 FROM assets a
                        WHERE a.id = asset AND a.department_id = assetreg_department()))
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['settings', 'organs', 'departments', 'sections', 'people',
                             'asset_types', 'classification_schemes', 'classification_levels',
                             'handling_restrictions', 'level_default_restrictions', 'users'] LOOP
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

    FOREACH t IN ARRAY ARRAY['asset_restrictions', 'asset_dependencies'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        -- The subquery on assets is itself filtered by the assets policies.
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING '
                       '(EXISTS (SELECT 1 FROM assets a WHERE a.id = asset_id))', t || '_read', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK '
                       '(assetreg_writes_asset(asset_id))', t || '_insert', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (assetreg_writes_asset(asset_id)) '
                       'WITH CHECK (assetreg_writes_asset(asset_id))', t || '_update', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING '
                       '(assetreg_writes_asset(asset_id))', t || '_delete', t);
    END LOOP;
END
$$;
