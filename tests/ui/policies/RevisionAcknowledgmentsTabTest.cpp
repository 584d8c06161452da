#include "ui/policies/RevisionAcknowledgmentsTab.h"

#include "core/policies/PolicyRegister.h"
#include "core/program/Program.h"
#include "core/training/AcknowledgmentRegister.h"
#include "core/training/WorkforceRegister.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/ui/assets/ModalDriver.h"
#include "tests/ui/policies/PolicySamples.h"
#include "ui/policies/AcknowledgmentDialog.h"
#include "ui/policies/AcknowledgmentStatusModel.h"
#include "ui/policies/PolicyDetailPanel.h"
#include "ui/widgets/MessageBanner.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

qint64 addPerson(Program& program, const QString& name, const QDate& hired,
                 const QDate& terminated = {})
{
    Person person;
    person.name = name;
    person.employeeId = QStringLiteral("E-") + name.left(3).toUpper();
    person.department = QStringLiteral("Coding");
    person.roles = {QStringLiteral("coder")};
    person.hiredOn = hired;
    if (terminated.isValid()) {
        person.status = PersonStatus::Terminated;
        person.terminatedOn = terminated;
    }
    Result<Person> added = program.workforce().addPerson(person);
    REQUIRE(added.ok());
    return added->id;
}

} // namespace

