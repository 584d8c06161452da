#include "ui/policies/RevisionTableModel.h"

#include "tests/support/TemporaryProgram.h"
#include "tests/ui/policies/PolicySamples.h"
#include "ui/policies/ApprovalTableModel.h"

#include <QAbstractItemModelTester>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("RevisionTableModel lists a policy's revisions with the dates of their lives",
          "[ui][policies]")
{
    test::TemporaryProgram fixture;
    const test::PolicySample s = test::addPolicyLibrary(fixture);
    RevisionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);

    Result<std::vector<PolicyRevision>> revisions =
        fixture.program().policies().revisions(s.ids.at(QStringLiteral("SEC-001")));
    REQUIRE(revisions);
    model.setRevisions(*revisions, QDate(2026, 3, 1));
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == RevisionTableModel::ColumnCount);
    const auto text = [&](int row, int column) {
        return model.data(model.index(row, column)).toString();
    };
    CHECK(text(0, RevisionTableModel::NumberColumn) == QStringLiteral("1"));
    CHECK(text(0, RevisionTableModel::StateColumn) == QStringLiteral("Superseded"));
    CHECK(text(0, RevisionTableModel::ApprovedColumn) == QStringLiteral("2025-01-20"));
    CHECK(text(0, RevisionTableModel::EffectiveColumn) == QStringLiteral("2025-02-01"));
    CHECK(text(0, RevisionTableModel::LastDayColumn) == QStringLiteral("2026-02-15"));
    CHECK(text(1, RevisionTableModel::StateColumn) == QStringLiteral("Effective"));
    CHECK(text(1, RevisionTableModel::LastDayColumn).isEmpty());
    CHECK(text(1, RevisionTableModel::SummaryColumn) ==
          QStringLiteral("Adds the quarterly access review"));
    CHECK(model.data(model.index(1, 0), RevisionTableModel::RevisionIdRole).toLongLong() ==
          s.sec001Rev2);
    CHECK(model.rowForId(s.sec001Rev1) == 0);

    // Seen from before its effective date, revision 2 is only scheduled.
    model.setRevisions(*revisions, QDate(2026, 2, 13));
    CHECK(text(1, RevisionTableModel::StateColumn) == QStringLiteral("Scheduled"));
}

TEST_CASE("ApprovalTableModel lists the sign-offs of a revision", "[ui][policies]")
{
    test::TemporaryProgram fixture;
    const test::PolicySample s = test::addPolicyLibrary(fixture);
    ApprovalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Result<std::vector<PolicyApproval>> given =
        fixture.program().policies().approvals(s.adm002Rev2);
    REQUIRE(given);
    model.setApprovals(*given);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, ApprovalTableModel::ApproverColumn)).toString() ==
          QStringLiteral("Dana Whitfield"));
    CHECK(model.data(model.index(0, ApprovalTableModel::RoleColumn)).toString() ==
          QStringLiteral("Privacy Officer"));
    CHECK(model.data(model.index(0, ApprovalTableModel::DateColumn)).toString() ==
          QStringLiteral("2026-02-20"));
}
