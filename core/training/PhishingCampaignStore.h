#pragma once

#include "core/training/PhishingCampaign.h"

#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the phishing_campaign table.
class PhishingCampaignStore
{
public:
    explicit PhishingCampaignStore(Database& db);

    std::vector<PhishingCampaign> all() const; // by date, then id
    std::optional<PhishingCampaign> find(qint64 id) const;
    void insert(PhishingCampaign& campaign); // sets campaign.id
    void update(const PhishingCampaign& campaign);
    void remove(qint64 id);

private:
    static PhishingCampaign fromRow(const Statement& row);

    Database& m_db;
};

} // namespace palisade
