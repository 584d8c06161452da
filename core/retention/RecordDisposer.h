#pragma once

#include "core/audit/AuditSubject.h"
#include "core/retention/RecordRef.h"

#include <QJsonObject>
#include <vector>

namespace palisade {

// Destroys the content of one record type once retention allows it. Each
// domain's SQL stays in its own store; a disposer only calls that store.
// Every method runs inside the disposal transaction and may throw
// StorageError. Register one with RetentionRegister::addDisposer.
class RecordDisposer
{
public:
    virtual ~RecordDisposer() = default;

    // The recordtype key it disposes of, e.g. "agreement".
    virtual QString recordType() const = 0;
    // The whole content of the record, as it stands before disposal; the
    // disposal log keeps the SHA-256 of its canonical form.
    virtual QJsonObject contentJson(qint64 id) const = 0;
    // Records destroyed with this one (an agreement's documents, a risk's
    // tasks). Each must itself be allowed to go; each is disposed of first,
    // with its own log row and tombstone.
    virtual std::vector<RecordRef> parts(qint64 id) const
    {
        Q_UNUSED(id);
        return {};
    }
    // Other records that still refer to this one (a risk naming an asset, a
    // subcontractor agreement flowing down from an agreement): while any
    // remain, the record is not disposed of.
    virtual std::vector<RecordRef> dependents(qint64 id) const
    {
        Q_UNUSED(id);
        return {};
    }
    // The audit events that hold the record's earlier states, redacted when it
    // goes. Each record type is audited under the entity of the same name.
    virtual std::vector<AuditSubject> auditSubjects(qint64 id) const
    {
        return {AuditSubject{recordType(), QString::number(id), {}, {}}};
    }
    // Deletes the record's rows (and rows that only it owns, such as links).
    virtual void dispose(qint64 id) = 0;
};

} // namespace palisade
