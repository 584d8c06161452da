#include "core/demo/DemoRiskGenerator.h"

#include "core/demo/DemoContext.h"
#include "core/demo/DemoFailure.h"
#include "core/demo/DemoRecords.h"
#include "core/demo/DemoRiskLibrary.h"
#include "core/demo/DemoSettings.h"
#include "core/demo/DemoTally.h"
#include "core/demo/DemoTimeline.h"
#include "core/program/Program.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskRegister.h"

#include <algorithm>

namespace palisade {
namespace {

RiskLevel lower(RiskLevel level, int steps)
{
    return RiskLevel(std::max(0, int(level) - steps));
}

} // namespace

DemoRiskGenerator::DemoRiskGenerator(DemoContext& context)
    : m_context(context)
    , m_random(context.settings.seed, "risks")
{
}

template <typename Step> void DemoRiskGenerator::on(const QDate& day, Step step)
{
    if (day <= m_context.last)
        m_context.timeline.at(day, std::move(step));
}

void DemoRiskGenerator::plan()
{
    const DemoContext& c = m_context;
    const int initialAssets = std::max(1, c.settings.assets * 65 / 100);
    m_context.timeline.at(c.first.addDays(5),
                          [this, initialAssets] { addAssets(initialAssets, true); });
    for (int i = initialAssets; i < c.settings.assets; ++i)
        on(m_random.dayBetween(c.first.addDays(40), c.last.addDays(-20)),
           [this] { addAssets(1, false); });

    const int analyses = c.settings.years;
    const int firstShare = c.settings.risks * 35 / 100;
    const int laterShare = analyses > 1 ? (c.settings.risks - firstShare) / (analyses - 1) : 0;
    for (int year = 0; year < analyses; ++year) {
        const QDate day = c.first.addDays(60 + 365 * year);
        const int count = year == 0
                              ? firstShare
                              : (year == analyses - 1
                                     ? c.settings.risks - firstShare - laterShare * (analyses - 2)
                                     : laterShare);
        on(day, [this, count] { runAnalysis(count); });
    }
}

void DemoRiskGenerator::addAssets(int count, bool initial)
{
    const std::vector<DemoAssetType>& types = DemoRiskLibrary::assetTypes();
    const QStringList& sites = DemoRiskLibrary::sites();
    std::vector<Asset> assets;
    for (int i = 0; i < count; ++i) {
        const int made = m_assetsMade++;
        const DemoAssetType& type = types[std::size_t(made) % types.size()];
        const int round = made / int(types.size());
        Asset asset;
        asset.kind = type.kind;
        asset.location = round == 0 ? sites.front() : sites[(round + made) % sites.size()];
        asset.name =
            round == 0 ? type.name : QStringLiteral("%1 (%2)").arg(type.name, asset.location);
        for (int n = 2; m_assetNames.contains(asset.name); ++n)
            asset.name = QStringLiteral("%1 (%2 %3)").arg(type.name, asset.location).arg(n);
        m_assetNames.insert(asset.name);
        asset.owner = type.kind == AssetKind::PaperFax ? m_context.records.billingManager
                                                       : m_context.records.itManager;
        asset.phiHeld = type.phiHeld;
        asset.dataFlows.push_back(
            DataFlow{type.flowSource, type.flowDestination, type.channel, type.encryptedInTransit});
        asset.notes = initial ? QStringLiteral("Recorded in the first asset inventory.")
                              : QStringLiteral("Added when the system went into service.");
        assets.push_back(asset);
    }
    const std::vector<Asset> stored = need(m_context.program.assets().addAll(std::move(assets)));
    for (const Asset& asset : stored) {
        m_context.records.assets.push_back({asset.id, asset.name});
        m_assetKinds.push_back(asset.kind);
        m_context.tally.add(DemoTally::Assets);
    }
}

RiskRating DemoRiskGenerator::rating()
{
    const auto level = [this] {
        const int draw = m_random.between(0, 99);
        if (draw < 5)
            return RiskLevel::VeryLow;
        if (draw < 25)
            return RiskLevel::Low;
        if (draw < 65)
            return RiskLevel::Moderate;
        if (draw < 93)
            return RiskLevel::High;
        return RiskLevel::VeryHigh;
    };
    RiskRating r;
    r.likelihood = level();
    r.impact = level();
    return r;
}

Risk DemoRiskGenerator::plannedRisk(const QDate& day)
{
    const std::vector<DemoRiskScenario>& scenarios = DemoRiskLibrary::scenarios();
    const DemoRiskScenario& scenario = m_random.pick(scenarios);
    const std::vector<DemoReference>& assets = m_context.records.assets;
    std::vector<std::size_t> fitting;
    for (std::size_t i = 0; i < assets.size(); ++i) {
        if (std::find(scenario.kinds.begin(), scenario.kinds.end(), m_assetKinds[i]) !=
            scenario.kinds.end())
            fitting.push_back(i);
    }
    const std::size_t chosen = fitting.empty()
                                   ? std::size_t(m_random.between(0, int(assets.size()) - 1))
                                   : m_random.pick(fitting);
    Risk risk;
    risk.title = QStringLiteral("%1: %2").arg(assets[chosen].name, scenario.title);
    risk.description = QStringLiteral("Identified in the %1 risk analysis.").arg(day.year());
    risk.assetIds = {assets[chosen].id};
    risk.threatSource = scenario.threatSource;
    risk.threatEvent = scenario.threatEvent;
    risk.vulnerability = scenario.vulnerability;
    risk.existingControls = scenario.existingControls;
    risk.inherent = rating();
    risk.owner = m_random.pick(m_context.records.owners());
    risk.identifiedOn = day;
    risk.citations = scenario.citations;
    return risk;
}

void DemoRiskGenerator::runAnalysis(int count)
{
    // The open risks of earlier years are reassessed first.
    const std::vector<qint64> open = m_openRisks;
    for (const qint64 id : open)
        reassess(id);
    if (m_context.records.assets.empty() || count <= 0)
        return;
    const QDate today = m_context.timeline.current();
    std::vector<Risk> risks;
    for (int i = 0; i < count; ++i)
        risks.push_back(plannedRisk(today));
    const std::vector<Risk> stored = need(m_context.program.risks().addAll(std::move(risks)));
    for (const Risk& risk : stored) {
        m_openRisks.push_back(risk.id);
        m_context.tally.add(DemoTally::Risks);
        const qint64 id = risk.id;
        on(today.addDays(m_random.between(14, 45)), [this, id] { decide(id); });
    }
}

void DemoRiskGenerator::decide(qint64 id)
{
    RiskRegister& risks = m_context.program.risks();
    Risk risk = need(risks.risk(id));
    const QDate today = m_context.timeline.current();
    const DemoRiskScenario* scenario = nullptr;
    for (const DemoRiskScenario& each : DemoRiskLibrary::scenarios()) {
        if (risk.title.endsWith(each.title))
            scenario = &each;
    }
    const int draw = m_random.between(0, 99);
    if (draw < 16) {
        risk.treatment = RiskTreatment::Accept;
        risk.status = RiskStatus::Accepted;
        risk.residual = RiskRating{lower(risk.inherent.likelihood, 1), risk.inherent.impact};
        risk.acceptance.approver =
            m_random.percent(60) ? m_context.records.chiefExecutive : m_context.records.officer;
        risk.acceptance.acceptedOn = today;
        risk.acceptance.rationale = m_random.pick(DemoRiskLibrary::acceptanceRationales());
        risk.acceptance.expiresOn = today.addMonths(12);
        const Risk accepted = need(risks.update(risk));
        m_context.tally.add(DemoTally::AcceptedRisks);
        on(accepted.acceptance.expiresOn.addDays(-m_random.between(0, 20)),
           [this, id] { renewAcceptance(id); });
        return;
    }
    risk.status = RiskStatus::InRemediation;
    risk.dueOn = today.addDays(m_random.between(90, 240));
    if (draw < 28) {
        risk.treatment = RiskTreatment::Transfer;
        risk.treatmentPlan = m_random.pick(DemoRiskLibrary::transferPlans());
    } else if (draw < 36) {
        risk.treatment = RiskTreatment::Avoid;
        risk.treatmentPlan = QStringLiteral("Stop the practice and retire what it depends on.");
    } else {
        risk.treatment = RiskTreatment::Mitigate;
        risk.treatmentPlan = scenario ? scenario->treatmentPlan : QStringLiteral("Reduce it.");
    }
    need(risks.update(risk));
    if (risk.treatment != RiskTreatment::Mitigate || !scenario) {
        on(today.addDays(m_random.between(30, 150)), [this, id] { closeIfRemediated(id); });
        return;
    }
    const int tasks = m_random.between(1, int(scenario->tasks.size()));
    for (int i = 0; i < tasks; ++i) {
        RemediationTask task;
        task.riskId = id;
        task.title = scenario->tasks[i];
        task.owner = m_random.pick(m_context.records.owners());
        task.dueOn = today.addDays(m_random.between(30, 200));
        task.citations = QStringList{scenario->citations.front()};
        const RemediationTask added = need(risks.addTask(task));
        m_context.tally.add(DemoTally::RemediationTasks);
        const qint64 taskId = added.id;
        on(today.addDays(m_random.between(5, 30)),
           [this, id, taskId] { workTask(id, taskId, false); });
        on(task.dueOn.addDays(m_random.between(-25, 45)),
           [this, id, taskId] { workTask(id, taskId, true); });
    }
}

void DemoRiskGenerator::workTask(qint64 riskId, qint64 taskId, bool finish)
{
    RiskRegister& risks = m_context.program.risks();
    std::optional<RemediationTask> found;
    for (const RemediationTask& each : need(risks.tasks(riskId))) {
        if (each.id == taskId)
            found = each;
    }
    if (!found || !isOpenTaskStatus(found->status))
        return;
    RemediationTask task = *found;
    if (!finish) {
        task.status = TaskStatus::InProgress;
        need(risks.updateTask(task));
        return;
    }
    task.status = TaskStatus::Done;
    task.completedOn = m_context.timeline.current();
    task.evidenceNote = QStringLiteral("Verified by %1; screenshots in the evidence folder.")
                            .arg(m_context.records.securityLead);
    need(risks.updateTask(task));
    on(task.completedOn.addDays(m_random.between(7, 30)),
       [this, riskId] { closeIfRemediated(riskId); });
}

void DemoRiskGenerator::closeIfRemediated(qint64 id)
{
    RiskRegister& risks = m_context.program.risks();
    Risk risk = need(risks.risk(id));
    if (risk.status == RiskStatus::Closed)
        return;
    for (const RemediationTask& task : need(risks.tasks(id))) {
        if (isOpenTaskStatus(task.status))
            return; // the last task to finish closes it
    }
    risk.residual = RiskRating{lower(risk.inherent.likelihood, m_random.between(1, 3)),
                               lower(risk.inherent.impact, m_random.between(0, 1))};
    if (m_random.percent(75)) {
        risk.status = RiskStatus::Closed;
        m_openRisks.erase(std::remove(m_openRisks.begin(), m_openRisks.end(), id),
                          m_openRisks.end());
    }
    need(risks.update(risk));
}

void DemoRiskGenerator::renewAcceptance(qint64 id)
{
    RiskRegister& risks = m_context.program.risks();
    Risk risk = need(risks.risk(id));
    if (risk.status != RiskStatus::Accepted || !m_random.percent(65))
        return; // left to lapse: the risk comes back for review
    const QDate today = m_context.timeline.current();
    risk.acceptance.acceptedOn = today;
    risk.acceptance.expiresOn = today.addMonths(12);
    risk.acceptance.rationale = QStringLiteral("Renewed at the yearly review: ") +
                                m_random.pick(DemoRiskLibrary::acceptanceRationales());
    const Risk renewed = need(risks.update(risk));
    on(renewed.acceptance.expiresOn.addDays(-m_random.between(0, 20)),
       [this, id] { renewAcceptance(id); });
}

void DemoRiskGenerator::reassess(qint64 id)
{
    RiskRegister& risks = m_context.program.risks();
    Risk risk = need(risks.risk(id));
    if (risk.status == RiskStatus::Closed)
        return;
    const QDate today = m_context.timeline.current();
    if (m_random.percent(20)) {
        const int step = m_random.percent(50) ? 1 : -1;
        risk.inherent.likelihood =
            RiskLevel(std::clamp(int(risk.inherent.likelihood) + step, 0, 4));
    }
    risk.lastAssessedOn = today;
    risk.nextReassessmentOn = today.addYears(1);
    need(risks.update(risk));
}

} // namespace palisade
