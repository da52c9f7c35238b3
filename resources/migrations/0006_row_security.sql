-- Schema version 6: on a shared PostgreSQL server the database itself enforces who sees and
-- changes which assets, so that it holds for someone connecting with plain SQL too (DOMAIN.md
-- section 6). Staff and section heads: their own department's assets, and other departments'
-- level-1 assets read-only; officers, readers and administrators see all; only officers,
-- administrators and a department's own people write. Until the first user is registered (set-up
-- mode) everyone may do everything. The audit log cannot be updated or deleted. FORCE applies
-- all of this to the tables' owner too. SQLite registers enforce the same in the application.

-- @postgres
-- session_user, not current_user: inside a SECURITY DEFINER function current_user is the owner.
CREATE FUNCTION assetreg_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
    SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM users) THEN 'admin'
                ELSE COALESCE((SELECT role FROM users WHERE login = session_user AND active = 1),
                              'reader') END
$$;

CREATE FUNCTION assetreg_department() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
    SELECT department_id FROM users WHERE login = session_user AND active = 1
$$;

ALTER TABLE assets ENABLE ROW LEVEL SECURITY;
ALTER TABLE assets FORCE ROW LEVEL SECURITY;

CREATE POLICY assets_read ON assets FOR SELECT USING (
    assetreg_role() IN ('admin', 'officer', 'reader')
    OR department_id = assetreg_department()
    OR conf_level_id IN (SELECT id FROM classification_levels WHERE rank = 1));

CREATE POLICY assets_insert ON assets FOR INSERT WITH CHECK (
    assetreg_role() IN ('admin', 'officer')
    OR (assetreg_role() IN ('staff', 'section_head') AND department_id = assetreg_department()));

CREATE POLICY assets_update ON assets FOR UPDATE USING (
    assetreg_role() IN ('admin', 'officer')
    OR (assetreg_role() IN ('staff', 'section_head') AND department_id = assetreg_department()))
WITH CHECK (
    assetreg_role() IN ('admin', 'officer')
    OR (assetreg_role() IN ('staff', 'section_head') AND department_id = assetreg_department()));

CREATE POLICY assets_delete ON assets FOR DELETE USING (assetreg_role() = 'admin');

CREATE FUNCTION assetreg_audit_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Only a restore from a verified backup, by an administrator, replaces the log.
    IF current_setting('assetreg.restoring', true) = 'on' AND assetreg_role() = 'admin' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the audit log of the asset register cannot be changed or deleted';
END
$$;

CREATE TRIGGER audit_log_immutable BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION assetreg_audit_immutable();
