#include "ui/vendors/AgreementDocumentModel.h"

#include <QAbstractItemModelTester>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("AgreementDocumentModel shows each PDF with a short digest and the full one on hover",
          "[ui][vendors]")
{
    AgreementDocumentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    AgreementDocument document;
    document.id = 7;
    document.agreementId = 3;
    document.kind = DocumentKind::Amendment;
    document.fileName = QStringLiteral("amendment-1.pdf");
    document.sha256 = QString(64, QLatin1Char('a'));
    document.size = 2048;
    document.pageCount = 4;
    document.addedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    document.addedBy = QStringLiteral("Dana Whitfield");
    model.setDocuments({document});

    REQUIRE(model.rowCount() == 1);
    const auto text = [&](int column, int role = Qt::DisplayRole) {
        return model.data(model.index(0, column), role).toString();
    };
    CHECK(text(AgreementDocumentModel::KindColumn) == documentKindLabel(DocumentKind::Amendment));
    CHECK(text(AgreementDocumentModel::FileColumn) == QStringLiteral("amendment-1.pdf"));
    CHECK(model.data(model.index(0, AgreementDocumentModel::PagesColumn)).toInt() == 4);
    CHECK(text(AgreementDocumentModel::SizeColumn).contains(QStringLiteral("2")));
    CHECK(text(AgreementDocumentModel::DigestColumn) == QStringLiteral("aaaaaaaaaaaa\u2026"));
    CHECK(text(AgreementDocumentModel::DigestColumn, Qt::ToolTipRole).contains(document.sha256));
    CHECK(text(AgreementDocumentModel::AddedByColumn) == QStringLiteral("Dana Whitfield"));
    CHECK(model.rowForId(7) == 0);
    CHECK(model.rowForId(8) == -1);
    CHECK(model.data(model.index(0, 0), AgreementDocumentModel::DocumentIdRole).toLongLong() == 7);
}
