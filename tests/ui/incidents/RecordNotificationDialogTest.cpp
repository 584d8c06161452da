#include "ui/incidents/RecordNotificationDialog.h"

#include "core/incidents/BreachReporting.h"
#include "core/incidents/IncidentEntities.h"
#include "tests/ui/incidents/IncidentUiSamples.h"
#include "ui/risk/RiskDateField.h"
#include "ui/widgets/MessageBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("RecordNotificationDialog starts from a required notice and records it with a copy",
          "[incidents][ui]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const qint64 id = test::addIncident(program, test::stolenLaptop());
    std::optional<RequiredNotification> media;
    const std::vector<RequiredNotification> owed =
        BreachReporting(program).requiredNotifications(id).value();
    for (const RequiredNotification& notice : owed) {
        if (notice.recipient == NotificationRecipient::Media)
            media = notice;
    }
    REQUIRE(media.has_value());

    RecordNotificationDialog dialog(program, id, media);
    CHECK(dialog.recipientCombo()->currentData().toString() == QStringLiteral("media"));
    CHECK(dialog.jurisdictionEdit()->text() == QStringLiteral("FL"));
    CHECK(dialog.jurisdictionEdit()->isVisibleTo(&dialog));
    CHECK_FALSE(dialog.coveredEntityCombo()->isVisibleTo(&dialog));
    CHECK(dialog.dueLabel()->text().contains(QStringLiteral("2026-03-06")));
    CHECK(dialog.methodCombo()->currentText() == QStringLiteral("Press release"));
    CHECK(dialog.sentOnField()->date() == QDate(2026, 3, 1));
    CHECK_FALSE(dialog.isModified());
    CHECK(dialog.saveButton()->isEnabled());

    dialog.contentEdit()->setPlainText(QStringLiteral("Press release to Florida outlets."));
    const QString letter = test::writeFile(fixture.dir() + QStringLiteral("/press.pdf.txt"),
                                           QByteArray("FOR IMMEDIATE RELEASE"));
    REQUIRE(dialog.attachCopy(letter));
    CHECK(dialog.copyLabel()->text().contains(QStringLiteral("press.pdf.txt")));
    REQUIRE(dialog.save());

    const std::vector<IncidentNotification> sent =
        program.incidentNotifications().notifications(id).value();
    REQUIRE(sent.size() == 1);
    CHECK(sent.front().key() == QStringLiteral("media:FL"));
    CHECK(sent.front().content == QStringLiteral("Press release to Florida outlets."));
    REQUIRE(sent.front().file.has_value());
    CHECK(sent.front().file->fileName == QStringLiteral("press.pdf.txt"));
    CHECK(program.incidentNotifications().notificationFileContent(sent.front().id).value() ==
          QByteArray("FOR IMMEDIATE RELEASE"));
    CHECK(test::auditCount(program, incidententity::notification(), QStringLiteral("sent")) == 1);
}

TEST_CASE("RecordNotificationDialog refuses an incomplete notice with a clear message",
          "[incidents][ui]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const qint64 id = test::addIncident(program, test::stolenLaptop());
    RecordNotificationDialog dialog(program, id);
    CHECK_FALSE(dialog.dueLabel()->isVisibleTo(&dialog));
    dialog.recipientCombo()->setCurrentIndex(
        dialog.recipientCombo()->findData(QStringLiteral("state_authority")));
    CHECK(dialog.jurisdictionEdit()->isVisibleTo(&dialog));
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK(dialog.banner()->text().contains(QStringLiteral("two-letter code")));
    dialog.jurisdictionEdit()->setText(QStringLiteral("fl"));
    dialog.methodCombo()->setCurrentText(QString());
    CHECK(dialog.banner()->text().contains(QStringLiteral("Say how the notice was sent")));
    CHECK_FALSE(dialog.save());
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Error);
    CHECK(program.incidentNotifications().notifications(id).value().empty());

    dialog.methodCombo()->setCurrentText(QStringLiteral("Certified mail"));
    dialog.sentOnField()->setDate(QDate(2026, 1, 2)); // before the discovery
    CHECK(dialog.banner()->text().contains(QStringLiteral("before the incident was discovered")));
    dialog.sentOnField()->setDate(QDate(2026, 2, 2));
    REQUIRE(dialog.save());
    CHECK(program.incidentNotifications().notifications(id).value().front().jurisdiction ==
          QStringLiteral("FL"));
}
