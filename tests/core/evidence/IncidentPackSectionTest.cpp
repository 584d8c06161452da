#include "core/evidence/IncidentPackSection.h"

#include "core/incidents/BreachNotificationRules.h"
#include "core/program/Program.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/evidence/PackSectionTesting.h"
#include "tests/core/incidents/IncidentSamples.h"
#include "tests/support/TemporaryProgram.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

const QDate periodFrom(2026, 1, 1);
const QDate periodTo(2026, 6, 30);

PackRequest period()
{
    PackRequest request;
    request.from = periodFrom;
    request.to = periodTo;
    request.sections = {PackSection::Incidents};
    return request;
}

Incident incidentOn(const QString& title, const QDate& discovered)
{
    Incident incident = misdirectedRemittance();
    incident.title = title;
    incident.occurredOn = discovered;
    incident.discoveredOn = discovered;
    incident.reportedOn = discovered;
    return incident;
}

// The incidents discovered in the period or open at its end, and the notices
// the reportable ones called for, counted from the registers. Valid while no
// assessment is dated after the period.
int recordsInDatabase(Program& program)
{
    int count = 0;
    BreachReporting reporting(program);
    const std::vector<Incident> incidents = program.incidents().incidents().value();
    for (const Incident& incident : incidents) {
        const bool inPeriod =
            incident.discoveredOn >= periodFrom && incident.discoveredOn <= periodTo;
        const bool openAtEnd = incident.discoveredOn <= periodTo &&
                               (!incident.closedOn.isValid() || incident.closedOn > periodTo);
        if (!inPeriod && !openAtEnd)
            continue;
        ++count;
        if (BreachNotificationRules::isReportable(BreachNotificationRules::status(incident)))
            count += int(reporting.requiredNotifications(incident.id).value().size());
    }
    return count;
}

// A remittance misdirected in February, presumed a breach, with its notice to
// the individuals sent late and a corrective action overdue; a November
// incident assessed as a low probability and still open; a lost encrypted
// laptop in March; and an incident closed before the period began.
struct IncidentProgram
{
    Incident remittance;
    Incident november;
    Incident laptop;
    Incident closedEarlier;

    explicit IncidentProgram(TemporaryProgram& fixture)
    {
        Program& program = fixture.program();
        setIncidentToday(fixture, QDate(2025, 10, 20));
        closedEarlier =
            program.incidents()
                .add(incidentOn(QStringLiteral("Printer left unattended"), QDate(2025, 9, 1)))
                .value();
        REQUIRE(program.incidents().close(closedEarlier.id, QDate(2025, 10, 15)).ok());

        setIncidentToday(fixture, QDate(2025, 11, 20));
        november = program.incidents()
                       .add(incidentOn(QStringLiteral("Chart opened by a curious coder"),
                                       QDate(2025, 11, 10)))
                       .value();
        REQUIRE(program.incidents()
                    .recordAssessment(november.id, assessment(true, QDate(2025, 11, 20)))
                    .ok());

        setIncidentToday(fixture, QDate(2026, 3, 1));
        remittance = program.incidents().add(misdirectedRemittance()).value();
        CorrectiveAction confirm;
        confirm.incidentId = remittance.id;
        confirm.title = QStringLiteral("Confirm the recipient before sending a remittance");
        confirm.owner = QStringLiteral("Dana Whitfield");
        confirm.dueOn = QDate(2026, 5, 1);
        REQUIRE(program.correctiveActions().addAction(confirm).ok());
        CorrectiveAction retrain = confirm;
        retrain.title = QStringLiteral("Retrain the billing team");
        retrain.dueOn = QDate(2026, 4, 1);
        const qint64 retrainId = program.correctiveActions().addAction(retrain).value().id;

        setIncidentToday(fixture, QDate(2026, 3, 21));
        Incident lost =
            incidentOn(QStringLiteral("Encrypted laptop lost on a train"), QDate(2026, 3, 5));
        lost.kind = IncidentKind::LostOrStolenDevice;
        lost.phiSecured = true;
        lost.securedBasis = QStringLiteral("BitLocker AES-256 full-disk encryption; the key was "
                                           "not on the laptop");
        laptop = program.incidents().add(lost).value();
        laptop = program.incidents().close(laptop.id, QDate(2026, 3, 20)).value();

        setIncidentToday(fixture, QDate(2026, 5, 2));
        REQUIRE(program.incidentNotifications()
                    .recordNotification(notice(remittance.id, NotificationRecipient::Individuals,
                                               QDate(2026, 4, 30)))
                    .ok());
        REQUIRE(program.correctiveActions().completeAction(retrainId, QDate(2026, 4, 5)).ok());
    }
};

} // namespace

