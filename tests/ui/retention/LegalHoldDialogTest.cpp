#include "ui/retention/LegalHoldDialog.h"

#include "core/retention/RecordTypes.h"
#include "tests/ui/retention/RetentionUiSamples.h"
#include "ui/retention/ReleaseHoldDialog.h"
#include "ui/widgets/MessageBanner.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("LegalHoldDialog offers the selected record and needs a reason", "[ui][retention]")
{
    test::TemporaryProgram fixture;
    const test::History history = test::historyAsOf(fixture, QDate(2026, 9, 15));
    Program& program = fixture.program();
    const Result<RetentionRecord> risk =
        program.retention().record(recordtype::risk(), history.riskOne);
    REQUIRE(risk);

    LegalHoldDialog dialog(program, *risk);
    CHECK(dialog.recordType() == recordtype::risk());
    CHECK(dialog.thisRecordButton()->isEnabled());
    CHECK(dialog.thisRecordButton()->isChecked());
    CHECK(dialog.thisRecordButton()->text().contains(QStringLiteral("Claims sent by e-mail")));
    CHECK_FALSE(dialog.confirmButton()->isEnabled());
    // Audit events are never disposed of, so they cannot be held.
    CHECK(dialog.typeCombo()->findData(recordtype::auditEvent()) < 0);

    dialog.reasonEdit()->setPlainText(QStringLiteral("   "));
    CHECK_FALSE(dialog.confirmButton()->isEnabled());
    dialog.reasonEdit()->setPlainText(QStringLiteral("Subpoena from the state attorney general"));
    CHECK(dialog.confirmButton()->isEnabled());

    // Another type: only "every record" makes sense.
    dialog.typeCombo()->setCurrentIndex(dialog.typeCombo()->findData(recordtype::asset()));
    CHECK_FALSE(dialog.thisRecordButton()->isEnabled());
    CHECK(dialog.everyRecordButton()->isChecked());
    CHECK_FALSE(dialog.isForOneRecord());
    dialog.typeCombo()->setCurrentIndex(dialog.typeCombo()->findData(recordtype::risk()));
    CHECK(dialog.thisRecordButton()->isEnabled());
    dialog.thisRecordButton()->setChecked(true);
    CHECK(dialog.isForOneRecord());

    REQUIRE(dialog.confirm());
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.placedHold());
    CHECK(dialog.placedHold()->recordType == recordtype::risk());
    CHECK(dialog.placedHold()->recordId == history.riskOne);
    const Result<std::vector<LegalHold>> holds = program.retention().holds();
    REQUIRE(holds);
    REQUIRE(holds->size() == 1);
    CHECK(holds->front().reason == QStringLiteral("Subpoena from the state attorney general"));
}

TEST_CASE("LegalHoldDialog without a selection holds every record of a type", "[ui][retention]")
{
    test::TemporaryProgram fixture;
    test::historyAsOf(fixture, QDate(2026, 9, 15));
    Program& program = fixture.program();

    LegalHoldDialog dialog(program, std::nullopt);
    CHECK_FALSE(dialog.thisRecordButton()->isEnabled());
    CHECK(dialog.everyRecordButton()->isChecked());
    dialog.typeCombo()->setCurrentIndex(dialog.typeCombo()->findData(recordtype::agreement()));
    dialog.reasonEdit()->setPlainText(QStringLiteral("OCR audit of business associates"));
    REQUIRE(dialog.confirm());
    REQUIRE(dialog.placedHold());
    CHECK(dialog.placedHold()->coversEveryRecord());
    CHECK(dialog.placedHold()->recordType == recordtype::agreement());
}

TEST_CASE("ReleaseHoldDialog needs a reason and releases the hold", "[ui][retention]")
{
    test::TemporaryProgram fixture;
    const test::History history = test::historyAsOf(fixture, QDate(2026, 9, 15));
    Program& program = fixture.program();
    const Result<LegalHold> hold = program.retention().placeHold(
        recordtype::risk(), history.riskOne, QStringLiteral("Subpoena"));
    REQUIRE(hold);

    ReleaseHoldDialog dialog(program, *hold, QStringLiteral("R-0001 Claims sent by e-mail"));
    CHECK_FALSE(dialog.confirmButton()->isEnabled());
    dialog.reasonEdit()->setPlainText(QStringLiteral("Subpoena withdrawn on 2026-10-01"));
    CHECK(dialog.confirmButton()->isEnabled());
    REQUIRE(dialog.confirm());
    REQUIRE(dialog.releasedHold());
    CHECK_FALSE(dialog.releasedHold()->isActive());
    CHECK(program.retention().holds()->empty());

    // Released elsewhere meanwhile: the register's words, and the dialog stays open.
    ReleaseHoldDialog again(program, *hold, QStringLiteral("R-0001 Claims sent by e-mail"));
    again.reasonEdit()->setPlainText(QStringLiteral("Twice"));
    CHECK_FALSE(again.confirm());
    CHECK(again.banner()->text().contains(QStringLiteral("already released")));
}
