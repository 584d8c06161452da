#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// What an import batch or a saved column mapping holds.
enum class ImportKind
{
    People,
    Completions,
};

QString importKindKey(ImportKind value); // stored form, e.g. "completions"
std::optional<ImportKind> importKindFromKey(const QString& key);
QString importKindLabel(ImportKind value); // translated
std::array<ImportKind, 2> allImportKinds();

} // namespace palisade
