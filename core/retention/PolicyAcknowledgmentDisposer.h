#pragma once

#include "core/retention/RecordDisposer.h"

namespace palisade {

class Database;

// Disposes of a person's acknowledgment of a policy revision.
class PolicyAcknowledgmentDisposer final : public RecordDisposer
{
public:
    explicit PolicyAcknowledgmentDisposer(Database& db);

    QString recordType() const override;
    QJsonObject contentJson(qint64 id) const override;
    void dispose(qint64 id) override;

private:
    Database& m_db;
};

} // namespace palisade
