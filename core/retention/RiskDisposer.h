#pragma once

#include "core/retention/RecordDisposer.h"

namespace palisade {

class Database;

// Disposes of a risk with its asset links and citations, its remediation tasks first.
class RiskDisposer final : public RecordDisposer
{
public:
    explicit RiskDisposer(Database& db);

    QString recordType() const override;
    QJsonObject contentJson(qint64 id) const override;
    std::vector<RecordRef> parts(qint64 id) const override;
    void dispose(qint64 id) override;

private:
    Database& m_db;
};

} // namespace palisade
