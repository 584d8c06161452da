#include "ui/training/TrainingImportDialog.h"

#include "core/training/TrainingColumns.h"
#include "tests/ui/risk/RiskScreenshots.h"
#include "tests/ui/training/TrainingUiSamples.h"
#include "ui/training/ColumnMappingTable.h"
#include "ui/widgets/MessageBanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using C = palisade::TrainingColumns;

namespace {

QString writeCsv(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = QDir(dir.path()).filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
    return path;
}

bool runImport(TrainingImportDialog& dialog)
{
    if (!dialog.startImport())
        return false;
    return QTest::qWaitFor([&] { return !dialog.isRunning(); }, 20000);
}

QString chosenColumn(const TrainingImportDialog& dialog, const QString& field)
{
    const QComboBox* combo = dialog.mappingTable()->comboFor(field);
    return combo && combo->currentIndex() > 0 ? combo->currentText() : QString();
}

void choose(TrainingImportDialog& dialog, const QString& field, const QString& column)
{
    QComboBox* combo = dialog.mappingTable()->comboFor(field);
    REQUIRE(combo);
    const int index = column.isEmpty() ? 0 : combo->findText(column);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

std::size_t completionCount(Program& program)
{
    std::size_t count = 0;
    Result<std::vector<Person>> people = program.workforce().people();
    REQUIRE(people);
    for (const Person& person : *people) {
        Result<std::vector<Completion>> done = program.training().completionsOf(person.id);
        REQUIRE(done);
        count += done->size();
    }
    return count;
}

std::size_t batchCount(Program& program)
{
    Result<std::vector<ImportBatch>> batches = program.training().importBatches();
    REQUIRE(batches);
    return batches->size();
}

// As a learning-management system exports it: its own column names, and
// columns Palisade does not keep.
const QByteArray lmsExport = "Emp #,Learner Name,Course Title,Date Completed,Score (%),Status\n"
                             "E-1002,Ravi Chandra,Secure Remote Coding,2026-02-10,88,Passed\n"
                             "E-1003,Joan Ramos,Annual HIPAA Refresher,2026-02-11,,Completed\n"
                             "E-1001,Dana Whitfield,Annual HIPAA Refresher,2026-02-12,,Completed\n";

} // namespace

TEST_CASE("TrainingImportDialog proposes a mapping from an LMS export's header",
          "[ui][training][import]")
{
    test::TemporaryProgram fixture;
    test::addTrainingSample(fixture);
    QTemporaryDir dir;
    const QString path = writeCsv(dir, QStringLiteral("acme-lms-2026-02.csv"), lmsExport);

    TrainingImportDialog dialog(fixture.program());
    CHECK(dialog.step() == TrainingImportDialog::Step::File);
    CHECK_FALSE(dialog.nextButton()->isEnabled());
    REQUIRE(dialog.setFilePath(path));
    CHECK(dialog.isFileLoaded());
    CHECK(dialog.kind() == ImportKind::Completions);
    CHECK(dialog.sourceName() == QStringLiteral("acme-lms-2026-02"));
    CHECK(dialog.nextButton()->isEnabled());
    CHECK(dialog.previewTable()->columnCount() == 6);
    CHECK(dialog.previewTable()->rowCount() == 3);
    CHECK(dialog.previewTable()->horizontalHeaderItem(0)->text() == QStringLiteral("Emp #"));
    CHECK(dialog.previewTable()->item(0, 2)->text() == QStringLiteral("Secure Remote Coding"));
    // The preview numbers rows by their line in the file, as problems are.
    CHECK(dialog.previewTable()->verticalHeaderItem(0)->text() == QStringLiteral("2"));

    REQUIRE(dialog.showMapping());
    CHECK(dialog.step() == TrainingImportDialog::Step::Mapping);
    CHECK(chosenColumn(dialog, C::employeeId) == QStringLiteral("Emp #"));
    CHECK(chosenColumn(dialog, C::course) == QStringLiteral("Course Title"));
    CHECK(chosenColumn(dialog, C::completedOn) == QStringLiteral("Date Completed"));
    CHECK(chosenColumn(dialog, C::score) == QStringLiteral("Score (%)"));
    CHECK(chosenColumn(dialog, C::passed).isEmpty());
    CHECK(chosenColumn(dialog, C::attestation).isEmpty());
    CHECK(dialog.mappingTable()->sampleText(C::employeeId) == QStringLiteral("E-1002"));
    CHECK(dialog.mappingTable()->sampleText(C::completedOn) == QStringLiteral("2026-02-10"));
    CHECK(dialog.mappingBanner()->isHidden());
    CHECK(dialog.earlierBanner()->isHidden());
    CHECK(dialog.rememberCheck()->isChecked());
    CHECK(dialog.rememberCheck()->text().contains(QStringLiteral("acme-lms-2026-02")));
    CHECK(dialog.importButton()->isEnabled());

    // The fields are reached in order with Tab, then the checkbox.
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QComboBox* firstCombo = dialog.mappingTable()->comboFor(C::employeeId);
    firstCombo->setFocus();
    CHECK(QApplication::focusWidget() == firstCombo);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog.mappingTable()->comboFor(C::course));
    dialog.mappingTable()->comboFor(C::attestedAt)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog.rememberCheck());

    // Back keeps the file.
    dialog.showFileStep();
    CHECK(dialog.step() == TrainingImportDialog::Step::File);
    CHECK(dialog.isFileLoaded());
}

