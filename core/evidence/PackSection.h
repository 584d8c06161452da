#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// The sections an evidence pack may hold, in the order they appear.
enum class PackSection
{
    Overview,
    Risks,
    Policies,
    Baas,
    Training,
    Incidents,
    Retention,
    Audit,
};

QString packSectionKey(PackSection value); // "risks"
std::optional<PackSection> packSectionFromKey(const QString& key);
QString packSectionTitle(PackSection value); // translated, as the pack's heading
std::array<PackSection, 8> allPackSections();

} // namespace palisade
