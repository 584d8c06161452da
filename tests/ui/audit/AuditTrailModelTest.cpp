#include "ui/audit/AuditTrailModel.h"

#include "core/audit/AuditTrail.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/ui/policies/PolicySamples.h"
#include "tests/ui/training/TrainingMatrixSamples.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using palisade::ui::AuditTrailModel;

namespace {

void recordRiskEvents(test::TemporaryProgram& fixture)
{
    Program& program = fixture.program();
    fixture.clock().advanceDays(1);
    REQUIRE(program.transact(QStringLiteral("test"), [](AuditTrail& audit) {
        audit.record(QStringLiteral("Dana Whitfield"), QStringLiteral("risk_added"),
                     QStringLiteral("risk"), QStringLiteral("R-1"), {},
                     {{QStringLiteral("title"), QStringLiteral("Unencrypted laptops")},
                      {QStringLiteral("score"), 12}});
    }));
    fixture.clock().advanceDays(1);
    REQUIRE(program.transact(QStringLiteral("test"), [](AuditTrail& audit) {
        audit.record(QStringLiteral("Sam Ortiz"), QStringLiteral("risk_updated"),
                     QStringLiteral("risk"), QStringLiteral("R-1"),
                     {{QStringLiteral("title"), QStringLiteral("Unencrypted laptops")},
                      {QStringLiteral("score"), 12}},
                     {{QStringLiteral("title"), QStringLiteral("Unencrypted laptops")},
                      {QStringLiteral("score"), 6}});
    }));
}

} // namespace

TEST_CASE("AuditTrailModel passes the item model tester while loading and growing", "[ui][audit]")
{
    test::TemporaryProgram fixture;
    recordRiskEvents(fixture);
    AuditTrailModel model(fixture.program().auditTrail());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(model.reload());
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == AuditTrailModel::ColumnCount);

    REQUIRE(fixture.program().backup(fixture.dir() + QStringLiteral("/copy.palisade")));
    REQUIRE(model.refresh());
    REQUIRE(model.rowCount() == 4);
    REQUIRE(model.reload());
    REQUIRE(model.rowCount() == 4);
}

TEST_CASE("AuditTrailModel shows events in human terms", "[ui][audit]")
{
    test::TemporaryProgram fixture;
    recordRiskEvents(fixture);
    AuditTrailModel model(fixture.program().auditTrail());
    REQUIRE(model.reload());

    const auto cell = [&](int row, int column) {
        return model.data(model.index(row, column)).toString();
    };
    CHECK(cell(0, AuditTrailModel::SeqColumn) == QStringLiteral("1"));
    CHECK(cell(0, AuditTrailModel::ActionColumn) == QStringLiteral("Created"));
    CHECK(cell(0, AuditTrailModel::ActorColumn) == QStringLiteral("Dana Whitfield"));
    CHECK(cell(0, AuditTrailModel::RecordColumn) == QStringLiteral("Program file #1"));
    CHECK(cell(0, AuditTrailModel::ChangesColumn)
              .contains(QStringLiteral("organization: Riverbend")));
    // Unknown actions are shown as recorded.
    CHECK(cell(1, AuditTrailModel::ActionColumn) == QStringLiteral("risk_added"));
    CHECK(cell(1, AuditTrailModel::RecordColumn) == QStringLiteral("Risk #R-1"));
    CHECK(cell(2, AuditTrailModel::ChangesColumn) == QStringLiteral("score: 12 \u2192 6"));

    const QDateTime at = model.eventAt(0).at;
    CHECK(cell(0, AuditTrailModel::TimeColumn) ==
          at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    CHECK(model.data(model.index(0, 0), AuditTrailModel::LocalDateRole).toDate() ==
          at.toLocalTime().date());

    CHECK(AuditTrailModel::actionLabel(QStringLiteral("unlocked")) == QStringLiteral("Unlocked"));
    CHECK(AuditTrailModel::actionLabel(QStringLiteral("locked")) == QStringLiteral("Locked"));
    CHECK(AuditTrailModel::actionLabel(QStringLiteral("rekeyed")) ==
          QStringLiteral("Passphrase changed"));
    CHECK(AuditTrailModel::actionLabel(QStringLiteral("backed_up")) == QStringLiteral("Backed up"));
    CHECK(AuditTrailModel::actionLabel(QStringLiteral("unlock_failed")) ==
          QStringLiteral("Failed unlock attempts"));
    CHECK(AuditTrailModel::actionLabel(QStringLiteral("attached")) ==
          QStringLiteral("Document attached"));
    CHECK(AuditTrailModel::actionLabel(QStringLiteral("reviewed")) == QStringLiteral("Reviewed"));
    CHECK(AuditTrailModel::entityLabel(QStringLiteral("agreement_document")) ==
          QStringLiteral("Agreement document"));
    CHECK(AuditTrailModel::entityLabel(QStringLiteral("counterparty")) ==
          QStringLiteral("Counterparty"));
    CHECK(model.rowForSeq(3) == 2);
    CHECK(model.rowForSeq(42) == -1);
}

TEST_CASE("AuditTrailModel appends events recorded after it was loaded", "[ui][audit]")
{
    test::TemporaryProgram fixture;
    AuditTrailModel model(fixture.program().auditTrail());
    REQUIRE(model.reload());
    REQUIRE(model.rowCount() == 1);

    recordRiskEvents(fixture);
    REQUIRE(model.rowCount() == 1);
    REQUIRE(model.refresh());
    REQUIRE(model.rowCount() == 3);
    CHECK(model.eventAt(2).actor == QStringLiteral("Sam Ortiz"));
    CHECK(model.eventAt(2).seq == 3);
}

TEST_CASE("Every action and record type the registers record reads in words", "[ui][audit]")
{
    test::TemporaryProgram fixture;
    // Policies submitted, approved and made effective, and a workforce with
    // courses and completions.
    test::addPolicyLibrary(fixture);
    test::trainingui::buildWorkforce(fixture);
    const QStringList actions = fixture.program().auditTrail().actions();
    const QStringList entities = fixture.program().auditTrail().entities();
    CHECK(actions.contains(QStringLiteral("made_effective")));
    CHECK(entities.contains(QStringLiteral("training_completion")));
    for (const QString& action : actions) {
        INFO(action.toStdString());
        CHECK(AuditTrailModel::actionLabel(action) != action);
        CHECK(AuditTrailModel::knownActions().contains(action));
    }
    for (const QString& entity : entities) {
        INFO(entity.toStdString());
        CHECK(AuditTrailModel::entityLabel(entity) != entity);
    }
    CHECK(AuditTrailModel::entityLabel(QStringLiteral("training_completion")) ==
          QStringLiteral("Training completion"));
    CHECK(AuditTrailModel::actionLabel(QStringLiteral("made_effective")) ==
          QStringLiteral("Made effective"));
    // A key this version does not know reads as recorded.
    CHECK(AuditTrailModel::entityLabel(QStringLiteral("telehealth_session")) ==
          QStringLiteral("telehealth_session"));
    CHECK(AuditTrailModel::entityLabel(QStringLiteral("incident")) == QStringLiteral("Incident"));
    CHECK(AuditTrailModel::actionLabel(QStringLiteral("exported")) ==
          QStringLiteral("Evidence pack exported"));
    CHECK(AuditTrailModel::entityLabel(QStringLiteral("evidence_pack")) ==
          QStringLiteral("Evidence pack"));
}