TEST_CASE("TrainingImportDialog keeps Import disabled until every required field is mapped",
          "[ui][training][import]")
{
    test::TemporaryProgram fixture;
    const std::size_t before = completionCount(fixture.program());
    QTemporaryDir dir;
    const QString path =
        writeCsv(dir, QStringLiteral("no-dates.csv"),
                 "Emp #,Course Title,Score (%),Finish\nE-1002,Secure Remote Coding,88,"
                 "2026-02-10\n");

    TrainingImportDialog dialog(fixture.program());
    REQUIRE(dialog.setFilePath(path));
    REQUIRE(dialog.showMapping());
    CHECK(chosenColumn(dialog, C::completedOn).isEmpty());
    CHECK(dialog.mappingTable()->missingRequired() == QStringList{C::completedOn});
    CHECK_FALSE(dialog.mappingBanner()->isHidden());
    CHECK(dialog.mappingBanner()->text().contains(C::label(C::completedOn)));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK_FALSE(dialog.startImport());
    CHECK_FALSE(dialog.isRunning());

    choose(dialog, C::completedOn, QStringLiteral("Finish"));
    CHECK(dialog.mappingTable()->missingRequired().isEmpty());
    CHECK(dialog.mappingBanner()->isHidden());
    CHECK(dialog.importButton()->isEnabled());
    CHECK(dialog.mappingTable()->sampleText(C::completedOn) == QStringLiteral("2026-02-10"));

    choose(dialog, C::employeeId, QString());
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(dialog.mappingBanner()->text().contains(C::label(C::employeeId)));
    CHECK(completionCount(fixture.program()) == before);
}

