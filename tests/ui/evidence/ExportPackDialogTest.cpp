#include "ui/evidence/ExportPackDialog.h"

#include "tests/support/TemporaryProgram.h"
#include "ui/widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

void setToday(test::TemporaryProgram& fixture, const QDate& day)
{
    fixture.clock().set(QDateTime(day, QTime(14, 0), Qt::UTC));
}

} // namespace

TEST_CASE("ExportPackDialog starts with the last 12 months, every section and a file name",
          "[ui][evidence]")
{
    test::TemporaryProgram fixture;
    setToday(fixture, QDate(2026, 11, 24));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    REQUIRE(QDir().mkpath(documents));
    ExportPackDialog dialog(fixture.program());

    CHECK(dialog.presetCombo()->currentText() == QStringLiteral("Last 12 months"));
    CHECK(dialog.fromEdit()->date() == QDate(2025, 11, 25));
    CHECK(dialog.toEdit()->date() == QDate(2026, 11, 24));
    CHECK(dialog.fromEdit()->calendarPopup());
    for (const PackSection section : allPackSections()) {
        QCheckBox* box = dialog.sectionBox(section);
        REQUIRE(box);
        CHECK(box->isChecked());
        CHECK(box->text() == packSectionTitle(section));
    }
    CHECK(dialog.preparedByEdit()->text() == fixture.program().actor());
    CHECK(dialog.problems().isEmpty());
    CHECK(dialog.exportButton()->isEnabled());
    CHECK(dialog.problemsBanner()->isHidden());

    CHECK(dialog.filePath() ==
          QDir(documents).filePath(QStringLiteral("evidence-pack-2025-11-25-2026-11-24.pdf")));

    // The name follows the period until the user chooses a file.
    dialog.presetCombo()->setCurrentIndex(
        dialog.presetCombo()->findText(QStringLiteral("Previous calendar year")));
    emit dialog.presetCombo()->activated(dialog.presetCombo()->currentIndex());
    CHECK(dialog.fromEdit()->date() == QDate(2025, 1, 1));
    CHECK(dialog.toEdit()->date() == QDate(2025, 12, 31));
    CHECK(dialog.filePath().endsWith(QStringLiteral("/evidence-pack-2025-01-01-2025-12-31.pdf")));
    dialog.setFilePath(QDir(fixture.dir()).filePath(QStringLiteral("chosen.pdf")));
    dialog.fromEdit()->setDate(QDate(2025, 3, 1));
    CHECK(dialog.presetCombo()->currentText() == QStringLiteral("Custom period"));
    CHECK(dialog.filePath().endsWith(QStringLiteral("/chosen.pdf")));

    dialog.preparedForEdit()->setText(QStringLiteral("  Harbor   Audit Partners "));
    dialog.noteEdit()->setPlainText(QStringLiteral("For the annual review.\n"));
    dialog.paperCombo()->setCurrentIndex(dialog.paperCombo()->findText(QStringLiteral("A4")));
    dialog.sectionBox(PackSection::Training)->setChecked(false);
    const PackRequest request = dialog.request();
    CHECK(request.from == QDate(2025, 3, 1));
    CHECK(request.to == QDate(2025, 12, 31));
    CHECK(request.preparedFor == QStringLiteral("Harbor Audit Partners"));
    CHECK(request.note == QStringLiteral("For the annual review."));
    CHECK(request.paper == PackPaper::A4);
    CHECK(request.sections.size() == allPackSections().size() - 1);
    CHECK(std::find(request.sections.begin(), request.sections.end(), PackSection::Training) ==
          request.sections.end());
}

TEST_CASE("ExportPackDialog disables Export while something stops the pack", "[ui][evidence]")
{
    test::TemporaryProgram fixture;
    setToday(fixture, QDate(2026, 11, 24));
    ExportPackDialog dialog(fixture.program());
    dialog.setFilePath(QDir(fixture.dir()).filePath(QStringLiteral("pack.pdf")));
    REQUIRE(dialog.exportButton()->isEnabled());

    SECTION("no section chosen")
    {
        for (const PackSection section : allPackSections())
            dialog.sectionBox(section)->setChecked(false);
        CHECK_FALSE(dialog.exportButton()->isEnabled());
        CHECK(dialog.problemsBanner()->isVisibleTo(&dialog));
        CHECK(dialog.problemsBanner()->text().contains(
            QStringLiteral("Choose at least one section.")));
        dialog.sectionBox(PackSection::Risks)->setChecked(true);
        CHECK(dialog.exportButton()->isEnabled());
        CHECK(dialog.problemsBanner()->text().isEmpty());
        CHECK(dialog.request().sections == std::vector<PackSection>{PackSection::Risks});
    }
    SECTION("a period that starts after it ends")
    {
        dialog.setPeriod(QDate(2026, 6, 1), QDate(2026, 5, 31));
        CHECK_FALSE(dialog.exportButton()->isEnabled());
        CHECK(dialog.problemsBanner()->text().contains(
            QStringLiteral("The period starts on 2026-06-01, after its last day 2026-05-31.")));
        dialog.toEdit()->setDate(QDate(2026, 6, 30));
        CHECK(dialog.exportButton()->isEnabled());
    }
    SECTION("no file, or a folder that does not exist")
    {
        dialog.pathEdit()->clear();
        CHECK_FALSE(dialog.exportButton()->isEnabled());
        CHECK(dialog.problemsBanner()->text().contains(QStringLiteral("Choose where to save")));
        dialog.setFilePath(QDir(fixture.dir()).filePath(QStringLiteral("missing/pack.pdf")));
        CHECK_FALSE(dialog.exportButton()->isEnabled());
        CHECK(dialog.problems().size() == 1);
    }
    SECTION("Export pressed while disabled does nothing")
    {
        for (const PackSection section : allPackSections())
            dialog.sectionBox(section)->setChecked(false);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK_FALSE(dialog.isVisible());
    }
}

