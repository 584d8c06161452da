#include "core/incidents/BreachLogExporter.h"

#include "core/io/CsvReader.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/incidents/IncidentSamples.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
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

const QString trickyTitle = QStringLiteral("=HYPERLINK(\"x\")");

// A laptop theft on the log of 2026, with notices to the clinic, the
// individuals, HHS, the Florida media and the Florida authority; the
// individuals had a supplemental notice later.
BreachLogEntry laptopTheft()
{
    BreachLogEntry entry;
    entry.incidentId = 7;
    entry.reference = QStringLiteral("INC-0007");
    entry.title = trickyTitle;
    entry.status = BreachStatus::Breach;
    entry.kind = IncidentKind::LostOrStolenDevice;
    entry.occurredOn = QDate(2026, 10, 4);
    entry.discoveredOn = QDate(2026, 10, 5);
    entry.totalAffected = 610;
    entry.affected = {{QStringLiteral("FL"), 600}, {QStringLiteral("GA"), 10}};
    entry.phiTypes = {QStringLiteral("Names"), QStringLiteral("Diagnosis codes")};
    entry.containment = QStringLiteral("Accounts revoked; police report filed.");
    entry.description = QStringLiteral("Laptop taken from a car.");
    using R = NotificationRecipient;
    entry.notices = {
        {R::CoveredEntity, {}, 3, QDate(2026, 10, 7), QStringLiteral("email")},
        {R::StateAuthority, QStringLiteral("FL"), 0, QDate(2026, 11, 2), QStringLiteral("email")},
        {R::Individuals, {}, 0, QDate(2026, 11, 20), QStringLiteral("first-class mail")},
        {R::Media, QStringLiteral("FL"), 0, QDate(2026, 11, 21), QStringLiteral("press release")},
        {R::Hhs, {}, 0, QDate(2026, 11, 22), QStringLiteral("HHS web portal")},
        {R::Individuals, {}, 0, QDate(2026, 11, 23), QStringLiteral("first-class mail")},
    };
    return entry;
}

BreachLogEntry presumedPhishing()
{
    BreachLogEntry entry;
    entry.incidentId = 9;
    entry.reference = QStringLiteral("INC-0009");
    entry.title = QStringLiteral("Mailbox compromise");
    entry.status = BreachStatus::PresumedBreach;
    entry.kind = IncidentKind::PhishingCompromise;
    entry.discoveredOn = QDate(2026, 11, 16);
    return entry;
}

BreachLogExporter sampleLog()
{
    return BreachLogExporter(2026, {laptopTheft(), presumedPhishing()},
                             {{3, QStringLiteral("Lakeside Family Clinic")}});
}

} // namespace

TEST_CASE("BreachLogExporter: one row per breach, cell by cell", "[incidents][export]")
{
    const BreachLogExporter exporter = sampleLog();
    const QStringList header = BreachLogExporter::header();
    REQUIRE(header.size() == 16);
    CHECK(header.first() == QStringLiteral("Reference"));
    CHECK(header.value(7) == QStringLiteral("Individuals affected"));
    CHECK(header.last() == QStringLiteral("Covered entities notified"));

    const QList<QStringList> rows = exporter.csvRows();
    REQUIRE(rows.size() == 2);
    const QStringList laptop = rows.first();
    REQUIRE(laptop.size() == header.size());
    CHECK(laptop[0] == QStringLiteral("INC-0007"));
    CHECK(laptop[1] == trickyTitle); // CsvWriter guards it when the file is written
    CHECK(laptop[2] == breachStatusLabel(BreachStatus::Breach));
    CHECK(laptop[3] == QStringLiteral("Lost or stolen device"));
    CHECK(laptop[4] == QStringLiteral("Laptop taken from a car."));
    CHECK(laptop[5] == QStringLiteral("2026-10-04"));
    CHECK(laptop[6] == QStringLiteral("2026-10-05"));
    CHECK(laptop[7] == QStringLiteral("610"));
    CHECK(laptop[8] == QStringLiteral("FL 600; GA 10"));
    CHECK(laptop[9] == QStringLiteral("Names; Diagnosis codes"));
    CHECK(laptop[10] == QStringLiteral("Accounts revoked; police report filed."));
    CHECK(laptop[11] == QStringLiteral("2026-11-20")); // the first notice, not the supplemental
    CHECK(laptop[12] == QStringLiteral("2026-11-22"));
    CHECK(laptop[13] == QStringLiteral("FL 2026-11-21"));
    CHECK(laptop[14] == QStringLiteral("FL 2026-11-02"));
    CHECK(laptop[15] == QStringLiteral("Lakeside Family Clinic 2026-10-07"));

    const QStringList phishing = rows.last();
    CHECK(phishing[2] == breachStatusLabel(BreachStatus::PresumedBreach));
    CHECK(phishing[5].isEmpty());
    CHECK(phishing[7] == QStringLiteral("0"));
    for (int column = 11; column < 16; ++column)
        CHECK(phishing[column].isEmpty());
}

