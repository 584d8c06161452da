#include "core/demo/DemoGenerator.h"

#include "core/demo/DemoAcknowledgmentGenerator.h"
#include "core/demo/DemoClock.h"
#include "core/demo/DemoContext.h"
#include "core/demo/DemoFailure.h"
#include "core/demo/DemoIncidentGenerator.h"
#include "core/demo/DemoPolicyGenerator.h"
#include "core/demo/DemoRecords.h"
#include "core/demo/DemoRetentionGenerator.h"
#include "core/demo/DemoRiskGenerator.h"
#include "core/demo/DemoTimeline.h"
#include "core/demo/DemoTrainingGenerator.h"
#include "core/demo/DemoVendorGenerator.h"
#include "core/demo/DemoWorkforceGenerator.h"
#include "core/incidents/BreachReporting.h"
#include "core/incidents/IncidentRegister.h"
#include "core/policies/PolicyRegister.h"
#include "core/program/Program.h"
#include "core/retention/RetentionRegister.h"
#include "core/storage/StorageError.h"
#include "core/training/TrainingRegister.h"
#include "core/vendors/BaaRegister.h"

namespace palisade {

DemoGenerator::DemoGenerator(Program& program, DemoClock& clock, DemoSettings settings,
                             QDateTime now)
    : m_program(program)
    , m_clock(clock)
    , m_settings(settings)
    , m_now(now.toUTC())
{
}

QDate DemoGenerator::firstDay(const DemoSettings& settings, const QDate& today)
{
    // A little over the years asked for, so the oldest records are past
    // their six years of retention today.
    return today.addYears(-settings.years).addDays(-45);
}

Vault DemoGenerator::vault()
{
    CipherSettings settings;
    settings.memorySecurity = false;
    return Vault(settings);
}

QDateTime DemoGenerator::startOf(const DemoSettings& settings, const QDateTime& now)
{
    const QDate first = firstDay(settings, now.toLocalTime().date());
    return QDateTime(first, QTime(8, 0), Qt::LocalTime).toUTC();
}

Result<DemoTally> DemoGenerator::run(const Progress& progress)
{
    const QDate today = m_now.toLocalTime().date();
    DemoTimeline timeline;
    DemoRecords records;
    records.officer = m_program.actor();
    DemoTally tally;
    DemoContext context{m_program,
                        m_clock,
                        timeline,
                        m_settings,
                        records,
                        tally,
                        firstDay(m_settings, today),
                        today.addDays(-1),
                        today};

    DemoWorkforceGenerator workforce(context);
    DemoTrainingGenerator training(context);
    DemoAcknowledgmentGenerator acknowledgments(context);
    DemoPolicyGenerator policies(context, acknowledgments, training);
    DemoVendorGenerator vendors(context);
    DemoRiskGenerator risks(context);
    DemoIncidentGenerator incidents(context);
    DemoRetentionGenerator retention(context);
    workforce.onHired([&](const DemoPerson& person) {
        training.personHired(person);
        acknowledgments.personHired(person);
    });
    // On a day several areas act on, they act in this order.
    workforce.plan();
    policies.plan();
    vendors.plan();
    risks.plan();
    training.plan();
    incidents.plan();
    retention.plan();

    if (Result<void> started = m_program.beginBatch(m_settings.changesPerCommit); !started)
        return started.error();
    const qint64 days = std::max<qint64>(1, context.first.daysTo(context.last));
    int reported = -1;
    try {
        timeline.run(m_clock, [&](const QDate& day) {
            const int percent = int(context.first.daysTo(day) * 100 / days);
            if (progress && percent != reported) {
                reported = percent;
                progress(std::min(percent, 100), day);
            }
        });
    } catch (const DemoFailure& failure) {
        (void)m_program.endBatch();
        return Error{
            failure.error().kind,
            tr("The demonstration could not be generated: %1").arg(failure.error().message),
            failure.error().detail};
    } catch (const StorageError& e) {
        (void)m_program.endBatch();
        return e.toError(tr("The demonstration could not be generated"));
    }
    if (Result<void> ended = m_program.endBatch(); !ended)
        return ended.error();
    m_clock.moveTo(m_now);
    try {
        countFindings(tally);
    } catch (const DemoFailure& failure) {
        return failure.error();
    }
    return tally;
}

void DemoGenerator::countFindings(DemoTally& tally)
{
    const QDate today = m_now.toLocalTime().date();
    tally.set(DemoTally::OverdueTraining, qint64(need(m_program.training().overdue(today)).size()));
    qint64 expired = 0;
    qint64 reviews = 0;
    for (const Agreement& a : need(m_program.baas().agreements())) {
        const bool active = a.status == AgreementStatus::Active;
        if (a.status == AgreementStatus::Expired ||
            (active && a.expiresOn.isValid() && a.expiresOn < today))
            ++expired;
        if (active && a.nextReviewOn.isValid() && a.nextReviewOn <= today.addDays(30))
            ++reviews;
    }
    tally.set(DemoTally::ExpiredAgreements, expired);
    tally.set(DemoTally::AgreementsDueForReview, reviews);
    qint64 policyReviews = 0;
    for (const PolicyReviewItem& item : need(m_program.policies().reviewsDue(today)))
        policyReviews += item.overdue || item.dueSoon ? 1 : 0;
    tally.set(DemoTally::PoliciesDueForReview, policyReviews);
    qint64 open = 0;
    for (const Incident& incident : need(m_program.incidents().incidents()))
        open += incident.isClosed() ? 0 : 1;
    tally.set(DemoTally::OpenIncidents, open);
    qint64 overdue = 0;
    for (const IncidentDeadline& deadline : need(BreachReporting(m_program).deadlines(today)))
        overdue += deadline.overdue ? 1 : 0;
    tally.set(DemoTally::OverdueNotices, overdue);
    tally.set(DemoTally::RecordsPastRetention,
              qint64(need(m_program.retention().eligible(today)).size()));
    tally.set(DemoTally::AuditEvents, m_program.auditTrail().count());
}

} // namespace palisade
