#pragma once

#include "core/training/PhishingCampaign.h"
#include "core/training/PhishingRate.h"
#include "core/training/TrainingWriter.h"
#include "core/util/Result.h"

#include <QObject>
#include <vector>

namespace palisade {

class Program;

// Phishing simulations: one entry per campaign with its counts (never
// names), and the click, report and trained-after-click rates over time.
//
// Every change is one transaction with its audit event; campaigns are records
// kept six years (164.316(b)(2)(i)), so removing one goes through
// RetentionRegister, which refuses (and audits the refusal) until its period
// is over and then disposes of it with a tombstone.
class PhishingRegister : public QObject
{
    Q_OBJECT

public:
    explicit PhishingRegister(Program& program);

    Result<std::vector<PhishingCampaign>> campaigns() const; // by date
    Result<PhishingCampaign> campaign(qint64 id) const;
    // Not dated in the future.
    Result<PhishingCampaign> addCampaign(PhishingCampaign campaign);
    Result<PhishingCampaign> updateCampaign(PhishingCampaign campaign);
    Result<void> removeCampaign(qint64 id);
    // One entry per campaign, by date.
    Result<std::vector<PhishingRate>> phishingRates() const;

signals:
    void campaignsChanged();

private:
    QStringList problems(const PhishingCampaign& campaign) const;

    Program& m_program;
    TrainingWriter m_writer;
};

} // namespace palisade
