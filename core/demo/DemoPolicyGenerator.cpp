#include "core/demo/DemoPolicyGenerator.h"

#include "core/demo/DemoAcknowledgmentGenerator.h"
#include "core/demo/DemoContext.h"
#include "core/demo/DemoFailure.h"
#include "core/demo/DemoNames.h"
#include "core/demo/DemoPolicyLibrary.h"
#include "core/demo/DemoRecords.h"
#include "core/demo/DemoSettings.h"
#include "core/demo/DemoTally.h"
#include "core/demo/DemoTimeline.h"
#include "core/demo/DemoTrainingGenerator.h"
#include "core/policies/PolicyRegister.h"
#include "core/policies/PolicyTemplateLibrary.h"
#include "core/program/Program.h"

#include <QSet>

namespace palisade {
namespace {

const QString privacyOfficer = QStringLiteral("Privacy Officer");
const QString securityOfficer = QStringLiteral("Security Officer");
const QString chiefExecutive = QStringLiteral("Chief Executive");

} // namespace

DemoPolicyGenerator::DemoPolicyGenerator(DemoContext& context,
                                         DemoAcknowledgmentGenerator& acknowledgments,
                                         DemoTrainingGenerator& training)
    : m_context(context)
    , m_acknowledgments(acknowledgments)
    , m_training(training)
    , m_random(context.settings.seed, "policies")
{
}

template <typename Step> void DemoPolicyGenerator::after(int days, Step step)
{
    const QDate day = m_context.timeline.current().addDays(days);
    if (day <= m_context.last)
        m_context.timeline.at(day, std::move(step));
}

QString DemoPolicyGenerator::approverFor(const QString& role) const
{
    const DemoRecords& records = m_context.records;
    if (role == privacyOfficer)
        return records.officer;
    if (role == securityOfficer)
        return records.securityLead;
    if (role == chiefExecutive)
        return records.chiefExecutive;
    return records.complianceAnalyst;
}

void DemoPolicyGenerator::plan()
{
    const DemoContext& c = m_context;
    m_context.timeline.at(c.first, [this] { adoptTemplates(); });

    // The firm's own policies, written over the first years.
    const std::vector<DemoPolicyTopic>& topics = DemoPolicyLibrary::topics();
    const QStringList& kinds = DemoPolicyLibrary::documentKinds();
    QSet<QString> titles;
    std::map<QString, int> numbers;
    const int span = std::max(30, int(c.first.daysTo(c.last)) * 2 / 3);
    for (int i = 0; i < c.settings.extraPolicies; ++i) {
        const DemoPolicyTopic& topic = topics[std::size_t(i) % topics.size()];
        QString title = topic.subject + QLatin1Char(' ') +
                        kinds[int(std::size_t(i) / topics.size()) % kinds.size()].toLower();
        if (titles.contains(title))
            title += QStringLiteral(" (%1)").arg(i);
        titles.insert(title);
        Policy policy;
        const QString prefix = DemoPolicyLibrary::codePrefix(topic.category);
        policy.code = QStringLiteral("%1-%2").arg(prefix).arg(101 + numbers[prefix]++);
        policy.title = title.left(1).toUpper() + title.mid(1);
        policy.category = topic.category;
        policy.citations = topic.citations;
        switch (topic.category) {
        case PolicyCategory::Security:
            policy.requiredApprovalRoles = {securityOfficer};
            break;
        case PolicyCategory::Privacy:
            policy.requiredApprovalRoles = {privacyOfficer};
            break;
        case PolicyCategory::BreachNotification:
            policy.requiredApprovalRoles = {privacyOfficer, securityOfficer};
            break;
        case PolicyCategory::Administrative:
            policy.requiredApprovalRoles = {privacyOfficer, chiefExecutive};
            break;
        }
        const bool everyone =
            topic.audience.isEmpty() && m_random.percent(c.settings.allStaffPolicyPercent * 3);
        QString audience = topic.audience;
        if (audience.isEmpty() && !everyone)
            audience = m_random.pick(DemoNames::departments()).name;
        const QDate day = c.first.addDays(20 + m_random.between(0, span));
        m_context.timeline.at(day, [this, policy, audience] {
            const QString content = DemoPolicyLibrary::content(
                policy.title, m_context.program.profile().organization, audience);
            addPolicy(policy, content, audience);
        });
    }

    // A new policy still being written today.
    m_context.timeline.at(c.last.addDays(-m_random.between(5, 30)), [this] {
        Policy draft;
        draft.code = QStringLiteral("PRV-090");
        draft.title = QStringLiteral("Use of generative AI tools with client records");
        draft.category = PolicyCategory::Privacy;
        draft.requiredApprovalRoles = {privacyOfficer, securityOfficer, chiefExecutive};
        draft.owner = m_context.records.officer;
        const QString content = DemoPolicyLibrary::content(
            draft.title, m_context.program.profile().organization, QString());
        need(m_context.program.policies().add(draft, content));
        m_context.tally.add(DemoTally::Policies);
        m_context.tally.add(DemoTally::PolicyRevisions);
    });
}

void DemoPolicyGenerator::adoptTemplates()
{
    const PolicyTemplateLibrary library = need(PolicyTemplateLibrary::load());
    const QString organization = m_context.program.profile().organization;
    QList<qint64> briefing;
    for (const PolicyTemplate& found : library.templates()) {
        Policy policy;
        policy.code = found.code;
        policy.title = found.title;
        policy.category =
            policyCategoryFromKey(found.category).value_or(PolicyCategory::Administrative);
        policy.reviewCycleMonths = found.reviewMonths;
        policy.requiredApprovalRoles = found.approvalRoles;
        policy.templateKey = found.key;
        for (const QString& citation : found.citations) {
            if (m_context.program.catalog().contains(citation))
                policy.citations << citation;
        }
        QString body = found.body;
        body.replace(QStringLiteral("[Organization]"), organization);
        addPolicy(policy, body, QString());
        if (found.key == QStringLiteral("sanctions") ||
            found.key == QStringLiteral("workstation-and-device-use")) {
            m_policies.back().briefing = true;
            briefing << m_policies.back().policy.id;
        }
    }
    m_training.setBriefingPolicies(briefing);
}

void DemoPolicyGenerator::addPolicy(const Policy& planned, const QString& content,
                                    const QString& audience)
{
    Policy policy = planned;
    if (policy.owner.isEmpty()) {
        policy.owner = policy.category == PolicyCategory::Security ? m_context.records.securityLead
                                                                   : m_context.records.officer;
    }
    PolicyRegister& policies = m_context.program.policies();
    const Policy added = need(policies.add(policy, content));
    m_policies.push_back(Tracked{added, audience, false});
    m_context.tally.add(DemoTally::Policies);
    m_context.tally.add(DemoTally::PolicyRevisions);
    const std::vector<PolicyRevision> revisions = need(policies.revisions(added.id));
    const std::size_t index = m_policies.size() - 1;
    const qint64 revisionId = revisions.front().id;
    after(m_random.between(5, 30), [this, index, revisionId] { submit(index, revisionId); });
}

void DemoPolicyGenerator::submit(std::size_t index, qint64 revisionId)
{
    need(m_context.program.policies().submitForReview(revisionId));
    after(m_random.between(1, 6), [this, index, revisionId] { approve(index, revisionId, 0); });
}

void DemoPolicyGenerator::approve(std::size_t index, qint64 revisionId, int role)
{
    const Policy& policy = m_policies[index].policy;
    const QStringList roles = policy.requiredApprovalRoles.isEmpty() ? QStringList{privacyOfficer}
                                                                     : policy.requiredApprovalRoles;
    PolicyApproval approval;
    approval.approver = approverFor(roles[role]);
    approval.role = roles[role];
    approval.approvedOn = m_context.timeline.current();
    approval.meaning = roles[role] == chiefExecutive
                           ? QStringLiteral("Executive approval")
                           : QStringLiteral("Reviewed and approved as %1").arg(roles[role]);
    need(m_context.program.policies().recordApproval(revisionId, approval));
    m_context.tally.add(DemoTally::PolicyApprovals);
    if (role + 1 < roles.size()) {
        after(m_random.between(1, 7),
              [this, index, revisionId, role] { approve(index, revisionId, role + 1); });
        return;
    }
    const bool material = m_random.percent(40);
    after(m_random.between(0, 4),
          [this, index, revisionId, material] { takeEffect(index, revisionId, material); });
}

void DemoPolicyGenerator::takeEffect(std::size_t index, qint64 revisionId, bool material)
{
    const QDate today = m_context.timeline.current();
    const PolicyRevision effective =
        need(m_context.program.policies().makeEffective(revisionId, today));
    const Tracked& tracked = m_policies[index];
    m_acknowledgments.revisionTookEffect(tracked.policy.id, revisionId, tracked.audience, material);
    if (tracked.briefing && (material || effective.number == 1))
        m_training.briefingPolicyChanged(today);
    // Back for review a year after approval; now and then the review slips.
    const QDate due = effective.approvedOn.addMonths(tracked.policy.reviewCycleMonths);
    int days = int(today.daysTo(due)) - m_random.between(0, 40);
    if (m_random.percent(12))
        days += m_random.between(45, 150);
    after(std::max(1, days), [this, index] { revise(index); });
}

void DemoPolicyGenerator::revise(std::size_t index)
{
    PolicyRegister& policies = m_context.program.policies();
    const Tracked& tracked = m_policies[index];
    PolicyRevision draft = need(policies.addRevision(tracked.policy.id));
    QString summary;
    draft.content = DemoPolicyLibrary::revise(draft.content, draft.number, m_random, summary);
    draft.changeSummary = summary;
    draft = need(policies.updateDraft(draft));
    m_context.tally.add(DemoTally::PolicyRevisions);
    const qint64 revisionId = draft.id;
    after(m_random.between(3, 20), [this, index, revisionId] { submit(index, revisionId); });
}

} // namespace palisade
