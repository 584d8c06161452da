#include "ui/retention/DisposalModel.h"

#include "core/retention/RecordTypes.h"
#include "tests/ui/retention/RetentionUiSamples.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QFontDatabase>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using test::cellText;

TEST_CASE("DisposalModel shows what remains of each disposed record", "[ui][retention]")
{
    test::TemporaryProgram fixture;
    const test::History history = test::historyAsOf(fixture, QDate(2026, 9, 15));
    DisposalModel model(fixture.program());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload());
    CHECK(model.rowCount() == 0);

    REQUIRE(fixture.program().retention().dispose(recordtype::risk(), history.riskOne));
    REQUIRE(model.reload());
    // The risk and the done task that went with it.
    REQUIRE(model.rowCount() == 2);
    const int risk = model.rowFor(RecordRef{recordtype::risk(), history.riskOne});
    REQUIRE(risk >= 0);
    CHECK(cellText(model, risk, DisposalModel::TypeColumn) == QStringLiteral("Risk"));
    CHECK(cellText(model, risk, DisposalModel::RecordColumn)
              .contains(QStringLiteral("Claims sent by e-mail")));
    CHECK(cellText(model, risk, DisposalModel::KeptUntilColumn) == QStringLiteral("2026-08-31"));
    CHECK(cellText(model, risk, DisposalModel::DisposedByColumn) ==
          QStringLiteral("Dana Whitfield"));
    CHECK(cellText(model, risk, DisposalModel::DisposedAtColumn)
              .startsWith(QStringLiteral("2026-09-15")));
    const QString digest = cellText(model, risk, DisposalModel::Sha256Column);
    CHECK(digest.size() == 64);
    CHECK(digest == model.disposalAt(risk).contentSha256);
    CHECK(model.data(model.index(risk, DisposalModel::Sha256Column), Qt::FontRole).value<QFont>() ==
          QFontDatabase::systemFont(QFontDatabase::FixedFont));
}
