-- Palisade schema 6: audit format 2 (docs/audit-trail.md). A format 2 event's
-- hash covers the SHA-256 of each side's JSON instead of the JSON itself, so
-- when retention disposes of a record, the record's earlier states can leave
-- the trail (replaced by a marker carrying that digest) while the chain still
-- verifies. Events recorded before this schema stay format 1 and unchanged.
ALTER TABLE audit_event ADD COLUMN format INTEGER NOT NULL DEFAULT 1 CHECK (format IN (1, 2));

-- The audit subjects (entity and record id) whose events the disposal under
-- way redacts, and the event that records that disposal. Filled and emptied
-- inside the disposal's transaction.
CREATE TABLE audit_redacting (
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    by_event  INTEGER NOT NULL,
    PRIMARY KEY (entity, record_id)
) WITHOUT ROWID;

-- Events stay immutable, with one exception: during a disposal, a format 2
-- event about a subject being disposed of may have a side replaced by a
-- redaction marker naming the disposal's event. Nothing else may change.
DROP TRIGGER audit_event_no_update;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
WHEN NOT (
    OLD.format = 2
    AND NEW.seq IS OLD.seq AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor
    AND NEW.action IS OLD.action AND NEW.entity IS OLD.entity
    AND NEW.record_id IS OLD.record_id AND NEW.prev_hash IS OLD.prev_hash
    AND NEW.hash IS OLD.hash AND NEW.format IS OLD.format
    AND EXISTS (
        SELECT 1 FROM audit_redacting r
        WHERE r.entity = OLD.entity AND r.record_id = OLD.record_id
          AND r.by_event > OLD.seq
          AND (NEW.before_json IS OLD.before_json
               OR json_extract(NEW.before_json, '$.redacted.by_event') = r.by_event)
          AND (NEW.after_json IS OLD.after_json
               OR json_extract(NEW.after_json, '$.redacted.by_event') = r.by_event)))
BEGIN
    SELECT RAISE(ABORT, 'audit events are immutable');
END;
