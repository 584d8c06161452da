#pragma once

#include "core/retention/RecordDisposer.h"

namespace palisade {

class Database;

// Disposes of a policy once every revision of it may go; its revisions are
// disposed of first.
class PolicyDisposer final : public RecordDisposer
{
public:
    explicit PolicyDisposer(Database& db);

    QString recordType() const override;
    QJsonObject contentJson(qint64 id) const override;
    std::vector<RecordRef> parts(qint64 id) const override;
    void dispose(qint64 id) override;

private:
    Database& m_db;
};

} // namespace palisade
