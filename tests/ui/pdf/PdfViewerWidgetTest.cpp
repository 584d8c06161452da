#include "ui/pdf/PdfViewerWidget.h"

#include "tests/core/CatchQtStrings.h"
#include "tests/support/TestPdf.h"
#include "ui/pdf/PdfFindBar.h"
#include "ui/pdf/PdfMessagePanel.h"
#include "ui/pdf/PdfPageView.h"
#include "ui/pdf/PdfThumbnailList.h"
#include "ui/pdf/PdfThumbnailModel.h"
#include "ui/pdf/PdfToolBar.h"
#include "ui/pdf/PdfZoomCombo.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::makeTestPdf;

namespace {

QByteArray threePages()
{
    return makeTestPdf({
        QStringLiteral("Business associate agreement\nCommon clause on the first page"),
        QStringLiteral("Here is the zebra word on page two\nCommon clause again"),
        QStringLiteral("Signatures\nCommon clause at the end"),
    });
}

// Shown and active, so shortcuts and focus behave as in a real window.
void showActive(QWidget& widget)
{
    widget.resize(900, 700);
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

bool waitForRendering(const PdfViewerWidget& viewer)
{
    return QTest::qWaitFor([&] { return viewer.isRenderComplete(); }, 10000);
}

} // namespace

TEST_CASE("PdfViewerWidget shows a document's page count and first page", "[pdf]")
{
    PdfViewerWidget viewer;
    QSignalSpy changed(&viewer, &PdfViewerWidget::documentChanged);
    REQUIRE(viewer.setDocument(threePages(), QStringLiteral("Acme BAA.pdf")));
    showActive(viewer);

    CHECK(changed.count() == 1);
    CHECK(viewer.hasDocument());
    CHECK(viewer.pageCount() == 3);
    CHECK(viewer.currentPage() == 0);
    CHECK(viewer.title() == QStringLiteral("Acme BAA.pdf"));
    CHECK(viewer.pageIndicatorText() == QStringLiteral("Page 1 of 3"));
    CHECK(viewer.toolBar()->pageCountLabel()->text() == QStringLiteral("of 3"));
    CHECK(viewer.toolBar()->pageSpin()->value() == 1);
    CHECK(viewer.toolBar()->pageSpin()->maximum() == 3);
    CHECK(viewer.thumbnailList()->model()->rowCount() == 3);
    CHECK(viewer.errorMessage().isEmpty());
    CHECK(viewer.pageView()->isVisible());

    REQUIRE(waitForRendering(viewer));
    CHECK_FALSE(viewer.pageView()->renderedSize(0).isEmpty());
    CHECK(viewer.thumbnailList()->thumbnailModel()->hasThumbnail(0));
}

TEST_CASE("PdfViewerWidget goes to a page through the API, the keyboard and thumbnails", "[pdf]")
{
    PdfViewerWidget viewer;
    REQUIRE(viewer.setDocument(threePages()));
    showActive(viewer);
    QSignalSpy pages(&viewer, &PdfViewerWidget::currentPageChanged);

    viewer.goToPage(2);
    CHECK(viewer.currentPage() == 2);
    REQUIRE(pages.count() == 1);
    CHECK(pages.at(0).at(0).toInt() == 2);
    CHECK(viewer.pageIndicatorText() == QStringLiteral("Page 3 of 3"));
    CHECK(viewer.toolBar()->pageSpin()->value() == 3);
    CHECK(viewer.thumbnailList()->currentPage() == 2);
    CHECK_FALSE(viewer.toolBar()->nextPageAction()->isEnabled());
    // The page asked for is in view.
    CHECK(viewer.pageView()->pageRect(2).intersects(viewer.pageView()->viewport()->rect()));

    viewer.goToPage(0);
    CHECK(viewer.currentPage() == 0);
    PdfPageView* view = viewer.pageView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_PageDown);
    CHECK(viewer.currentPage() == 1);
    QTest::keyClick(view, Qt::Key_PageDown);
    CHECK(viewer.currentPage() == 2);
    CHECK(viewer.toolBar()->pageSpin()->value() == 3);
    QTest::keyClick(view, Qt::Key_PageDown);
    CHECK(viewer.currentPage() == 2);
    QTest::keyClick(view, Qt::Key_Home);
    CHECK(viewer.currentPage() == 0);
    QTest::keyClick(view, Qt::Key_End);
    CHECK(viewer.currentPage() == 2);
    QTest::keyClick(view, Qt::Key_PageUp);
    CHECK(viewer.currentPage() == 1);

    PdfThumbnailList* thumbnails = viewer.thumbnailList();
    const QModelIndex first = thumbnails->model()->index(0, 0);
    QTest::mouseClick(thumbnails->viewport(), Qt::LeftButton, Qt::NoModifier,
                      thumbnails->visualRect(first).center());
    CHECK(viewer.currentPage() == 0);
    CHECK(thumbnails->currentPage() == 0);

