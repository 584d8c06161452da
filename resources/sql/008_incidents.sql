-- Palisade schema 8: security incidents and breach notification (164.308(a)(6),
-- 164.400-414). Incidents with the systems and covered entities involved and
-- the affected individuals by State, the four-factor risk assessment, every
-- notice sent, corrective actions, evidence, and the States' own notice
-- clocks. Which notices are owed by when is decided in C++
-- (BreachNotificationRules); this schema keeps the facts it reads.
-- Dates are ISO 8601 calendar dates; timestamps are UTC ISO 8601. Kind,
-- rating and recipient columns hold stable keys.

CREATE TABLE incident (
    id                           INTEGER PRIMARY KEY,
    title                        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description                  TEXT NOT NULL DEFAULT '',
    kind                         TEXT NOT NULL
                                 CHECK (kind IN ('misdirected_communication',
                                                 'lost_or_stolen_device', 'phishing_compromise',
                                                 'wrong_patient_attachment', 'unauthorized_access',
                                                 'ransomware', 'other')),
    occurred_on                  TEXT CHECK (occurred_on IS NULL OR date(occurred_on) IS occurred_on),
    discovered_on                TEXT NOT NULL CHECK (date(discovered_on) IS discovered_on),
    reported_on                  TEXT CHECK (reported_on IS NULL OR date(reported_on) IS reported_on),
    contained_on                 TEXT CHECK (contained_on IS NULL OR date(contained_on) IS contained_on),
    closed_on                    TEXT CHECK (closed_on IS NULL OR date(closed_on) IS closed_on),
    reporter                     TEXT NOT NULL DEFAULT '',
    handler                      TEXT NOT NULL DEFAULT '',
    notifies_for_covered_entity  INTEGER NOT NULL DEFAULT 0
                                 CHECK (notifies_for_covered_entity IN (0, 1)),
    phi_types                    TEXT NOT NULL DEFAULT '[]'
                                 CHECK (json_valid(phi_types) AND json_type(phi_types) = 'array'),
    phi_secured                  INTEGER NOT NULL DEFAULT 0 CHECK (phi_secured IN (0, 1)),
    secured_basis                TEXT NOT NULL DEFAULT '',
    containment                  TEXT NOT NULL DEFAULT '',
    lessons_learned              TEXT NOT NULL DEFAULT '',
    created_at                   TEXT NOT NULL,
    updated_at                   TEXT NOT NULL,
    -- Secured PHI is not a reportable breach only for a stated reason.
    CHECK (phi_secured = 0 OR length(trim(secured_basis)) > 0),
    CHECK (occurred_on IS NULL OR occurred_on <= discovered_on),
    CHECK (closed_on IS NULL OR closed_on >= discovered_on),
    CHECK (contained_on IS NULL OR occurred_on IS NULL OR contained_on >= occurred_on),
    CHECK (reported_on IS NULL OR occurred_on IS NULL OR reported_on >= occurred_on)
);

CREATE INDEX incident_discovered_on ON incident (discovered_on);

-- The systems an incident involved; an asset named by one cannot be deleted.
CREATE TABLE incident_asset (
    incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    asset_id    INTEGER NOT NULL REFERENCES asset (id) ON DELETE RESTRICT,
    PRIMARY KEY (incident_id, asset_id)
) WITHOUT ROWID;

CREATE INDEX incident_asset_asset ON incident_asset (asset_id);

-- The covered entities whose PHI it was, when we are their business associate.
CREATE TABLE incident_covered_entity (
    incident_id      INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    counterparty_id  INTEGER NOT NULL REFERENCES counterparty (id) ON DELETE RESTRICT,
    PRIMARY KEY (incident_id, counterparty_id)
) WITHOUT ROWID;

CREATE INDEX incident_covered_entity_counterparty ON incident_covered_entity (counterparty_id);

