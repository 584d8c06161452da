#include "core/training/TrainingMatrixExporter.h"

#include "core/io/CsvReader.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/training/TrainingCsvSamples.h"
#include "tests/support/TemporaryProgram.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

QString zipPart(const QString& archive, const QString& part)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, part});
    REQUIRE(unzip.waitForFinished(30000));
    REQUIRE(unzip.exitStatus() == QProcess::NormalExit);
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

const QString trickyName = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Greg\")");

// As of 2026-03-01: Priya has finished onboarding and is overdue for her
// refresher; the person with a formula for a name has not done onboarding
// and is due soon for the refresher. Someone terminated before the day, one
// hired after it and a retired course stay out of the matrix.
struct MatrixFixture
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    TrainingRegister& training = program.training();
    WorkforceRegister& workforce = program.workforce();
    Person priya = addSamplePerson(workforce, QStringLiteral("E-1"), QStringLiteral("Priya Raman"),
                                   QDate(2024, 1, 15));
    Person tricky = addSamplePerson(workforce, QStringLiteral("E-2"), trickyName, QDate(2023, 6, 1),
                                    {QStringLiteral("remote_coder")});
    Course onboarding =
        addSampleCourse(training, QStringLiteral("HIPAA onboarding"), Cadence::AtHire);
    Course refresher =
        addSampleCourse(training, QStringLiteral("Annual HIPAA refresher"), Cadence::EveryMonths);
    Course remote =
        addSampleCourse(training, QStringLiteral("Remote coder safeguards"), Cadence::EveryMonths,
                        24, std::nullopt, {QStringLiteral("remote_coder")});
    Course retired = addSampleCourse(training, QStringLiteral("Old course"), Cadence::AtHire);

    MatrixFixture()
    {
        Person left;
        left.employeeId = QStringLiteral("E-3");
        left.name = QStringLiteral("Carmen Diaz");
        left.hiredOn = QDate(2022, 2, 1);
        left.status = PersonStatus::Terminated;
        left.terminatedOn = QDate(2025, 12, 31);
        REQUIRE(workforce.addPerson(left).ok());
        Person later = left;
        later.employeeId = QStringLiteral("E-4");
        later.name = QStringLiteral("Zoe Adams");
        later.hiredOn = QDate(2026, 4, 1);
        later.status = PersonStatus::Active;
        later.terminatedOn = {};
        REQUIRE(workforce.addPerson(later).ok());
        REQUIRE(training.retireCourse(retired.id, QDate(2026, 1, 1)).ok());
        complete(priya, onboarding, QDate(2024, 1, 16));
        complete(priya, refresher, QDate(2025, 2, 10));
        complete(tricky, refresher, QDate(2025, 3, 20));
        complete(tricky, remote, QDate(2025, 1, 5));
    }

    void complete(const Person& person, const Course& course, const QDate& on)
    {
        Completion completion;
        completion.personId = person.id;
        completion.courseId = course.id;
        completion.completedOn = on;
        Result<Completion> added = training.addCompletion(completion);
        INFO((added.ok() ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
    }

    TrainingMatrixExporter matrix()
    {
        Result<TrainingMatrixExporter> exporter =
            TrainingMatrixExporter::fromRegister(training, QDate(2026, 3, 1));
        REQUIRE(exporter.ok());
        return *exporter;
    }
};

QStringList rowOf(const QList<QStringList>& rows, const QString& employeeId)
{
    for (const QStringList& row : rows) {
        if (row.value(1) == employeeId)
            return row;
    }
    FAIL("no row for the employee ID");
    return {};
}

} // namespace

TEST_CASE_METHOD(MatrixFixture, "TrainingMatrixExporter: people on the workforce by courses in use",
                 "[training][export]")
{
    const TrainingMatrixExporter exporter = matrix();
    CHECK(exporter.people().size() == 2);
    REQUIRE(exporter.courses().size() == 3);
    CHECK(exporter.csvHeader() == QStringList{QStringLiteral("Name"), QStringLiteral("Employee ID"),
                                              QStringLiteral("Department"),
                                              QStringLiteral("Annual HIPAA refresher"),
                                              QStringLiteral("HIPAA onboarding"),
                                              QStringLiteral("Remote coder safeguards")});
    const QList<QStringList> rows = exporter.csvRows();
    CHECK(rowOf(rows, QStringLiteral("E-1")) ==
          QStringList{QStringLiteral("Priya Raman"), QStringLiteral("E-1"),
                      QStringLiteral("Coding"), QStringLiteral("Overdue (due 2026-02-10)"),
                      QStringLiteral("Complete (completed 2024-01-16)"),
                      QStringLiteral("Not required")});
    CHECK(rowOf(rows, QStringLiteral("E-2")) ==
          QStringList{trickyName, QStringLiteral("E-2"), QStringLiteral("Coding"),
                      QStringLiteral("Due within 30 days (due 2026-03-20)"),
                      QStringLiteral("Overdue (due 2023-06-01)"),
                      QStringLiteral("Complete (completed 2025-01-05)")});
}

TEST_CASE_METHOD(MatrixFixture, "TrainingMatrixExporter writes CSV with formulas neutralised",
                 "[training][export]")
{
    const TrainingMatrixExporter exporter = matrix();
    const QString path = QDir(fixture.dir()).filePath(QStringLiteral("matrix.csv"));
    REQUIRE(exporter.saveCsv(path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("\"'=HYPERLINK("));
    CHECK_FALSE(bytes.contains(",=HYPERLINK("));
    CHECK_FALSE(bytes.contains("\"=HYPERLINK("));

    Result<QList<CsvRecord>> records = CsvReader::parse(bytes);
    REQUIRE(records.ok());
    REQUIRE(records->size() == 3);
    QStringList names{records->at(1).fields.value(0), records->at(2).fields.value(0)};
    CHECK(names.contains(trickyName)); // the import side removes the guard again

    Result<void> again = exporter.saveCsv(path);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Io);
    CHECK(exporter.saveCsv(path, OverwritePolicy::Replace).ok());
}

TEST_CASE_METHOD(MatrixFixture,
                 "TrainingMatrixExporter writes XLSX with state words and real dates",
                 "[training][export]")
{
    const TrainingMatrixExporter exporter = matrix();
    const XlsxSheet sheet = exporter.sheet();
    CHECK(sheet.headers().value(3) == QStringLiteral("Annual HIPAA refresher"));
    CHECK(sheet.headers().value(4) == QStringLiteral("Annual HIPAA refresher: date"));
    const QString path = QDir(fixture.dir()).filePath(QStringLiteral("matrix.xlsx"));
    REQUIRE(exporter.saveXlsx(path).ok());

    const QString strings = zipPart(path, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains(QStringLiteral("Overdue")));
    CHECK(strings.contains(QStringLiteral("Due within 30 days")));
    CHECK(strings.contains(QStringLiteral("Not required")));
    CHECK(strings.contains(QStringLiteral("=HYPERLINK(")));
    CHECK_FALSE(strings.contains(QStringLiteral("2026-02-10")));
    const QString cells = zipPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    const qint64 due = QDate(1899, 12, 30).daysTo(QDate(2026, 2, 10));
    CHECK(cells.contains(QStringLiteral("<v>%1</v>").arg(due)));
    CHECK_FALSE(cells.contains(QStringLiteral("<f>")));
}