TEST_CASE("TrainingImportDialog stores completions and reuses the mapping saved for the source",
          "[ui][training][import]")
{
    test::TemporaryProgram fixture;
    const test::TrainingSample s = test::addTrainingSample(fixture);
    Program& program = fixture.program();
    const std::size_t before = completionCount(program);
    QTemporaryDir dir;
    // Names no proposal recognises, so only a saved mapping can fill them.
    const QString first = writeCsv(dir, QStringLiteral("january.csv"),
                                   "Worker,Module Taken,Finished When,Learner,Mark\n"
                                   "E-1002,Secure Remote Coding,2026-01-20,Ravi Chandra,91\n"
                                   "E-1003,Annual HIPAA Refresher,2026-01-21,Joan Ramos,\n");

    {
        TrainingImportDialog dialog(program);
        REQUIRE(dialog.setFilePath(first));
        dialog.setKind(ImportKind::Completions);
        dialog.setSourceName(QStringLiteral("Acme LMS"));
        REQUIRE(dialog.showMapping());
        CHECK_FALSE(dialog.importButton()->isEnabled());
        choose(dialog, C::employeeId, QStringLiteral("Worker"));
        choose(dialog, C::course, QStringLiteral("Module Taken"));
        choose(dialog, C::completedOn, QStringLiteral("Finished When"));
        choose(dialog, C::score, QStringLiteral("Mark"));
        REQUIRE(dialog.importButton()->isEnabled());
        QSignalSpy imported(&dialog, &TrainingImportDialog::imported);
        REQUIRE(runImport(dialog));
        INFO((dialog.resultText() + dialog.problemLines().join(QLatin1Char(10))).toStdString());
        CHECK(dialog.hasImported());
        CHECK(imported.count() == 1);
        CHECK(dialog.resultText().contains(QStringLiteral("2 added")));
        CHECK(dialog.resultText().contains(QStringLiteral("Acme LMS")));
        CHECK_FALSE(dialog.importButton()->isEnabled());
        CHECK(dialog.closeButton()->text() == QStringLiteral("Close"));
    }
    CHECK(completionCount(program) == before + 2);
    Result<std::vector<Completion>> ravi = program.training().completionsOf(s.ravi);
    REQUIRE(ravi);
    REQUIRE(ravi->size() == 1);
    CHECK(ravi->front().courseId == s.coding);
    CHECK(ravi->front().completedOn == QDate(2026, 1, 20));
    CHECK(ravi->front().score == 91);
    CHECK(ravi->front().source == CompletionSource::Imported);

    Result<std::optional<ImportMapping>> saved =
        program.training().mapping(QStringLiteral("acme lms"));
    REQUIRE(saved);
    REQUIRE(saved->has_value());
    CHECK((*saved)->kind == ImportKind::Completions);
    CHECK((*saved)->mapping.value(C::course).toString() == QStringLiteral("Module Taken"));

    // The next export from the same place finds its source and its columns.
    const QString second = writeCsv(dir, QStringLiteral("february.csv"),
                                    "Worker,Module Taken,Finished When,Learner,Mark\n"
                                    "E-1001,HIPAA Onboarding,2026-02-03,Dana Whitfield,\n");
    TrainingImportDialog next(program);
    REQUIRE(next.sourceCombo()->findText(QStringLiteral("Acme LMS")) >= 0);
    REQUIRE(next.setFilePath(second));
    CHECK(next.sourceName() == QStringLiteral("Acme LMS"));
    REQUIRE(next.showMapping());
    CHECK(chosenColumn(next, C::employeeId) == QStringLiteral("Worker"));
    CHECK(chosenColumn(next, C::course) == QStringLiteral("Module Taken"));
    CHECK(chosenColumn(next, C::completedOn) == QStringLiteral("Finished When"));
    CHECK(chosenColumn(next, C::score) == QStringLiteral("Mark"));
    CHECK(next.mappingTable()->sampleText(C::employeeId) == QStringLiteral("E-1001"));
    CHECK(next.importButton()->isEnabled());
    REQUIRE(runImport(next));
    CHECK(next.hasImported());
    CHECK(completionCount(program) == before + 3);
}

TEST_CASE("TrainingImportDialog imports people, adding and updating by employee ID",
          "[ui][training][import]")
{
    test::TemporaryProgram fixture;
    test::addTrainingSample(fixture);
    Program& program = fixture.program();
    QTemporaryDir dir;
    const QString path = writeCsv(dir, QStringLiteral("hr-roster.csv"),
                                  "Employee Number,Full Name,Date of Hire,Dept,Job Role\n"
                                  "E-2001,Priya Natarajan,2026-01-05,Front Office,\n"
                                  "E-1002,Ravi Chandra,2025-06-02,Coding Team,remote_coder\n");

    TrainingImportDialog dialog(program);
    REQUIRE(dialog.setFilePath(path));
    CHECK(dialog.kind() == ImportKind::People);
    REQUIRE(dialog.showMapping());
    CHECK(chosenColumn(dialog, C::employeeId) == QStringLiteral("Employee Number"));
    CHECK(chosenColumn(dialog, C::name) == QStringLiteral("Full Name"));
    CHECK(chosenColumn(dialog, C::hireDate) == QStringLiteral("Date of Hire"));
    CHECK(chosenColumn(dialog, C::department) == QStringLiteral("Dept"));
    CHECK(chosenColumn(dialog, C::roles) == QStringLiteral("Job Role"));
    dialog.rememberCheck()->setChecked(false);
    QSignalSpy imported(&dialog, &TrainingImportDialog::imported);
    REQUIRE(runImport(dialog));
    INFO((dialog.resultText() + dialog.problemLines().join(QLatin1Char(10))).toStdString());
    REQUIRE(dialog.hasImported());
    REQUIRE(imported.count() == 1);
    CHECK(imported.first().first().value<ImportKind>() == ImportKind::People);
    CHECK(dialog.resultText().contains(QStringLiteral("1 added, 1 updated")));

    Result<std::optional<Person>> priya =
        program.workforce().personByEmployeeId(QStringLiteral("E-2001"));
    REQUIRE(priya);
    REQUIRE(priya->has_value());
    CHECK((*priya)->name == QStringLiteral("Priya Natarajan"));
    CHECK((*priya)->hiredOn == QDate(2026, 1, 5));
    Result<std::optional<Person>> ravi =
        program.workforce().personByEmployeeId(QStringLiteral("E-1002"));
    REQUIRE(ravi);
    REQUIRE(ravi->has_value());
    CHECK((*ravi)->department == QStringLiteral("Coding Team"));
    // Not remembered when asked not to.
    Result<std::optional<ImportMapping>> saved =
        program.training().mapping(QStringLiteral("hr-roster"));
    REQUIRE(saved);
    CHECK_FALSE(saved->has_value());
}

