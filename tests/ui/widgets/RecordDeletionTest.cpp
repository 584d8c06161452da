#include "ui/widgets/RecordDeletion.h"

#include "tests/ui/assets/ModalDriver.h"
#include "ui/widgets/MessageBanner.h"

#include <QMessageBox>
#include <QPushButton>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::whenModalAppears;

TEST_CASE("RecordDeletion asks before deleting, Cancel first", "[ui][widgets]")
{
    QWidget page;
    QString objectName;
    QString text;
    QString deleteText;
    bool cancelIsDefault = false;
    bool seen = false;
    whenModalAppears(
        [&](QDialog* dialog) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            REQUIRE(box);
            objectName = box->objectName();
            text = box->text();
            deleteText = box->button(QMessageBox::Yes)->text();
            cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
            box->button(QMessageBox::Cancel)->click();
        },
        &seen);
    CHECK_FALSE(RecordDeletion::confirm(&page, QStringLiteral("confirmDeleteThing"),
                                        QStringLiteral("Delete Thing"),
                                        QStringLiteral("Delete the thing?")));
    REQUIRE(seen);
    CHECK(objectName == QStringLiteral("confirmDeleteThing"));
    CHECK(text == QStringLiteral("Delete the thing?"));
    CHECK(deleteText == QStringLiteral("Delete"));
    CHECK(cancelIsDefault);

    bool answered = false;
    whenModalAppears(
        [](QDialog* dialog) {
            qobject_cast<QMessageBox*>(dialog)->button(QMessageBox::Yes)->click();
        },
        &answered);
    CHECK(RecordDeletion::confirm(&page, QStringLiteral("confirmDeleteThing"),
                                  QStringLiteral("Delete Thing"),
                                  QStringLiteral("Delete the thing?")));
    CHECK(answered);
}

TEST_CASE("RecordDeletion shows a refusal as a warning", "[ui][widgets]")
{
    MessageBanner banner;
    const Result<void> refused =
        Error{ErrorKind::Invalid, QStringLiteral("it is kept until 2031-01-01."), {}};
    CHECK_FALSE(RecordDeletion::report(&banner, refused, QStringLiteral("Gone.")));
    CHECK(banner.kind() == MessageBanner::Kind::Warning);
    CHECK(banner.text() == QStringLiteral("Not deleted: it is kept until 2031-01-01."));

    CHECK(RecordDeletion::report(&banner, Result<void>(), QStringLiteral("Gone.")));
    CHECK(banner.kind() == MessageBanner::Kind::Information);
    CHECK(banner.text() == QStringLiteral("Gone."));
}
