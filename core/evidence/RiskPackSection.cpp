#include "core/evidence/RiskPackSection.h"

#include "core/evidence/PackDates.h"
#include "core/evidence/PackStyle.h"
#include "core/program/Program.h"
#include "core/risk/RiskAttention.h"
#include "core/risk/RiskHeatMapCounts.h"
#include "core/risk/RiskHeatMapRenderer.h"
#include "core/risk/RiskRegister.h"
#include "core/risk/RiskRegisterSnapshot.h"
#include "core/util/CanonicalJson.h"
#include "core/util/IsoDate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <map>
#include <tuple>

namespace palisade {
namespace {

constexpr qreal heatMapGap = 18;

bool isOpenRisk(const Risk& risk)
{
    return risk.status == RiskStatus::Identified || risk.status == RiskStatus::InRemediation;
}

QString levelText(const std::optional<RiskLevel>& level)
{
    return level ? riskLevelLabel(*level) : RiskPackSection::tr("Not assessed");
}

// Both heat maps side by side, each a square half of the body's width.
packblock::Figure heatMaps(const RiskMatrix& matrix, const RiskHeatMapCounts& inherent,
                           const RiskHeatMapCounts& residual, qreal height)
{
    const QString inherentTitle = RiskPackSection::tr("Inherent risk");
    const QString residualTitle = RiskPackSection::tr("Residual risk");
    return packblock::Figure{
        height, [=](QPainter& painter, qreal width) {
            const qreal each = (width - heatMapGap) / 2;
            const PackStyle style;
            const auto paintOne = [&](const RiskHeatMapCounts& counts, const QString& title,
                                      const QRectF& target) {
                RiskHeatMapRenderer renderer;
                renderer.setMatrix(matrix);
                renderer.setCounts(counts);
                renderer.setTitle(title);
                renderer.setFont(QFont(PackStyle::family()));
                renderer.setTextColor(style.ink());
                renderer.paint(painter, target);
            };
            paintOne(inherent, inherentTitle, QRectF(0, 0, each, height));
            paintOne(residual, residualTitle, QRectF(each + heatMapGap, 0, each, height));
        }};
}

// "VL Very Low, L Low, …", for the register's abbreviated ratings.
QString levelLegend()
{
    QStringList parts;
    for (const RiskLevel level : allRiskLevels())
        parts << RiskPackSection::tr("%1 %2").arg(riskLevelShortLabel(level),
                                                  riskLevelLabel(level));
    return parts.join(QStringLiteral(", "));
}

QJsonObject riskJson(const Risk& risk)
{
    QJsonArray assets;
    for (const qint64 id : risk.assetIds)
        assets.append(QString::number(id));
    QJsonObject json{
        {QStringLiteral("id"), QString::number(risk.id)},
        {QStringLiteral("reference"), riskReference(risk.id)},
        {QStringLiteral("title"), risk.title},
        {QStringLiteral("asset_ids"), assets},
        {QStringLiteral("likelihood"), riskLevelKey(risk.inherent.likelihood)},
        {QStringLiteral("impact"), riskLevelKey(risk.inherent.impact)},
        {QStringLiteral("inherent_level"), riskLevelKey(risk.inherentLevel)},
        {QStringLiteral("treatment"), riskTreatmentKey(risk.treatment)},
        {QStringLiteral("status"), riskStatusKey(risk.status)},
        {QStringLiteral("owner"), risk.owner},
        {QStringLiteral("identified_on"), isoDate(risk.identifiedOn)},
    };
    if (risk.residual && risk.residualLevel) {
        json.insert(QStringLiteral("residual_likelihood"), riskLevelKey(risk.residual->likelihood));
        json.insert(QStringLiteral("residual_impact"), riskLevelKey(risk.residual->impact));
        json.insert(QStringLiteral("residual_level"), riskLevelKey(*risk.residualLevel));
    }
    if (risk.status == RiskStatus::Accepted) {
        json.insert(QStringLiteral("acceptance"),
                    QJsonObject{
                        {QStringLiteral("approver"), risk.acceptance.approver},
                        {QStringLiteral("accepted_on"), isoDate(risk.acceptance.acceptedOn)},
                        {QStringLiteral("expires_on"), isoDate(risk.acceptance.expiresOn)},
                    });
    }
    return json;
}

QJsonObject taskJson(const RemediationTask& task, bool overdue)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::number(task.id)},
        {QStringLiteral("risk_id"), QString::number(task.riskId)},
        {QStringLiteral("title"), task.title},
        {QStringLiteral("owner"), task.owner},
        {QStringLiteral("status"), taskStatusKey(task.status)},
        {QStringLiteral("due_on"), isoDate(task.dueOn)},
        {QStringLiteral("completed_on"), isoDate(task.completedOn)},
        {QStringLiteral("overdue"), overdue},
    };
}

} // namespace