TEST_CASE("TrainingImportDialog: the same file again adds nothing and says it was imported "
          "before",
          "[ui][training][import]")
{
    test::TemporaryProgram fixture;
    test::addTrainingSample(fixture);
    Program& program = fixture.program();
    QTemporaryDir dir;
    const QString path = writeCsv(dir, QStringLiteral("acme.csv"), lmsExport);

    {
        TrainingImportDialog dialog(program);
        REQUIRE(dialog.setFilePath(path));
        REQUIRE(dialog.showMapping());
        CHECK(dialog.earlierBanner()->isHidden());
        REQUIRE(runImport(dialog));
        REQUIRE(dialog.hasImported());
        CHECK(dialog.resultBanner()->kind() == MessageBanner::Kind::Information);
    }
    const std::size_t after = completionCount(program);
    const std::size_t batches = batchCount(program);

    TrainingImportDialog again(program);
    REQUIRE(again.setFilePath(path));
    REQUIRE(again.showMapping());
    CHECK_FALSE(again.earlierBanner()->isHidden());
    CHECK(again.earlierBanner()->text().contains(QStringLiteral("imported before")));
    REQUIRE(runImport(again));
    INFO(again.resultText().toStdString());
    REQUIRE(again.hasImported());
    CHECK(again.resultText().contains(QStringLiteral("Nothing new")));
    CHECK(again.resultText().contains(QStringLiteral("all 3")));
    CHECK(again.resultText().contains(QStringLiteral("imported before")));
    CHECK(again.resultBanner()->kind() == MessageBanner::Kind::Warning);
    CHECK(completionCount(program) == after);
    CHECK(batchCount(program) == batches + 1);
}

TEST_CASE("TrainingImportDialog lists a malformed row by line and writes nothing",
          "[ui][training][import]")
{
    test::TemporaryProgram fixture;
    test::addTrainingSample(fixture);
    Program& program = fixture.program();
    const std::size_t before = completionCount(program);
    const std::size_t batches = batchCount(program);
    QTemporaryDir dir;
    const QString path = writeCsv(dir, QStringLiteral("broken.csv"),
                                  "Emp #,Course Title,Date Completed,Score (%)\n"
                                  "E-1002,Secure Remote Coding,2026-02-10,88\n"
                                  "E-1003,Annual HIPAA Refresher,last Tuesday,\n"
                                  "E-1001,Annual HIPAA Refresher,2026-02-12,\n");

    TrainingImportDialog dialog(program);
    REQUIRE(dialog.setFilePath(path));
    dialog.setSourceName(QStringLiteral("Broken LMS"));
    REQUIRE(dialog.showMapping());
    QSignalSpy imported(&dialog, &TrainingImportDialog::imported);
    REQUIRE(runImport(dialog));
    INFO((dialog.resultText() + dialog.problemLines().join(QLatin1Char(10))).toStdString());
    CHECK_FALSE(dialog.hasImported());
    CHECK(imported.isEmpty());
    CHECK(dialog.resultBanner()->kind() == MessageBanner::Kind::Error);
    CHECK(dialog.resultText().contains(QStringLiteral("Nothing was imported")));
    REQUIRE(dialog.problemLines().size() == 1);
    CHECK(dialog.problemLines().first().startsWith(QStringLiteral("Line 3:")));
    CHECK(dialog.problemLines().first().contains(QStringLiteral("last Tuesday")));
    CHECK_FALSE(dialog.problemList()->isHidden());
    CHECK(dialog.problemList()->count() == 1);
    // The dialog stays on the mapping so the file can be fixed and tried again.
    CHECK(dialog.step() == TrainingImportDialog::Step::Mapping);
    CHECK(dialog.importButton()->isEnabled());

    CHECK(completionCount(program) == before);
    CHECK(batchCount(program) == batches);
    Result<std::optional<ImportMapping>> saved =
        program.training().mapping(QStringLiteral("Broken LMS"));
    REQUIRE(saved);
    CHECK_FALSE(saved->has_value());
}

