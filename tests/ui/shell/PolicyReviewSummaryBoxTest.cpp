#include "ui/shell/PolicyReviewSummaryBox.h"

#include "core/policies/PolicyRegister.h"
#include "tests/core/policies/PolicySamples.h"
#include "tests/support/TemporaryProgram.h"
#include "ui/policies/PoliciesPage.h"
#include "ui/policies/PolicyLabels.h"
#include "ui/session/ClipboardGuard.h"
#include "ui/shell/DashboardPage.h"
#include "ui/shell/MainWindow.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

Policy numbered(int n)
{
    Policy policy = test::accessControlPolicy();
    policy.code = QStringLiteral("SEC-%1").arg(n, 3, 10, QLatin1Char('0'));
    policy.title = QStringLiteral("Policy %1").arg(n);
    policy.requiredApprovalRoles.clear();
    policy.reviewCycleMonths = 12;
    return policy;
}

} // namespace

TEST_CASE("The dashboard's policy box lists missing revisions and reviews due",
          "[ui][shell][policies]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    PolicyRegister& policies = program.policies();
    PolicyReviewSummaryBox box(program);
    CHECK(box.summaryText().startsWith(QStringLiteral("Nothing due")));
    CHECK(box.itemsText().isEmpty());

    // Approved on 1 March 2025 with a yearly cycle: to be reviewed by 1 March
    // 2026, overdue ten days later.
    fixture.clock().set(QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC));
    const Policy reviewed = policies.add(numbered(1), QStringLiteral("Words.")).value();
    const qint64 revision = policies.revisions(reviewed.id)->front().id;
    test::approveRevision(policies, revision, QDate(2025, 3, 1));
    REQUIRE(policies.makeEffective(revision, QDate(2025, 3, 1)).ok());
    fixture.clock().set(QDateTime(QDate(2026, 2, 10), QTime(9, 0), Qt::UTC));
    box.refresh();
    // The tests load no translation, so counts read as in the source ("(s)").
    CHECK(box.summaryText() == QStringLiteral("1 date(s) coming due."));
    CHECK(box.itemsText() == QStringLiteral("\u2022 SEC-001 Policy 1: review due on %1")
                                 .arg(PolicyLabels::date(QDate(2026, 3, 1))));
    fixture.clock().set(QDateTime(QDate(2026, 3, 11), QTime(9, 0), Qt::UTC));
    box.refresh();
    CHECK(box.summaryText() == QStringLiteral("1 finding(s) need attention now."));
    CHECK(box.itemsText() ==
          QStringLiteral("\u2022 SEC-001 Policy 1: review overdue by 10 day(s), since %1")
              .arg(PolicyLabels::date(QDate(2026, 3, 1))));

    // Six drafts never approved: findings, listed first.
    for (int n = 2; n <= 7; ++n)
        REQUIRE(policies.add(numbered(n), QStringLiteral("Draft.")).ok());
    box.refresh();
    CHECK(box.summaryText().startsWith(QStringLiteral("7 finding(s) need attention now.")));
    const QStringList lines = box.itemsText().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == PolicyReviewSummaryBox::shownItems + 1);
    CHECK(lines.front() ==
          QStringLiteral("\u2022 SEC-002 Policy 2: no approved revision in effect"));
    CHECK_FALSE(box.itemsText().contains(QStringLiteral("SEC-001")));
    CHECK(lines.back() == QStringLiteral("…and 2 more on the Policies page."));

    QSignalSpy open(&box, &PolicyReviewSummaryBox::openRequested);
    auto* button = box.findChild<QPushButton*>();
    REQUIRE(button != nullptr);
    CHECK(button->text() == QStringLiteral("Open Policies"));
    button->click();
    CHECK(open.count() == 1);
}

TEST_CASE("The dashboard's policy box opens the Policies page", "[ui][shell][policies]")
{
    test::TemporaryProgram fixture;
    ClipboardGuard clipboard;
    MainWindow window(fixture.program(), clipboard);
    auto* box = window.dashboardPage()->findChild<PolicyReviewSummaryBox*>();
    REQUIRE(box != nullptr);
    emit box->openRequested();
    CHECK(window.pages()->currentWidget() == window.policiesPage());
}
