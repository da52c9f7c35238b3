-- Schema version 9: closes what an attack run against the shared register found (issue 16).
-- Every register gets an identity, so that a backup of another register is not restored over it
-- by mistake. On a shared PostgreSQL server:
--  * a login that is not registered, or deactivated, sees nothing and may do nothing; logins are
--    compared without regard to case, in the database exactly as in the application;
--  * the audit log is read exactly as what it is about (an asset's entries as the asset, a risk's
--    as its asset, master data by every registered login, users and roles by administrators and
--    officers) and written only by assetreg_audit_append(), which fixes the actor (the session
--    login), the entry's place in the chain and its hash itself, and checks that the login may
--    change what the entry is about;
--  * a change to an asset, its restrictions and dependencies, a risk, a user or master data that
--    is not recorded in the audit log in the same transaction is refused at commit;
--  * review state, review date and approved version change only as the review workflow changes
--    them;
--  * schema_migrations, the audit log and every table refuse TRUNCATE, and only the schema's owner
--    (a separate role that no application login belongs to; README "PostgreSQL") writes
--    schema_migrations or removes audit entries (restore).

-- @sqlite
INSERT INTO settings (key, value) VALUES ('register_id', lower(hex(randomblob(16))));

-- @postgres
INSERT INTO settings (key, value) VALUES ('register_id', replace(gen_random_uuid()::text, '-', ''));

-- The schema owner: owns audit_log (and the schema's other tables). Superusers count too (they
-- bypass row security anyway).
CREATE FUNCTION assetreg_is_owner() RETURNS boolean LANGUAGE sql STABLE
SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles r
                   WHERE r.rolname = current_user
                     AND (r.rolsuper OR r.oid = (SELECT relowner FROM pg_class
                                                 WHERE oid = 'public.audit_log'::regclass)))
$$;

-- The same for the login itself (session_user): inside a SECURITY DEFINER function current_user
-- is the function's owner, so triggers and functions that run as the owner ask this instead.
CREATE FUNCTION assetreg_login_is_owner() RETURNS boolean LANGUAGE sql STABLE
SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles r
                   WHERE r.rolname = session_user
                     AND (r.rolsuper OR r.oid = (SELECT relowner FROM pg_class
                                                 WHERE oid = 'public.audit_log'::regclass)))
$$;

CREATE OR REPLACE FUNCTION assetreg_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
    SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM users) THEN 'admin'
                ELSE COALESCE((SELECT role FROM users
                               WHERE lower(login) = lower(session_user) AND active = 1
                               ORDER BY id LIMIT 1), 'none') END
$$;

CREATE OR REPLACE FUNCTION assetreg_department() RETURNS bigint LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public AS $$
    SELECT department_id FROM users
    WHERE lower(login) = lower(session_user) AND active = 1 ORDER BY id LIMIT 1
$$;

-- Unknown logins no longer see level-1 assets either.
DROP POLICY assets_read ON assets;
CREATE POLICY assets_read ON assets FOR SELECT USING (
    (SELECT assetreg_role()) IN ('admin', 'officer', 'reader')
    OR ((SELECT assetreg_role()) IN ('staff', 'section_head')
        AND (department_id = (SELECT assetreg_department())
             OR conf_level_id IN (SELECT id FROM classification_levels WHERE rank = 1))));

-- Master data, users and settings: read by registered logins only.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['settings', 'organs', 'departments', 'sections', 'people',
                             'asset_types', 'classification_schemes', 'classification_levels',
                             'handling_restrictions', 'level_default_restrictions', 'users',
                             'threat_groups', 'threats', 'level_importance', 'risk_bands',
                             'risk_templates', 'risk_template_rows'] LOOP
        EXECUTE format('DROP POLICY %I ON %I', t || '_read', t);
        -- CASE, not OR: assetreg_role() reads users as the owner, and must not come back here.
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (CASE WHEN assetreg_is_owner() '
                       'THEN true ELSE (SELECT assetreg_role()) <> ''none'' END)',
                       t || '_read', t);
    END LOOP;
END
$$;

-- The audit log.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;

