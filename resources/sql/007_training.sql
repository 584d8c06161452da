-- Palisade schema 7: workforce training (164.308(a)(5), 164.530(b)). The
-- workforce with its roles, courses and the roles they apply to, completions
-- with attestations and certificates, policy acknowledgments, phishing
-- simulations, and the import batches and saved column mappings that make a
-- re-import idempotent. The due-date rules live in C++ (TrainingDueRules);
-- this schema keeps the facts they read.
-- Dates are ISO 8601 calendar dates; timestamps are UTC ISO 8601. Status, kind,
-- cadence and source columns hold stable keys.

-- Roles are keyed so a rename never touches the people and courses using
-- them; a role in use cannot be deleted (the references below restrict it).
CREATE TABLE workforce_role (
    key        TEXT PRIMARY KEY
               CHECK (length(key) BETWEEN 1 AND 60 AND key NOT GLOB '*[^a-z0-9_]*'),
    label      TEXT NOT NULL CHECK (length(trim(label)) > 0),
    position   INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE UNIQUE INDEX workforce_role_label ON workforce_role (label COLLATE NOCASE);

INSERT INTO workforce_role (key, label, position) VALUES
    ('coder', 'Coder', 1),
    ('remote_coder', 'Remote coder', 2),
    ('billing', 'Billing', 3),
    ('system_administrator', 'System administrator', 4),
    ('privacy_officer', 'Privacy officer', 5),
    ('security_officer', 'Security officer', 6),
    ('manager', 'Manager', 7);

-- An import of people or completions from a file: the file is named by its
-- SHA-256 so the same file imported twice can be recognised. Append-only.
CREATE TABLE import_batch (
    id           INTEGER PRIMARY KEY,
    source_name  TEXT NOT NULL CHECK (length(trim(source_name)) > 0),
    kind         TEXT NOT NULL CHECK (kind IN ('people', 'completions')),
    file_name    TEXT NOT NULL,
    file_sha256  TEXT NOT NULL CHECK (length(file_sha256) = 64),
    imported_at  TEXT NOT NULL,
    imported_by  TEXT NOT NULL,
    row_count    INTEGER NOT NULL CHECK (row_count >= 0)
);

CREATE INDEX import_batch_sha256 ON import_batch (file_sha256);

CREATE TRIGGER import_batch_immutable BEFORE UPDATE ON import_batch
BEGIN
    SELECT RAISE(ABORT, 'import batches are immutable');
END;

-- The column mapping saved for each source (an LMS export, an HR system), so
-- the next file from it maps itself.
CREATE TABLE import_mapping (
    id           INTEGER PRIMARY KEY,
    source_name  TEXT NOT NULL CHECK (length(trim(source_name)) > 0),
    kind         TEXT NOT NULL CHECK (kind IN ('people', 'completions')),
    mapping      TEXT NOT NULL CHECK (json_valid(mapping) AND json_type(mapping) = 'object'),
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL
);

CREATE UNIQUE INDEX import_mapping_source ON import_mapping (source_name COLLATE NOCASE);

-- status: active | on_leave | terminated; terminated_on is set exactly when
-- terminated. A person's training records outlive the termination.
CREATE TABLE person (
    id               INTEGER PRIMARY KEY,
    employee_id      TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(employee_id)) > 0),
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email            TEXT NOT NULL DEFAULT '',
    department       TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL CHECK (status IN ('active', 'on_leave', 'terminated')),
    hired_on         TEXT NOT NULL CHECK (date(hired_on) IS hired_on),
    phi_access_on    TEXT CHECK (phi_access_on IS NULL OR date(phi_access_on) IS phi_access_on),
    terminated_on    TEXT CHECK (terminated_on IS NULL OR date(terminated_on) IS terminated_on),
    import_batch_id  INTEGER REFERENCES import_batch (id) ON DELETE RESTRICT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK ((status = 'terminated') = (terminated_on IS NOT NULL)),
    CHECK (terminated_on IS NULL OR terminated_on >= hired_on)
);

CREATE UNIQUE INDEX person_employee_id ON person (employee_id COLLATE NOCASE);

