#include "ui/widgets/PanelLabels.h"

#include <QLabel>
#include <catch2/catch_test_macros.hpp>

using namespace palisade::ui;

TEST_CASE("PanelLabels make bold titles and wrapped hints", "[ui][widgets]")
{
    QWidget panel;
    QLabel* title = PanelLabels::title(QStringLiteral("Review"), &panel);
    QLabel* hint = PanelLabels::hint(QStringLiteral("Left alone, it schedules itself."), &panel);
    CHECK(title->parent() == &panel);
    CHECK(title->font().bold());
    CHECK(hint->wordWrap());
    CHECK(hint->foregroundRole() == QPalette::PlaceholderText);
}
