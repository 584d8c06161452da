-- Palisade schema 5: six-year retention (164.316(b)(2)(i), 164.530(j)).
-- Required documentation is kept six years from its creation or from the day
-- it was last in effect, whichever is later. The C++ code (RetentionDates)
-- adds the six years; this schema says, for every record, when it was created,
-- whether it is still in effect and when it was last in effect.
-- Dates are ISO 8601 calendar dates; timestamps are UTC ISO 8601.

-- The last day a risk was open: set when it is closed, cleared when reopened.
ALTER TABLE risk ADD COLUMN closed_on TEXT;

UPDATE risk SET closed_on = date(updated_at) WHERE status = 'closed';

-- One row per agreement: whether it is a record (signed), whether it is in
-- effect, and when it was last in effect (Agreement::endsOn: termination or
-- expiry, whichever is earlier; the last change when neither is known).
CREATE VIEW retention_agreement AS
SELECT id,
       counterparty_id,
       title,
       status IN ('active', 'expired', 'terminated') AS kept,
       status = 'active' AS in_effect,
       coalesce(signed_on, date(created_at)) AS created_on,
       CASE WHEN status IN ('expired', 'terminated') THEN
           coalesce(CASE WHEN terminated_on IS NOT NULL
                          AND (evergreen = 1 OR expires_on IS NULL OR terminated_on < expires_on)
                         THEN terminated_on
                         WHEN evergreen = 0 THEN expires_on
                    END,
                    date(updated_at))
       END AS last_in_effect_on
FROM agreement;

-- One row per policy revision: a draft or a revision in review is not a
-- record yet; an approved or effective one is in effect; a superseded or
-- retired one was last in effect on ended_on.
CREATE VIEW retention_policy_revision AS
SELECT r.id,
       r.policy_id,
       p.code || ' ' || p.title || ', revision ' || r.number AS label,
       r.state NOT IN ('draft', 'in_review') AS kept,
       r.state IN ('approved', 'effective') AS in_effect,
       date(r.created_at) AS created_on,
       CASE WHEN r.state IN ('superseded', 'retired')
            THEN coalesce(r.ended_on, date(r.updated_at))
       END AS last_in_effect_on
FROM policy_revision r
JOIN policy p ON p.id = r.policy_id;

-- Every row of every table that holds required documentation, records or not.
-- kept: it is a record (not a draft); in_effect: it is kept however old it is;
-- last_in_effect_on: set once a kept record is no longer in effect. parent
-- names the record whose retention (and legal holds) this one follows.
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
FROM asset s;

-- A legal hold keeps records from disposal (and from deletion) whatever their
-- age: one record, or every record of a type when record_id is NULL. A hold is
-- never deleted; releasing it records who, when and why, once.
CREATE TABLE legal_hold (
    id             INTEGER PRIMARY KEY,
    record_type    TEXT NOT NULL CHECK (length(trim(record_type)) > 0),
    record_id      INTEGER,
    reason         TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    placed_by      TEXT NOT NULL,
    placed_at      TEXT NOT NULL,
    released_by    TEXT,
    released_at    TEXT,
    release_reason TEXT,
    CHECK ((released_at IS NULL) = (released_by IS NULL)),
    CHECK ((released_at IS NULL) = (release_reason IS NULL))
);

CREATE INDEX legal_hold_record ON legal_hold (record_type, record_id);

CREATE TRIGGER legal_hold_kept BEFORE DELETE ON legal_hold
BEGIN
    SELECT RAISE(ABORT, 'legal holds are kept');
END;

CREATE TRIGGER legal_hold_released_once BEFORE UPDATE ON legal_hold
BEGIN
    SELECT RAISE(ABORT, 'a legal hold changes only when it is released, once')
    WHERE OLD.released_at IS NOT NULL
       OR NEW.released_at IS NULL
       OR NEW.record_type IS NOT OLD.record_type
       OR NEW.record_id IS NOT OLD.record_id
       OR NEW.reason IS NOT OLD.reason
       OR NEW.placed_by IS NOT OLD.placed_by
       OR NEW.placed_at IS NOT OLD.placed_at;
END;

-- The disposal log: what was destroyed after its retention period, with the
-- SHA-256 of its canonical JSON content. retain_until is NULL for a part that
-- was never a record (an open task of a disposed risk). Append-only.
CREATE TABLE retention_disposal (
    id             INTEGER PRIMARY KEY,
    record_type    TEXT NOT NULL,
    record_id      INTEGER NOT NULL,
    label          TEXT NOT NULL,
    retain_until   TEXT,
    content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
    disposed_at    TEXT NOT NULL,
    disposed_by    TEXT NOT NULL
);

CREATE INDEX retention_disposal_record ON retention_disposal (record_type, record_id);

CREATE TRIGGER retention_disposal_no_update BEFORE UPDATE ON retention_disposal
BEGIN
    SELECT RAISE(ABORT, 'the disposal log is append-only');
END;

CREATE TRIGGER retention_disposal_no_delete BEFORE DELETE ON retention_disposal
BEGIN
    SELECT RAISE(ABORT, 'the disposal log is append-only');
END;

-- The records being disposed of by the transaction under way: a disposal
-- writes its log row and this row, deletes the content, then deletes this row.
-- The triggers below check both, so a later record that reuses a disposed
-- row's id is protected again.
CREATE TABLE retention_disposing (
    record_type TEXT NOT NULL,
    record_id   INTEGER NOT NULL,
    PRIMARY KEY (record_type, record_id)
) WITHOUT ROWID;

DROP TRIGGER policy_revision_kept;
DROP TRIGGER policy_approval_kept;

CREATE TRIGGER policy_revision_kept BEFORE DELETE ON policy_revision
WHEN OLD.state NOT IN ('draft', 'in_review')
 AND NOT (EXISTS (SELECT 1 FROM retention_disposal
                  WHERE record_type = 'policy_revision' AND record_id = OLD.id)
          AND EXISTS (SELECT 1 FROM retention_disposing
                      WHERE record_type = 'policy_revision' AND record_id = OLD.id))
BEGIN
    SELECT RAISE(ABORT, 'approved policy revisions are kept for six years');
END;

CREATE TRIGGER policy_approval_kept BEFORE DELETE ON policy_approval
WHEN (SELECT state FROM policy_revision WHERE id = OLD.revision_id)
     NOT IN ('draft', 'in_review')
 AND NOT (EXISTS (SELECT 1 FROM retention_disposal
                  WHERE record_type = 'policy_revision' AND record_id = OLD.revision_id)
          AND EXISTS (SELECT 1 FROM retention_disposing
                      WHERE record_type = 'policy_revision' AND record_id = OLD.revision_id))
BEGIN
    SELECT RAISE(ABORT, 'approvals of an approved policy revision are kept for six years');
END;
