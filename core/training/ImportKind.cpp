#include "core/training/ImportKind.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<ImportKind, 2> keys{{
    {ImportKind::People, QLatin1String("people")},
    {ImportKind::Completions, QLatin1String("completions")},
}};

} // namespace

QString importKindKey(ImportKind value)
{
    return keyOf(keys, value);
}

std::optional<ImportKind> importKindFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString importKindLabel(ImportKind value)
{
    switch (value) {
    case ImportKind::People:
        return QCoreApplication::translate("palisade::ImportKind", "People");
    case ImportKind::Completions:
        return QCoreApplication::translate("palisade::ImportKind", "Completions");
    }
    return {};
}

std::array<ImportKind, 2> allImportKinds()
{
    return valuesOf(keys);
}

} // namespace palisade
