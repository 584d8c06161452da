#include "ui/widgets/DeferredReload.h"

#include <QWidget>
#include <catch2/catch_test_macros.hpp>

using namespace palisade::ui;

TEST_CASE("DeferredReload waits for the page to be shown, once per request", "[ui][widgets]")
{
    QWidget page;
    int reloads = 0;
    auto* reload = new DeferredReload(&page, [&] { ++reloads; });

    reload->request();
    reload->request();
    CHECK(reloads == 0);
    CHECK(reload->isPending());
    page.show();
    CHECK(reloads == 1);
    CHECK_FALSE(reload->isPending());

    // Visible: at once.
    reload->request();
    CHECK(reloads == 2);

    // Hidden again: nothing until shown; shown with nothing waiting: nothing.
    page.hide();
    page.show();
    CHECK(reloads == 2);
    page.hide();
    reload->request();
    reload->flush();
    CHECK(reloads == 3);
    reload->request();
    reload->cancel();
    page.show();
    CHECK(reloads == 3);
}