CREATE POLICY audit_log_read ON audit_log FOR SELECT USING (
    assetreg_is_owner()
    OR (SELECT assetreg_role()) IN ('admin', 'officer')
    OR ((SELECT assetreg_role()) IN ('reader', 'staff', 'section_head')
        AND CASE entity
            WHEN 'asset' THEN EXISTS (SELECT 1 FROM assets a WHERE a.id = entity_id)
            WHEN 'risk' THEN EXISTS (SELECT 1 FROM risk_assessments r WHERE r.id = entity_id)
                             OR ((SELECT assetreg_role()) = 'reader')
            WHEN 'user' THEN false
            ELSE true END));
CREATE POLICY audit_log_insert ON audit_log FOR INSERT WITH CHECK (assetreg_is_owner());
CREATE POLICY audit_log_delete ON audit_log FOR DELETE USING (assetreg_is_owner());

-- Version 6 let any administrator delete entries by setting assetreg.restoring: no more.
CREATE OR REPLACE FUNCTION assetreg_audit_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND assetreg_is_owner() THEN
        RETURN OLD; -- a restore, by the schema's owner
    END IF;
    RAISE EXCEPTION 'the audit log of the asset register cannot be changed or deleted'
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE FUNCTION assetreg_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF assetreg_is_owner() THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'the table % of the asset register cannot be truncated', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION assetreg_no_truncate()',
                       t || '_no_truncate', t);
    END LOOP;
END
$$;

-- schema_migrations: read by everyone, written by the owner only.
ALTER TABLE schema_migrations ENABLE ROW LEVEL SECURITY;
ALTER TABLE schema_migrations FORCE ROW LEVEL SECURITY;
CREATE POLICY schema_migrations_read ON schema_migrations FOR SELECT USING (true);
CREATE POLICY schema_migrations_write ON schema_migrations FOR ALL USING (assetreg_is_owner())
    WITH CHECK (assetreg_is_owner());

-- The only way into the audit log. The caller gives what happened; the database gives who, the
-- entry's number, its predecessor and its hash (the same canonical text as AuditLog::computeHash:
-- fields joined by U+001F, UTF-8, SHA-256, hex).
CREATE FUNCTION assetreg_audit_append(p_occurred_at text, p_action text, p_entity text,
                                      p_entity_id bigint, p_entity_key text, p_changes text)
RETURNS TABLE (entry_id bigint, entry_actor text, entry_prev_hash text, entry_hash text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    v_role text := assetreg_role();
    v_id bigint;
    v_prev text;
    v_actor text := session_user;
    v_version int;
    v_hash text;
    v_sep text := chr(31);
BEGIN
    IF assetreg_login_is_owner() THEN
        v_role := 'owner'; -- set-up, updates and restores by the schema's owner
    ELSIF v_role = 'none' THEN
        RAISE EXCEPTION 'the login % is not a registered user of this register', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_occurred_at !~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$' THEN
        RAISE EXCEPTION 'audit entries carry a UTC time as YYYY-MM-DDTHH:MM:SS.mmmZ'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    BEGIN
        v_version := COALESCE((p_changes::jsonb ->> 'version')::int, 0);
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'an audit entry''s changes must be a JSON object with a version'
            USING ERRCODE = 'invalid_parameter_value';
    END;
    IF v_role = 'owner' THEN
        NULL;
    ELSIF p_entity = 'asset' THEN
        IF NOT assetreg_writes_asset(p_entity_id)
           AND NOT (v_role IN ('section_head') AND p_action = 'section_approve') THEN
            RAISE EXCEPTION 'the login % may not record changes of asset %', session_user,
                p_entity_key USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM assets WHERE id = p_entity_id AND version = v_version)
        THEN
            RAISE EXCEPTION 'an audit entry of asset % must record its current version',
                p_entity_key USING ERRCODE = 'invalid_parameter_value';
        END IF;
    ELSIF p_entity = 'risk' THEN
        IF v_role NOT IN ('admin', 'officer')
           AND NOT EXISTS (SELECT 1 FROM risk_assessments r
                           WHERE r.id = p_entity_id AND assetreg_writes_asset(r.asset_id))
           AND NOT (p_action = 'delete' AND v_role IN ('staff', 'section_head')
                    AND NOT EXISTS (SELECT 1 FROM risk_assessments r WHERE r.id = p_entity_id))
        THEN
            RAISE EXCEPTION 'the login % may not record changes of risk %', session_user,
                p_entity_key USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF v_role <> 'admin' THEN
        RAISE EXCEPTION 'only administrators change %', p_entity
            USING ERRCODE = 'insufficient_privilege';
    END IF;

    LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE;
    SELECT l.id, l.hash INTO v_id, v_prev FROM audit_log l ORDER BY l.id DESC LIMIT 1;
    v_id := COALESCE(v_id, 0) + 1;
    v_prev := COALESCE(v_prev, repeat('0', 64));
    v_hash := encode(sha256(convert_to(
        v_id::text || v_sep || p_occurred_at || v_sep || v_actor || v_sep || p_action || v_sep ||
        p_entity || v_sep || COALESCE(p_entity_id, 0)::text || v_sep || p_entity_key || v_sep ||
        p_changes || v_sep || v_prev, 'UTF8')), 'hex');
    INSERT INTO audit_log (id, occurred_at, actor, action, entity, entity_id, entity_key, changes,
                           prev_hash, hash)
    VALUES (v_id, p_occurred_at, v_actor, p_action, p_entity, COALESCE(p_entity_id, 0),
            p_entity_key, p_changes, v_prev, v_hash);
    RETURN QUERY SELECT v_id, v_actor, v_prev, v_hash;
