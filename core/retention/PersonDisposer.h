#pragma once

#include "core/retention/RecordDisposer.h"

namespace palisade {

class Database;

// Disposes of a workforce member with their roles; their completions and
// acknowledgments go first, each as a record of its own.
class PersonDisposer final : public RecordDisposer
{
public:
    explicit PersonDisposer(Database& db);

    QString recordType() const override;
    QJsonObject contentJson(qint64 id) const override;
    std::vector<RecordRef> parts(qint64 id) const override;
    void dispose(qint64 id) override;

private:
    Database& m_db;
};

} // namespace palisade
