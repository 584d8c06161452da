#include "core/demo/DemoScale.h"

#include "core/util/KeyedEnum.h"

namespace palisade {
namespace {

constexpr KeyTable<DemoScale, 3> keys{{
    {DemoScale::Small, QLatin1String("small")},
    {DemoScale::Medium, QLatin1String("medium")},
    {DemoScale::Large, QLatin1String("large")},
}};

} // namespace

QString demoScaleKey(DemoScale value)
{
    return keyOf(keys, value);
}

std::optional<DemoScale> demoScaleFromKey(const QString& key)
{
    return fromKey(keys, key.trimmed().toLower());
}

std::array<DemoScale, 3> allDemoScales()
{
    return valuesOf(keys);
}

} // namespace palisade