END
$$;

-- The whole chain checked by the database, for logins that may not read every entry: the
-- result is only whether it is intact, where it breaks and its head.
CREATE FUNCTION assetreg_audit_chain_check()
RETURNS TABLE (entries bigint, first_broken bigint, head_hash text, problem text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE
    r record;
    v_expected bigint := 1;
    v_prev text := repeat('0', 64);
    v_sep text := chr(31);
BEGIN
    IF assetreg_role() = 'none' AND NOT assetreg_login_is_owner() THEN
        RAISE EXCEPTION 'the login % is not a registered user of this register', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
        IF r.id <> v_expected THEN
            RETURN QUERY SELECT v_expected - 1, v_expected, v_prev,
                CASE WHEN r.id > v_expected THEN 'missing' ELSE 'sequence' END;
            RETURN;
        END IF;
        IF r.prev_hash <> v_prev THEN
            RETURN QUERY SELECT v_expected - 1, r.id, v_prev, 'chain'::text;
            RETURN;
        END IF;
        IF r.hash <> encode(sha256(convert_to(
               r.id::text || v_sep || r.occurred_at || v_sep || r.actor || v_sep || r.action ||
               v_sep || r.entity || v_sep || r.entity_id::text || v_sep || r.entity_key || v_sep ||
               r.changes || v_sep || r.prev_hash, 'UTF8')), 'hex') THEN
            RETURN QUERY SELECT v_expected - 1, r.id, v_prev, 'altered'::text;
            RETURN;
        END IF;
        v_prev := r.hash;
        v_expected := v_expected + 1;
    END LOOP;
    RETURN QUERY SELECT v_expected - 1, 0::bigint, v_prev, ''::text;
END
$$;

-- True when the row version `x` was written by this very transaction (or one of its
-- savepoints): a row we can see whose writer is still in progress can only be our own.
CREATE FUNCTION assetreg_written_here(x xid) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_current bigint := pg_current_xact_id()::text::bigint;
    v_low bigint := x::text::bigint;
    v_epoch bigint := v_current >> 32;
BEGIN
    IF v_low > (v_current & 4294967295) THEN
        v_epoch := v_epoch - 1;
    END IF;
    RETURN pg_xact_status(((v_epoch << 32) | v_low)::text::xid8) = 'in progress';
END
$$;

-- Was an audit entry about (entity, id) appended in this transaction?
CREATE FUNCTION assetreg_audited_here(p_entity text, p_entity_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM audit_log l
                   WHERE l.entity = p_entity AND l.entity_id = p_entity_id
                     AND assetreg_written_here(l.xmin))
$$;

-- Was any audit entry of one of these entities appended in this transaction?
CREATE FUNCTION assetreg_audited_kind_here(p_entities text[]) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM audit_log l
                   WHERE l.entity = ANY (p_entities) AND assetreg_written_here(l.xmin))
$$;

