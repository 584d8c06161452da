#include "core/training/CompletionSource.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<CompletionSource, 2> keys{{
    {CompletionSource::Manual, QLatin1String("manual")},
    {CompletionSource::Imported, QLatin1String("imported")},
}};

} // namespace

QString completionSourceKey(CompletionSource value)
{
    return keyOf(keys, value);
}

std::optional<CompletionSource> completionSourceFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString completionSourceLabel(CompletionSource value)
{
    switch (value) {
    case CompletionSource::Manual:
        return QCoreApplication::translate("palisade::CompletionSource", "Entered by hand");
    case CompletionSource::Imported:
        return QCoreApplication::translate("palisade::CompletionSource", "Imported");
    }
    return {};
}

std::array<CompletionSource, 2> allCompletionSources()
{
    return valuesOf(keys);
}

} // namespace palisade
