#pragma once

#include "core/audit/AuditEvent.h"

#include "core/retention/Disposal.h"
#include "core/retention/LegalHold.h"
#include "core/retention/RetentionRecord.h"

#include <QJsonObject>
#include <vector>

namespace palisade {

// The JSON retention's audit events carry: legal holds, the tombstone of a
// disposal (never the content itself), and a refused deletion.
class RetentionJson
{
public:
    static QJsonObject toJson(const LegalHold& hold);
    static QJsonObject tombstone(const Disposal& disposal);
    // The disposal event's after JSON: the tombstone, and the sequence numbers
    // of the earlier events that held the record's states. "redacted_events"
    // (format 2) are redacted by the disposal; "unredacted_events" (format 1,
    // recorded before redaction existed) cannot be without breaking the chain.
    static QJsonObject tombstoneEvent(const Disposal& disposal,
                                      const std::vector<AuditEvent>& holding);
    static QJsonObject refusal(const RetentionRecord& record, const QString& reason);
};

} // namespace palisade
