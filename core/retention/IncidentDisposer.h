#pragma once

#include "core/retention/RecordDisposer.h"

namespace palisade {

class Database;

// Disposes of an incident with its breach assessment, evidence (and their
// files) and corrective actions; its notices are records of their own.
class IncidentDisposer final : public RecordDisposer
{
public:
    explicit IncidentDisposer(Database& db);

    QString recordType() const override;
    QJsonObject contentJson(qint64 id) const override;
    // The notices sent for it.
    std::vector<RecordRef> parts(qint64 id) const override;
    // The incident's events and those of its assessment, evidence and actions.
    std::vector<AuditSubject> auditSubjects(qint64 id) const override;
    void dispose(qint64 id) override;

private:
    Database& m_db;
};

} // namespace palisade
