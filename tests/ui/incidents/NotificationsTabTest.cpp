#include "ui/incidents/NotificationsTab.h"

#include "core/incidents/IncidentEntities.h"
#include "tests/ui/incidents/IncidentUiSamples.h"
#include "ui/incidents/RequiredNoticeModel.h"
#include "ui/incidents/SentNoticeModel.h"
#include "ui/widgets/MessageBanner.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("NotificationsTab shows the notices owed with due dates and overdue state",
          "[incidents][ui]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const qint64 id = test::addIncident(program, test::stolenLaptop());
    NotificationsTab tab(program);
    QAbstractItemModelTester tester(tab.requiredModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    tab.setIncident(program.incidents().incident(id).value());

    RequiredNoticeModel* model = tab.requiredModel();
    REQUIRE(model->rowCount() == 4); // individuals, HHS, Florida's media and authority
    const int authority = model->rowForKey(QStringLiteral("state_authority:FL"));
    REQUIRE(authority >= 0);
    CHECK(model->rowAt(authority).notice.dueOn == QDate(2026, 2, 4));
    CHECK(model->rowAt(authority).overdue);
    const int individuals = model->rowForKey(QStringLiteral("individuals"));
    REQUIRE(individuals >= 0);
    CHECK(model->rowAt(individuals).notice.dueOn == QDate(2026, 3, 6));
    CHECK_FALSE(model->rowAt(individuals).overdue);
    CHECK(tab.summaryText() == QStringLiteral("0 of 4 notices sent; 1 overdue."));
    CHECK(tab.title() == QStringLiteral("Notices 0/4"));
    // The first notice still owed, by due date, is offered for recording.
    CHECK(tab.requiredTable()->currentIndex().data(RequiredNoticeModel::KeyRole).toString() ==
          QStringLiteral("state_authority:FL"));
    CHECK(tab.sentEmptyLabel()->isVisibleTo(&tab));
    CHECK(tab.sentEmptyLabel()->text().contains(QStringLiteral("Record Notice Sent")));
    CHECK_FALSE(tab.saveCopyButton()->isEnabled());

    // Recording a notice elsewhere refreshes the tab through the register's signal.
    IncidentNotification notice;
    notice.incidentId = id;
    notice.recipient = NotificationRecipient::Individuals;
    notice.sentOn = QDate(2026, 2, 27);
    notice.method = QStringLiteral("First-class mail");
    REQUIRE(program.incidentNotifications().recordNotification(notice).ok());
    CHECK(model->rowAt(model->rowForKey(QStringLiteral("individuals"))).isSent());
    CHECK(tab.sentModel()->rowCount() == 1);
    CHECK(tab.title() == QStringLiteral("Notices 1/4"));
}

TEST_CASE("NotificationsTab saves a copy of an attached letter", "[incidents][ui]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const qint64 id = test::addIncident(program, test::stolenLaptop());
    IncidentNotification notice;
    notice.incidentId = id;
    notice.recipient = NotificationRecipient::StateAuthority;
    notice.jurisdiction = QStringLiteral("FL");
    notice.sentOn = QDate(2026, 2, 26);
    notice.method = QStringLiteral("Email");
    const QByteArray letter("Dear Attorney General,\nWe write to report a breach.\n");
    const qint64 noticeId = program.incidentNotifications()
                                .recordNotification(notice, QStringLiteral("fl-letter.txt"), letter)
                                .value()
                                .id;

    NotificationsTab tab(program);
    QAbstractItemModelTester tester(tab.sentModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    tab.setIncident(program.incidents().incident(id).value());
    const int authority = tab.requiredModel()->rowForKey(QStringLiteral("state_authority:FL"));
    CHECK(tab.requiredModel()->rowAt(authority).late);
    REQUIRE(tab.selectSent(noticeId));
    CHECK(tab.saveCopyButton()->isEnabled());
    CHECK(tab.openCopyButton()->isEnabled());

    const QString path = fixture.dir() + QStringLiteral("/copy.txt");
    REQUIRE(tab.saveCopyTo(path));
    QFile copy(path);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == letter);
    CHECK(tab.banner()->text().contains(QStringLiteral("decrypted copy")));
    CHECK(test::auditCount(program, incidententity::notification(), QStringLiteral("copied")) == 1);
}

TEST_CASE("NotificationsTab explains when no notice is owed", "[incidents][ui]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    Incident secured = test::stolenLaptop();
    secured.phiSecured = true;
    secured.securedBasis = QStringLiteral("Full-disk encryption, key not on the device");
    const qint64 id = test::addIncident(program, secured);
    NotificationsTab tab(program);
    tab.setIncident(program.incidents().incident(id).value());
    CHECK(tab.requiredModel()->rowCount() == 0);
    CHECK(tab.requiredEmptyLabel()->isVisibleTo(&tab));
    CHECK(tab.requiredEmptyLabel()->text().contains(QStringLiteral("No notice is owed")));
    CHECK(tab.requiredEmptyLabel()->text().contains(QStringLiteral("Full-disk encryption")));
    CHECK(tab.recordButton()->isEnabled());
}
