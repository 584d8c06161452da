#include "core/evidence/PolicyPackSection.h"

#include "core/audit/AuditQuery.h"
#include "core/audit/AuditTrail.h"
#include "core/evidence/PackDates.h"
#include "core/policies/PolicyEntities.h"
#include "core/policies/PolicyRegister.h"
#include "core/policies/PolicyReviewList.h"
#include "core/program/Program.h"
#include "core/storage/StorageGuard.h"
#include "core/util/CanonicalJson.h"
#include "core/util/IsoDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <map>

namespace palisade {
namespace {

// One change of a revision's state, read from its audit events.
struct StateChange
{
    QDate on;
    std::optional<RevisionState> from; // none when the revision was created
    RevisionState to = RevisionState::Draft;
    QDate effectiveOn;
};

struct RevisionActivity
{
    const Policy* policy = nullptr;
    PolicyRevision revision;
    std::vector<StateChange> changes;
    std::vector<PolicyApproval> approvals;
};

QJsonObject objectOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

std::optional<RevisionState> stateIn(const QJsonObject& json)
{
    return revisionStateFromKey(json.value(QStringLiteral("state")).toString());
}

// The state changes each revision went through within the period.
std::map<qint64, std::vector<StateChange>> stateChanges(const std::vector<AuditEvent>& events,
                                                        const PackRequest& request)
{
    std::map<qint64, std::vector<StateChange>> changes;
    for (const AuditEvent& event : events) {
        if (event.entity != policyentity::revision())
            continue;
        const QDate on = PackDates::localDay(event.at);
        if (!PackDates::inPeriod(on, request))
            continue;
        const QJsonObject after = objectOf(event.after);
        const std::optional<RevisionState> to = stateIn(after);
        if (!to)
            continue; // deleted, or disposed of since
        const std::optional<RevisionState> from = stateIn(objectOf(event.before));
        if (from == to)
            continue;
        changes[event.recordId.toLongLong()].push_back(
            {on, from, *to, dateFromIso(after.value(QStringLiteral("effective_on")).toString())});
    }
    return changes;
}

QString changeText(const StateChange& change)
{
    if (!change.from) {
        return PolicyPackSection::tr("%1: created as %2")
            .arg(isoDate(change.on), revisionStateLabel(change.to));
    }
    if (change.to == RevisionState::Effective && change.effectiveOn.isValid() &&
        change.effectiveOn != change.on) {
        return PolicyPackSection::tr("%1: %2 → %3 from %4")
            .arg(isoDate(change.on), revisionStateLabel(*change.from),
                 revisionStateLabel(change.to), isoDate(change.effectiveOn));
    }
    return PolicyPackSection::tr("%1: %2 → %3")
        .arg(isoDate(change.on), revisionStateLabel(*change.from), revisionStateLabel(change.to));
}

QString reviewText(const PolicyReviewItem& item)
{
    if (!item.hasEffectiveRevision())
        return PolicyPackSection::tr("No revision in effect");
    if (item.overdue)
        return PolicyPackSection::tr("Overdue");
    if (item.dueSoon)
        return PolicyPackSection::tr("Due soon");
    return PolicyPackSection::tr("Up to date");
}

QString reviewKey(const PolicyReviewItem& item)
{
    if (!item.hasEffectiveRevision())
        return QStringLiteral("no_revision_in_effect");
    if (item.overdue)
        return QStringLiteral("overdue");
    if (item.dueSoon)
        return QStringLiteral("due_soon");
    return QStringLiteral("ok");
}

} // namespace

Result<PackSectionContent> PolicyPackSection::build(Program& program, const PackRequest& request)
{
    PolicyRegister& library = program.policies();
    Result<std::vector<Policy>> all = library.policies();
    if (!all)
        return all.error();

    // The library as it stood at the end of the period: policies adopted
    // since are left out, and one retired later was still in use then.
    std::vector<Policy> existing;
    std::vector<Policy> inUse;
    std::vector<PolicyRevision> revisions;
    std::map<qint64, std::vector<PolicyRevision>> revisionsOf;
    for (const Policy& policy : *all) {
        if (!PackDates::existedOn(policy.createdAt, request.to))
            continue;
        existing.push_back(policy);
        Result<std::vector<PolicyRevision>> own = library.revisions(policy.id);
        if (!own)
            return own.error();
        for (const PolicyRevision& revision : *own) {
            if (PackDates::existedOn(revision.createdAt, request.to))
                revisions.push_back(revision);
        }
        revisionsOf[policy.id] = std::move(*own);
        Policy then = policy;
        if (then.isRetired() && then.retiredOn >= request.to)
            then.retiredOn = QDate();
        if (!then.isRetired())
            inUse.push_back(then);
    }
    const std::vector<PolicyReviewItem> items = PolicyReviewList(inUse, revisions).asOf(request.to);
    std::map<qint64, const PolicyRevision*> revisionById;
    for (const PolicyRevision& revision : revisions)
        revisionById[revision.id] = &revision;

    // The revisions' changes of state in the period, read once for the whole
    // library: UTC days one wider than the period at each end cover its
    // local days, and stateChanges keeps the period's own.
    Result<std::vector<AuditEvent>> revisionEvents =
        guardStorage(tr("Reading the policies' history failed"), [&] {
            AuditQuery query;
            query.entity = policyentity::revision();
            query.from = request.from.addDays(-1);
            query.to = request.to.addDays(1);
            return program.auditTrail().events(query);
        });
    if (!revisionEvents)
        return revisionEvents.error();
    std::map<qint64, std::vector<StateChange>> changes = stateChanges(*revisionEvents, request);

    std::vector<RevisionActivity> activity;
    for (const Policy& policy : existing) {
        for (const PolicyRevision& revision : revisionsOf[policy.id]) {
            Result<std::vector<PolicyApproval>> approvals = library.approvals(revision.id);
            if (!approvals)
                return approvals.error();
            RevisionActivity entry{&policy, revision, std::move(changes[revision.id]), {}};
            std::copy_if(approvals->begin(), approvals->end(), std::back_inserter(entry.approvals),
                         [&](const PolicyApproval& approval) {
                             return PackDates::inPeriod(approval.approvedOn, request);
                         });
            if (!entry.changes.empty() || !entry.approvals.empty())
                activity.push_back(std::move(entry));
        }
    }

    const QLocale c = QLocale::c();
    const QString asOf = isoDate(request.to);
    PackSectionContent content;
    content.section = PackSection::Policies;
    content.blocks.push_back(packblock::Paragraph{
        tr("The policies and procedures the organization keeps under 45 CFR 164.316 and "
           "164.530(i): each policy in use on %1 with the revision then in effect, reviewed a "
           "cycle after that revision was last approved. Revisions are numbered; once approved, "
           "a revision is a record that no longer changes.")
            .arg(asOf)});

    const int missing = int(std::count_if(
        items.begin(), items.end(), [](const auto& item) { return !item.hasEffectiveRevision(); }));
    const int overdue = int(
        std::count_if(items.begin(), items.end(), [](const auto& item) { return item.overdue; }));
    content.blocks.push_back(packblock::Facts{{
        {tr("Policies in use on %1").arg(asOf), c.toString(int(items.size()))},
        {tr("With a revision in effect"), c.toString(int(items.size()) - missing)},
        {tr("Without a revision in effect"), c.toString(missing)},
        {tr("Reviews overdue that day"), c.toString(overdue)},
    }});

    content.blocks.push_back(packblock::Subheading{tr("Policies in use on %1").arg(asOf)});
    PackTable table;
    // Widths in points of an A4 body, so that no date or header word has to
    // break.
    table.columns = {{tr("Code"), 45, false},
                     {tr("Title"), 106, false},
                     {tr("Category"), 67, false},
                     {tr("Revision"), 47, true},
                     {tr("Effective since"), 56, false},
                     {tr("Last approved"), 56, false},
                     {tr("Next review"), 56, false},
                     {tr("Review"), 54, false}};
    QJsonArray policiesJson;
    for (const PolicyReviewItem& item : items) {
        const auto revision = revisionById.find(item.revisionId);
        const QDate effectiveOn =
            revision == revisionById.end() ? QDate() : revision->second->effectiveOn;
        table.rows.push_back(
            {item.code, item.title, policyCategoryLabel(item.category),
             item.hasEffectiveRevision() ? c.toString(item.revisionNumber) : tr("None"),
             PackDates::text(effectiveOn), PackDates::text(item.lastApprovedOn),
             PackDates::text(item.nextReviewOn), reviewText(item)});
        policiesJson.append(QJsonObject{
            {QStringLiteral("id"), QString::number(item.policyId)},
            {QStringLiteral("code"), item.code},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("category"), policyCategoryKey(item.category)},
            {QStringLiteral("revision_id"), QString::number(item.revisionId)},
            {QStringLiteral("revision_number"), item.revisionNumber},
            {QStringLiteral("effective_on"), isoDate(effectiveOn)},
            {QStringLiteral("last_approved_on"), isoDate(item.lastApprovedOn)},
            {QStringLiteral("next_review_on"), isoDate(item.nextReviewOn)},
            {QStringLiteral("review"), reviewKey(item)},
        });
    }
    table.emptyText = tr("No policy was in use on %1.").arg(asOf);
    content.blocks.push_back(table);
    if (missing > 0) {
        content.blocks.push_back(packblock::Paragraph{
            tr("Policies with no revision in effect on %1: %2. Until a revision is approved and "
               "takes effect, such a policy is a finding.")
                .arg(asOf, c.toString(missing))});
    }