TEST_CASE("TrainingImportDialog refuses a file that is not CSV with a header",
          "[ui][training][import]")
{
    test::TemporaryProgram fixture;
    QTemporaryDir dir;
    TrainingImportDialog dialog(fixture.program());
    CHECK_FALSE(dialog.setFilePath(QDir(dir.path()).filePath(QStringLiteral("missing.csv"))));
    CHECK_FALSE(dialog.fileBanner()->isHidden());
    CHECK(dialog.fileBanner()->kind() == MessageBanner::Kind::Error);
    CHECK_FALSE(dialog.showMapping());
    CHECK(dialog.step() == TrainingImportDialog::Step::File);

    CHECK_FALSE(dialog.setFilePath(writeCsv(dir, QStringLiteral("empty.csv"), QByteArray())));
    CHECK(dialog.fileBanner()->text().contains(QStringLiteral("empty")));
    CHECK_FALSE(dialog.isFileLoaded());
}

TEST_CASE("Screenshots of the training import dialog", "[.screenshot]")
{
    using palisade::test::riskshots::save;
    test::TemporaryProgram fixture;
    test::addTrainingSample(fixture);
    QTemporaryDir dir;
    const QString path = writeCsv(dir, QStringLiteral("acme-lms-2026-02.csv"), lmsExport);

    TrainingImportDialog file(fixture.program());
    REQUIRE(file.setFilePath(path));
    CHECK(save(file, QStringLiteral("training-import-file")));

    TrainingImportDialog mapping(fixture.program());
    REQUIRE(mapping.setFilePath(path));
    REQUIRE(mapping.showMapping());
    CHECK(save(mapping, QStringLiteral("training-import-mapping")));
    choose(mapping, C::completedOn, QString());
    CHECK(save(mapping, QStringLiteral("training-import-mapping-missing")));

    const QString people = writeCsv(dir, QStringLiteral("hr-roster.csv"),
                                    "Employee Number,Full Name,Date of Hire,Dept,Job Role\n"
                                    "E-2001,Priya Natarajan,2026-01-05,Front Office,\n");
    TrainingImportDialog peopleDialog(fixture.program());
    REQUIRE(peopleDialog.setFilePath(people));
    REQUIRE(peopleDialog.showMapping());
    CHECK(save(peopleDialog, QStringLiteral("training-import-mapping-people")));

    const QString broken = writeCsv(dir, QStringLiteral("broken.csv"),
                                    "Emp #,Course Title,Date Completed,Score (%)\n"
                                    "E-1002,Secure Remote Coding,2026-02-10,88\n"
                                    "E-1003,Annual HIPAA Refresher,last Tuesday,\n"
                                    "E-9999,Annual HIPAA Refresher,2026-02-12,\n");
    TrainingImportDialog refused(fixture.program());
    REQUIRE(refused.setFilePath(broken));
    REQUIRE(refused.showMapping());
    REQUIRE(runImport(refused));
    CHECK(save(refused, QStringLiteral("training-import-refused")));

    TrainingImportDialog done(fixture.program());
    REQUIRE(done.setFilePath(path));
    REQUIRE(done.showMapping());
    REQUIRE(runImport(done));
    CHECK(save(done, QStringLiteral("training-import-done")));

    TrainingImportDialog again(fixture.program());
    REQUIRE(again.setFilePath(path));
    REQUIRE(again.showMapping());
    CHECK(save(again, QStringLiteral("training-import-again")));
    REQUIRE(runImport(again));
    CHECK(save(again, QStringLiteral("training-import-again-done")));
}
