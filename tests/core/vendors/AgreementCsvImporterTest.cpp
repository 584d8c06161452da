#include "core/vendors/AgreementCsvImporter.h"

#include "core/audit/AuditTrail.h"
#include "core/vendors/AgreementCsvColumns.h"
#include "core/vendors/ProvisionCompleteness.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/vendors/VendorCsvExamples.h"
#include "tests/support/TemporaryProgram.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

const QString header =
    QStringLiteral("counterparty,title,direction,status,signed_on,effective_on,expires_on,"
                   "evergreen,incident_report_days,flows_down_from");

ProvisionCheck checkOf(const Agreement& agreement, const QString& key)
{
    const ProvisionCheck* check = agreement.check(key);
    REQUIRE(check != nullptr);
    return *check;
}

} // namespace

TEST_CASE("The agreements example of the documentation imports", "[vendors][csv]")
{
    TemporaryProgram fixture; // the clock says 2026-03-01
    Program& program = fixture.program();
    importVendorExamples(program, false);

    AgreementCsvImporter importer(program.baas(), program.counterparties());
    Result<ImportReport> report =
        importer.importFile(vendorExamplePath(QStringLiteral("agreements.csv")));
    INFO(describe(report));
    REQUIRE(report.ok());
    CHECK(report->imported() == 6);
    CHECK(report->created.first() == QStringLiteral("BAA-0001"));
    CHECK(report->created.last() == QStringLiteral("BAA-0006"));

    const Agreement lakeside =
        agreementTitled(program, QStringLiteral("BAA with Lakeside Family Clinic"));
    CHECK(lakeside.counterpartyId ==
          counterpartyNamed(program, QStringLiteral("Lakeside Family Clinic")).id);
    CHECK(lakeside.direction == AgreementDirection::Upstream);
    CHECK(lakeside.status == AgreementStatus::Active);
    CHECK(lakeside.signedOn == QDate(2024, 1, 10));
    CHECK(lakeside.effectiveOn == QDate(2024, 2, 1));
    CHECK(lakeside.expiresOn == QDate(2027, 1, 31));
    CHECK_FALSE(lakeside.evergreen);
    CHECK(lakeside.lastReviewedOn == QDate(2025, 2, 3));
    // Left empty in the file, so the register schedules it a cadence later.
    CHECK(lakeside.nextReviewOn == QDate(2026, 2, 3));
    CHECK(lakeside.breachNoticeDays == 10);
    CHECK(checkOf(lakeside, QStringLiteral("permitted_uses")) ==
          ProvisionCheck{QStringLiteral("permitted_uses"), ProvisionState::Present,
                         QStringLiteral("§2.1")});
    CHECK(lakeside.permittedUses.startsWith(QStringLiteral("Coding, claims submission")));
    CHECK(ProvisionCompleteness::of(lakeside).percent() == 100);

    const Agreement harbor =
        agreementTitled(program, QStringLiteral("BAA with Harbor Orthopedic Associates"));
    CHECK(harbor.evergreen);
    CHECK_FALSE(harbor.expiresOn.isValid());
    CHECK(harbor.reviewCadenceMonths == 24);
    CHECK(harbor.nextReviewOn == QDate(2027, 6, 20));
    CHECK(checkOf(harbor, QStringLiteral("termination")).state == ProvisionState::Missing);
    CHECK(checkOf(harbor, QStringLiteral("accounting")).state == ProvisionState::Unchecked);
    CHECK(ProvisionCompleteness::of(harbor).summary() == QStringLiteral("12 of 15 present (80%)"));

    const Agreement northfield =
        agreementTitled(program, QStringLiteral("BAA with Northfield Pediatrics"));
    CHECK(northfield.status == AgreementStatus::InNegotiation);
    CHECK(northfield.incidentReportDays == Agreement::defaultNoticeDays);
    CHECK(northfield.breachNoticeDays == Agreement::defaultNoticeDays);
    CHECK_FALSE(northfield.nextReviewOn.isValid());

    const Agreement stratus = agreementTitled(program, QStringLiteral("Cloud hosting BAA"));
    CHECK(stratus.direction == AgreementDirection::Downstream);
    CHECK(checkOf(stratus, QStringLiteral("individual_access")).state ==
          ProvisionState::NotApplicable);
    CHECK(ProvisionCompleteness::of(stratus).applicable() == 11);

    const Agreement keystone = agreementTitled(program, QStringLiteral("Former clearinghouse BAA"));
    CHECK(keystone.status == AgreementStatus::Terminated);
    CHECK(keystone.terminatedOn == QDate(2024, 3, 31));
    CHECK(keystone.disposition == PhiDisposition::Destroyed);
    CHECK(keystone.dispositionAttestedOn == QDate(2024, 4, 30));
    CHECK(keystone.dispositionAttestedBy ==
          QStringLiteral("Lee Park, Keystone Compliance Officer"));

    AuditQuery imported;
    imported.entity = QStringLiteral("agreement");
    imported.action = QStringLiteral("imported");
    CHECK(program.auditTrail().events(imported).size() == 6);
}

