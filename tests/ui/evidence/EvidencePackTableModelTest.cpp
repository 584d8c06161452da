#include "ui/evidence/EvidencePackTableModel.h"

#include "tests/ui/evidence/EvidenceUiSamples.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using test::evidenceCell;

TEST_CASE("EvidencePackTableModel lists the packs exported, newest first", "[ui][evidence]")
{
    test::TemporaryProgram fixture;
    EvidencePackTableModel model(fixture.program());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload());
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == EvidencePackTableModel::ColumnCount);

    fixture.clock().set(QDateTime(QDate(2026, 2, 3), QTime(15, 30), Qt::UTC));
    const EvidencePack older = test::exportSamplePack(fixture, QStringLiteral("older.pdf"));
    fixture.clock().set(QDateTime(QDate(2026, 2, 10), QTime(8, 5), Qt::UTC));
    const EvidencePack newer = test::exportSamplePack(
        fixture, QStringLiteral("newer.pdf"),
        test::samplePackRequest({PackSection::Overview, PackSection::Audit}));

    REQUIRE(model.reload());
    REQUIRE(model.rowCount() == 2);
    CHECK(model.rowForPackId(newer.packId) == 0);
    CHECK(model.rowForPackId(older.packId) == 1);
    CHECK(model.rowForPackId(QStringLiteral("EP-00000000-000000")) == -1);

    using M = EvidencePackTableModel;
    CHECK(evidenceCell(model, 0, M::PackIdColumn) == newer.packId);
    CHECK(evidenceCell(model, 0, M::PeriodColumn) == QStringLiteral("2025-01-01 to 2025-12-31"));
    CHECK(evidenceCell(model, 0, M::SectionsColumn) ==
          QStringLiteral("Program overview; Audit trail"));
    CHECK(evidenceCell(model, 1, M::SectionsColumn) == QStringLiteral("All sections"));
    CHECK(evidenceCell(model, 1, M::SectionsColumn, Qt::ToolTipRole)
              .contains(QStringLiteral("Business associate agreements")));
    CHECK(evidenceCell(model, 0, M::PreparedForColumn) ==
          QStringLiteral("Harbor Audit Partners LLP"));
    CHECK(evidenceCell(model, 0, M::PreparedByColumn) == QStringLiteral("Dana Whitfield"));
    const QString local =
        newer.exportedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    CHECK(evidenceCell(model, 0, M::ExportedAtColumn) == local);
    CHECK(evidenceCell(model, 0, M::PagesColumn) == QString::number(newer.pageCount));
    CHECK(newer.pageCount > 0);
    CHECK(evidenceCell(model, 0, M::FileNameColumn) == QStringLiteral("newer.pdf"));
    const QString shortSha = evidenceCell(model, 0, M::ShaColumn);
    CHECK(shortSha.size() == 13);
    CHECK(newer.sha256.startsWith(shortSha.left(12)));
    CHECK(evidenceCell(model, 0, M::ShaColumn, Qt::ToolTipRole).contains(newer.sha256));
    CHECK(model.data(model.index(0, M::PackIdColumn), M::PackIdRole).toString() == newer.packId);
    CHECK(model.data(model.index(0, M::ExportedAtColumn), M::SortRole).toLongLong() >
          model.data(model.index(1, M::ExportedAtColumn), M::SortRole).toLongLong());
    CHECK(model.headerData(M::ShaColumn, Qt::Horizontal).toString() == QStringLiteral("SHA-256"));
    CHECK(model.packAt(1).packId == older.packId);
}

TEST_CASE("EvidencePackTableModel reads nothing from a locked program", "[ui][evidence]")
{
    test::TemporaryProgram fixture;
    test::exportSamplePack(fixture, QStringLiteral("pack.pdf"));
    EvidencePackTableModel model(fixture.program());
    REQUIRE(model.reload());
    CHECK(model.rowCount() == 1);
    fixture.program().lock(QStringLiteral("manual"));
    CHECK_FALSE(model.reload());
    CHECK(model.rowCount() == 1);
}
