#pragma once

#include "core/retention/Disposal.h"
#include "core/retention/LegalHold.h"
#include "core/retention/RetentionRecord.h"

#include <QJsonObject>

namespace palisade {

// The JSON retention's audit events carry: legal holds, the tombstone of a
// disposal (never the content itself), and a refused deletion.
class RetentionJson
{
public:
    static QJsonObject toJson(const LegalHold& hold);
    static QJsonObject tombstone(const Disposal& disposal);
    static QJsonObject refusal(const RetentionRecord& record, const QString& reason);
};

} // namespace palisade