TEST_CASE("Agreement rows with problems import nothing and name every line", "[vendors][csv]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    importVendorExamples(program, false);
    const qint64 eventsBefore = program.auditTrail().count();

    AgreementCsvImporter importer(program.baas(), program.counterparties());
    Result<ImportReport> report = importer.importData(csvLines({
        header,
        QStringLiteral("Lakeside Family Clinic,Good one,upstream,draft,,,,,,"),
        QStringLiteral("Lakeside Family Clinic,Bad date,upstream,active,2024-01-10,03/01/2024,"
                       "2027-01-31,no,,"),
        QStringLiteral("Riverside Hospital,Unknown counterparty,upstream,draft,,,,,,"),
        QStringLiteral("ClearPath Claims Exchange,Sideways,sideways,draft,,,,,,"),
        QStringLiteral("ClearPath Claims Exchange,Signed but undated,downstream,active,,,,,,"),
        QStringLiteral("Lakeside Family Clinic,Wrong way,downstream,draft,,,,,,"),
        QStringLiteral("Stratus Cloud Hosting,Slow report,downstream,draft,,,,,soon,"),
        QStringLiteral("Lakeside Family Clinic,Good too,Upstream (We Are Their BA),,,,,,,"),
    }));
    REQUIRE_FALSE(report.ok());
    INFO(report.error().message.toStdString());
    CHECK(report.error().kind == ErrorKind::Invalid);
    const QStringList lines = report.error().message.split(QLatin1Char('\n'));
    CHECK(lines.first() == QStringLiteral("Nothing was imported: 6 row(s) have problems."));
    CHECK(lines.contains(QStringLiteral("Line 3: effective_on \"03/01/2024\" is not a date written "
                                        "as YYYY-MM-DD (for example 2026-03-01).")));
    CHECK(lines.contains(QStringLiteral(
        "Line 4: counterparty: there is no counterparty named \"Riverside Hospital\"; import the "
        "counterparties first, or correct the name.")));
    CHECK(lines.contains(QStringLiteral(
        "Line 5: direction \"sideways\" is not a direction; use upstream, downstream.")));
    CHECK(
        lines.contains(QStringLiteral("Line 6: A signed agreement needs the date it was signed.")));
    CHECK(lines.contains(QStringLiteral("Line 7: Lakeside Family Clinic is a covered entity we "
                                        "serve, so the agreement runs upstream.")));
    CHECK(lines.contains(
        QStringLiteral("Line 8: incident_report_days \"soon\" is not a whole number.")));
    for (const QString& line : lines.mid(1)) {
        CHECK_FALSE(line.startsWith(QStringLiteral("Line 2:")));
        CHECK_FALSE(line.startsWith(QStringLiteral("Line 9:")));
    }

    CHECK(program.baas().agreements()->empty());
    CHECK(program.auditTrail().count() == eventsBefore);
}

TEST_CASE("Checklist cells take a state and an optional clause reference", "[vendors][csv]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    importVendorExamples(program, false);
    AgreementCsvImporter importer(program.baas(), program.counterparties());

    Result<std::vector<Agreement>> read = importer.readData(csvLines({
        QStringLiteral("counterparty,title,direction,provision_safeguards,provision_termination,"
                       "Provision Amendment,provision-accounting,provision_hhs_access"),
        QStringLiteral("Lakeside Family Clinic,Checklist,upstream,Present: Section 4: para 2,"
                       "MISSING,n/a,Not Applicable,"),
    }));
    INFO(describe(read));
    REQUIRE(read.ok());
    REQUIRE(read->size() == 1);
    const Agreement& agreement = read->front();
    CHECK(checkOf(agreement, QStringLiteral("safeguards")) ==
          ProvisionCheck{QStringLiteral("safeguards"), ProvisionState::Present,
                         QStringLiteral("Section 4: para 2")});
    CHECK(checkOf(agreement, QStringLiteral("termination")).state == ProvisionState::Missing);
    CHECK(checkOf(agreement, QStringLiteral("amendment")).state == ProvisionState::NotApplicable);
    CHECK(checkOf(agreement, QStringLiteral("accounting")).state == ProvisionState::NotApplicable);
    CHECK(checkOf(agreement, QStringLiteral("hhs_access")).state == ProvisionState::Unchecked);
    CHECK(agreement.provisions.size() == 15);
    CHECK(program.baas().agreements()->empty());

    Result<ImportReport> wrong = importer.importData(csvLines({
        QStringLiteral("counterparty,title,direction,provision_safeguards,provision_termination"),
        QStringLiteral("Lakeside Family Clinic,Checklist,upstream,§4.2,: §9"),
    }));
    REQUIRE_FALSE(wrong.ok());
    INFO(wrong.error().message.toStdString());
    CHECK(wrong.error().message.contains(
        QStringLiteral("Line 2: provision_safeguards \"§4.2\" is not a checklist entry")));
    CHECK(wrong.error().message.contains(
        QStringLiteral("Line 2: provision_termination \": §9\" is not a checklist entry")));
}

