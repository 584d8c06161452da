-- Palisade schema 9: the evidence packs exported. Each row is what the
-- program knows of one exported PDF: its SHA-256, the period and sections it
-- covers, who prepared it for whom, and when and by whom it was exported, so
-- `pack verify` can tell whether a file is exactly one this program exported.
-- The matching audit event ("exported", entity evidence_pack) carries the
-- same facts in the hash chain. Rows never change and are never deleted.

CREATE TABLE evidence_pack (
    id            INTEGER PRIMARY KEY,
    pack_id       TEXT NOT NULL UNIQUE CHECK (length(pack_id) > 0),
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    period_from   TEXT NOT NULL CHECK (date(period_from) IS period_from),
    period_to     TEXT NOT NULL CHECK (date(period_to) IS period_to),
    sections      TEXT NOT NULL CHECK (json_valid(sections) AND json_type(sections) = 'array'),
    prepared_for  TEXT NOT NULL DEFAULT '',
    prepared_by   TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    paper         TEXT NOT NULL CHECK (paper IN ('a4', 'letter')),
    page_count    INTEGER NOT NULL CHECK (page_count > 0),
    file_size     INTEGER NOT NULL CHECK (file_size > 0),
    file_name     TEXT NOT NULL,
    exported_at   TEXT NOT NULL,
    exported_by   TEXT NOT NULL,
    CHECK (period_from <= period_to)
);

CREATE INDEX evidence_pack_sha256 ON evidence_pack (sha256);

CREATE TRIGGER evidence_pack_unchanged BEFORE UPDATE ON evidence_pack
BEGIN
    SELECT RAISE(ABORT, 'an exported evidence pack is never changed');
END;

CREATE TRIGGER evidence_pack_kept BEFORE DELETE ON evidence_pack
BEGIN
    SELECT RAISE(ABORT, 'the record of an exported evidence pack is kept');
END;
