-- Palisade schema 3: counterparties (covered entities served, subcontractors,
-- other vendors), business associate agreements with their required-provision
-- checklists, and the signed documents kept inside the encrypted file.
-- Dates are ISO 8601 calendar dates; timestamps are UTC ISO 8601. Relationship,
-- direction, status and state columns hold stable keys.

CREATE TABLE counterparty (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    relationship  TEXT NOT NULL,
    services      TEXT NOT NULL DEFAULT '',
    phi_types     TEXT NOT NULL DEFAULT '',
    shares_phi    INTEGER NOT NULL CHECK (shares_phi IN (0, 1)),
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE UNIQUE INDEX counterparty_name ON counterparty (name COLLATE NOCASE);

CREATE TABLE counterparty_contact (
    counterparty_id INTEGER NOT NULL REFERENCES counterparty (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (counterparty_id, position)
) WITHOUT ROWID;

CREATE TABLE counterparty_asset (
    counterparty_id INTEGER NOT NULL REFERENCES counterparty (id) ON DELETE CASCADE,
    asset_id        INTEGER NOT NULL REFERENCES asset (id) ON DELETE RESTRICT,
    PRIMARY KEY (counterparty_id, asset_id)
) WITHOUT ROWID;

CREATE INDEX counterparty_asset_asset ON counterparty_asset (asset_id);

-- The asset's single vendor link gives way to the many-to-many link above.
ALTER TABLE asset DROP COLUMN vendor_id;

CREATE TABLE agreement (
    id                     INTEGER PRIMARY KEY,
    counterparty_id        INTEGER NOT NULL REFERENCES counterparty (id) ON DELETE RESTRICT,
    title                  TEXT NOT NULL CHECK (length(trim(title)) > 0),
    direction              TEXT NOT NULL,
    status                 TEXT NOT NULL,
    signed_on              TEXT,
    effective_on           TEXT,
    expires_on             TEXT,
    evergreen              INTEGER NOT NULL CHECK (evergreen IN (0, 1)),
    renewal_terms          TEXT NOT NULL DEFAULT '',
    review_cadence_months  INTEGER NOT NULL CHECK (review_cadence_months BETWEEN 1 AND 60),
    last_reviewed_on       TEXT,
    next_review_on         TEXT,
    breach_notice_days     INTEGER NOT NULL CHECK (breach_notice_days BETWEEN 1 AND 365),
    incident_report_days   INTEGER NOT NULL CHECK (incident_report_days BETWEEN 1 AND 365),
    permitted_uses         TEXT NOT NULL DEFAULT '',
    terminated_on          TEXT,
    phi_disposition        TEXT NOT NULL,
    disposition_attested_on TEXT,
    disposition_attested_by TEXT NOT NULL DEFAULT '',
    notes                  TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);

CREATE INDEX agreement_counterparty ON agreement (counterparty_id);

CREATE TABLE agreement_flow_down (
    agreement_id          INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    upstream_agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE RESTRICT,
    PRIMARY KEY (agreement_id, upstream_agreement_id)
) WITHOUT ROWID;

CREATE TABLE agreement_provision (
    agreement_id     INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    provision        TEXT NOT NULL,
    state            TEXT NOT NULL,
    clause_reference TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (agreement_id, provision)
) WITHOUT ROWID;

-- Signed agreements and amendments. The text is extracted once on attach so
-- the inventory can be searched without opening every document.
CREATE TABLE agreement_document (
    id            INTEGER PRIMARY KEY,
    agreement_id  INTEGER NOT NULL REFERENCES agreement (id) ON DELETE RESTRICT,
    kind          TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    size          INTEGER NOT NULL,
    page_count    INTEGER NOT NULL,
    added_at      TEXT NOT NULL,
    added_by      TEXT NOT NULL,
    -- Large values last, so listing documents and searching their text never
    -- read through the PDF bytes.
    text          TEXT NOT NULL DEFAULT '',
    content       BLOB NOT NULL
);

CREATE INDEX agreement_document_agreement ON agreement_document (agreement_id);

-- A stored document never changes: a new version is a new row.
CREATE TRIGGER agreement_document_immutable BEFORE UPDATE ON agreement_document
BEGIN
    SELECT RAISE(ABORT, 'agreement documents are immutable');
END;