Result<PackSectionContent> RiskPackSection::build(Program& program, const PackRequest& request)
{
    Result<RiskRegisterSnapshot> snapshot = program.risks().asOf(request.to);
    if (!snapshot)
        return snapshot.error();
    return build(*snapshot, request);
}

PackSectionContent RiskPackSection::build(const RiskRegisterSnapshot& snapshot,
                                          const PackRequest& request)
{
    const QLocale c = QLocale::c();
    const QString asOf = isoDate(request.to);

    PackSectionContent content;
    content.section = PackSection::Risks;

    std::vector<Risk> risks = snapshot.risks;
    std::stable_sort(risks.begin(), risks.end(), [](const Risk& a, const Risk& b) {
        if (a.inherentLevel != b.inherentLevel)
            return a.inherentLevel > b.inherentLevel;
        return a.id < b.id;
    });
    std::map<qint64, QString> assetNames;
    for (const Asset& asset : snapshot.assets)
        assetNames[asset.id] = asset.name;
    std::map<qint64, const Risk*> riskById;
    for (const Risk& risk : risks)
        riskById[risk.id] = &risk;

    // Method
    const QString matrixOrigin = snapshot.matrix.isDefault()
                                     ? tr("NIST SP 800-30 Rev. 1 Table I-2 as published")
                                     : tr("adapted by the organization from NIST SP 800-30 Rev. "
                                          "1 Table I-2");
    content.blocks.push_back(packblock::Paragraph{
        tr("Each risk is rated as NIST SP 800-30 Rev. 1 describes: the likelihood that a threat "
           "event occurs and its impact if it does, each on five levels from Very Low to Very "
           "High, give the risk level through a lookup matrix. Every risk below is rated with the "
           "matrix in force on %1 (%2), before treatment (inherent) and after it (residual).")
            .arg(asOf, matrixOrigin)});

    const auto count = [&](auto&& predicate) {
        return c.toString(int(std::count_if(risks.begin(), risks.end(), predicate)));
    };
    content.blocks.push_back(packblock::Facts{{
        {tr("Risks on %1").arg(asOf), c.toString(int(risks.size()))},
        {tr("Identified or in remediation"), count(isOpenRisk)},
        {tr("Accepted"),
         count([](const Risk& risk) { return risk.status == RiskStatus::Accepted; })},
        {tr("Closed"), count([](const Risk& risk) { return risk.status == RiskStatus::Closed; })},
    }});

    // Heat maps
    RiskHeatMapCounts inherent;
    RiskHeatMapCounts residual;
    int unassessed = 0;
    for (const Risk& risk : risks) {
        inherent.add(risk.inherent.likelihood, risk.inherent.impact);
        if (risk.residual)
            residual.add(risk.residual->likelihood, risk.residual->impact);
        else
            ++unassessed;
    }
    content.blocks.push_back(packblock::Subheading{tr("Heat maps on %1").arg(asOf)});
    content.blocks.push_back(packblock::Paragraph{
        tr("Each cell counts the risks rated with that likelihood and impact; its colour is the "
           "level the matrix gives them, from Very Low (lightest) to Very High (darkest, "
           "hatched).")});
    content.blocks.push_back(heatMaps(snapshot.matrix, inherent, residual, 236));
    if (unassessed > 0) {
        content.blocks.push_back(packblock::Paragraph{
            tr("Risks without a residual rating yet, left out of the residual map: %1.")
                .arg(c.toString(unassessed)),
            PackFontRole::Small});
    }

    // Register
    content.blocks.push_back(packblock::Subheading{tr("Risk register on %1").arg(asOf)});
    content.blocks.push_back(packblock::Paragraph{
        tr("Inherent and residual are the levels the matrix gives each risk before and after "
           "treatment; in brackets after the inherent level, the likelihood × impact it is rated "
           "with, abbreviated as in the heat maps: %1. The most severe inherent level comes "
           "first.")
            .arg(levelLegend()),
        PackFontRole::Small});
    PackTable registerTable;
    // Widths in points of an A4 body, so that no word of a level, status or
    // header has to break, and the risk itself has the room for a row of a
    // few lines: the register is most of a pack's pages.
    registerTable.columns = {
        {tr("Ref."), 37, false},       {tr("Risk"), 112, false},     {tr("Asset(s)"), 81, false},
        {tr("Inherent"), 47.5, false}, {tr("Treatment"), 55, false}, {tr("Residual"), 47.5, false},
        {tr("Status"), 59, false},     {tr("Owner"), 48, false},
    };
    QJsonArray risksJson;
    for (const Risk& risk : risks) {
        QStringList assets;
        for (const qint64 id : risk.assetIds) {
            const auto found = assetNames.find(id);
            assets << (found == assetNames.end() ? tr("Asset %1").arg(id) : found->second);
        }
        registerTable.rows.push_back({
            riskReference(risk.id),
            risk.title,
            assets.isEmpty() ? tr("None") : assets.join(QStringLiteral("; ")),
            tr("%1 (%2×%3)")
                .arg(riskLevelLabel(risk.inherentLevel),
                     riskLevelShortLabel(risk.inherent.likelihood),
                     riskLevelShortLabel(risk.inherent.impact)),
            riskTreatmentLabel(risk.treatment),
            levelText(risk.residualLevel),
            riskStatusLabel(risk.status),
            risk.owner,
        });
        risksJson.append(riskJson(risk));
    }
    registerTable.emptyText = tr("The register held no risks on %1.").arg(asOf);
    content.blocks.push_back(registerTable);

    // Remediation
    std::vector<const RemediationTask*> completed;
    std::vector<const RemediationTask*> open;
    for (const RemediationTask& task : snapshot.tasks) {
        if (!riskById.contains(task.riskId))
            continue;
        if (task.status == TaskStatus::Done && PackDates::inPeriod(task.completedOn, request))
            completed.push_back(&task);
        else if (isOpenTaskStatus(task.status))
            open.push_back(&task);
    }
    std::sort(completed.begin(), completed.end(),
              [](const RemediationTask* a, const RemediationTask* b) {
                  return std::tie(a->completedOn, a->id) < std::tie(b->completedOn, b->id);
              });
    const auto overdue = [&](const RemediationTask* task) {
        return RiskAttention::isTaskOverdue(*task, request.to);
    };
    std::sort(open.begin(), open.end(), [&](const RemediationTask* a, const RemediationTask* b) {
        if (overdue(a) != overdue(b))
            return overdue(a);
        if (a->dueOn.isValid() != b->dueOn.isValid())
            return a->dueOn.isValid();
        return std::tie(a->dueOn, a->id) < std::tie(b->dueOn, b->id);
    });
    const auto riskCell = [&](const RemediationTask* task) {
        const Risk* risk = riskById.at(task->riskId);
        return tr("%1 %2").arg(riskReference(risk->id), risk->title);
    };

    content.blocks.push_back(packblock::Subheading{
        tr("Remediation completed from %1 to %2").arg(isoDate(request.from), asOf)});
    PackTable done;
    done.columns = {{tr("Task"), 150, false},
                    {tr("Risk"), 150, false},
                    {tr("Owner"), 75, false},
                    {tr("Due"), 56, false},
                    {tr("Completed"), 56, false}};
    QJsonArray tasksJson;
    for (const RemediationTask* task : completed) {
        done.rows.push_back({task->title, riskCell(task), task->owner, PackDates::text(task->dueOn),
                             PackDates::text(task->completedOn)});
        tasksJson.append(taskJson(*task, false));
    }
    done.emptyText = tr("No remediation task was completed in the period.");
    content.blocks.push_back(done);

    content.blocks.push_back(packblock::Subheading{tr("Remediation open on %1").arg(asOf)});
    PackTable pending;
    pending.columns = {{tr("Task"), 125, false}, {tr("Risk"), 125, false},
                       {tr("Owner"), 65, false}, {tr("Status"), 58, false},
                       {tr("Due"), 56, false},   {tr("Standing"), 58, false}};
    int overdueCount = 0;
    for (const RemediationTask* task : open) {
        const bool late = overdue(task);
        overdueCount += late ? 1 : 0;
        pending.rows.push_back({task->title, riskCell(task), task->owner,
                                taskStatusLabel(task->status), PackDates::text(task->dueOn),
                                late                    ? tr("Overdue")
                                : task->dueOn.isValid() ? tr("On schedule")
                                                        : tr("No due date")});
        tasksJson.append(taskJson(*task, late));
    }
    pending.emptyText = tr("No remediation task was open at the end of the period.");
    content.blocks.push_back(pending);
    if (overdueCount > 0) {
        content.blocks.push_back(packblock::Paragraph{
            tr("Tasks past their due date on %1: %2.").arg(asOf, c.toString(overdueCount))});
    }

    // Acceptances
    content.blocks.push_back(packblock::Subheading{tr("Accepted risks on %1").arg(asOf)});
    PackTable accepted;
    accepted.columns = {{tr("Risk"), 110, false},       {tr("Residual"), 48, false},
                        {tr("Approved by"), 62, false}, {tr("Accepted on"), 56, false},
                        {tr("Expires"), 56, false},     {tr("Standing"), 49, false},
                        {tr("Rationale"), 106, false}};
    int lapsed = 0;
    for (const Risk& risk : risks) {
        if (risk.status != RiskStatus::Accepted)
            continue;
        const bool expired = RiskAttention::isAcceptanceLapsed(risk, request.to);
        lapsed += expired ? 1 : 0;
        accepted.rows.push_back(
            {tr("%1 %2").arg(riskReference(risk.id), risk.title), levelText(risk.residualLevel),
             risk.acceptance.approver, PackDates::text(risk.acceptance.acceptedOn),
             PackDates::text(risk.acceptance.expiresOn), expired ? tr("Expired") : tr("In force"),
             risk.acceptance.rationale});
    }
    accepted.emptyText = tr("No risk was accepted on %1.").arg(asOf);
    content.blocks.push_back(accepted);
    if (lapsed > 0) {
        content.blocks.push_back(packblock::Paragraph{
            tr("Acceptances expired by %1 and not yet renewed or replaced: %2. Each such risk is "
               "due for review.")
                .arg(asOf, c.toString(lapsed))});
    }

    content.recordCount = int(risks.size() + completed.size() + open.size());
    content.canonicalData = canonicalJson(QJsonObject{
        {QStringLiteral("as_of"), asOf},
        {QStringLiteral("from"), isoDate(request.from)},
        {QStringLiteral("matrix"), snapshot.matrix.toJson()},
        {QStringLiteral("risks"), risksJson},
        {QStringLiteral("tasks"), tasksJson},
    });
    return content;
}

} // namespace palisade