TEST_CASE("ExportPackDialog answers Enter and Escape", "[ui][evidence]")
{
    test::TemporaryProgram fixture;
    const QString path = QDir(fixture.dir()).filePath(QStringLiteral("pack.pdf"));
    {
        // Tab goes down the form as it reads: the sections, then who it is for.
        ExportPackDialog dialog(fixture.program());
        CHECK(dialog.sectionBox(PackSection::Audit)->nextInFocusChain() ==
              dialog.preparedForEdit());
        CHECK(dialog.sectionBox(PackSection::Overview)->nextInFocusChain() ==
              dialog.sectionBox(PackSection::Risks));
        CHECK(dialog.preparedForEdit()->nextInFocusChain() == dialog.preparedByEdit());
    }
    {
        ExportPackDialog dialog(fixture.program());
        dialog.setFilePath(path);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        dialog.preparedForEdit()->setFocus();
        QTest::keyClick(dialog.preparedForEdit(), Qt::Key_Return);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.overwritePolicy() == OverwritePolicy::Refuse);
    }
    {
        ExportPackDialog dialog(fixture.program());
        dialog.setFilePath(path);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK_FALSE(dialog.isVisible());
    }
}

TEST_CASE("ExportPackDialog picks the paper of the user's country", "[ui][evidence]")
{
    CHECK(ExportPackDialog::defaultPaper(QLocale(QLocale::English, QLocale::UnitedStates)) ==
          PackPaper::Letter);
    CHECK(ExportPackDialog::defaultPaper(QLocale(QLocale::French, QLocale::Canada)) ==
          PackPaper::Letter);
    CHECK(ExportPackDialog::defaultPaper(QLocale(QLocale::English, QLocale::UnitedKingdom)) ==
          PackPaper::A4);
    CHECK(ExportPackDialog::defaultPaper(QLocale(QLocale::German, QLocale::Germany)) ==
          PackPaper::A4);
    CHECK(ExportPackDialog::defaultFileName(QDate(2025, 1, 1), QDate(2025, 12, 31)) ==
          QStringLiteral("evidence-pack-2025-01-01-2025-12-31.pdf"));
}

TEST_CASE("ExportPackDialog offers a bundle beside the PDF and checks where it goes",
          "[ui][evidence][bundle]")
{
    test::TemporaryProgram fixture;
    setToday(fixture, QDate(2026, 11, 24));
    ExportPackDialog dialog(fixture.program());
    const QString pdf = QDir(fixture.dir()).filePath(QStringLiteral("annual.pdf"));
    dialog.setFilePath(pdf);

    // Off by default: the PDF alone is what most audits ask for.
    REQUIRE(dialog.bundleBox());
    CHECK_FALSE(dialog.bundleBox()->isChecked());
    CHECK(dialog.bundlePath().isEmpty());
    CHECK_FALSE(dialog.bundleLabel()->isEnabled());

    dialog.bundleBox()->setChecked(true);
    const QString zip = QDir(fixture.dir()).filePath(QStringLiteral("annual.zip"));
    CHECK(dialog.bundlePath() == zip);
    CHECK(dialog.bundleLabel()->isEnabled());
    CHECK(dialog.bundleLabel()->text().contains(QDir::toNativeSeparators(zip)));
    CHECK(dialog.exportButton()->isEnabled());

    // The zip follows the PDF's name, whatever its case or suffix.
    CHECK(ExportPackDialog::bundlePathFor(QStringLiteral("/tmp/Pack.PDF")) ==
          QStringLiteral("/tmp/Pack.zip"));
    CHECK(ExportPackDialog::bundlePathFor(QStringLiteral("/tmp/pack")) ==
          QStringLiteral("/tmp/pack.zip"));
    CHECK(ExportPackDialog::bundlePathFor(QString()).isEmpty());

    // A folder in the zip's place stops the export while the bundle is asked for.
    REQUIRE(QDir(fixture.dir()).mkpath(QStringLiteral("annual.zip")));
    CHECK(dialog.problems().size() == 1);
    dialog.bundleBox()->setChecked(false);
    CHECK(dialog.problems().isEmpty());
    CHECK(dialog.exportButton()->isEnabled());
    dialog.bundleBox()->setChecked(true);
    CHECK_FALSE(dialog.exportButton()->isEnabled());
    CHECK(dialog.problemsBanner()->text().contains(QStringLiteral("annual.zip")));
}