TEST_CASE("BreachLogExporter: an unknown covered entity is shown by its id", "[incidents][export]")
{
    const BreachLogExporter exporter(2026, {laptopTheft()}, {});
    CHECK(exporter.csvRows().first().value(15) == QStringLiteral("3 2026-10-07"));
}

TEST_CASE("BreachLogExporter writes CSV with formulas neutralised and never overwrites silently",
          "[incidents][export]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("breaches.csv"));
    const BreachLogExporter exporter = sampleLog();
    REQUIRE(exporter.saveCsv(path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("\"'=HYPERLINK(\"\"x\"\")\""));
    CHECK_FALSE(bytes.contains(",=HYPERLINK("));
    CHECK_FALSE(bytes.contains("\"=HYPERLINK("));

    Result<QList<CsvRecord>> records = CsvReader::parse(bytes);
    REQUIRE(records.ok());
    REQUIRE(records->size() == 3);
    CHECK(records->at(0).fields == BreachLogExporter::header());
    CHECK(records->at(1).fields.value(1) == trickyTitle);
    CHECK(records->at(1).fields.value(8) == QStringLiteral("FL 600; GA 10"));

    file.close();
    Result<void> again = exporter.saveCsv(path);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Io);
    CHECK(exporter.saveCsv(path, OverwritePolicy::Replace).ok());
}

TEST_CASE("BreachLogExporter writes XLSX with real dates and numbers", "[incidents][export]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("breaches.xlsx"));
    const BreachLogExporter exporter = sampleLog();
    CHECK(exporter.sheet().name() == QStringLiteral("Breach log 2026"));
    REQUIRE(exporter.saveXlsx(path).ok());

    const QString strings = zipPart(path, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains(QStringLiteral("INC-0007")));
    CHECK(strings.contains(QStringLiteral("FL 600; GA 10")));
    CHECK(strings.contains(QStringLiteral("Lakeside Family Clinic 2026-10-07")));
    CHECK_FALSE(strings.contains(QStringLiteral("2026-10-05"))); // a date cell, not text
    const QString cells = zipPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    const qint64 discovered = QDate(1899, 12, 30).daysTo(QDate(2026, 10, 5));
    CHECK(cells.contains(QStringLiteral("<v>%1</v>").arg(discovered)));
    CHECK(cells.contains(QStringLiteral("<v>610</v>")));
    CHECK_FALSE(cells.contains(QStringLiteral("<f>")));
    CHECK(zipPart(path, QStringLiteral("xl/workbook.xml"))
              .contains(QStringLiteral("Breach log 2026")));

    CHECK_FALSE(exporter.saveXlsx(path).ok());
}

TEST_CASE_METHOD(IncidentFixture, "BreachLogExporter reads the year's breaches from the program",
                 "[incidents][export]")
{
    const qint64 clinicId = clinicWithAgreement(10);
    setIncidentToday(fixture, QDate(2026, 11, 24));

    Incident breach = misdirectedRemittance();
    breach.coveredEntityIds = {clinicId};
    breach.notifiesForCoveredEntity = true;
    const qint64 breachId = incidents.add(breach).value().id;
    REQUIRE(incidents.recordAssessment(breachId, assessment(false, QDate(2026, 2, 25))).ok());
    IncidentNotification toClinic =
        notice(breachId, NotificationRecipient::CoveredEntity, QDate(2026, 2, 26));
    toClinic.counterpartyId = clinicId;
    REQUIRE(notices.recordNotification(toClinic).ok());

    Incident notBreach = misdirectedRemittance();
    notBreach.title = QStringLiteral("Fax to the wrong number");
    const qint64 lowId = incidents.add(notBreach).value().id;
    REQUIRE(incidents.recordAssessment(lowId, assessment(true, QDate(2026, 2, 25))).ok());

    Incident lastYear = misdirectedRemittance();
    lastYear.title = QStringLiteral("Older incident");
    lastYear.occurredOn = QDate(2025, 12, 1);
    lastYear.discoveredOn = QDate(2025, 12, 2);
    lastYear.reportedOn = QDate(2025, 12, 2);
    REQUIRE(incidents.add(lastYear).ok());

    Result<BreachLogExporter> exporter = BreachLogExporter::fromProgram(program, 2026);
    REQUIRE(exporter.ok());
    CHECK(exporter->year() == 2026);
    REQUIRE(exporter->entries().size() == 1);
    const QStringList row = exporter->csvRows().first();
    CHECK(row[0] == incidentReference(breachId));
    CHECK(row[6] == QStringLiteral("2026-02-23"));
    CHECK(row[7] == QStringLiteral("52"));
    CHECK(row[8] == QStringLiteral("FL 12; GA 40"));
    CHECK(row[15] == QStringLiteral("Lakeside Family Clinic 2026-02-26"));

    Result<BreachLogExporter> previous = BreachLogExporter::fromProgram(program, 2025);
    REQUIRE(previous.ok());
    REQUIRE(previous->entries().size() == 1);
    CHECK(previous->entries().front().status == BreachStatus::PresumedBreach);
}
