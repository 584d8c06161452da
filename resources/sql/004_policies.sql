-- Palisade schema 4: the policy library. Policies, their numbered revisions
-- with approvals, and PDF files kept inside the encrypted file.
-- Dates are ISO 8601 calendar dates; timestamps are UTC ISO 8601. Category and
-- state columns hold stable keys.

-- A PDF kept inside the encrypted file (a policy revision's signed copy, later
-- training certificates). The text is extracted once so it can be searched.
CREATE TABLE stored_file (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    size        INTEGER NOT NULL,
    page_count  INTEGER NOT NULL,
    added_at    TEXT NOT NULL,
    added_by    TEXT NOT NULL,
    -- Large values last, so listing files never reads through the bytes.
    text        TEXT NOT NULL DEFAULT '',
    content     BLOB NOT NULL
);

CREATE TRIGGER stored_file_immutable BEFORE UPDATE ON stored_file
BEGIN
    SELECT RAISE(ABORT, 'stored files are immutable');
END;

CREATE TABLE policy (
    id                  INTEGER PRIMARY KEY,
    code                TEXT NOT NULL CHECK (length(trim(code)) > 0),
    title               TEXT NOT NULL CHECK (length(trim(title)) > 0),
    category            TEXT NOT NULL
                        CHECK (category IN ('privacy', 'security', 'breach_notification',
                                            'administrative')),
    owner               TEXT NOT NULL DEFAULT '',
    review_cycle_months INTEGER NOT NULL CHECK (review_cycle_months BETWEEN 1 AND 60),
    template            TEXT NOT NULL DEFAULT '',
    retired_on          TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);

CREATE UNIQUE INDEX policy_code ON policy (code COLLATE NOCASE);

-- Security Rule catalog entries the policy addresses (e.g. 164.308(a)(1)(ii)(A)).
CREATE TABLE policy_citation (
    policy_id INTEGER NOT NULL REFERENCES policy (id) ON DELETE CASCADE,
    citation  TEXT NOT NULL,
    PRIMARY KEY (policy_id, citation)
) WITHOUT ROWID;

