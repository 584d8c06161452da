#include "core/pdf/PdfDocument.h"

#include "tests/core/CatchQtStrings.h"
#include "tests/support/TestPdf.h"

#include <QColor>
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using palisade::test::makeTestPdf;

namespace {

int darkPixels(const QImage& image)
{
    int dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 128)
                ++dark;
        }
    }
    return dark;
}

} // namespace

TEST_CASE("PdfDocument reads page sizes and renders pages at the asked resolution", "[pdf]")
{
    Result<PdfDocument> document =
        PdfDocument::load(makeTestPdf({QStringLiteral("One"), QStringLiteral("Two")}));
    REQUIRE(document.ok());
    CHECK(document->pageCount() == 2);
    REQUIRE(document->pageSizes().size() == 2);
    // US Letter: 8.5 × 11 inches.
    CHECK(document->pageSize(0).width() == Catch::Approx(612).margin(1));
    CHECK(document->pageSize(0).height() == Catch::Approx(792).margin(1));
    CHECK(document->pageSize(5).isEmpty());

    const QImage page = document->renderPage(1, 36);
    CHECK(page.width() == Catch::Approx(306).margin(1));
    CHECK(page.height() == Catch::Approx(396).margin(1));
    CHECK(darkPixels(page) > 0);
    CHECK(document->renderPage(2, 36).isNull());

    const QImage area = document->renderPageArea(0, 72, QRect(0, 0, 200, 100));
    CHECK(area.size() == QSize(200, 100));
    CHECK(document->title() == QStringLiteral("Palisade test document"));
}

TEST_CASE("PdfDocument finds text on every page, ignoring case", "[pdf]")
{
    Result<PdfDocument> document = PdfDocument::load(makeTestPdf({
        QStringLiteral("Breach notification within sixty days"),
        QStringLiteral("No match here"),
        QStringLiteral("BREACH of unsecured PHI; another breach"),
    }));
    REQUIRE(document.ok());
    const QList<PdfMatch> matches = document->findAll(QStringLiteral("breach"));
    REQUIRE(matches.size() == 3);
    CHECK(matches.at(0).page == 0);
    CHECK(matches.at(1).page == 2);
    CHECK(matches.at(2).page == 2);
    CHECK(matches.at(1).rect.left() < matches.at(2).rect.left());
    // Rectangles are in points, inside the page.
    const QRectF page(QPointF(0, 0), document->pageSize(0));
    CHECK(page.contains(matches.at(0).rect));
    CHECK(matches.at(0).rect.height() > 8);
    CHECK(matches.at(0).rect.height() < 30);

    CHECK(document->findAll(QStringLiteral("missing word")).isEmpty());
    CHECK(document->findAll(QStringLiteral("  ")).isEmpty());
}

TEST_CASE("PdfDocument keeps its own copy of the bytes it was loaded from", "[pdf]")
{
    QByteArray bytes = makeTestPdf({QStringLiteral("Kept")});
    const QByteArray original = bytes;
    Result<PdfDocument> document = PdfDocument::load(bytes);
    REQUIRE(document.ok());
    bytes.fill('x');
    CHECK(document->data() == original);
    CHECK(document->pageText(0).trimmed() == QStringLiteral("Kept"));
}
