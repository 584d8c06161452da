#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace palisade {

struct AuditEvent;
struct StoredAuditEvent;

// The canonical serialization of an audit event and its SHA-256, documented in
// docs/audit-trail.md. Changing anything here breaks every existing chain.
// Format 1 hashes the before/after JSON itself; format 2 hashes the SHA-256 of
// each side, so a side can later be replaced by a redaction marker carrying
// that digest without changing the event's hash.
class AuditHasher
{
public:
    static constexpr int currentFormat = 2;
    // "palisade-audit-v1" or "palisade-audit-v2"; empty for an unknown format.
    static QByteArray formatTag(int format);
    // The previous hash of the first event.
    static QString genesisHash();
    static QString timestamp(const QDateTime& utc);
    // Format 2: the digest a side contributes, its marker's when redacted.
    static QByteArray sideDigest(const QByteArray& json);
    static QByteArray serialize(const AuditEvent& event);
    static QString hash(const AuditEvent& event);
    // The same over the stored bytes; a timestamp not in its canonical form
    // is hashed as empty, as it reads as no time at all.
    static QByteArray serialize(const StoredAuditEvent& event);
    static QByteArray hash(const StoredAuditEvent& event); // hex, empty for an unknown format
    static StoredAuditEvent stored(const AuditEvent& event);
};

} // namespace palisade
