#include "ui/pdf/PdfPageLayout.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace palisade::ui;

TEST_CASE("PdfPageLayout stacks pages, centred, with margins and gaps", "[pdf]")
{
    PdfPageLayout layout;
    layout.setPageSizes({QSizeF(600, 800), QSizeF(800, 600), QSizeF(600, 800)});
    layout.setScale(0.5);
    layout.setViewportWidth(1000);

    const int m = PdfPageLayout::margin;
    const int gap = PdfPageLayout::spacing;
    CHECK(layout.pageRect(0) == QRect(350, m, 300, 400));
    CHECK(layout.pageRect(1) == QRect(300, m + 400 + gap, 400, 300));
    CHECK(layout.pageRect(2).top() == m + 700 + 2 * gap);
    CHECK(layout.contentSize() == QSize(1000, m + 1100 + 2 * gap + m));
    CHECK(layout.pageRect(3).isNull());

    CHECK(layout.pagesBetween(0, 10) == QList<int>{});
    CHECK(layout.pagesBetween(0, m) == QList<int>{0});
    CHECK(layout.pagesBetween(300, 500) == (QList<int>{0, 1}));
    CHECK(layout.pageAt(QPoint(500, 100)) == 0);
    CHECK(layout.pageAt(QPoint(10, 100)) == -1);
    CHECK(layout.pageAt(QPoint(500, m + 400 + 2)) == -1);

    // Narrower viewport than the pages: the content widens and scrolls.
    layout.setScale(2);
    layout.setViewportWidth(500);
    CHECK(layout.contentSize().width() == 1600 + 2 * m);
    CHECK(layout.pageRect(1).left() == m);
}

TEST_CASE("PdfPageLayout computes the fit scales from the largest page", "[pdf]")
{
    PdfPageLayout layout;
    layout.setPageSizes({QSizeF(612, 792), QSizeF(792, 612)});
    const int m = PdfPageLayout::margin;
    CHECK(layout.fitWidthScale(792 + 2 * m) == Catch::Approx(1.0));
    // Height 792 of the tallest page limits the fit-page scale.
    const double page = layout.fitPageScale(QSize(2000, 396 + 2 * PdfPageLayout::spacing));
    CHECK(page == Catch::Approx(0.5));
}
