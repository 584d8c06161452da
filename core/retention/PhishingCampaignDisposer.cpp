#include "core/retention/PhishingCampaignDisposer.h"

#include "core/retention/RecordTypes.h"
#include "core/training/PhishingCampaignStore.h"
#include "core/training/TrainingJson.h"

namespace palisade {

PhishingCampaignDisposer::PhishingCampaignDisposer(Database& db)
    : m_db(db)
{
}

QString PhishingCampaignDisposer::recordType() const
{
    return recordtype::phishingCampaign();
}

QJsonObject PhishingCampaignDisposer::contentJson(qint64 id) const
{
    const std::optional<PhishingCampaign> campaign = PhishingCampaignStore(m_db).find(id);
    return campaign ? TrainingJson::toJson(*campaign) : QJsonObject();
}

void PhishingCampaignDisposer::dispose(qint64 id)
{
    PhishingCampaignStore(m_db).remove(id);
}

} // namespace palisade
