#include "core/demo/DemoRetentionGenerator.h"

#include "core/demo/DemoContext.h"
#include "core/demo/DemoFailure.h"
#include "core/demo/DemoRecords.h"
#include "core/demo/DemoSettings.h"
#include "core/demo/DemoTally.h"
#include "core/demo/DemoTimeline.h"
#include "core/program/Program.h"
#include "core/retention/RecordTypes.h"
#include "core/retention/RetentionRegister.h"

namespace palisade {

DemoRetentionGenerator::DemoRetentionGenerator(DemoContext& context)
    : m_context(context)
    , m_random(context.settings.seed, "retention")
{
}

void DemoRetentionGenerator::plan()
{
    const DemoContext& c = m_context;
    RetentionRegister& retention = m_context.program.retention();
    const qint64 span = c.first.daysTo(c.last);
    const QDate disputeOn = c.first.addDays(span * 2 / 5 + m_random.between(0, 30));
    m_context.timeline.at(disputeOn, [this, &retention, disputeOn] {
        const LegalHold hold = need(retention.placeHold(
            recordtype::agreement(), std::nullopt,
            QStringLiteral("Contract dispute with a former client: keep every agreement until "
                           "counsel releases the hold.")));
        m_context.tally.add(DemoTally::LegalHolds);
        const qint64 id = hold.id;
        m_context.timeline.at(disputeOn.addDays(m_random.between(120, 240)), [&retention, id] {
            need(retention.releaseHold(id, QStringLiteral("Dispute settled; counsel released the "
                                                          "hold.")));
        });
    });
    // The lawsuit over a lost laptop comes some months after the incident.
    m_context.timeline.at(c.last.addDays(-m_random.between(150, 250)), [this, &retention] {
        if (m_context.records.litigatedIncident == 0)
            return;
        need(retention.placeHold(recordtype::incident(), m_context.records.litigatedIncident,
                                 QStringLiteral("Class action over the stolen laptop breach: "
                                                "preserve the incident and its notices.")));
        m_context.tally.add(DemoTally::LegalHolds);
    });
    m_context.timeline.at(c.last.addDays(-m_random.between(20, 60)), [this, &retention] {
        need(retention.placeHold(recordtype::phishingCampaign(), std::nullopt,
                                 QStringLiteral("Cyber insurance renewal audit: keep every "
                                                "phishing simulation until it closes.")));
        m_context.tally.add(DemoTally::LegalHolds);
    });
}

} // namespace palisade