TEST_CASE("flows_down_from names stored upstream agreements by reference or title",
          "[vendors][csv]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    importVendorExamples(program);
    AgreementCsvImporter importer(program.baas(), program.counterparties());
    const QString columns = QStringLiteral("counterparty,title,direction,flows_down_from");

    Result<ImportReport> linked = importer.importData(csvLines({
        columns,
        QStringLiteral("ClearPath Claims Exchange,Renewal draft,downstream,"
                       "baa-1; BAA with Harbor Orthopedic Associates"),
    }));
    INFO(describe(linked));
    REQUIRE(linked.ok());
    const Agreement renewal = agreementTitled(program, QStringLiteral("Renewal draft"));
    CHECK(
        renewal.flowsDownFrom ==
        std::vector<qint64>{
            1,
            agreementTitled(program, QStringLiteral("BAA with Harbor Orthopedic Associates")).id});

    Result<ImportReport> refused = importer.importData(csvLines({
        columns,
        QStringLiteral("ClearPath Claims Exchange,Second draft,downstream,Later upstream"),
        QStringLiteral("Lakeside Family Clinic,Later upstream,upstream,"),
        QStringLiteral("ClearPath Claims Exchange,Third draft,downstream,BAA-0099"),
        QStringLiteral("ClearPath Claims Exchange,Fourth draft,downstream,Nobody's BAA"),
        QStringLiteral("ClearPath Claims Exchange,Fifth draft,downstream,BAA-0004"),
        QStringLiteral("ClearPath Claims Exchange,Sixth draft,downstream,Second draft"),
        QStringLiteral("ClearPath Claims Exchange,Valid sub,downstream,"),
        QStringLiteral("ClearPath Claims Exchange,Chained sub,downstream,Valid sub"),
    }));
    REQUIRE_FALSE(refused.ok());
    const QString message = refused.error().message;
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral(
        "Line 2: flows_down_from: \"Later upstream\" is on line 3, below this one; list the "
        "upstream agreements above")));
    CHECK(message.contains(QStringLiteral(
        "Line 7: flows_down_from: \"Second draft\" on line 2 has problems of its own")));
    CHECK(message.contains(QStringLiteral(
        "Line 9: flows_down_from: \"Valid sub\" on line 8 is itself a downstream agreement.")));
    CHECK(message.contains(
        QStringLiteral("Line 4: flows_down_from: there is no agreement BAA-0099 in the program")));
    CHECK(message.contains(
        QStringLiteral("Line 5: flows_down_from: there is no agreement titled \"Nobody's BAA\"")));
    CHECK(message.contains(QStringLiteral("Line 6: BAA-0004 is itself a downstream agreement.")));
    CHECK_FALSE(message.contains(QStringLiteral("Line 3:")));
    CHECK(program.baas().agreements()->size() == 7);
}

TEST_CASE("flows_down_from may name an upstream agreement higher up in the same file",
          "[vendors][csv]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    importVendorExamples(program);
    const std::size_t before = program.baas().agreements()->size();
    AgreementCsvImporter importer(program.baas(), program.counterparties());
    Result<ImportReport> linked = importer.importData(csvLines({
        QStringLiteral("counterparty,title,direction,flows_down_from"),
        QStringLiteral("Northfield Pediatrics,Northfield BAA 2027,upstream,"),
        QStringLiteral("ClearPath Claims Exchange,ClearPath flow-down 2027,downstream,"
                       "Northfield BAA 2027; BAA-0001"),
    }));
    INFO(describe(linked));
    REQUIRE(linked.ok());
    CHECK(program.baas().agreements()->size() == before + 2);
    const Agreement upstream = agreementTitled(program, QStringLiteral("Northfield BAA 2027"));
    const Agreement downstream =
        agreementTitled(program, QStringLiteral("ClearPath flow-down 2027"));
    CHECK(downstream.flowsDownFrom == std::vector<qint64>{1, upstream.id});
    // The audit trail records the real ids, not the positions in the file.
    const std::vector<AuditEvent> history = program.baas().history(downstream.id).value();
    REQUIRE(history.size() == 1);
    CHECK(QString::fromUtf8(history[0].after)
              .contains(QStringLiteral("\"flows_down_from\":[\"1\",\"%1\"]").arg(upstream.id)));
}

TEST_CASE("An agreement file with a wrong header is refused naming the columns", "[vendors][csv]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    AgreementCsvImporter importer(program.baas(), program.counterparties());

    Result<ImportReport> refused = importer.importData(
        csvLines({QStringLiteral("counterparty,status,provision_colour,title,title"),
                  QStringLiteral("Acme,draft,present,One,Two")}));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    const QString message = refused.error().message;
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("direction")));
    CHECK(message.contains(QStringLiteral("provision_colour")));
    CHECK(message.contains(QStringLiteral("title")));
    CHECK(AgreementCsvColumns::optional().contains(QStringLiteral("provision_return_destroy")));
    CHECK_FALSE(AgreementCsvColumns::optional().contains(AgreementCsvColumns::title));
}
