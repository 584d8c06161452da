#pragma once

#include "core/retention/RecordDisposer.h"

namespace palisade {

class Database;

// Disposes of one stored agreement document: its PDF bytes and extracted text.
class AgreementDocumentDisposer final : public RecordDisposer
{
public:
    explicit AgreementDocumentDisposer(Database& db);

    QString recordType() const override;
    QJsonObject contentJson(qint64 id) const override;
    void dispose(qint64 id) override;

private:
    Database& m_db;
};

} // namespace palisade
