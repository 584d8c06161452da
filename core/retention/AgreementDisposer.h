#pragma once

#include "core/retention/RecordDisposer.h"

namespace palisade {

class Database;

// Disposes of an agreement with its provisions and flow-down links, its documents first; refused
// while a subcontractor agreement flows down from it.
class AgreementDisposer final : public RecordDisposer
{
public:
    explicit AgreementDisposer(Database& db);

    QString recordType() const override;
    QJsonObject contentJson(qint64 id) const override;
    std::vector<RecordRef> parts(qint64 id) const override;
    std::vector<RecordRef> dependents(qint64 id) const override;
    void dispose(qint64 id) override;

private:
    Database& m_db;
};

} // namespace palisade
