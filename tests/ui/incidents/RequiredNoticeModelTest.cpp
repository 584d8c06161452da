#include "ui/incidents/RequiredNoticeModel.h"

#include <QAbstractItemModelTester>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

RequiredNotification required(NotificationRecipient recipient, const QDate& due,
                              const QString& jurisdiction = {})
{
    RequiredNotification notice;
    notice.recipient = recipient;
    notice.jurisdiction = jurisdiction;
    notice.dueOn = due;
    notice.basis = QStringLiteral("Within 60 days of discovery (164.404).");
    return notice;
}

IncidentNotification sent(NotificationRecipient recipient, const QDate& on,
                          const QString& jurisdiction = {})
{
    IncidentNotification notice;
    notice.id = on.toJulianDay();
    notice.recipient = recipient;
    notice.jurisdiction = jurisdiction;
    notice.sentOn = on;
    return notice;
}

} // namespace

TEST_CASE("RequiredNoticeModel says where each notice stands", "[incidents][ui]")
{
    RequiredNoticeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDate today(2026, 3, 1);
    model.setNotices(
        {required(NotificationRecipient::StateAuthority, QDate(2026, 2, 4), QStringLiteral("FL")),
         required(NotificationRecipient::Individuals, QDate(2026, 3, 6)),
         required(NotificationRecipient::Media, QDate(2026, 3, 6), QStringLiteral("FL")),
         required(NotificationRecipient::Hhs, QDate(2026, 3, 1))},
        {sent(NotificationRecipient::Media, QDate(2026, 2, 20), QStringLiteral("FL")),
         sent(NotificationRecipient::Media, QDate(2026, 2, 10), QStringLiteral("FL")),
         sent(NotificationRecipient::Media, QDate(2026, 2, 1), QStringLiteral("GA"))},
        today);
    REQUIRE(model.rowCount() == 4);
    CHECK(model.columnCount() == RequiredNoticeModel::ColumnCount);

    const auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    CHECK(model.rowAt(0).overdue);
    CHECK(text(0, RequiredNoticeModel::RecipientColumn) == QStringLiteral("FL authority"));
    CHECK(text(0, RequiredNoticeModel::DueColumn) == QStringLiteral("2026-02-04"));
    CHECK(text(0, RequiredNoticeModel::StandingColumn) == QStringLiteral("Overdue by 25 day(s)"));
    CHECK(model.index(0, RequiredNoticeModel::StandingColumn).data(Qt::ForegroundRole).isValid());
    CHECK(text(1, RequiredNoticeModel::StandingColumn) == QStringLiteral("5 day(s) left"));
    CHECK(text(1, RequiredNoticeModel::SentColumn) == QStringLiteral("Not yet"));
    // The first notice sent answers the requirement; another State's does not.
    CHECK(text(2, RequiredNoticeModel::SentColumn) == QStringLiteral("2026-02-10"));
    CHECK(text(2, RequiredNoticeModel::StandingColumn) == QStringLiteral("Sent on time"));
    CHECK_FALSE(model.index(2, RequiredNoticeModel::DueColumn).data(Qt::ForegroundRole).isValid());
    CHECK(text(3, RequiredNoticeModel::StandingColumn) == QStringLiteral("Due today"));
    CHECK(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("164.404")));
    CHECK(model.rowForKey(QStringLiteral("media:FL")) == 2);

    model.setNotices({required(NotificationRecipient::Individuals, QDate(2026, 2, 1))},
                     {sent(NotificationRecipient::Individuals, QDate(2026, 2, 4))}, today);
    CHECK(model.rowAt(0).late);
    CHECK_FALSE(model.rowAt(0).overdue);
    CHECK(text(0, RequiredNoticeModel::StandingColumn) == QStringLiteral("Sent 3 day(s) late"));
    model.setNotices({}, {}, today);
    CHECK(model.rowCount() == 0);
}