TEST_CASE("The incident section logs the period's incidents as they stood at its end",
          "[evidence][incidents]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    IncidentProgram sample(fixture);
    setIncidentToday(fixture, QDate(2026, 6, 20));

    Result<PackSectionContent> first = IncidentPackSection::build(program, period());
    REQUIRE(first.ok());
    CHECK(first->section == PackSection::Incidents);
    const int required =
        int(BreachReporting(program).requiredNotifications(sample.remittance.id).value().size());
    CHECK(required >= 2); // the individuals and HHS at least
    CHECK(first->recordCount == 3 + required);
    CHECK(first->recordCount == recordsInDatabase(program));

    const QString text = sectionText(*first);
    const QString remittance = incidentReference(sample.remittance.id);
    CHECK(text.contains(QStringLiteral("%1 Remittance sent to the wrong clinic Misdirected fax or "
                                       "email 2026-02-20 2026-02-23 — Open Presumed breach (not "
                                       "assessed) 52")
                            .arg(remittance)));
    CHECK(text.contains(QStringLiteral("%1 Chart opened by a curious coder")
                            .arg(incidentReference(sample.november.id))));
    CHECK(text.contains(QStringLiteral("2026-03-05 2026-03-05 — 2026-03-20 Not a breach (secured "
                                       "PHI) 52")));
    CHECK_FALSE(text.contains(QStringLiteral("Printer left unattended")));

    // The notices: the individuals' went out six days late, HHS's log is not yet due.
    CHECK(text.contains(QStringLiteral("Affected individuals 2026-04-24 2026-04-30 Sent late 6")));
    CHECK(text.contains(QStringLiteral("HHS (annual log) 2027-03-01 — Not sent; not yet due —")));

    // Determinations, the presumption in plain words.
    CHECK(text.contains(QStringLiteral(
        "Remittance sent to the wrong clinic Presumed a breach: no four-factor assessment "
        "documented (45 CFR 164.402)")));
    CHECK(text.contains(QStringLiteral("Not a breach: the assessment showed a low probability "
                                       "that the PHI was compromised Dana Whitfield 2025-11-20 "
                                       "Low probability of compromise.")));
    CHECK(text.contains(QStringLiteral("BitLocker AES-256 full-disk encryption")));

    // Corrective actions open at the end: the overdue one only.
    CHECK(text.contains(QStringLiteral("Confirm the recipient before sending a remittance Dana "
                                       "Whitfield 2026-05-01 60")));
    CHECK_FALSE(text.contains(QStringLiteral("Retrain the billing team")));

    // A change to an incident changes the section's data.
    Incident renamed = program.incidents().incident(sample.remittance.id).value();
    renamed.title = QStringLiteral("Remittance emailed to the wrong clinic");
    REQUIRE(program.incidents().update(renamed).ok());
    Result<PackSectionContent> second = IncidentPackSection::build(program, period());
    REQUIRE(second.ok());
    CHECK(second->canonicalData != first->canonicalData);
    CHECK(second->recordCount == first->recordCount);

    // What happened after the period leaves the section as it was: an
    // incident discovered later, the assessment and closing of the remittance.
    setIncidentToday(fixture, QDate(2026, 8, 3));
    REQUIRE(program.incidents()
                .add(incidentOn(QStringLiteral("Fax sent to a pharmacy"), QDate(2026, 8, 1)))
                .ok());
    REQUIRE(program.incidents()
                .recordAssessment(sample.remittance.id, assessment(false, QDate(2026, 8, 2)))
                .ok());
    REQUIRE(program.incidents().close(sample.remittance.id, QDate(2026, 8, 3)).ok());
    Result<PackSectionContent> third = IncidentPackSection::build(program, period());
    REQUIRE(third.ok());
    CHECK(third->canonicalData == second->canonicalData);
    const QString thirdText = sectionText(*third);
    CHECK_FALSE(thirdText.contains(QStringLiteral("Fax sent to a pharmacy")));
    CHECK(thirdText.contains(QStringLiteral("Presumed a breach: no four-factor assessment")));

    const PdfDocument pdf =
        exportAndRead(program, periodFrom, periodTo, {PackSection::Incidents}, fixture.dir());
    const QString pdfText = readableText(pdf);
    CHECK(pdfText.contains(packSectionTitle(PackSection::Incidents)));
    CHECK(pdfText.contains(QStringLiteral("Remittance emailed")));
    // Only the start: how the cell wraps after it depends on the paper.
    CHECK(pdfText.contains(QStringLiteral("Presumed a breach: no")));
    CHECK_FALSE(pdfText.contains(QStringLiteral("Fax sent to a pharmacy")));
    CHECK(manifestCount(pdf, PackSection::Incidents) == second->recordCount);
}

TEST_CASE("The incident section of an empty program says it holds no records",
          "[evidence][incidents]")
{
    TemporaryProgram fixture;
    setIncidentToday(fixture, QDate(2026, 7, 1));
    Result<PackSectionContent> content = IncidentPackSection::build(fixture.program(), period());
    REQUIRE(content.ok());
    CHECK(content->recordCount == 0);
    const QString text = sectionText(*content);
    CHECK(text.contains(QStringLiteral(
        "No incident was discovered in the period, and none was open on 2026-06-30.")));
    CHECK(text.contains(QStringLiteral(
        "No incident shown was a breach or presumed a breach, so no notice was owed.")));
    CHECK(text.contains(QStringLiteral("No corrective action was open on 2026-06-30.")));

    const PdfDocument pdf = exportAndRead(fixture.program(), periodFrom, periodTo,
                                          {PackSection::Incidents}, fixture.dir());
    CHECK(readableText(pdf).contains(QStringLiteral("No incident was discovered in the period")));
    CHECK(manifestCount(pdf, PackSection::Incidents) == 0);
}
