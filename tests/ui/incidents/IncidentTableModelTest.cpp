#include "ui/incidents/IncidentTableModel.h"

#include "tests/core/CatchQtStrings.h"
#include "tests/ui/incidents/IncidentLogSamples.h"
#include "ui/incidents/IncidentFilterProxyModel.h"
#include "ui/incidents/IncidentTableRoles.h"
#include "ui/training/DueStateColors.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using namespace palisade::test::incidentui;

namespace {

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

QStringList references(const QAbstractItemModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << cell(model, row, IncidentTableModel::ReferenceColumn);
    return out;
}

} // namespace

TEST_CASE("IncidentTableModel counts the next notice down and colours the overdue",
          "[ui][incidents]")
{
    test::TemporaryProgram fixture;
    const IncidentLog log = addIncidentLog(fixture);
    IncidentTableModel model(fixture.program());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload());
    REQUIRE(model.rowCount() == 4);
    CHECK(model.columnCount() == IncidentTableModel::ColumnCount);
    CHECK(model.today() == QDate(2026, 3, 1));

    const int remittance = model.rowForId(log.remittance);
    CHECK(cell(model, remittance, IncidentTableModel::ReferenceColumn) ==
          incidentReference(log.remittance));
    CHECK(cell(model, remittance, IncidentTableModel::KindColumn) ==
          incidentKindLabel(IncidentKind::MisdirectedCommunication));
    CHECK(cell(model, remittance, IncidentTableModel::DiscoveredColumn) ==
          QStringLiteral("2026-02-23"));
    CHECK(cell(model, remittance, IncidentTableModel::BreachStatusColumn) ==
          QStringLiteral("Presumed breach"));
    CHECK(cell(model, remittance, IncidentTableModel::BreachStatusColumn, Qt::ToolTipRole) ==
          breachStatusLabel(BreachStatus::PresumedBreach));
    CHECK(cell(model, remittance, IncidentTableModel::AffectedColumn) == QStringLiteral("52"));
    // 60 days from 23 February is 24 April, 54 days after 1 March.
    CHECK(cell(model, remittance, IncidentTableModel::NextDeadlineColumn) ==
          QStringLiteral("Individuals in 54 day(s)"));
    CHECK(cell(model, remittance, IncidentTableModel::StatusColumn) == QStringLiteral("Open"));
    CHECK_FALSE(model.data(model.index(remittance, 0), incidentrole::OverdueRole).toBool());
    CHECK(cell(model, remittance, IncidentTableModel::NextDeadlineColumn, Qt::ToolTipRole)
              .contains(QStringLiteral("HHS (annual log): due 2027-03-01")));

    // Florida's 30 days ran out on 31 December, 60 days ago, before the rest.
    const int laptop = model.rowForId(log.laptop);
    CHECK(cell(model, laptop, IncidentTableModel::NextDeadlineColumn) ==
          QStringLiteral("FL authority 60 day(s) overdue"));
    CHECK(
        model.data(model.index(laptop, IncidentTableModel::NextDeadlineColumn), Qt::ForegroundRole)
            .value<QColor>() == DueStateColors::foreground(DueState::Overdue));
    CHECK(
        model.data(model.index(laptop, IncidentTableModel::NextDeadlineColumn), Qt::BackgroundRole)
            .value<QColor>() == DueStateColors::background(DueState::Overdue));
    CHECK(model.data(model.index(laptop, 0), incidentrole::OverdueRole).toBool());
    CHECK_FALSE(model
                    .data(model.index(remittance, IncidentTableModel::NextDeadlineColumn),
                          Qt::ForegroundRole)
                    .isValid());
    CHECK(model.overdueCount() == 1);
    CHECK(model.openCount() == 3);

    const int phishing = model.rowForId(log.phishing);
    CHECK(cell(model, phishing, IncidentTableModel::BreachStatusColumn) ==
          QStringLiteral("Not a breach"));
    CHECK(cell(model, phishing, IncidentTableModel::NextDeadlineColumn) ==
          QStringLiteral("\u2014"));
    CHECK(cell(model, model.rowForId(log.closed), IncidentTableModel::StatusColumn) ==
          QStringLiteral("Closed on 2026-02-20"));

    // Sending every notice owed by the remittance leaves nothing to count down.
    recordSent(fixture.program(), log.remittance, NotificationRecipient::Individuals,
               QDate(2026, 2, 27));
    recordSent(fixture.program(), log.remittance, NotificationRecipient::Hhs, QDate(2026, 2, 28));
    REQUIRE(model.reload());
    CHECK(cell(model, model.rowForId(log.remittance), IncidentTableModel::NextDeadlineColumn) ==
          QStringLiteral("All notices sent"));

    // A day later the same notice is one day closer.
    fixture.clock().advanceDays(10);
    REQUIRE(model.reload());
    CHECK(cell(model, model.rowForId(log.laptop), IncidentTableModel::NextDeadlineColumn) ==
          QStringLiteral("FL authority 70 day(s) overdue"));
}

TEST_CASE("IncidentFilterProxyModel sorts overdue first and filters by text, status and breach",
          "[ui][incidents]")
{
    test::TemporaryProgram fixture;
    const IncidentLog log = addIncidentLog(fixture);
    IncidentTableModel model(fixture.program());
    REQUIRE(model.reload());
    IncidentFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(IncidentTableModel::NextDeadlineColumn);

    // Open only by default, the overdue laptop first, the one owing nothing last.
    CHECK(proxy.shown() == IncidentFilterProxyModel::Shown::Open);
    CHECK(references(proxy) == QStringList{incidentReference(log.laptop),
                                           incidentReference(log.remittance),
                                           incidentReference(log.phishing)});
    proxy.setShown(IncidentFilterProxyModel::Shown::All);
    CHECK(proxy.rowCount() == 4);
    proxy.setShown(IncidentFilterProxyModel::Shown::Closed);
    CHECK(references(proxy) == QStringList{incidentReference(log.closed)});
    proxy.setShown(IncidentFilterProxyModel::Shown::All);

    // Words match the reference, title, description, reporter and handler.
    proxy.setText(QStringLiteral("laptop car"));
    CHECK(references(proxy) == QStringList{incidentReference(log.laptop)});
    proxy.setText(incidentReference(log.phishing).toLower());
    CHECK(references(proxy) == QStringList{incidentReference(log.phishing)});
    proxy.setText(QStringLiteral("whitfield"));
    CHECK(proxy.rowCount() == 4);
    proxy.setText(QStringLiteral("nothing says this"));
    CHECK(proxy.rowCount() == 0);
    proxy.setText({});

    proxy.setBreachStatusKey(breachStatusKey(BreachStatus::LowProbability));
    CHECK(references(proxy) == QStringList{incidentReference(log.phishing)});
    proxy.setBreachStatusKey(breachStatusKey(BreachStatus::PresumedBreach));
    CHECK(proxy.rowCount() == 3);
    CHECK(proxy.isFiltering());
    proxy.setBreachStatusKey({});
    CHECK_FALSE(proxy.isFiltering());

    // Affected sorts as a number, not as text.
    proxy.sort(IncidentTableModel::AffectedColumn, Qt::DescendingOrder);
    CHECK(proxy.data(proxy.index(0, IncidentTableModel::ReferenceColumn)).toString() ==
          incidentReference(log.laptop));
}
