#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// When a course falls due; TrainingDueRules says exactly how.
enum class Cadence
{
    AtHire,
    EveryMonths, // Course::cadenceMonths
    OnPolicyChange,
};

QString cadenceKey(Cadence value); // stored form, e.g. "on_policy_change"
std::optional<Cadence> cadenceFromKey(const QString& key);
QString cadenceLabel(Cadence value); // translated
std::array<Cadence, 3> allCadences();

} // namespace palisade
