-- Palisade schema 2: the risk register (assets and their data flows, risks,
-- remediation tasks, links to the Security Rule catalog).
-- Dates are ISO 8601 calendar dates (yyyy-mm-dd); timestamps are UTC ISO 8601.
-- Level, kind, status and treatment columns hold the stable keys the C++ code
-- maps to translated labels.

CREATE TABLE asset (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind        TEXT NOT NULL,
    location    TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL DEFAULT '',
    phi_held    TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    vendor_id   INTEGER,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE UNIQUE INDEX asset_name ON asset (name COLLATE NOCASE);

CREATE TABLE asset_data_flow (
    asset_id             INTEGER NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    position             INTEGER NOT NULL,
    source               TEXT NOT NULL,
    destination          TEXT NOT NULL,
    channel              TEXT NOT NULL DEFAULT '',
    encrypted_in_transit INTEGER NOT NULL CHECK (encrypted_in_transit IN (0, 1)),
    PRIMARY KEY (asset_id, position)
) WITHOUT ROWID;

CREATE TABLE risk (
    id                    INTEGER PRIMARY KEY,
    title                 TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description           TEXT NOT NULL DEFAULT '',
    threat_source         TEXT NOT NULL DEFAULT '',
    threat_event          TEXT NOT NULL DEFAULT '',
    vulnerability         TEXT NOT NULL DEFAULT '',
    existing_controls     TEXT NOT NULL DEFAULT '',
    likelihood            TEXT NOT NULL,
    impact                TEXT NOT NULL,
    treatment             TEXT NOT NULL,
    treatment_plan        TEXT NOT NULL DEFAULT '',
    residual_likelihood   TEXT,
    residual_impact       TEXT,
    owner                 TEXT NOT NULL,
    status                TEXT NOT NULL,
    identified_on         TEXT NOT NULL,
    due_on                TEXT,
    accepted_by           TEXT NOT NULL DEFAULT '',
    accepted_on           TEXT,
    acceptance_rationale  TEXT NOT NULL DEFAULT '',
    acceptance_expires_on TEXT,
    last_assessed_on      TEXT NOT NULL,
    next_reassessment_on  TEXT NOT NULL,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);

CREATE INDEX risk_status ON risk (status);

CREATE TABLE risk_asset (
    risk_id  INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
    asset_id INTEGER NOT NULL REFERENCES asset (id) ON DELETE RESTRICT,
    PRIMARY KEY (risk_id, asset_id)
) WITHOUT ROWID;

CREATE INDEX risk_asset_asset ON risk_asset (asset_id);

CREATE TABLE risk_citation (
    risk_id  INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
    citation TEXT NOT NULL,
    PRIMARY KEY (risk_id, citation)
) WITHOUT ROWID;

CREATE TABLE remediation_task (
    id            INTEGER PRIMARY KEY,
    risk_id       INTEGER NOT NULL REFERENCES risk (id) ON DELETE RESTRICT,
    title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
    owner         TEXT NOT NULL,
    due_on        TEXT,
    status        TEXT NOT NULL,
    completed_on  TEXT,
    evidence_note TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE INDEX remediation_task_risk ON remediation_task (risk_id);

CREATE TABLE remediation_task_citation (
    task_id  INTEGER NOT NULL REFERENCES remediation_task (id) ON DELETE CASCADE,
    citation TEXT NOT NULL,
    PRIMARY KEY (task_id, citation)
) WITHOUT ROWID;
