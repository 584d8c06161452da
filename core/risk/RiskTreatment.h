#pragma once

#include <QString>

#include <array>
#include <optional>

namespace palisade {

// How the organization responds to a risk. Undecided until the
// risk has been analysed.
enum class RiskTreatment
{
    Undecided,
    Mitigate,
    Accept,
    Transfer,
    Avoid,
};

QString riskTreatmentKey(RiskTreatment value); // stored form, e.g. "undecided"
std::optional<RiskTreatment> riskTreatmentFromKey(const QString& key);
QString riskTreatmentLabel(RiskTreatment value); // translated
std::array<RiskTreatment, 5> allRiskTreatments();

} // namespace palisade
