#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// What happened to the PHI when an agreement ended (164.504(e)(2)(ii)(J)).
enum class PhiDisposition
{
    Pending,
    Returned,
    Destroyed,
    ProtectionsExtended,
};

QString phiDispositionKey(PhiDisposition value); // stored form, e.g. "pending"
std::optional<PhiDisposition> phiDispositionFromKey(const QString& key);
QString phiDispositionLabel(PhiDisposition value); // translated
std::array<PhiDisposition, 4> allPhiDispositions();

} // namespace palisade