    viewer.toolBar()->pageSpin()->setValue(2);
    CHECK(viewer.currentPage() == 1);

    viewer.goToPage(99);
    CHECK(viewer.currentPage() == 2);
}

TEST_CASE("PdfViewerWidget zooms with buttons, the combo and shortcuts", "[pdf]")
{
    PdfViewerWidget viewer;
    REQUIRE(viewer.setDocument(threePages()));
    showActive(viewer);

    viewer.setZoom(PdfZoom::fromFactor(1.0));
    REQUIRE(waitForRendering(viewer));
    const QSize pageAt100 = viewer.pageView()->pageRect(0).size();
    const QSize imageAt100 = viewer.pageView()->renderedSize(0);
    CHECK(viewer.toolBar()->zoomCombo()->currentText() == QStringLiteral("100%"));
    // Rendered for the screen's pixel density.
    CHECK(imageAt100.width() ==
          Catch::Approx(pageAt100.width() * viewer.devicePixelRatioF()).margin(2));

    viewer.toolBar()->zoomInAction()->trigger();
    CHECK(viewer.zoomFactor() == Catch::Approx(1.25));
    CHECK(viewer.toolBar()->zoomCombo()->currentText() == QStringLiteral("125%"));
    CHECK(viewer.pageView()->pageRect(0).width() ==
          Catch::Approx(pageAt100.width() * 1.25).margin(1));
    REQUIRE(waitForRendering(viewer));
    CHECK(viewer.pageView()->renderedSize(0).width() ==
          Catch::Approx(imageAt100.width() * 1.25).margin(2));

    viewer.pageView()->setFocus();
    QTest::keyClick(viewer.pageView(), Qt::Key_Minus, Qt::ControlModifier);
    CHECK(viewer.zoomFactor() == Catch::Approx(1.0));
    QTest::keyClick(viewer.pageView(), Qt::Key_Minus, Qt::ControlModifier);
    CHECK(viewer.zoomFactor() == Catch::Approx(0.75));
    QTest::keyClick(viewer.pageView(), Qt::Key_Plus, Qt::ControlModifier);
    CHECK(viewer.zoomFactor() == Catch::Approx(1.0));
    QTest::keyClick(viewer.pageView(), Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(viewer.pageView(), Qt::Key_Plus, Qt::ControlModifier);
    CHECK(viewer.zoomFactor() == Catch::Approx(1.5));
    QTest::keyClick(viewer.pageView(), Qt::Key_0, Qt::ControlModifier);
    CHECK(viewer.zoomFactor() == Catch::Approx(1.0));

    PdfZoomCombo* combo = viewer.toolBar()->zoomCombo();
    combo->setCurrentIndex(combo->findText(QStringLiteral("Fit Width")));
    emit combo->activated(combo->currentIndex());
    CHECK(viewer.zoom() == PdfZoom::fitWidth());
    const int available = viewer.pageView()->viewport()->width();
    CHECK(viewer.pageView()->pageRect(0).width() > available - 40);
    CHECK(viewer.pageView()->pageRect(0).width() <= available);

    viewer.setZoom(PdfZoom::fitPage());
    CHECK(viewer.pageView()->pageRect(0).height() <= viewer.pageView()->viewport()->height());
    CHECK(viewer.pageView()->pageRect(0).height() > viewer.pageView()->viewport()->height() - 40);
    CHECK(combo->currentText() == QStringLiteral("Fit Page"));

    // 400% renders the part in view in detail rather than a huge whole page.
    viewer.setZoom(PdfZoom::fromFactor(4.0));
    REQUIRE(waitForRendering(viewer));
    const QSize big = viewer.pageView()->renderedSize(viewer.currentPage());
    CHECK(double(big.width()) * big.height() < 9.1e6);
}

TEST_CASE("PdfViewerWidget finds text and moves to the match", "[pdf]")
{
    PdfViewerWidget viewer;
    REQUIRE(viewer.setDocument(threePages()));
    showActive(viewer);
    PdfFindBar* find = viewer.findBar();

    QTest::keyClick(viewer.pageView(), Qt::Key_F, Qt::ControlModifier);
    CHECK(find->field()->hasFocus());
    QTest::keyClicks(find->field(), QStringLiteral("zebra word"));
    QTest::keyClick(find->field(), Qt::Key_Return);
    CHECK(viewer.matchCount() == 1);
    CHECK(viewer.currentPage() == 1);
    CHECK(find->resultText() == QStringLiteral("1 of 1"));

    find->field()->clear();
    QTest::keyClicks(find->field(), QStringLiteral("no such word"));
    QTest::keyClick(find->field(), Qt::Key_Return);
    CHECK(viewer.matchCount() == 0);
    CHECK(viewer.currentMatch() == -1);
    CHECK(find->resultText() == QStringLiteral("No matches"));
    CHECK(viewer.currentPage() == 1);

    // From page 2, the first match is the one on page 2; then on, wrapping.
    viewer.find(QStringLiteral("common CLAUSE"));
    CHECK(viewer.matchCount() == 3);
    CHECK(viewer.currentMatch() == 1);
    CHECK(find->resultText() == QStringLiteral("2 of 3"));
    QTest::keyClick(find->field(), Qt::Key_F3);
    CHECK(find->resultText() == QStringLiteral("3 of 3"));
    CHECK(viewer.currentPage() == 2);
    QTest::keyClick(find->field(), Qt::Key_Return);
    CHECK(find->resultText() == QStringLiteral("1 of 3"));
    CHECK(viewer.currentPage() == 0);
    QTest::keyClick(find->field(), Qt::Key_F3, Qt::ShiftModifier);
    CHECK(find->resultText() == QStringLiteral("3 of 3"));
    QTest::keyClick(find->field(), Qt::Key_Return, Qt::ShiftModifier);
    CHECK(find->resultText() == QStringLiteral("2 of 3"));
    CHECK(viewer.currentPage() == 1);

    QTest::keyClick(find->field(), Qt::Key_Escape);
    CHECK(find->field()->text().isEmpty());
    CHECK(viewer.matchCount() == 0);
    CHECK(find->resultText().isEmpty());
}

TEST_CASE("PdfViewerWidget searches again as the typing pauses", "[pdf]")
{
    PdfViewerWidget viewer;
    REQUIRE(viewer.setDocument(threePages()));
    showActive(viewer);
    QTest::keyClicks(viewer.findBar()->field(), QStringLiteral("signatures"));
    CHECK(viewer.matchCount() == 0);
    REQUIRE(QTest::qWaitFor([&] { return viewer.matchCount() == 1; }, 3000));
    CHECK(viewer.currentPage() == 2);
}

TEST_CASE("PdfViewerWidget shows why bytes cannot be shown, and recovers", "[pdf]")
{
    PdfViewerWidget viewer;
    showActive(viewer);
    auto* message = viewer.findChild<PdfMessagePanel*>();
    REQUIRE(message);
    CHECK(message->isVisible());
    CHECK(message->heading() == QStringLiteral("No document"));

    CHECK_FALSE(
        viewer.setDocument(QByteArrayLiteral("definitely not a PDF"), QStringLiteral("notes.txt")));
    CHECK_FALSE(viewer.hasDocument());
    CHECK(viewer.pageCount() == 0);
    CHECK(viewer.currentPage() == -1);
    CHECK(viewer.errorMessage() == QStringLiteral("This file is not a PDF document."));
    CHECK(message->isVisible());
    CHECK(message->message() == QStringLiteral("This file is not a PDF document."));
    CHECK(message->heading() == QStringLiteral("This document cannot be shown"));
    CHECK_FALSE(viewer.pageView()->isVisible());
    CHECK_FALSE(viewer.toolBar()->zoomInAction()->isEnabled());
    viewer.goToPage(1);
    viewer.zoomIn();
    viewer.findNext();
    CHECK(viewer.currentPage() == -1);

    const QByteArray pdf = threePages();
    CHECK_FALSE(viewer.setDocument(pdf.left(pdf.size() / 2)));
    CHECK(viewer.errorMessage() ==
          QStringLiteral("The PDF document is damaged and cannot be read."));

    REQUIRE(viewer.setDocument(pdf));
    CHECK(viewer.errorMessage().isEmpty());
    CHECK_FALSE(message->isVisible());
    CHECK(viewer.pageCount() == 3);
    CHECK(viewer.documentData() == pdf);

    viewer.clear();
    CHECK_FALSE(viewer.hasDocument());
    CHECK(message->isVisible());
    CHECK(message->heading() == QStringLiteral("No document"));
}

TEST_CASE("PdfViewerWidget renders only the thumbnails in view of a long document", "[pdf]")
{
    QStringList pages;
    for (int page = 1; page <= 50; ++page)
        pages.append(QStringLiteral("Page number %1 of the policy manual").arg(page));
    PdfViewerWidget viewer;
    REQUIRE(viewer.setDocument(makeTestPdf(pages)));
    showActive(viewer);
    REQUIRE(waitForRendering(viewer));

    PdfThumbnailModel* thumbnails = viewer.thumbnailList()->thumbnailModel();
    CHECK(thumbnails->rowCount() == 50);
    CHECK(thumbnails->hasThumbnail(0));
    CHECK_FALSE(thumbnails->hasThumbnail(49));

    viewer.goToPage(49);
    REQUIRE(waitForRendering(viewer));
    CHECK(thumbnails->hasThumbnail(49));
    CHECK_FALSE(viewer.pageView()->renderedSize(49).isEmpty());
    // Pages far from view are not kept.
    CHECK(viewer.pageView()->renderedSize(0).isEmpty());

    viewer.setThumbnailsVisible(false);
    CHECK_FALSE(viewer.thumbnailList()->isVisible());
}
