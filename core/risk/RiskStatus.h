#pragma once

#include <QString>

#include <array>
#include <optional>

namespace palisade {

// Where a risk stands in the risk management plan.
enum class RiskStatus
{
    Identified,
    InRemediation,
    Accepted,
    Closed,
};

QString riskStatusKey(RiskStatus value); // stored form, e.g. "identified"
std::optional<RiskStatus> riskStatusFromKey(const QString& key);
QString riskStatusLabel(RiskStatus value); // translated
std::array<RiskStatus, 4> allRiskStatuses();

} // namespace palisade
