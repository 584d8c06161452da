// Renders the risk editor and the task dialog offscreen for visual review:
//   palisade_ui_tests "[.screenshot]"
// PNGs go to $PALISADE_SCREENSHOT_DIR, or to "screenshots" in the build folder.
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskRegister.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/ui/risk/RiskScreenshots.h"
#include "ui/risk/RiskEditorDialog.h"
#include "ui/risk/RiskTaskDialog.h"
#include "ui/risk/RiskTaskPanel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::riskshots::save;

namespace {

qint64 addAsset(Program& program, const QString& name, AssetKind kind, const QString& phi)
{
    Asset asset;
    asset.name = name;
    asset.kind = kind;
    asset.owner = QStringLiteral("IT lead");
    asset.phiHeld = phi;
    Result<Asset> added = program.assets().add(asset);
    REQUIRE(added);
    return added->id;
}

void addTask(Program& program, qint64 riskId, const QString& title, const QString& owner,
             TaskStatus status, const QDate& due, const QString& evidence = {})
{
    RemediationTask task;
    task.riskId = riskId;
    task.title = title;
    task.owner = owner;
    task.status = status;
    task.dueOn = due;
    task.evidenceNote = evidence;
    if (status == TaskStatus::Done)
        task.completedOn = QDate(2026, 2, 10);
    REQUIRE(program.risks().addTask(task));
}

// A medical billing company's laptop risk, part way through remediation.
qint64 billingLaptopRisk(test::TemporaryProgram& fixture)
{
    Program& program = fixture.program();
    const qint64 laptops =
        addAsset(program, QStringLiteral("Billing laptops"), AssetKind::WorkstationFleet,
                 QStringLiteral("Claim exports, insurance IDs"));
    addAsset(program, QStringLiteral("Practice-management system"), AssetKind::CloudService,
             QStringLiteral("Claims, diagnosis and procedure codes"));
    addAsset(program, QStringLiteral("Claims clearinghouse link"), AssetKind::Network,
             QStringLiteral("837 claim files"));
    addAsset(program, QStringLiteral("Remittance fax"), AssetKind::PaperFax,
             QStringLiteral("EOBs"));

    Risk risk;
    risk.title = QStringLiteral("Laptops with unencrypted claim exports");
    risk.description = QStringLiteral(
        "Billing staff export claim batches to CSV on their laptops to reconcile denials. The "
        "laptops go home at night and the disks are not encrypted.");
    risk.assetIds = {laptops};
    risk.threatSource = QStringLiteral("Opportunistic thief; careless workforce member");
    risk.threatEvent = QStringLiteral("Laptop stolen from a car or left in a coffee shop");
    risk.vulnerability =
        QStringLiteral("No full-disk encryption; exports kept indefinitely in Downloads.");
    risk.existingControls = QStringLiteral("Windows login password; laptops tracked in the asset "
                                           "register.");
    risk.inherent = RiskRating{RiskLevel::High, RiskLevel::VeryHigh};
    risk.owner = QStringLiteral("Priya Natarajan");
    risk.identifiedOn = QDate(2026, 1, 12);
    risk.dueOn = QDate(2026, 4, 30);
    risk.citations = {QStringLiteral("164.308(a)(1)(ii)(A)"), QStringLiteral("164.310(d)(1)"),
                      QStringLiteral("164.312(a)(2)(iv)")};
    Result<Risk> added = program.risks().add(risk);
    REQUIRE(added);
    Risk stored = *added;

    fixture.clock().advanceDays(1);
    stored.status = RiskStatus::InRemediation;
    stored.treatment = RiskTreatment::Mitigate;
    stored.treatmentPlan = QStringLiteral(
        "Turn on BitLocker through Intune for every billing laptop, block CSV export to local "
        "disk in the practice-management system, and purge old exports.");
    stored.residual = RiskRating{RiskLevel::Low, RiskLevel::VeryHigh};
    stored.dueOn = QDate(2026, 5, 15);
    REQUIRE(program.risks().update(stored));

    addTask(program, stored.id, QStringLiteral("Inventory billing laptops"),
            QStringLiteral("Sam Ortiz"), TaskStatus::Done, QDate(2026, 2, 6),
            QStringLiteral("Intune device list exported 2026-02-10"));
    addTask(program, stored.id, QStringLiteral("Block CSV export to local disk"),
            QStringLiteral("Priya Natarajan"), TaskStatus::Open, QDate(2026, 2, 20));
    addTask(program, stored.id, QStringLiteral("Encrypt laptops with BitLocker"),
            QStringLiteral("Sam Ortiz"), TaskStatus::InProgress, QDate(2026, 3, 31));
    addTask(program, stored.id, QStringLiteral("Purge exports older than 30 days"),
            QStringLiteral("Sam Ortiz"), TaskStatus::Open, {});
    return stored.id;
}

} // namespace

TEST_CASE("Screenshots of the risk editor", "[.screenshot]")
{
    test::TemporaryProgram fixture;
    const qint64 id = billingLaptopRisk(fixture);

    RiskEditorDialog dialog(fixture.program(), id);
    const QStringList names{QStringLiteral("risk"),      QStringLiteral("assessment"),
                            QStringLiteral("treatment"), QStringLiteral("tasks"),
                            QStringLiteral("rule"),      QStringLiteral("history")};
    for (int tab = 0; tab < dialog.tabs()->count(); ++tab) {
        dialog.tabs()->setCurrentIndex(tab);
        CHECK(save(dialog, QStringLiteral("risk-editor-%1-%2").arg(tab + 1).arg(names[tab])));
    }
    dialog.resize(dialog.minimumSize());
    for (int tab = 0; tab < dialog.tabs()->count(); ++tab) {
        dialog.tabs()->setCurrentIndex(tab);
        CHECK(save(dialog, QStringLiteral("risk-editor-min-%1-%2").arg(tab + 1).arg(names[tab])));
    }

    RiskEditorDialog fresh(fixture.program(), std::nullopt);
    CHECK(save(fresh, QStringLiteral("risk-editor-new-1-risk")));
    fresh.tabs()->setCurrentIndex(RiskEditorDialog::TasksTab);
    CHECK(save(fresh, QStringLiteral("risk-editor-new-4-tasks")));

    RemediationTask task = fixture.program().risks().tasks(id)->at(2);
    RiskTaskDialog taskDialog(fixture.program().risks(), task,
                              {QStringLiteral("Sam Ortiz"), QStringLiteral("Priya Natarajan")},
                              fixture.clock().today());
    CHECK(save(taskDialog, QStringLiteral("risk-task-dialog")));
    taskDialog.resize(taskDialog.minimumSize());
    CHECK(save(taskDialog, QStringLiteral("risk-task-dialog-min")));
}
