#include "ui/pdf/PdfSearch.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

QList<PdfMatch> matchesOnPages(std::initializer_list<int> pages)
{
    QList<PdfMatch> matches;
    for (const int page : pages)
        matches.append(PdfMatch{page, QRectF(10, 10 * matches.size(), 30, 8)});
    return matches;
}

} // namespace

TEST_CASE("PdfSearch starts at the current page and wraps both ways", "[pdf]")
{
    PdfSearch search;
    CHECK_FALSE(search.hasSearched());
    CHECK(search.currentIndex() == -1);

    search.setResults(QStringLiteral("breach"), matchesOnPages({0, 2, 2, 5}), 1);
    CHECK(search.hasSearched());
    CHECK(search.count() == 4);
    CHECK(search.currentIndex() == 1);
    CHECK(search.current().page == 2);
    CHECK(search.next());
    CHECK(search.currentIndex() == 2);
    CHECK(search.next());
    CHECK(search.next());
    CHECK(search.currentIndex() == 0);
    CHECK(search.previous());
    CHECK(search.currentIndex() == 3);

    // Past the last match the search starts again at the top.
    search.setResults(QStringLiteral("breach"), matchesOnPages({0, 2}), 4);
    CHECK(search.currentIndex() == 0);

    search.setResults(QStringLiteral("none"), {}, 0);
    CHECK(search.hasSearched());
    CHECK(search.currentIndex() == -1);
    CHECK_FALSE(search.next());
    CHECK_FALSE(search.previous());

    search.clear();
    CHECK_FALSE(search.hasSearched());
    CHECK(search.term().isEmpty());
}
