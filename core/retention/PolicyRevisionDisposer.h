#pragma once

#include "core/retention/RecordDisposer.h"

namespace palisade {

class Database;

// Disposes of a policy revision with its approvals, its signed PDF and the
// acknowledgments of it.
class PolicyRevisionDisposer final : public RecordDisposer
{
public:
    explicit PolicyRevisionDisposer(Database& db);

    QString recordType() const override;
    QJsonObject contentJson(qint64 id) const override;
    // The workforce's acknowledgments of the revision, records of their own.
    std::vector<RecordRef> parts(qint64 id) const override;
    // The revision's events and those of every approval recorded for it,
    // including approvals withdrawn when it went back to draft.
    std::vector<AuditSubject> auditSubjects(qint64 id) const override;
    void dispose(qint64 id) override;

private:
    Database& m_db;
};

} // namespace palisade
