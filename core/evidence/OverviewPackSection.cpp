#include "core/evidence/OverviewPackSection.h"

#include "core/incidents/BreachNotificationRules.h"
#include "core/incidents/BreachReporting.h"
#include "core/incidents/IncidentRegister.h"
#include "core/policies/PolicyRegister.h"
#include "core/program/OfficerRole.h"
#include "core/program/Program.h"
#include "core/retention/RetentionRegister.h"
#include "core/risk/RiskRegister.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/CanonicalJson.h"
#include "core/util/IsoDate.h"
#include "core/vendors/BaaRegister.h"

#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace palisade {
namespace {

struct Figures
{
    int risks = 0;
    int risksOpen = 0;
    int agreementsInEffect = 0;
    int people = 0;
    int policiesInEffect = 0;
    int incidentsInPeriod = 0;
    int incidentsOpen = 0;
    int holds = 0;
    int baaFindings = 0;
    int trainingOverdue = 0;
    int reviewsOverdue = 0;
    int noticesOverdue = 0;
};

// Fills `figures` from the registers; the first failure stops it.
Result<void> gather(Program& program, const QDate& from, const QDate& to, Figures& figures)
{
    Result<RiskRegisterSnapshot> snapshot = program.risks().asOf(to);
    if (!snapshot)
        return snapshot.error();
    figures.risks = int(snapshot->risks.size());
    figures.risksOpen =
        int(std::count_if(snapshot->risks.begin(), snapshot->risks.end(), [](const Risk& risk) {
            return risk.status == RiskStatus::Identified ||
                   risk.status == RiskStatus::InRemediation;
        }));
    Result<std::vector<Agreement>> agreements = program.baas().agreements();
    if (!agreements)
        return agreements.error();
    figures.agreementsInEffect =
        int(std::count_if(agreements->begin(), agreements->end(),
                          [&](const Agreement& agreement) { return agreement.inEffectOn(to); }));
    Result<std::vector<Person>> people = program.workforce().people();
    if (!people)
        return people.error();
    figures.people = int(std::count_if(people->begin(), people->end(), [&](const Person& person) {
        return person.hiredOn <= to &&
               (!person.terminatedOn.isValid() || person.terminatedOn >= to);
    }));
    Result<std::vector<PolicyReviewItem>> reviews = program.policies().reviewsDue(to);
    if (!reviews)
        return reviews.error();
    figures.policiesInEffect =
        int(std::count_if(reviews->begin(), reviews->end(), [](const PolicyReviewItem& item) {
            return item.hasEffectiveRevision();
        }));
    figures.reviewsOverdue =
        int(std::count_if(reviews->begin(), reviews->end(),
                          [](const PolicyReviewItem& item) { return item.overdue; }));
    Result<std::vector<Incident>> incidents = program.incidents().incidents();
    if (!incidents)
        return incidents.error();
    for (const Incident& incident : *incidents) {
        if (incident.discoveredOn >= from && incident.discoveredOn <= to)
            ++figures.incidentsInPeriod;
        if (incident.discoveredOn <= to && (!incident.isClosed() || incident.closedOn > to))
            ++figures.incidentsOpen;
    }
    Result<std::vector<LegalHold>> holds = program.retention().holds();
    if (!holds)
        return holds.error();
    figures.holds = int(holds->size());
    Result<std::vector<BaaDueItem>> baaDue = program.baas().due(to);
    if (!baaDue)
        return baaDue.error();
    figures.baaFindings = int(std::count_if(baaDue->begin(), baaDue->end(),
                                            [](const BaaDueItem& item) { return item.overdue; }));
    Result<std::vector<DueItem>> overdue = program.training().overdue(to);
    if (!overdue)
        return overdue.error();
    figures.trainingOverdue = int(overdue->size());
    Result<std::vector<IncidentDeadline>> deadlines = BreachReporting(program).deadlines(to);
    if (!deadlines)
        return deadlines.error();
    figures.noticesOverdue =
        int(std::count_if(deadlines->begin(), deadlines->end(),
                          [](const IncidentDeadline& deadline) { return deadline.overdue; }));
    return {};
}

} // namespace