CREATE TABLE person_role (
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role_key  TEXT NOT NULL REFERENCES workforce_role (key) ON DELETE RESTRICT,
    PRIMARY KEY (person_id, role_key)
) WITHOUT ROWID;

CREATE INDEX person_role_role ON person_role (role_key);

-- cadence: at_hire (once, before PHI access) | every_months (cadence_months
-- after the last passing completion) | on_policy_change (after a linked
-- policy's new revision takes effect). validity_months, when set, ends a
-- completion's worth that many months after it.
CREATE TABLE course (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind             TEXT NOT NULL
                     CHECK (kind IN ('hipaa_onboarding', 'annual_refresher', 'security_awareness',
                                     'phishing', 'role_based', 'policy_change_briefing')),
    cadence          TEXT NOT NULL CHECK (cadence IN ('at_hire', 'every_months', 'on_policy_change')),
    cadence_months   INTEGER CHECK (cadence_months IS NULL OR cadence_months BETWEEN 1 AND 120),
    passing_score    INTEGER CHECK (passing_score IS NULL OR passing_score BETWEEN 0 AND 100),
    validity_months  INTEGER CHECK (validity_months IS NULL OR validity_months BETWEEN 1 AND 120),
    description      TEXT NOT NULL DEFAULT '',
    retired_on       TEXT CHECK (retired_on IS NULL OR date(retired_on) IS retired_on),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK ((cadence = 'every_months') = (cadence_months IS NOT NULL))
);

CREATE UNIQUE INDEX course_title ON course (title COLLATE NOCASE);

-- The roles a course applies to; a course without rows applies to everyone.
CREATE TABLE course_role (
    course_id INTEGER NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    role_key  TEXT NOT NULL REFERENCES workforce_role (key) ON DELETE RESTRICT,
    PRIMARY KEY (course_id, role_key)
) WITHOUT ROWID;

CREATE INDEX course_role_role ON course_role (role_key);

-- For on_policy_change courses: the policies whose changes call for the
-- briefing; none means any policy. Only a policy that never had an approved
-- revision can be deleted, and such a policy never calls for a briefing, so
-- its links may go with it.
CREATE TABLE course_policy (
    course_id INTEGER NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    policy_id INTEGER NOT NULL REFERENCES policy (id) ON DELETE CASCADE,
    PRIMARY KEY (course_id, policy_id)
) WITHOUT ROWID;

CREATE INDEX course_policy_policy ON course_policy (policy_id);

-- One completion per person, course and day: the natural key that makes the
-- same imported row, imported twice, one completion. The attestation is the
-- text the person affirmed and when; both or neither.
CREATE TABLE completion (
    id                INTEGER PRIMARY KEY,
    person_id         INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    course_id         INTEGER NOT NULL REFERENCES course (id) ON DELETE RESTRICT,
    completed_on      TEXT NOT NULL CHECK (date(completed_on) IS completed_on),
    score             REAL CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    passed            INTEGER NOT NULL CHECK (passed IN (0, 1)),
    attestation_text  TEXT NOT NULL DEFAULT '',
    attested_at       TEXT,
    file_id           INTEGER REFERENCES stored_file (id) ON DELETE RESTRICT,
    source            TEXT NOT NULL CHECK (source IN ('manual', 'imported')),
    import_batch_id   INTEGER REFERENCES import_batch (id) ON DELETE RESTRICT,
    recorded_at       TEXT NOT NULL,
    recorded_by       TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (person_id, course_id, completed_on),
    CHECK ((source = 'imported') = (import_batch_id IS NOT NULL)),
    CHECK ((attested_at IS NULL) = (length(attestation_text) = 0))
);

CREATE INDEX completion_course ON completion (course_id, completed_on);
-- Covers what the due rules read, in the order they group it, so the whole
-- workforce's due list reads this index alone rather than every row.
CREATE INDEX completion_due ON completion (person_id, course_id, completed_on, passed, score);
CREATE INDEX completion_import_batch ON completion (import_batch_id);

-- A person's acknowledgment that they read a policy revision. Only an
-- approved revision is acknowledged; a draft may still change or be discarded.
CREATE TABLE policy_acknowledgment (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    revision_id      INTEGER NOT NULL REFERENCES policy_revision (id) ON DELETE RESTRICT,
    acknowledged_on  TEXT NOT NULL CHECK (date(acknowledged_on) IS acknowledged_on),
    recorded_at      TEXT NOT NULL,
    recorded_by      TEXT NOT NULL,
    UNIQUE (person_id, revision_id)
);

CREATE INDEX policy_acknowledgment_revision ON policy_acknowledgment (revision_id);

CREATE TRIGGER policy_acknowledgment_of_approved BEFORE INSERT ON policy_acknowledgment
WHEN (SELECT state FROM policy_revision WHERE id = NEW.revision_id) IN ('draft', 'in_review')
BEGIN
    SELECT RAISE(ABORT, 'only an approved policy revision is acknowledged');
END;

-- One phishing simulation: counts, not names, so no one is singled out in
-- the file. Everyone who clicked may be trained afterwards, no more.
CREATE TABLE phishing_campaign (
    id                   INTEGER PRIMARY KEY,
    run_on               TEXT NOT NULL CHECK (date(run_on) IS run_on),
    template_name        TEXT NOT NULL CHECK (length(trim(template_name)) > 0),
    recipients           INTEGER NOT NULL CHECK (recipients >= 1),
    clicked              INTEGER NOT NULL CHECK (clicked BETWEEN 0 AND recipients),
    reported             INTEGER NOT NULL CHECK (reported BETWEEN 0 AND recipients),
    trained_after_click  INTEGER NOT NULL CHECK (trained_after_click BETWEEN 0 AND clicked),
    notes                TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);

CREATE INDEX phishing_campaign_run_on ON phishing_campaign (run_on);

-- Retention (schema 5) learns the training records. A completion, an
-- acknowledgment and a phishing campaign are kept six years from their date;
-- they follow their person's legal holds. A person is a record once they have
-- a completion or an acknowledgment, kept while on the workforce and six
-- years after the termination date; a person without either may be deleted.
DROP VIEW retention_record;

CREATE VIEW retention_record AS
SELECT 'policy' AS record_type,
       p.id AS record_id,
       p.code || ' ' || p.title AS label,
       date(p.created_at) AS created_on,
       CASE WHEN NOT EXISTS (SELECT 1 FROM retention_policy_revision r
                             WHERE r.policy_id = p.id AND r.in_effect)
            THEN (SELECT max(r.last_in_effect_on) FROM retention_policy_revision r
                  WHERE r.policy_id = p.id AND r.kept)
       END AS last_in_effect_on,
       EXISTS (SELECT 1 FROM retention_policy_revision r
               WHERE r.policy_id = p.id AND r.in_effect) AS in_effect,
       EXISTS (SELECT 1 FROM retention_policy_revision r
               WHERE r.policy_id = p.id AND r.kept) AS kept,
       NULL AS parent_type,
       NULL AS parent_id
FROM policy p
UNION ALL
SELECT 'policy_revision', r.id, r.label, r.created_on,
       CASE WHEN r.kept THEN r.last_in_effect_on END,
       r.kept AND r.in_effect, r.kept, 'policy', r.policy_id
FROM retention_policy_revision r
UNION ALL
SELECT 'agreement', a.id, printf('BAA-%04d', a.id) || ' ' || a.title, a.created_on,
       a.last_in_effect_on, a.in_effect, a.kept, NULL, NULL
FROM retention_agreement a
UNION ALL
SELECT 'agreement_document', d.id, d.file_name || ' (' || printf('BAA-%04d', a.id) || ')',
       a.created_on, a.last_in_effect_on, a.in_effect, a.kept, 'agreement', a.id
FROM agreement_document d
JOIN retention_agreement a ON a.id = d.agreement_id
UNION ALL
SELECT 'counterparty', c.id, c.name, date(c.created_at),
       CASE WHEN NOT EXISTS (SELECT 1 FROM retention_agreement a
                             WHERE a.counterparty_id = c.id AND a.in_effect)
            THEN (SELECT max(a.last_in_effect_on) FROM retention_agreement a
                  WHERE a.counterparty_id = c.id AND a.kept)
       END,
       EXISTS (SELECT 1 FROM retention_agreement a WHERE a.counterparty_id = c.id AND a.in_effect),
       EXISTS (SELECT 1 FROM retention_agreement a WHERE a.counterparty_id = c.id AND a.kept),
       NULL, NULL
FROM counterparty c
UNION ALL
SELECT 'risk', k.id, printf('R-%04d', k.id) || ' ' || k.title, k.identified_on,
       CASE WHEN k.status = 'closed' THEN coalesce(k.closed_on, date(k.updated_at)) END,
       k.status <> 'closed', 1, NULL, NULL
FROM risk k
UNION ALL
SELECT 'remediation_task', t.id, t.title || ' (' || printf('R-%04d', t.risk_id) || ')',
       date(t.created_at),
       CASE WHEN t.status = 'done' THEN coalesce(t.completed_on, date(t.updated_at)) END,
       0, t.status = 'done', 'risk', t.risk_id
FROM remediation_task t
UNION ALL
SELECT 'asset', s.id, s.name, date(s.created_at),
       CASE WHEN NOT EXISTS (SELECT 1 FROM risk_asset l JOIN risk k ON k.id = l.risk_id
                             WHERE l.asset_id = s.id AND k.status <> 'closed')
            THEN (SELECT max(coalesce(k.closed_on, date(k.updated_at)))
                  FROM risk_asset l JOIN risk k ON k.id = l.risk_id
                  WHERE l.asset_id = s.id)
       END,
       EXISTS (SELECT 1 FROM risk_asset l JOIN risk k ON k.id = l.risk_id
               WHERE l.asset_id = s.id AND k.status <> 'closed'),
       EXISTS (SELECT 1 FROM risk_asset l WHERE l.asset_id = s.id),
       NULL, NULL
FROM asset s
UNION ALL
SELECT 'person', e.id, e.name || ' (' || e.employee_id || ')', e.hired_on,
       e.terminated_on,
       e.status <> 'terminated',
       EXISTS (SELECT 1 FROM completion c WHERE c.person_id = e.id)
           OR EXISTS (SELECT 1 FROM policy_acknowledgment k WHERE k.person_id = e.id),
       NULL, NULL
FROM person e
UNION ALL
SELECT 'training_completion', c.id, o.title || ', ' || e.name || ', ' || c.completed_on,
       c.completed_on, c.completed_on, 0, 1, 'person', c.person_id
FROM completion c
JOIN person e ON e.id = c.person_id
JOIN course o ON o.id = c.course_id
UNION ALL
SELECT 'policy_acknowledgment', k.id,
       e.name || ', ' || p.code || ' revision ' || r.number || ', ' || k.acknowledged_on,
       k.acknowledged_on, k.acknowledged_on, 0, 1, 'person', k.person_id
FROM policy_acknowledgment k
JOIN person e ON e.id = k.person_id
JOIN policy_revision r ON r.id = k.revision_id
JOIN policy p ON p.id = r.policy_id
UNION ALL
SELECT 'phishing_campaign', g.id, g.template_name || ', ' || g.run_on, g.run_on, g.run_on,
       0, 1, NULL, NULL
FROM phishing_campaign g;

-- Deleting a training record before its time is refused here too; disposal
-- after the retention period lifts this for one record at a time.
CREATE TRIGGER completion_kept BEFORE DELETE ON completion
WHEN NOT (EXISTS (SELECT 1 FROM retention_disposal
                  WHERE record_type = 'training_completion' AND record_id = OLD.id)
          AND EXISTS (SELECT 1 FROM retention_disposing
                      WHERE record_type = 'training_completion' AND record_id = OLD.id))
BEGIN
    SELECT RAISE(ABORT, 'training completions are kept for six years');
END;

CREATE TRIGGER policy_acknowledgment_kept BEFORE DELETE ON policy_acknowledgment
WHEN NOT (EXISTS (SELECT 1 FROM retention_disposal
                  WHERE record_type = 'policy_acknowledgment' AND record_id = OLD.id)
          AND EXISTS (SELECT 1 FROM retention_disposing
                      WHERE record_type = 'policy_acknowledgment' AND record_id = OLD.id))
BEGIN
    SELECT RAISE(ABORT, 'policy acknowledgments are kept for six years');
END;
