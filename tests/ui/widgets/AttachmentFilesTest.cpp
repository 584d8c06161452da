#include "ui/widgets/AttachmentFiles.h"

#include "ui/widgets/MessageBanner.h"

#include <QDir>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("AttachmentFiles says where a decrypted copy went, or why not", "[ui][widgets]")
{
    MessageBanner banner;
    const QString path = QDir::temp().filePath(QStringLiteral("certificate.pdf"));

    CHECK(AttachmentFiles::reportCopy(&banner, Result<void>(), path));
    CHECK(banner.kind() == MessageBanner::Kind::Information);
    CHECK(banner.text().contains(QDir::toNativeSeparators(path)));
    CHECK(banner.text().contains(QStringLiteral("no longer protected")));

    const Result<void> failed = Error{ErrorKind::Io, QStringLiteral("The disk is full."), {}};
    CHECK_FALSE(AttachmentFiles::reportCopy(&banner, failed, path));
    CHECK(banner.kind() == MessageBanner::Kind::Error);
    CHECK(banner.text() == QStringLiteral("No copy was saved. The disk is full."));
}
