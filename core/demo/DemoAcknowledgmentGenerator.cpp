#include "core/demo/DemoAcknowledgmentGenerator.h"

#include "core/demo/DemoClock.h"
#include "core/demo/DemoContext.h"
#include "core/demo/DemoFailure.h"
#include "core/demo/DemoRecords.h"
#include "core/demo/DemoSettings.h"
#include "core/demo/DemoTally.h"
#include "core/demo/DemoTimeline.h"
#include "core/program/Program.h"
#include "core/training/AcknowledgmentRegister.h"

namespace palisade {

DemoAcknowledgmentGenerator::DemoAcknowledgmentGenerator(DemoContext& context)
    : m_context(context)
    , m_random(context.settings.seed, "acknowledgments")
{
}

void DemoAcknowledgmentGenerator::schedule(std::size_t person, qint64 revisionId, const QDate& from,
                                           int promptDays)
{
    const quint64 key = (quint64(m_context.records.people[person].id) << 32) | quint64(revisionId);
    if (m_scheduled.contains(key))
        return;
    const int draw = m_random.between(0, 999);
    if (draw < 15)
        return; // never acknowledged
    const QDate day =
        from.addDays(draw < 55 ? m_random.between(30, 90) : m_random.between(0, promptDays));
    if (day > m_context.last)
        return; // still waiting today
    m_scheduled.insert(key);
    auto [slot, added] = m_due.try_emplace(day);
    slot->second.push_back(Pending{person, revisionId});
    if (added)
        m_context.timeline.at(day, [this, day] { acknowledgeDay(day); });
}

void DemoAcknowledgmentGenerator::revisionTookEffect(qint64 policyId, qint64 revisionId,
                                                     const QString& audience, bool material)
{
    const bool first = !m_inEffect.contains(policyId);
    m_inEffect[policyId] = InEffect{revisionId, audience};
    if (!first && !material)
        return;
    const QDate day = m_context.timeline.current();
    const std::vector<DemoPerson>& people = m_context.records.people;
    for (std::size_t i = 0; i < people.size(); ++i) {
        if (!people[i].onWorkforce(day))
            continue;
        if (!audience.isEmpty() && people[i].department != audience)
            continue;
        schedule(i, revisionId, day, 21);
    }
}

void DemoAcknowledgmentGenerator::personHired(const DemoPerson& person)
{
    const std::size_t index = m_context.records.people.size() - 1;
    const QDate from = std::max(person.hiredOn, m_context.timeline.current());
    for (const auto& [policyId, inEffect] : m_inEffect) {
        if (!inEffect.audience.isEmpty() && inEffect.audience != person.department)
            continue;
        schedule(index, inEffect.revisionId, from, 14);
    }
}

void DemoAcknowledgmentGenerator::acknowledgeDay(const QDate& day)
{
    const auto found = m_due.find(day);
    if (found == m_due.end())
        return;
    std::vector<Pending> pending = std::move(found->second);
    m_due.erase(found);
    // The day's acknowledgments come in together, as the e-signature tool
    // reports them.
    std::vector<PolicyAcknowledgment> rows;
    rows.reserve(pending.size());
    for (const Pending& each : pending) {
        const DemoPerson& person = m_context.records.people[each.person];
        if (!person.onWorkforce(day))
            continue;
        PolicyAcknowledgment acknowledgment;
        acknowledgment.personId = person.id;
        acknowledgment.revisionId = each.revisionId;
        acknowledgment.acknowledgedOn = day;
        rows.push_back(acknowledgment);
    }
    if (rows.empty())
        return;
    const std::vector<PolicyAcknowledgment> added =
        need(m_context.program.acknowledgments().addAcknowledgments(std::move(rows)));
    m_context.tally.add(DemoTally::Acknowledgments, qint64(added.size()));
}

} // namespace palisade
