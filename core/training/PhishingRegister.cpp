#include "core/training/PhishingRegister.h"

#include "core/audit/AuditTrail.h"
#include "core/program/Program.h"
#include "core/retention/RecordTypes.h"
#include "core/storage/StorageGuard.h"
#include "core/training/PhishingCampaignStore.h"
#include "core/training/TrainingEntities.h"
#include "core/training/TrainingJson.h"
#include "core/training/TrainingValidator.h"
#include "core/util/BatchProblems.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"

namespace palisade {

PhishingRegister::PhishingRegister(Program& program)
    : m_program(program)
    , m_writer(program)
{
}

Result<std::vector<PhishingCampaign>> PhishingRegister::campaigns() const
{
    return guardStorage(tr("Reading the phishing campaigns failed"),
                        [&] { return PhishingCampaignStore(m_program.database()).all(); });
}

Result<PhishingCampaign> PhishingRegister::campaign(qint64 id) const
{
    return TrainingWriter::required(
        guardStorage(tr("Reading the phishing campaign failed"),
                     [&] { return PhishingCampaignStore(m_program.database()).find(id); }),
        tr("The phishing campaign no longer exists."));
}

QStringList PhishingRegister::problems(const PhishingCampaign& campaign) const
{
    QStringList found = TrainingValidator::problems(campaign);
    if (campaign.runOn.isValid() && campaign.runOn > m_program.clock().today())
        found << tr("The campaign date %1 is in the future.").arg(isoDate(campaign.runOn));
    return found;
}

Result<PhishingCampaign> PhishingRegister::addCampaign(PhishingCampaign campaign)
{
    campaign.id = 0;
    TrainingValidator::normalize(campaign);
    if (QStringList found = problems(campaign); !found.isEmpty())
        return BatchProblems::refusal(found);
    campaign.createdAt = campaign.updatedAt = m_program.clock().nowUtc();
    Result<void> written =
        m_writer.write(tr("Saving the phishing campaign failed"), [&](AuditTrail& audit) {
            PhishingCampaignStore(m_program.database()).insert(campaign);
            m_writer.record(audit, QStringLiteral("created"), trainingentity::campaign(),
                            TrainingWriter::idText(campaign.id), {},
                            TrainingJson::toJson(campaign));
        });
    if (!written)
        return written.error();
    emit campaignsChanged();
    return campaign;
}

Result<PhishingCampaign> PhishingRegister::updateCampaign(PhishingCampaign campaign)
{
    Result<PhishingCampaign> stored = this->campaign(campaign.id);
    if (!stored)
        return stored.error();
    TrainingValidator::normalize(campaign);
    campaign.createdAt = stored->createdAt;
    campaign.updatedAt = stored->updatedAt;
    if (campaign == *stored)
        return campaign;
    if (QStringList found = problems(campaign); !found.isEmpty())
        return BatchProblems::refusal(found);
    campaign.updatedAt = m_program.clock().nowUtc();
    Result<void> written =
        m_writer.write(tr("Saving the phishing campaign failed"), [&](AuditTrail& audit) {
            PhishingCampaignStore(m_program.database()).update(campaign);
            m_writer.record(audit, QStringLiteral("updated"), trainingentity::campaign(),
                            TrainingWriter::idText(campaign.id), TrainingJson::toJson(*stored),
                            TrainingJson::toJson(campaign));
        });
    if (!written)
        return written.error();
    emit campaignsChanged();
    return campaign;
}

Result<void> PhishingRegister::removeCampaign(qint64 id)
{
    Result<PhishingCampaign> stored = campaign(id);
    if (!stored)
        return stored.error();
    Result<bool> disposed = m_writer.removeRecord(
        recordtype::phishingCampaign(), trainingentity::campaign(), id,
        TrainingJson::toJson(*stored), tr("Deleting the phishing campaign failed"),
        [&] { PhishingCampaignStore(m_program.database()).remove(id); });
    if (!disposed)
        return disposed.error();
    emit campaignsChanged();
    return {};
}

Result<std::vector<PhishingRate>> PhishingRegister::phishingRates() const
{
    Result<std::vector<PhishingCampaign>> all = campaigns();
    if (!all)
        return all.error();
    std::vector<PhishingRate> rates;
    for (const PhishingCampaign& each : *all) {
        PhishingRate rate;
        rate.campaignId = each.id;
        rate.runOn = each.runOn;
        rate.templateName = each.templateName;
        rate.recipients = each.recipients;
        if (each.recipients > 0) {
            rate.clickRate = double(each.clicked) / each.recipients;
            rate.reportRate = double(each.reported) / each.recipients;
        }
        rate.trainedAfterClickRate =
            each.clicked > 0 ? double(each.trainedAfterClick) / each.clicked : 1.0;
        rates.push_back(rate);
    }
    return rates;
}

} // namespace palisade
