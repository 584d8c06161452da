#include "ui/pdf/PdfThumbnailModel.h"

#include "tests/support/TestPdf.h"
#include "ui/pdf/PdfRenderQueue.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade::ui;
using palisade::test::makeTestPdf;

TEST_CASE("PdfThumbnailModel renders a thumbnail when first asked for it", "[pdf]")
{
    PdfRenderQueue queue;
    PdfThumbnailModel model(&queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    queue.setDocument(makeTestPdf({QStringLiteral("One"), QStringLiteral("Two")}));
    model.setThumbnailWidth(100);
    model.setPageSizes({QSizeF(612, 792), QSizeF(612, 792)});
    REQUIRE(model.rowCount() == 2);
    const QModelIndex second = model.index(1);
    CHECK(second.data(Qt::DisplayRole).toString() == QStringLiteral("2"));
    CHECK(second.data(Qt::ToolTipRole).toString() == QStringLiteral("Page 2 of 2"));
    CHECK(second.data(PdfThumbnailModel::ThumbnailSizeRole).toSize() == QSize(100, 129));

    CHECK_FALSE(model.hasThumbnail(1));
    CHECK_FALSE(second.data(Qt::DecorationRole).isValid());
    REQUIRE(QTest::qWaitFor([&] { return model.hasThumbnail(1); }, 5000));
    const QImage image = second.data(Qt::DecorationRole).value<QImage>();
    CHECK(image.width() == 100);
    // Never asked for, never rendered.
    CHECK_FALSE(model.hasThumbnail(0));
    CHECK(queue.isIdle());

    model.clear();
    CHECK(model.rowCount() == 0);
}