TEST_CASE("The acknowledgments tab shows who has read the revision and records the rest",
          "[ui][policies][training]")
{
    test::TemporaryProgram fixture; // today: 2026-03-01
    Program& program = fixture.program();
    Policy policy;
    policy.code = QStringLiteral("ADM-010");
    policy.title = QStringLiteral("Sanctions");
    policy.category = PolicyCategory::Administrative;
    policy.owner = QStringLiteral("Privacy Officer");
    policy.requiredApprovalRoles = {QStringLiteral("Privacy Officer")};
    fixture.clock().set(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    const Policy added = program.policies().add(policy, QStringLiteral("Words.")).value();
    const qint64 revisionId = program.policies().revisions(added.id)->front().id;

    RevisionAcknowledgmentsTab tab(program);
    QAbstractItemModelTester tester(tab.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    tab.showRevision(added, program.policies().revision(revisionId).value());
    CHECK(tab.summaryText().contains(QStringLiteral("not approved yet")));
    CHECK(tab.model()->rowCount() == 0);
    CHECK(tab.title() == QStringLiteral("Acknowledgments"));

    test::approveRevision(program, revisionId, QDate(2026, 1, 5));
    REQUIRE(program.policies().makeEffective(revisionId, QDate(2026, 1, 5)).ok());
    fixture.clock().set(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    tab.showRevision(added, program.policies().revision(revisionId).value());
    CHECK(tab.summaryText().contains(QStringLiteral("No one is on the workforce roster yet")));

    const qint64 amara = addPerson(program, QStringLiteral("Amara Okoye"), QDate(2024, 3, 4));
    addPerson(program, QStringLiteral("Bao Tran"), QDate(2025, 1, 6));
    addPerson(program, QStringLiteral("Cyrus Vance"), QDate(2025, 1, 6));
    addPerson(program, QStringLiteral("Dorothea Brooke"), QDate(2020, 1, 6), QDate(2026, 1, 31));
    PolicyAcknowledgment read;
    read.personId = amara;
    read.revisionId = revisionId;
    read.acknowledgedOn = QDate(2026, 2, 10);
    REQUIRE(program.acknowledgments().addAcknowledgment(read).ok());

    // The tab follows the registers' signals.
    CHECK(tab.title() == QStringLiteral("Acknowledgments (1/3)"));
    CHECK(tab.summaryText().startsWith(
        QStringLiteral("1 of 3 people on the workforce have acknowledged Rev 1; 2 still to.")));
    REQUIRE(tab.model()->rowCount() == 3); // Dorothea left before and never acknowledged
    CHECK(tab.model()->index(0, 0).data().toString() == QStringLiteral("Bao Tran"));
    CHECK(tab.model()->index(0, AcknowledgmentStatusModel::AcknowledgedColumn).data().toString() ==
          QStringLiteral("Not yet"));
    CHECK(tab.model()->index(2, 0).data().toString() == QStringLiteral("Amara Okoye"));

    tab.outstandingOnly()->setChecked(true);
    CHECK(tab.table()->model()->rowCount() == 2);
    CHECK_FALSE(tab.recordButton()->isEnabled());
    tab.table()->selectAll();
    CHECK(tab.recordButton()->isEnabled());

    bool seen = false;
    test::whenModalAppears(
        [](QDialog* dialog) {
            auto* step = qobject_cast<AcknowledgmentDialog*>(dialog);
            REQUIRE(step != nullptr);
            step->dateEdit()->setDate(QDate(2026, 2, 27));
            step->confirm();
        },
        &seen);
    tab.recordAcknowledgment();
    CHECK(seen);
    const std::vector<PolicyAcknowledgment> all =
        program.acknowledgments().acknowledgmentsFor(revisionId).value();
    REQUIRE(all.size() == 3);
    CHECK(all.back().acknowledgedOn == QDate(2026, 2, 27));
    CHECK(tab.title() == QStringLiteral("Acknowledgments (3/3)"));
    CHECK(tab.summaryText() ==
          QStringLiteral("Everyone on the workforce (3 person(s)) has acknowledged Rev 1."));
    CHECK(tab.table()->model()->rowCount() == 0);
}

TEST_CASE("The policy detail panel carries the acknowledgments tab with its count",
          "[ui][policies][training]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const test::PolicySample sample = test::addPolicyLibrary(fixture);
    addPerson(program, QStringLiteral("Amara Okoye"), QDate(2024, 3, 4));
    PolicyDetailPanel panel(program);
    panel.showPolicy(sample.ids.at(QStringLiteral("SEC-001")));
    CHECK(panel.tabs()->tabText(PolicyDetailPanel::AcknowledgmentsTab) ==
          QStringLiteral("Acknowledgments (0/1)"));
    INFO(panel.acknowledgmentsTab()->summaryText().toStdString());
    CHECK(panel.acknowledgmentsTab()->summaryText().startsWith(
        QStringLiteral("0 of 1 people on the workforce have acknowledged Rev 2")));
}

TEST_CASE("Recording acknowledgments keeps those accepted and lists who was refused, and why",
          "[ui][policies][training]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const test::PolicySample sample = test::addPolicyLibrary(fixture);
    const PolicyRevision revision = program.policies().revision(sample.sec001Rev1).value();
    const qint64 amara = addPerson(program, QStringLiteral("Amara Okoye"), QDate(2024, 3, 4));
    const qint64 bao = addPerson(program, QStringLiteral("Bao Tran"), QDate(2024, 3, 4));
    const qint64 cyrus = addPerson(program, QStringLiteral("Cyrus Vance"), QDate(2024, 3, 4));
    std::vector<Person> chosen;
    for (const qint64 id : {amara, bao, cyrus})
        chosen.push_back(program.workforce().person(id).value());
    AcknowledgmentDialog dialog(program, QStringLiteral("SEC-001 Rev 1"), revision, chosen);
    dialog.dateEdit()->setDate(QDate(2026, 2, 20));

    // While the dialog is open, Bao's acknowledgment arrives from elsewhere and
    // Cyrus is taken off the roster.
    PolicyAcknowledgment read;
    read.personId = bao;
    read.revisionId = revision.id;
    read.acknowledgedOn = QDate(2026, 2, 18);
    REQUIRE(program.acknowledgments().addAcknowledgment(read).ok());
    REQUIRE(program.workforce().removePerson(cyrus).ok());

    CHECK_FALSE(dialog.confirm());
    CHECK_FALSE(dialog.banner()->isHidden());
    CHECK(dialog.banner()->text() == QStringLiteral("Cyrus Vance: The person no longer exists."));
    const std::vector<PolicyAcknowledgment> stored =
        program.acknowledgments().acknowledgmentsFor(revision.id).value();
    REQUIRE(stored.size() == 2);
    const auto of = [&](qint64 person) {
        return std::find_if(stored.begin(), stored.end(),
                            [&](const PolicyAcknowledgment& a) { return a.personId == person; });
    };
    REQUIRE(of(amara) != stored.end());
    CHECK(of(amara)->acknowledgedOn == QDate(2026, 2, 20));
    // Bao's own date stands; nothing was recorded twice.
    REQUIRE(of(bao) != stored.end());
    CHECK(of(bao)->acknowledgedOn == QDate(2026, 2, 18));

    // Trying again asks only about those still refused.
    CHECK_FALSE(dialog.confirm());
    CHECK(dialog.banner()->text() == QStringLiteral("Cyrus Vance: The person no longer exists."));
    CHECK(program.acknowledgments().acknowledgmentsFor(revision.id).value().size() == 2);
}

TEST_CASE("A reason shared by everyone refused is said once", "[ui][policies][training]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const test::PolicySample sample = test::addPolicyLibrary(fixture);
    PolicyRevision revision = program.policies().revision(sample.sec001Rev1).value();
    std::vector<Person> chosen;
    for (const QString& name : {QStringLiteral("Amara Okoye"), QStringLiteral("Bao Tran")})
        chosen.push_back(
            program.workforce().person(addPerson(program, name, QDate(2024, 3, 4))).value());
    // A revision id that names nothing stands for one disposed of meanwhile.
    revision.id = 999999;
    AcknowledgmentDialog dialog(program, QStringLiteral("SEC-001 Rev 1"), revision, chosen);
    dialog.dateEdit()->setDate(QDate(2026, 2, 20));
    CHECK_FALSE(dialog.confirm());
    CHECK(dialog.banner()->text() == QStringLiteral("The policy revision no longer exists."));
}