-- Checked at commit: a written row of an audited table must come with its audit entry.
CREATE FUNCTION assetreg_require_audit() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
DECLARE
    v_row record;
    v_ok boolean;
BEGIN
    IF assetreg_login_is_owner() OR NOT EXISTS (SELECT 1 FROM users) THEN
        RETURN NULL; -- the owner's restore and migrations; set-up mode before the first user
    END IF;
    IF TG_OP = 'DELETE' THEN
        v_row := OLD;
    ELSE
        v_row := NEW;
    END IF;
    IF TG_TABLE_NAME = 'assets' THEN
        IF TG_OP = 'UPDATE' AND NEW.version = OLD.version THEN
            -- Only derived data (the search text) may change without a new version.
            v_ok := (to_jsonb(NEW) - 'search_text') = (to_jsonb(OLD) - 'search_text');
        ELSE
            v_ok := assetreg_audited_here('asset', v_row.id);
        END IF;
    ELSIF TG_TABLE_NAME IN ('asset_restrictions', 'asset_dependencies') THEN
        v_ok := assetreg_audited_here('asset', v_row.asset_id);
    ELSIF TG_TABLE_NAME = 'risk_assessments' THEN
        v_ok := assetreg_audited_here('risk', v_row.id);
    ELSIF TG_TABLE_NAME = 'users' THEN
        v_ok := assetreg_audited_here('user', v_row.id);
    ELSE
        -- Master data: any audited administrative change in the same transaction.
        v_ok := assetreg_audited_kind_here(ARRAY['organ', 'department', 'section', 'person',
            'classification_level', 'settings', 'threat', 'threat_group', 'risk_template',
            'level_importance', 'risk_band', 'restriction', 'asset_type', 'register',
            'classification_scheme']);
    END IF;
    IF NOT v_ok THEN
        RAISE EXCEPTION 'a change to % that is not recorded in the audit log is refused; change '
                        'the register through the application', TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['assets', 'asset_restrictions', 'asset_dependencies',
                             'risk_assessments', 'users', 'settings', 'organs', 'departments',
                             'sections', 'people', 'classification_levels',
                             'level_default_restrictions', 'threat_groups', 'threats',
                             'level_importance', 'risk_bands', 'risk_templates',
                             'risk_template_rows'] LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW '
                       'EXECUTE FUNCTION assetreg_require_audit()', t || '_audited', t);
    END LOOP;
END
$$;

-- Review state, review date and approved version follow the review workflow (DOMAIN.md §6).
CREATE FUNCTION assetreg_review_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = public AS $$
DECLARE
    v_role text;
BEGIN
    IF assetreg_login_is_owner() OR NOT EXISTS (SELECT 1 FROM users) THEN
        RETURN NEW;
    END IF;
    v_role := assetreg_role();
    IF TG_OP = 'INSERT' THEN
        IF NEW.review_state <> 'draft' OR NEW.last_reviewed_on IS NOT NULL
           OR NEW.approved_version <> 0 THEN
            RAISE EXCEPTION 'a new asset starts as a draft; its review state is set by the review '
                            'workflow' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.review_state IS NOT DISTINCT FROM OLD.review_state
       AND NEW.last_reviewed_on IS NOT DISTINCT FROM OLD.last_reviewed_on
       AND NEW.approved_version IS NOT DISTINCT FROM OLD.approved_version THEN
        RETURN NEW;
    END IF;
    IF (NEW.last_reviewed_on IS DISTINCT FROM OLD.last_reviewed_on
        OR NEW.approved_version IS DISTINCT FROM OLD.approved_version
        OR NEW.review_state IN ('approved', 'returned'))
       AND v_role NOT IN ('officer', 'admin') THEN
        RAISE EXCEPTION 'only security officers and administrators approve or return reviews'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.review_state = 'section_approved' AND v_role NOT IN ('section_head', 'officer', 'admin')
    THEN
        RAISE EXCEPTION 'only the section head, officers and administrators approve for a section'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.review_state = 'changed' AND OLD.review_state <> 'approved' THEN
        RAISE EXCEPTION 'only an approved asset becomes changed since approval'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER assets_review_guard BEFORE INSERT OR UPDATE ON assets
    FOR EACH ROW EXECUTE FUNCTION assetreg_review_guard();
