#include "core/training/CompletionCsvImporter.h"

#include "core/training/TrainingColumns.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/training/TrainingCsvSamples.h"
#include "tests/support/TemporaryProgram.h"

#include <QCryptographicHash>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

// Two coders and three courses, one with a passing score of 80; the clock
// says 2026-03-01.
struct CompletionFixture
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    TrainingRegister& training = program.training();
    WorkforceRegister& workforce = program.workforce();
    Person priya = addSamplePerson(workforce, QStringLiteral("E-1"), QStringLiteral("Priya Raman"),
                                   QDate(2024, 1, 15));
    Person greg = addSamplePerson(workforce, QStringLiteral("E-2"), QStringLiteral("Greg Novak"),
                                  QDate(2023, 6, 1));
    Course onboarding =
        addSampleCourse(training, QStringLiteral("HIPAA onboarding"), Cadence::AtHire);
    Course refresher =
        addSampleCourse(training, QStringLiteral("Annual HIPAA refresher"), Cadence::EveryMonths);
    Course security = addSampleCourse(training, QStringLiteral("Security awareness"),
                                      Cadence::EveryMonths, 12, 80);
    CompletionCsvImporter importer{training, workforce};

    Result<CompletionImport>
    import(const QByteArray& data,
           const TrainingColumnMapping& mapping = TrainingColumnMapping(ImportKind::Completions))
    {
        return importer.importData(data, QStringLiteral("lms.csv"), QStringLiteral("Acme LMS"),
                                   mapping);
    }

    QString importError(const QByteArray& data)
    {
        Result<CompletionImport> imported = import(data);
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.error().kind == ErrorKind::Invalid);
        return imported.error().message;
    }

    std::vector<Completion> completionsOf(const Person& person)
    {
        Result<std::vector<Completion>> all = training.completionsOf(person.id);
        REQUIRE(all.ok());
        return *all;
    }
};

const QByteArray completions =
    "employee_id,course,completed_on,score,passed,attestation,attested_at\n"
    "E-1,hipaa ONBOARDING,2024-01-16,,,I have read the policies.,\n"
    "E-1,Security awareness,2025-02-10,72,,,\n"
    "E-1,Security awareness,2025-02-17,85,no,,\n"
    "e-2,Annual HIPAA refresher,2025/9/15,,no,I have read the policies.,2025-09-15T16:05:00Z\n"
    "E-2,Annual HIPAA refresher,2025-10-01,91.5 %,yes,,\n";

} // namespace