-- Affected individuals by State or jurisdiction of residence (USPS code).
CREATE TABLE incident_affected (
    incident_id   INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    jurisdiction  TEXT NOT NULL
                  CHECK (length(jurisdiction) = 2 AND jurisdiction NOT GLOB '*[^A-Z]*'),
    individuals   INTEGER NOT NULL CHECK (individuals >= 0),
    PRIMARY KEY (incident_id, jurisdiction)
) WITHOUT ROWID;

-- The 164.402(2) risk assessment: four factors, each rated and explained,
-- and the conclusion drawn from them. One per incident.
CREATE TABLE breach_assessment (
    incident_id                 INTEGER PRIMARY KEY REFERENCES incident (id) ON DELETE CASCADE,
    nature_rating               TEXT NOT NULL CHECK (nature_rating IN ('low', 'moderate', 'high')),
    nature_narrative            TEXT NOT NULL CHECK (length(trim(nature_narrative)) > 0),
    person_rating               TEXT NOT NULL CHECK (person_rating IN ('low', 'moderate', 'high')),
    person_narrative            TEXT NOT NULL CHECK (length(trim(person_narrative)) > 0),
    acquired_rating             TEXT NOT NULL CHECK (acquired_rating IN ('low', 'moderate', 'high')),
    acquired_narrative          TEXT NOT NULL CHECK (length(trim(acquired_narrative)) > 0),
    mitigation_rating           TEXT NOT NULL
                                CHECK (mitigation_rating IN ('low', 'moderate', 'high')),
    mitigation_narrative        TEXT NOT NULL CHECK (length(trim(mitigation_narrative)) > 0),
    low_probability             INTEGER NOT NULL CHECK (low_probability IN (0, 1)),
    conclusion                  TEXT NOT NULL CHECK (length(trim(conclusion)) > 0),
    assessed_by                 TEXT NOT NULL CHECK (length(trim(assessed_by)) > 0),
    assessed_on                 TEXT NOT NULL CHECK (date(assessed_on) IS assessed_on),
    recorded_at                 TEXT NOT NULL
);

-- Every notice sent. An incident with notices on file cannot be deleted
-- (RESTRICT); disposal removes the notices first. Several notices to the same
-- recipient are allowed (a supplemental notice, a substitute notice).
CREATE TABLE incident_notification (
    id               INTEGER PRIMARY KEY,
    incident_id      INTEGER NOT NULL REFERENCES incident (id) ON DELETE RESTRICT,
    recipient        TEXT NOT NULL
                     CHECK (recipient IN ('covered_entity', 'individuals', 'hhs', 'media',
                                          'state_authority')),
    jurisdiction     TEXT NOT NULL DEFAULT ''
                     CHECK (jurisdiction = '' OR (length(jurisdiction) = 2
                                                  AND jurisdiction NOT GLOB '*[^A-Z]*')),
    counterparty_id  INTEGER REFERENCES counterparty (id) ON DELETE RESTRICT,
    sent_on          TEXT NOT NULL CHECK (date(sent_on) IS sent_on),
    method           TEXT NOT NULL CHECK (length(trim(method)) > 0),
    content          TEXT NOT NULL DEFAULT '',
    file_id          INTEGER REFERENCES stored_file (id) ON DELETE RESTRICT,
    sent_by          TEXT NOT NULL DEFAULT '',
    recorded_at      TEXT NOT NULL,
    recorded_by      TEXT NOT NULL,
    CHECK ((recipient = 'covered_entity') = (counterparty_id IS NOT NULL)),
    CHECK (recipient NOT IN ('media', 'state_authority') OR jurisdiction <> '')
);

CREATE INDEX incident_notification_incident ON incident_notification (incident_id, sent_on);

