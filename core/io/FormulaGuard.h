#pragma once

#include <QString>

namespace palisade {

// Spreadsheets run a cell that starts with = + - or @ as a formula, so text
// exported from the program could execute in the reader's spreadsheet (CSV
// injection). The guard is a leading apostrophe, which spreadsheets treat as
// "this is text"; imports remove it again so values round-trip unchanged.
// Text that already starts with apostrophes before = + - @ gets one more, so
// an import that removes one gives back exactly what was exported.
class FormulaGuard
{
public:
    static bool needsGuard(const QString& value);
    static QString guard(const QString& value);
    static QString unguard(const QString& value);
};

} // namespace palisade
