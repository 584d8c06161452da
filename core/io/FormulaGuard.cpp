#include "core/io/FormulaGuard.h"

#include <QRegularExpression>

namespace palisade {
namespace {

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@');
}

// A plain decimal number cannot run as a formula; leaving it bare keeps
// negative amounts numeric when the file is opened in a spreadsheet.
bool isPlainNumber(const QString& value)
{
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?$"));
    return number.match(value).hasMatch();
}

// Formula-like after any apostrophes: such text must carry one more apostrophe
// than it has, so that removing one on import gives back the exact value.
bool startsLikeFormula(QStringView value)
{
    qsizetype i = 0;
    while (i < value.size() && value[i] == QLatin1Char('\''))
        ++i;
    return i < value.size() && isFormulaStart(value[i]);
}

} // namespace

bool FormulaGuard::needsGuard(const QString& value)
{
    return startsLikeFormula(value) && !isPlainNumber(value);
}

QString FormulaGuard::guard(const QString& value)
{
    return needsGuard(value) ? QLatin1Char('\'') + value : value;
}

QString FormulaGuard::unguard(const QString& value)
{
    if (value.startsWith(QLatin1Char('\'')) && startsLikeFormula(QStringView(value).sliced(1)))
        return value.mid(1);
    return value;
}

} // namespace palisade