-- Corrective actions taken after the incident.
CREATE TABLE incident_action (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    owner        TEXT NOT NULL DEFAULT '',
    due_on       TEXT CHECK (due_on IS NULL OR date(due_on) IS due_on),
    done_on      TEXT CHECK (done_on IS NULL OR date(done_on) IS done_on),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE INDEX incident_action_incident ON incident_action (incident_id);

-- Evidence gathered: a note, a file kept inside the encrypted file, or both.
-- Append-only.
CREATE TABLE incident_evidence (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    note         TEXT NOT NULL DEFAULT '',
    file_id      INTEGER REFERENCES stored_file (id) ON DELETE RESTRICT,
    added_at     TEXT NOT NULL,
    added_by     TEXT NOT NULL,
    CHECK (length(trim(note)) > 0 OR file_id IS NOT NULL)
);

CREATE INDEX incident_evidence_incident ON incident_evidence (incident_id);

CREATE TRIGGER incident_evidence_immutable BEFORE UPDATE ON incident_evidence
BEGIN
    SELECT RAISE(ABORT, 'incident evidence is immutable');
END;

-- A State's own breach-notice clock, kept as data so it can be corrected
-- without a new release.
CREATE TABLE state_notification_rule (
    id                 INTEGER PRIMARY KEY,
    jurisdiction       TEXT NOT NULL UNIQUE
                       CHECK (length(jurisdiction) = 2 AND jurisdiction NOT GLOB '*[^A-Z]*'),
    authority          TEXT NOT NULL CHECK (length(trim(authority)) > 0),
    minimum_residents  INTEGER NOT NULL CHECK (minimum_residents >= 1),
    days               INTEGER NOT NULL CHECK (days BETWEEN 1 AND 365),
    citation           TEXT NOT NULL DEFAULT '',
    notes              TEXT NOT NULL DEFAULT '',
    updated_at         TEXT NOT NULL
);

INSERT INTO state_notification_rule (jurisdiction, authority, minimum_residents, days, citation,
                                     updated_at)
VALUES ('FL', 'Florida Department of Legal Affairs', 500, 30, 'Fla. Stat. § 501.171(3)',
        strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- Retention (schema 5) learns incidents. Every incident is a record
-- (164.316(b)(2)(i) for security incidents, 164.530(j) for breach
-- documentation), in effect while open and kept six years after it was
-- closed. Its notifications follow it; its assessment, evidence and
-- corrective actions are part of its content.
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
FROM phishing_campaign g
UNION ALL
SELECT 'incident', i.id, printf('INC-%04d', i.id) || ' ' || i.title, i.discovered_on,
       i.closed_on, i.closed_on IS NULL, 1, NULL, NULL
FROM incident i
UNION ALL
SELECT 'incident_notification', n.id,
       n.recipient || ', ' || printf('INC-%04d', i.id) || ', ' || n.sent_on,
       i.discovered_on, i.closed_on, i.closed_on IS NULL, 1, 'incident', i.id
FROM incident_notification n
JOIN incident i ON i.id = n.incident_id;

-- Deleting an incident or a notice before its time is refused here too;
-- disposal after the retention period lifts this for one record at a time.
CREATE TRIGGER incident_kept BEFORE DELETE ON incident
WHEN NOT (EXISTS (SELECT 1 FROM retention_disposal
                  WHERE record_type = 'incident' AND record_id = OLD.id)
          AND EXISTS (SELECT 1 FROM retention_disposing
                      WHERE record_type = 'incident' AND record_id = OLD.id))
BEGIN
    SELECT RAISE(ABORT, 'incidents are kept for six years after they are closed');
END;

CREATE TRIGGER incident_notification_kept BEFORE DELETE ON incident_notification
WHEN NOT (EXISTS (SELECT 1 FROM retention_disposal
                  WHERE record_type = 'incident_notification' AND record_id = OLD.id)
          AND EXISTS (SELECT 1 FROM retention_disposing
                      WHERE record_type = 'incident_notification' AND record_id = OLD.id))
BEGIN
    SELECT RAISE(ABORT, 'breach notifications are kept for six years');
END;
