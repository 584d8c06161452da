#include "ui/widgets/MessageBanner.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade::ui;

TEST_CASE("MessageBanner shows a message only while it has one", "[ui][widgets]")
{
    MessageBanner banner;
    CHECK(banner.isHidden());
    CHECK(banner.text().isEmpty());

    banner.showMessage(MessageBanner::Kind::Error, QStringLiteral("The passphrase is wrong."));
    CHECK_FALSE(banner.isHidden());
    CHECK(banner.kind() == MessageBanner::Kind::Error);
    CHECK(banner.text() == QStringLiteral("The passphrase is wrong."));

    banner.clearMessage();
    CHECK(banner.isHidden());
    CHECK(banner.text().isEmpty());
}
