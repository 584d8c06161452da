#include "ui/pdf/PdfZoom.h"

#include "tests/core/CatchQtStrings.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace palisade::ui;

TEST_CASE("PdfZoom steps through the offered factors and clamps at the ends", "[pdf]")
{
    CHECK(PdfZoom::stepIn(1.0).factor() == Catch::Approx(1.25));
    CHECK(PdfZoom::stepOut(1.0).factor() == Catch::Approx(0.75));
    // From a fit mode's factor, the next step beyond what is shown.
    CHECK(PdfZoom::stepIn(1.1).factor() == Catch::Approx(1.25));
    CHECK(PdfZoom::stepOut(1.1).factor() == Catch::Approx(1.0));
    CHECK(PdfZoom::stepIn(4.0).factor() == Catch::Approx(4.0));
    CHECK(PdfZoom::stepOut(0.25).factor() == Catch::Approx(0.25));
    CHECK(PdfZoom::fromFactor(9).factor() == Catch::Approx(PdfZoom::maximumFactor));
    CHECK(PdfZoom::fromFactor(0.01).factor() == Catch::Approx(PdfZoom::minimumFactor));
}

TEST_CASE("PdfZoom labels and compares modes", "[pdf]")
{
    CHECK(PdfZoom::fitWidth().label() == QStringLiteral("Fit Width"));
    CHECK(PdfZoom::fitPage().label() == QStringLiteral("Fit Page"));
    CHECK(PdfZoom::fromFactor(1.5).label() == QStringLiteral("150%"));
    CHECK(PdfZoom() == PdfZoom::fitWidth());
    CHECK_FALSE(PdfZoom::fitWidth() == PdfZoom::fitPage());
    CHECK(PdfZoom::fromFactor(2) == PdfZoom::fromFactor(2.0));
    CHECK_FALSE(PdfZoom::fromFactor(2) == PdfZoom::fromFactor(3));
    CHECK(PdfZoom::fitPage().isFit());
    CHECK_FALSE(PdfZoom::fromFactor(1).isFit());
}
