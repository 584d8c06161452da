#pragma once

#include "core/retention/RecordDisposer.h"

namespace palisade {

class Database;

// Disposes of a breach notice with the copy of it kept inside the file.
class IncidentNotificationDisposer final : public RecordDisposer
{
public:
    explicit IncidentNotificationDisposer(Database& db);

    QString recordType() const override;
    QJsonObject contentJson(qint64 id) const override;
    void dispose(qint64 id) override;

private:
    Database& m_db;
};

} // namespace palisade
