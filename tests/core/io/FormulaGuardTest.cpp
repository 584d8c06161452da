#include "core/io/FormulaGuard.h"

#include "tests/core/CatchQtStrings.h"

#include <QStringList>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

TEST_CASE("FormulaGuard guards formula-like text and leaves numbers alone", "[io]")
{
    CHECK(FormulaGuard::guard(QStringLiteral("=HYPERLINK(\"x\")")) ==
          QStringLiteral("'=HYPERLINK(\"x\")"));
    CHECK(FormulaGuard::guard(QStringLiteral("+1 555 0100")) == QStringLiteral("'+1 555 0100"));
    CHECK(FormulaGuard::guard(QStringLiteral("-x")) == QStringLiteral("'-x"));
    CHECK(FormulaGuard::guard(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(FormulaGuard::guard(QStringLiteral("-12.5")) == QStringLiteral("-12.5"));
    CHECK(FormulaGuard::guard(QStringLiteral("+3e5")) == QStringLiteral("+3e5"));
    CHECK(FormulaGuard::guard(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(FormulaGuard::guard(QString()).isEmpty());
    CHECK(FormulaGuard::guard(QStringLiteral("'=1")) == QStringLiteral("''=1"));
    CHECK(FormulaGuard::guard(QStringLiteral("'quoted")) == QStringLiteral("'quoted"));
}

TEST_CASE("FormulaGuard round-trips every value exactly", "[io]")
{
    const QStringList values = {
        QStringLiteral("=1+1"), QStringLiteral("'=1+1"),   QStringLiteral("''-5"),
        QStringLiteral("-5"),   QStringLiteral("'quoted"), QStringLiteral("'"),
        QStringLiteral("@"),    QStringLiteral("'-5"),     QStringLiteral("'''+x")};
    for (const QString& value : values)
        CHECK(FormulaGuard::unguard(FormulaGuard::guard(value)) == value);
}

TEST_CASE("FormulaGuard removes one apostrophe before formula-like text", "[io]")
{
    CHECK(FormulaGuard::unguard(QStringLiteral("'-5")) == QStringLiteral("-5"));
    CHECK(FormulaGuard::unguard(QStringLiteral("'=A1")) == QStringLiteral("=A1"));
    CHECK(FormulaGuard::unguard(QStringLiteral("'text")) == QStringLiteral("'text"));
    CHECK(FormulaGuard::unguard(QStringLiteral("=A1")) == QStringLiteral("=A1"));
}
