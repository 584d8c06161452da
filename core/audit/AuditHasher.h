#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace palisade {

struct AuditEvent;

// The canonical serialization of an audit event and its SHA-256, documented in
// docs/audit-trail.md. Changing anything here breaks every existing chain.
class AuditHasher
{
public:
    static constexpr const char* formatTag = "palisade-audit-v1";
    // The previous hash of the first event.
    static QString genesisHash();
    static QString timestamp(const QDateTime& utc);
    static QByteArray serialize(const AuditEvent& event);
    static QString hash(const AuditEvent& event);
};

} // namespace palisade
