#include "ui/retention/RetentionRecordModel.h"

#include "core/retention/RecordTypes.h"
#include "tests/ui/retention/RetentionUiSamples.h"
#include "ui/retention/RetentionRecordProxyModel.h"
#include "ui/retention/RetentionRoles.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using test::cellText;

TEST_CASE("RetentionRecordModel shows each record's dates and status as of a day",
          "[ui][retention]")
{
    test::TemporaryProgram fixture;
    const test::History history = test::historyAsOf(fixture, QDate(2026, 3, 1));

    RetentionRecordModel model(fixture.program());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload());
    CHECK(model.asOf() == QDate(2026, 3, 1));
    REQUIRE(model.rowCount() > 10);

    const int expired = model.rowFor(RecordRef{recordtype::agreement(), history.expired});
    REQUIRE(expired >= 0);
    CHECK(cellText(model, expired, RetentionRecordModel::TypeColumn) ==
          QStringLiteral("Business associate agreement"));
    CHECK(cellText(model, expired, RetentionRecordModel::RecordColumn)
              .contains(QStringLiteral("Billing pilot BAA")));
    CHECK(cellText(model, expired, RetentionRecordModel::LastInEffectColumn) ==
          QStringLiteral("2020-02-29"));
    CHECK(cellText(model, expired, RetentionRecordModel::KeepUntilColumn) ==
          QStringLiteral("2026-03-01"));
    // The last day it must be kept: retained that day, eligible the next.
    CHECK(cellText(model, expired, RetentionRecordModel::StatusColumn) ==
          retentionStatusLabel(RetentionStatus::Retained));
    CHECK(model.data(model.index(expired, 0), retentionrole::StatusKeyRole).toString() ==
          QStringLiteral("retained"));

    const int inForce = model.rowFor(RecordRef{recordtype::policy(), history.policyInForce});
    REQUIRE(inForce >= 0);
    CHECK(cellText(model, inForce, RetentionRecordModel::LastInEffectColumn) ==
          QStringLiteral("In effect"));
    CHECK(cellText(model, inForce, RetentionRecordModel::StatusColumn) ==
          retentionStatusLabel(RetentionStatus::InEffect));

    const int draft = model.rowFor(RecordRef{recordtype::policyRevision(), history.draftRevision});
    REQUIRE(draft >= 0);
    CHECK(cellText(model, draft, RetentionRecordModel::KeepUntilColumn) ==
          QStringLiteral("Not kept"));
    CHECK(model.statusAt(draft) == RetentionStatus::Discardable);

    model.setAsOf(QDate(2026, 3, 2));
    CHECK(cellText(model, expired, RetentionRecordModel::StatusColumn) ==
          retentionStatusLabel(RetentionStatus::Eligible));
    const QModelIndex status = model.index(expired, RetentionRecordModel::StatusColumn);
    CHECK(model.data(status, Qt::ForegroundRole).value<QColor>() == QColor(0x2e, 0x7d, 0x32));
    CHECK(model.data(status, Qt::FontRole).value<QFont>().bold());
    CHECK(model.data(status, Qt::ToolTipRole).toString().contains(QStringLiteral("2026-03-02")));
    REQUIRE(model.eligible().size() == 1);
    CHECK(model.eligible().front().recordId == history.expired);
    CHECK(model.statusCounts().at(RetentionStatus::Eligible) == 1);
}

TEST_CASE("RetentionRecordModel shows the hold that keeps a record", "[ui][retention]")
{
    test::TemporaryProgram fixture;
    const test::History history = test::historyAsOf(fixture, QDate(2026, 9, 15));
    REQUIRE(fixture.program().retention().placeHold(recordtype::risk(), history.riskOne,
                                                    QStringLiteral("Subpoena from the state AG")));

    RetentionRecordModel model(fixture.program());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload());
    const int risk = model.rowFor(RecordRef{recordtype::risk(), history.riskOne});
    REQUIRE(risk >= 0);
    CHECK(model.statusAt(risk) == RetentionStatus::OnHold);
    CHECK(cellText(model, risk, RetentionRecordModel::HoldColumn) ==
          QStringLiteral("Subpoena from the state AG"));
    CHECK(model.data(model.index(risk, RetentionRecordModel::StatusColumn), Qt::ForegroundRole)
              .value<QColor>() == QColor(0x9a, 0x5b, 0x00));
    // Its task follows the risk, hold included.
    const int task = model.rowFor(RecordRef{recordtype::remediationTask(), history.doneTask});
    CHECK(model.statusAt(task) == RetentionStatus::OnHold);
    for (const RetentionRecord& record : model.eligible())
        CHECK(record.recordType != recordtype::risk());
}

TEST_CASE("RetentionRecordProxyModel filters by status, type and text and sorts dates",
          "[ui][retention]")
{
    test::TemporaryProgram fixture;
    const test::History history = test::historyAsOf(fixture, QDate(2026, 9, 15));
    RetentionRecordModel model(fixture.program());
    REQUIRE(model.reload());
    RetentionRecordProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int all = proxy.rowCount();
    REQUIRE(all == model.rowCount());

    proxy.setStatusKey(QStringLiteral("eligible"));
    QStringList eligible = test::columnText(proxy, RetentionRecordModel::RecordColumn);
    eligible.sort();
    CHECK(eligible.size() == 4);
    CHECK(eligible.filter(QStringLiteral("Billing pilot BAA")).size() == 1);
    CHECK(eligible.filter(QStringLiteral("Claims sent by e-mail")).size() == 1);
    CHECK(eligible.filter(QStringLiteral("Turn off e-mail export")).size() == 1);

    // The status follows the model's day.
    model.setAsOf(QDate(2026, 3, 1));
    CHECK(proxy.rowCount() == 0);
    model.setAsOf(QDate(2026, 9, 15));
    CHECK(proxy.rowCount() == 4);

    proxy.setStatusKey({});
    proxy.setRecordType(recordtype::risk());
    CHECK(proxy.rowCount() == 2);
    proxy.setText(QStringLiteral("sftp password"));
    REQUIRE(proxy.rowCount() == 1);
    CHECK(cellText(proxy, 0, RetentionRecordModel::RecordColumn)
              .contains(QStringLiteral("Shared SFTP password")));
    CHECK(proxy.isFiltering());

    proxy.setText({});
    proxy.setRecordType({});
    CHECK(proxy.rowCount() == all);
    proxy.sort(RetentionRecordModel::KeepUntilColumn, Qt::AscendingOrder);
    // Earliest day first; records in effect, then drafts, last.
    CHECK(cellText(proxy, 0, RetentionRecordModel::KeepUntilColumn) ==
          QStringLiteral("2026-03-01"));
    CHECK(cellText(proxy, all - 1, RetentionRecordModel::KeepUntilColumn) ==
          QStringLiteral("Not kept"));
    Q_UNUSED(history);
}
