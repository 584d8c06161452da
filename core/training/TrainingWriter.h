#pragma once

#include "core/training/ImportBatch.h"
#include "core/util/Error.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>
#include <utility>

namespace palisade {

class AuditTrail;
class Clock;
class Database;
class Program;

// What the training registers share when they change the file: one
// transaction with its audit events by the program's actor, the retention
// check before a record is removed, and the import batch every import writes
// first.
class TrainingWriter
{
public:
    explicit TrainingWriter(Program& program);

    Program& program() const { return m_program; }
    Database& database() const;
    const Clock& clock() const;

    Result<void> write(const QString& failureContext,
                       const std::function<void(AuditTrail&)>& work) const;
    void record(AuditTrail& audit, const QString& action, const QString& entity, const QString& id,
                const QJsonObject& before, const QJsonObject& after) const;

    // Asks retention whether the record may go; disposes of it when it is a
    // record past its period. Returns true when it was disposed of (nothing
    // left to do), false when an ordinary delete may follow.
    Result<bool> disposeIfRecord(const QString& recordType, qint64 id) const;
    // Removes the record `id` of `recordType`, audited as `entity`: disposed
    // of when retention says so, otherwise `deleteRows` runs in one
    // transaction with a "deleted" event carrying `before`. Returns true when
    // it was disposed of.
    Result<bool> removeRecord(const QString& recordType, const QString& entity, qint64 id,
                              const QJsonObject& before, const QString& failureContext,
                              const std::function<void()>& deleteRows) const;

    // Gives `batch` its kind and tidies what it says of its source; the
    // problems with it, empty when it may be imported.
    static QStringList prepareBatch(ImportBatch& batch, ImportKind kind);
    // Stamps the batch with `now` and the actor, stores it and audits it;
    // inside write().
    void storeBatch(AuditTrail& audit, ImportBatch& batch, const QDateTime& now) const;

    static Error refusal(const QString& message);
    static QString idText(qint64 id);

    // The record a find read, or `missing` as a refusal when there was none.
    template <typename T>
    static Result<T> required(Result<std::optional<T>> found, const QString& missing)
    {
        if (!found)
            return found.error();
        if (!found->has_value())
            return refusal(missing);
        return std::move(**found);
    }

private:
    Program& m_program;
};

} // namespace palisade