TEST_CASE_METHOD(CompletionFixture,
                 "CompletionCsvImporter matches people and courses and derives passed",
                 "[training][csv]")
{
    Result<CompletionImport> imported = import(completions);
    INFO((imported.ok() ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->addedIds.size() == 5);
    CHECK(imported->alreadyPresent == 0);
    CHECK(imported->batch.kind == ImportKind::Completions);
    CHECK(imported->batch.sourceName == QStringLiteral("Acme LMS"));
    CHECK(imported->batch.fileName == QStringLiteral("lms.csv"));
    CHECK(imported->batch.rows == 5);
    CHECK(imported->batch.fileSha256 ==
          QString::fromLatin1(
              QCryptographicHash::hash(completions, QCryptographicHash::Sha256).toHex()));

    const std::vector<Completion> mine = completionsOf(priya);
    REQUIRE(mine.size() == 3);
    CHECK(mine[0].courseId == onboarding.id);
    CHECK(mine[0].passed);
    CHECK(mine[0].source == CompletionSource::Imported);
    CHECK(mine[0].importBatchId == imported->batch.id);
    CHECK(mine[0].attestationText == QStringLiteral("I have read the policies."));
    // Without a time, the attestation is dated with the completion.
    CHECK(mine[0].attestedAt == QDateTime(QDate(2024, 1, 16), QTime(0, 0), Qt::UTC));
    // With a passing score, the score decides.
    CHECK(mine[1].score == 72);
    CHECK_FALSE(mine[1].passed);
    CHECK(mine[2].score == 85);
    CHECK(mine[2].passed);

    const std::vector<Completion> his = completionsOf(greg);
    REQUIRE(his.size() == 2);
    CHECK(his[0].completedOn == QDate(2025, 9, 15));
    CHECK_FALSE(his[0].passed); // no passing score: the passed column decides
    CHECK(his[0].attestedAt == QDateTime(QDate(2025, 9, 15), QTime(16, 5), Qt::UTC));
    CHECK(his[1].score == 91.5);
    CHECK(his[1].passed);
}

TEST_CASE_METHOD(CompletionFixture,
                 "CompletionCsvImporter: the same file twice adds nothing the second time",
                 "[training][csv]")
{
    REQUIRE(import(completions).ok());
    Result<CompletionImport> again = import(completions);
    REQUIRE(again.ok());
    CHECK(again->addedIds.empty());
    CHECK(again->alreadyPresent == 5);
    CHECK(completionsOf(priya).size() == 3);
    Result<std::vector<ImportBatch>> batches = training.importsOfFile(again->batch.fileSha256);
    REQUIRE(batches.ok());
    CHECK(batches->size() == 2);

    // One new row among known ones: only it is added.
    QByteArray more = completions;
    more.append("E-2,HIPAA onboarding,2023-06-02,,,,\n");
    Result<CompletionImport> third = import(more);
    REQUIRE(third.ok());
    CHECK(third->addedIds.size() == 1);
    CHECK(third->alreadyPresent == 5);
}

TEST_CASE_METHOD(CompletionFixture,
                 "CompletionCsvImporter refuses the whole file, naming each line",
                 "[training][csv]")
{
    const QString message =
        importError("employee_id,course,completed_on,score,passed\n"
                    "E-1,HIPAA onboarding,2024-01-16,,\n"
                    "E-1,Basket weaving,2024-01-16,,\n"
                    "E-9,HIPAA onboarding,2024-01-16,,\n"
                    "E-2,HIPAA onboarding,16.01.2024,,\n"
                    "E-2,Annual HIPAA refresher,2025-01-10,120,\n"
                    "E-2,Annual HIPAA refresher,2025-02-10,abc,\n"
                    "E-2,Annual HIPAA refresher,2025-03-10,,maybe\n"
                    "E-2,Security awareness,2025-03-10,,\n"
                    ",HIPAA onboarding,2024-01-16,,\n"
                    "E-1,\"=HYPERLINK(\"\"http://evil.example\"\")\",2024-01-16,,\n");
    CHECK(message.startsWith(QStringLiteral("Nothing was imported from lms.csv: 9 row(s)")));
    CHECK(message.contains(
        QStringLiteral("Line 3: course: there is no course titled \"Basket weaving\"")));
    CHECK(message.contains(
        QStringLiteral("Line 4: employee_id: there is no person with the employee ID \"E-9\"")));
    CHECK(message.contains(QStringLiteral("Line 5: completed_on \"16.01.2024\" is not a date")));
    CHECK(message.contains(QStringLiteral("Line 6: score 120 is out of range")));
    CHECK(message.contains(QStringLiteral("Line 7: score \"abc\" is not a number")));
    CHECK(message.contains(QStringLiteral("Line 8: passed \"maybe\" is not yes or no")));
    CHECK(message.contains(QStringLiteral("Line 9: Security awareness has a passing score of 80")));
    CHECK(message.contains(QStringLiteral("Line 10: employee_id is empty")));
    CHECK(message.contains(QStringLiteral(
        "Line 11: course: there is no course titled \"=HYPERLINK(\"http://evil.example\")\"")));
    CHECK_FALSE(message.contains(QStringLiteral("Line 2:")));
    CHECK(completionsOf(priya).empty());
    Result<std::vector<ImportBatch>> batches = training.importBatches();
    REQUIRE(batches.ok());
    CHECK(batches->empty());
}

TEST_CASE_METHOD(CompletionFixture,
                 "CompletionCsvImporter: a date in the future is refused on its line",
                 "[training][csv]")
{
    const QString message = importError("employee_id,course,completed_on\n"
                                        "E-1,HIPAA onboarding,2024-01-16\n"
                                        "E-2,HIPAA onboarding,2026-03-02\n");
    CHECK(message.contains(
        QStringLiteral("Line 3: The completion date 2026-03-02 is in the future.")));
    CHECK(completionsOf(priya).empty());
}

TEST_CASE_METHOD(CompletionFixture,
                 "CompletionCsvImporter reads an LMS export through a saved mapping",
                 "[training][csv]")
{
    const QByteArray data = "Emp #,Learner,Course Title,Date Completed,Score (%),Status\n"
                            "E-1,Priya Raman,Security awareness,2025-02-17,88%,Completed\n"
                            "E-2,Greg Novak,HIPAA onboarding,2023-06-05,,Completed\n";
    CHECK(importError(data).contains(QStringLiteral("no column for employee_id.")));

    const TrainingColumnMapping proposed = TrainingColumnMapping::proposeMapping(
        ImportKind::Completions,
        {QStringLiteral("Emp #"), QStringLiteral("Learner"), QStringLiteral("Course Title"),
         QStringLiteral("Date Completed"), QStringLiteral("Score (%)"), QStringLiteral("Status")});
    ImportMapping saved;
    saved.sourceName = QStringLiteral("Acme LMS");
    saved.kind = ImportKind::Completions;
    saved.mapping = proposed.toJson();
    REQUIRE(training.saveMapping(saved).ok());

    Result<std::optional<ImportMapping>> stored = training.mapping(QStringLiteral("acme lms"));
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    Result<CompletionImport> imported = import(data, TrainingColumnMapping::fromSaved(**stored));
    INFO((imported.ok() ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->addedIds.size() == 2);
    const std::vector<Completion> mine = completionsOf(priya);
    REQUIRE(mine.size() == 1);
    CHECK(mine[0].score == 88);
    CHECK(mine[0].passed);
}
