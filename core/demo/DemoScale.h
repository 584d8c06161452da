#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// How big a demonstration program is: small enough to read every page of,
// a mid-sized firm, or a large one for trying the program under load.
enum class DemoScale
{
    Small,
    Medium,
    Large,
};

QString demoScaleKey(DemoScale value); // as the command line takes it, e.g. "small"
std::optional<DemoScale> demoScaleFromKey(const QString& key);
std::array<DemoScale, 3> allDemoScales();

} // namespace palisade
