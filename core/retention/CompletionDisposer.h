#pragma once

#include "core/retention/RecordDisposer.h"

namespace palisade {

class Database;

// Disposes of a training completion with its certificate PDF.
class CompletionDisposer final : public RecordDisposer
{
public:
    explicit CompletionDisposer(Database& db);

    QString recordType() const override;
    QJsonObject contentJson(qint64 id) const override;
    void dispose(qint64 id) override;

private:
    Database& m_db;
};

} // namespace palisade