-- The sign-offs a revision needs before it can take effect, by approver role.
CREATE TABLE policy_required_approval (
    policy_id INTEGER NOT NULL REFERENCES policy (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    role      TEXT NOT NULL CHECK (length(trim(role)) > 0),
    PRIMARY KEY (policy_id, position)
) WITHOUT ROWID;

-- state: draft -> in_review -> approved -> effective -> superseded | retired.
-- ended_on is the last day a revision was in effect: the successor's effective
-- date, or the retirement date.
CREATE TABLE policy_revision (
    id              INTEGER PRIMARY KEY,
    policy_id       INTEGER NOT NULL REFERENCES policy (id) ON DELETE RESTRICT,
    number          INTEGER NOT NULL CHECK (number >= 1),
    state           TEXT NOT NULL
                    CHECK (state IN ('draft', 'in_review', 'approved', 'effective', 'superseded',
                                     'retired')),
    change_summary  TEXT NOT NULL DEFAULT '',
    author          TEXT NOT NULL,
    content         TEXT NOT NULL DEFAULT '',
    file_id         INTEGER REFERENCES stored_file (id) ON DELETE RESTRICT,
    approved_on     TEXT,
    effective_on    TEXT,
    ended_on        TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (policy_id, number)
);

CREATE INDEX policy_revision_state ON policy_revision (state);

CREATE TABLE policy_approval (
    id           INTEGER PRIMARY KEY,
    revision_id  INTEGER NOT NULL REFERENCES policy_revision (id) ON DELETE CASCADE,
    approver     TEXT NOT NULL CHECK (length(trim(approver)) > 0),
    role         TEXT NOT NULL CHECK (length(trim(role)) > 0),
    approved_on  TEXT NOT NULL,
    meaning      TEXT NOT NULL CHECK (length(trim(meaning)) > 0),
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL
);

CREATE INDEX policy_approval_revision ON policy_approval (revision_id);

-- An approved revision is a record: its words, author, number and approvals
-- never change. Only its life may move on, one way: approved -> effective ->
-- superseded or retired (approved -> retired when it never took effect), and
-- each date is written once.
CREATE TRIGGER policy_revision_frozen BEFORE UPDATE ON policy_revision
WHEN OLD.state IN ('approved', 'effective', 'superseded', 'retired')
BEGIN
    SELECT RAISE(ABORT, 'approved policy revisions are immutable')
    WHERE NEW.policy_id IS NOT OLD.policy_id
       OR NEW.number IS NOT OLD.number
       OR NEW.change_summary IS NOT OLD.change_summary
       OR NEW.author IS NOT OLD.author
       OR NEW.content IS NOT OLD.content
       OR NEW.file_id IS NOT OLD.file_id
       OR NEW.approved_on IS NOT OLD.approved_on
       OR NEW.created_at IS NOT OLD.created_at
       OR (NEW.effective_on IS NOT OLD.effective_on
           AND NOT (OLD.state = 'approved' AND NEW.state = 'effective'
                    AND OLD.effective_on IS NULL))
       OR (NEW.ended_on IS NOT OLD.ended_on
           AND NOT (NEW.state IN ('superseded', 'retired') AND NEW.state <> OLD.state
                    AND OLD.ended_on IS NULL))
       OR NOT (NEW.state = OLD.state
               OR (OLD.state = 'approved' AND NEW.state IN ('effective', 'retired'))
               OR (OLD.state = 'effective' AND NEW.state IN ('superseded', 'retired')));
END;

-- Before approval a revision is written, reviewed and returned freely, but it
-- starts as a draft and becomes approved only with a sign-off on record.
CREATE TRIGGER policy_revision_starts_as_draft BEFORE INSERT ON policy_revision
WHEN NEW.state <> 'draft' OR NEW.approved_on IS NOT NULL OR NEW.effective_on IS NOT NULL
     OR NEW.ended_on IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a policy revision starts as a draft');
END;

CREATE TRIGGER policy_revision_review BEFORE UPDATE ON policy_revision
WHEN OLD.state IN ('draft', 'in_review')
BEGIN
    SELECT RAISE(ABORT, 'a policy revision is approved only with its approvals recorded')
    WHERE NOT (NEW.state = OLD.state
               OR (OLD.state = 'draft' AND NEW.state = 'in_review')
               OR (OLD.state = 'in_review' AND NEW.state = 'draft')
               OR (OLD.state = 'in_review' AND NEW.state = 'approved'
                   AND NEW.approved_on IS NOT NULL
                   AND EXISTS (SELECT 1 FROM policy_approval WHERE revision_id = OLD.id)))
       OR NEW.effective_on IS NOT NULL
       OR NEW.ended_on IS NOT NULL;
END;

-- A sign-off is given to a revision under review, never added afterwards.
CREATE TRIGGER policy_approval_in_review BEFORE INSERT ON policy_approval
WHEN (SELECT state FROM policy_revision WHERE id = NEW.revision_id) IS NOT 'in_review'
BEGIN
    SELECT RAISE(ABORT, 'approvals are recorded while a revision is in review');
END;

CREATE TRIGGER policy_approval_frozen BEFORE UPDATE ON policy_approval
BEGIN
    SELECT RAISE(ABORT, 'policy approvals are immutable');
END;

-- Deleting an approved revision or its approvals is refused here; disposal
-- after the retention period (schema 5) lifts this for one record at a time.
CREATE TRIGGER policy_revision_kept BEFORE DELETE ON policy_revision
WHEN OLD.state NOT IN ('draft', 'in_review')
BEGIN
    SELECT RAISE(ABORT, 'approved policy revisions are kept for six years');
END;

CREATE TRIGGER policy_approval_kept BEFORE DELETE ON policy_approval
WHEN (SELECT state FROM policy_revision WHERE id = OLD.revision_id)
     NOT IN ('draft', 'in_review')
BEGIN
    SELECT RAISE(ABORT, 'approvals of an approved policy revision are kept for six years');
END;