    content.blocks.push_back(packblock::Subheading{
        tr("Revisions and approvals from %1 to %2").arg(isoDate(request.from), asOf)});
    content.blocks.push_back(packblock::Paragraph{
        tr("Each revision whose state changed or that was approved in the period, with the day "
           "of each change as the audit trail recorded it and every approval by its date."),
        PackFontRole::Small});
    PackTable history;
    history.columns = {{tr("Policy"), 110, false},
                       {tr("Revision"), 47, true},
                       {tr("State changes"), 165, false},
                       {tr("Approvals (date: approver, role)"), 165, false}};
    QJsonArray revisionsJson;
    for (const RevisionActivity& entry : activity) {
        QStringList changes;
        QJsonArray changesJson;
        for (const StateChange& change : entry.changes) {
            changes << changeText(change);
            changesJson.append(QJsonObject{
                {QStringLiteral("on"), isoDate(change.on)},
                {QStringLiteral("from"), change.from ? revisionStateKey(*change.from) : QString()},
                {QStringLiteral("to"), revisionStateKey(change.to)},
            });
        }
        QStringList approvals;
        QJsonArray approvalsJson;
        for (const PolicyApproval& approval : entry.approvals) {
            approvals << tr("%1: %2, %3")
                             .arg(isoDate(approval.approvedOn), approval.approver, approval.role);
            approvalsJson.append(QJsonObject{
                {QStringLiteral("id"), QString::number(approval.id)},
                {QStringLiteral("approver"), approval.approver},
                {QStringLiteral("role"), approval.role},
                {QStringLiteral("approved_on"), isoDate(approval.approvedOn)},
            });
        }
        history.rows.push_back(
            {tr("%1 %2").arg(entry.policy->code, entry.policy->title),
             c.toString(entry.revision.number),
             changes.isEmpty() ? tr("None in the period") : changes.join(QLatin1Char('\n')),
             approvals.isEmpty() ? tr("None in the period") : approvals.join(QLatin1Char('\n'))});
        revisionsJson.append(QJsonObject{
            {QStringLiteral("id"), QString::number(entry.revision.id)},
            {QStringLiteral("policy_id"), QString::number(entry.revision.policyId)},
            {QStringLiteral("number"), entry.revision.number},
            {QStringLiteral("state_changes"), changesJson},
            {QStringLiteral("approvals"), approvalsJson},
        });
    }
    history.emptyText = tr("No revision changed state or was approved in the period.");
    content.blocks.push_back(history);

    content.recordCount = int(items.size() + activity.size());
    content.canonicalData = canonicalJson(QJsonObject{
        {QStringLiteral("as_of"), asOf},
        {QStringLiteral("from"), isoDate(request.from)},
        {QStringLiteral("policies"), policiesJson},
        {QStringLiteral("revisions"), revisionsJson},
    });
    return content;
}

} // namespace palisade
