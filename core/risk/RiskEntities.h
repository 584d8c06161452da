#pragma once

#include <QString>

namespace palisade::riskentity {

// The entity names the risk register's audit events carry. Stored in every
// event, so they never change.
inline QString risk() { return QStringLiteral("risk"); }
inline QString task() { return QStringLiteral("remediation_task"); }
inline QString asset() { return QStringLiteral("asset"); }
inline QString matrix() { return QStringLiteral("risk_matrix"); }

} // namespace palisade::riskentity
