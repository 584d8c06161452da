#include "ui/incidents/SentNoticeModel.h"

#include <QAbstractItemModelTester>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("SentNoticeModel lists the notices on file with their copies", "[incidents][ui]")
{
    SentNoticeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    IncidentNotification letter;
    letter.id = 7;
    letter.recipient = NotificationRecipient::CoveredEntity;
    letter.counterpartyId = 3;
    letter.sentOn = QDate(2026, 2, 2);
    letter.method = QStringLiteral("Email");
    letter.sentBy = QStringLiteral("Joan Okafor");
    StoredFile file;
    file.fileName = QStringLiteral("notice.pdf");
    file.size = 2048;
    file.sha256 = QStringLiteral("ab12");
    letter.file = file;
    IncidentNotification media;
    media.id = 9;
    media.recipient = NotificationRecipient::Media;
    media.jurisdiction = QStringLiteral("FL");
    media.sentOn = QDate(2026, 2, 3);
    model.setNotices({letter, media}, {{3, QStringLiteral("Lakeside Clinic")}});

    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, SentNoticeModel::RecipientColumn).data().toString() ==
          QStringLiteral("Lakeside Clinic"));
    CHECK(model.index(0, SentNoticeModel::CopyColumn).data().toString() ==
          QStringLiteral("notice.pdf"));
    CHECK(model.index(0, 0).data(SentNoticeModel::HasCopyRole).toBool());
    CHECK(model.index(0, SentNoticeModel::CopyColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("ab12")));
    CHECK(model.index(1, SentNoticeModel::RecipientColumn).data().toString() ==
          QStringLiteral("Media in FL"));
    CHECK_FALSE(model.index(1, 0).data(SentNoticeModel::HasCopyRole).toBool());
    CHECK(model.rowForId(9) == 1);
    CHECK(model.rowForId(8) == -1);
}
