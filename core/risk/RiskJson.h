#pragma once

#include "core/risk/RemediationTask.h"
#include "core/risk/Risk.h"
#include "core/util/JsonText.h"
#include "core/util/Result.h"

#include <QJsonObject>

namespace palisade {

// The JSON form of risks and remediation tasks: what the audit trail records
// before and after each change, and what the as-of view reads back. Every
// field is written, so one event holds the whole state of the record. Levels
// are written for the reader's benefit and recomputed on reading.
class RiskJson
{
public:
    // The canonical text the audit trail records, written directly.
    static JsonText toJsonText(const Risk& risk);
    static QJsonObject toJson(const Risk& risk);
    static Result<Risk> riskFromJson(const QJsonObject& json);

    static QJsonObject toJson(const RemediationTask& task);
    static Result<RemediationTask> taskFromJson(const QJsonObject& json);
};

} // namespace palisade