Result<PackSectionContent> OverviewPackSection::build(Program& program, const PackRequest& request)
{
    Figures figures;
    if (Result<void> gathered = gather(program, request.from, request.to, figures); !gathered)
        return gathered.error();

    const ProgramProfile& profile = program.profile();
    const QLocale c = QLocale::c();
    const auto number = [&](int value) {
        return c.toString(value);
    };

    PackSectionContent content;
    content.section = PackSection::Overview;
    content.blocks.push_back(packblock::Facts{{
        {tr("Organization"), profile.organization},
        {tr("Officer"),
         tr("%1, %2").arg(profile.officerName, officerRoleLabel(profile.officerRole))},
        {tr("Program kept since"), isoDate(profile.createdAt.date())},
        {tr("Period"), tr("%1 to %2").arg(isoDate(request.from), isoDate(request.to))},
    }});

    content.blocks.push_back(
        packblock::Subheading{tr("The program on %1").arg(isoDate(request.to))});
    PackTable held;
    held.columns = {{tr("Records"), 4, false}, {tr("Count"), 1, true}};
    held.rows = {
        {tr("Risks in the register"), number(figures.risks)},
        {tr("Risks identified or in remediation"), number(figures.risksOpen)},
        {tr("Business associate agreements in effect"), number(figures.agreementsInEffect)},
        {tr("People on the workforce"), number(figures.people)},
        {tr("Policies with a revision in effect"), number(figures.policiesInEffect)},
        {tr("Incidents discovered in the period"), number(figures.incidentsInPeriod)},
        {tr("Incidents open"), number(figures.incidentsOpen)},
        {tr("Legal holds in force when the pack was generated"), number(figures.holds)},
    };
    content.blocks.push_back(held);

    content.blocks.push_back(
        packblock::Subheading{tr("Open findings on %1").arg(isoDate(request.to))});
    PackTable findings;
    findings.columns = {{tr("Finding"), 4, false}, {tr("Count"), 1, true}};
    findings.rows = {
        {tr("BAA findings past their date (reviews, expiry, missing provisions, PHI shared "
            "without a BAA)"),
         number(figures.baaFindings)},
        {tr("Training overdue (person and course)"), number(figures.trainingOverdue)},
        {tr("Policy reviews overdue"), number(figures.reviewsOverdue)},
        {tr("Breach notices overdue"), number(figures.noticesOverdue)},
    };
    content.blocks.push_back(findings);
    const int open = figures.baaFindings + figures.trainingOverdue + figures.reviewsOverdue +
                     figures.noticesOverdue;
    content.blocks.push_back(
        packblock::Paragraph{open == 0 ? tr("No finding was open at the end of the period.")
                                       : tr("Each finding is detailed in its section.")});

    content.recordCount = 1;
    content.canonicalData = canonicalJson(QJsonObject{
        {QStringLiteral("organization"), profile.organization},
        {QStringLiteral("officer"), profile.officerName},
        {QStringLiteral("as_of"), isoDate(request.to)},
        {QStringLiteral("risks"), figures.risks},
        {QStringLiteral("risks_open"), figures.risksOpen},
        {QStringLiteral("agreements_in_effect"), figures.agreementsInEffect},
        {QStringLiteral("people"), figures.people},
        {QStringLiteral("policies_in_effect"), figures.policiesInEffect},
        {QStringLiteral("incidents_in_period"), figures.incidentsInPeriod},
        {QStringLiteral("incidents_open"), figures.incidentsOpen},
        {QStringLiteral("holds"), figures.holds},
        {QStringLiteral("baa_findings"), figures.baaFindings},
        {QStringLiteral("training_overdue"), figures.trainingOverdue},
        {QStringLiteral("reviews_overdue"), figures.reviewsOverdue},
        {QStringLiteral("notices_overdue"), figures.noticesOverdue},
    });
    return content;
}

} // namespace palisade
