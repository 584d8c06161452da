#include "core/pdf/PdfTextExtractor.h"

#include "tests/core/CatchQtStrings.h"
#include "tests/support/TestPdf.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using palisade::test::makeTestPdf;

namespace {

QString squeezed(const QString& text)
{
    return text.simplified();
}

} // namespace

TEST_CASE("PdfTextExtractor returns each page's text in order", "[pdf]")
{
    const QByteArray pdf = makeTestPdf({
        QStringLiteral("Business Associate Agreement"),
        QStringLiteral("Permitted uses and disclosures\nof protected health information"),
        QStringLiteral("Signed by Acme Billing LLC"),
    });
    REQUIRE(PdfTextExtractor::isPdf(pdf));

    const Result<PdfText> text = PdfTextExtractor::extract(pdf);
    REQUIRE(text.ok());
    CHECK(text->pageCount == 3);
    REQUIRE(text->pages.size() == 3);
    CHECK(squeezed(text->pages.at(0)) == QStringLiteral("Business Associate Agreement"));
    CHECK(squeezed(text->pages.at(1)) ==
          QStringLiteral("Permitted uses and disclosures of protected health information"));
    CHECK(squeezed(text->pages.at(2)) == QStringLiteral("Signed by Acme Billing LLC"));

    const QString joined = text->joined();
    CHECK(joined.indexOf(QStringLiteral("Agreement")) <
          joined.indexOf(QStringLiteral("Permitted")));
    CHECK(joined.indexOf(QStringLiteral("information")) <
          joined.indexOf(QStringLiteral("Acme Billing")));
}

TEST_CASE("PdfTextExtractor keeps a page without text as an empty entry", "[pdf]")
{
    const Result<PdfText> text = PdfTextExtractor::extract(
        makeTestPdf({QStringLiteral("First"), QString(), QStringLiteral("Third")}));
    REQUIRE(text.ok());
    REQUIRE(text->pages.size() == 3);
    CHECK(text->pages.at(1).trimmed().isEmpty());
    CHECK(squeezed(text->pages.at(2)) == QStringLiteral("Third"));
}

TEST_CASE("PdfTextExtractor refuses bytes that are not a PDF", "[pdf]")
{
    const QByteArray garbage = QByteArrayLiteral("PK\x03\x04 this is a zip archive, not a PDF");
    CHECK_FALSE(PdfTextExtractor::isPdf(garbage));
    const Result<PdfText> text = PdfTextExtractor::extract(garbage);
    REQUIRE_FALSE(text.ok());
    CHECK(text.error().kind == ErrorKind::Invalid);
    CHECK(text.error().message == QStringLiteral("This file is not a PDF document."));
}

TEST_CASE("PdfTextExtractor refuses an empty array", "[pdf]")
{
    CHECK_FALSE(PdfTextExtractor::isPdf(QByteArray()));
    const Result<PdfText> text = PdfTextExtractor::extract(QByteArray());
    REQUIRE_FALSE(text.ok());
    CHECK(text.error().kind == ErrorKind::Invalid);
    CHECK(text.error().message.contains(QStringLiteral("empty")));
}

TEST_CASE("PdfTextExtractor refuses a PDF header followed by garbage", "[pdf]")
{
    const Result<PdfText> text =
        PdfTextExtractor::extract(QByteArrayLiteral("%PDF-1.7\nnot really a document\n"));
    REQUIRE_FALSE(text.ok());
    CHECK(text.error().kind == ErrorKind::Invalid);
    CHECK(text.error().message ==
          QStringLiteral("The PDF document is damaged and cannot be read."));
}

TEST_CASE("PdfTextExtractor reports a truncated PDF as damaged, without crashing", "[pdf]")
{
    const QByteArray pdf = makeTestPdf(
        {QStringLiteral("Alpha one"), QStringLiteral("Beta two"), QStringLiteral("Gamma three")});
    // QPdfWriter puts the trailer, which names the document catalog, at the
    // very end; without it Poppler cannot rebuild the document, so any cut
    // gives the "damaged" error rather than partial text.
    for (const int percent : {10, 50, 90, 99}) {
        INFO("kept " << percent << "% of the bytes");
        const QByteArray truncated = pdf.left(pdf.size() * percent / 100);
        REQUIRE(PdfTextExtractor::isPdf(truncated));
        const Result<PdfText> text = PdfTextExtractor::extract(truncated);
        REQUIRE_FALSE(text.ok());
        CHECK(text.error().kind == ErrorKind::Invalid);
        CHECK(text.error().message ==
              QStringLiteral("The PDF document is damaged and cannot be read."));
    }
}
