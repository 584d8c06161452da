#pragma once

#include "core/files/PendingFile.h"
#include "core/util/Error.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
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

// What the incident registers share when they change the file: one
// transaction with its audit event by the program's actor, and the checks a
// file attached to an incident (a notice's copy, a piece of evidence) passes
// before it is stored.
class IncidentWriter
{
    Q_DECLARE_TR_FUNCTIONS(palisade::IncidentWriter)

public:
    explicit IncidentWriter(Program& program);

    Program& program() const { return m_program; }
    Database& database() const;
    const Clock& clock() const;

    Result<void> write(const QString& failureContext,
                       const std::function<void(AuditTrail&)>& work) const;
    void record(AuditTrail& audit, const QString& action, const QString& entity, qint64 id,
                const QJsonObject& before, const QJsonObject& after) const;

    // A readable PDF keeps its pages and text for search; any other file (a
    // screenshot, a log export, a damaged PDF) is kept as it is, within the
    // same size limit.
    Result<PendingFile> prepareFile(const QString& fileName, const QByteArray& content) const;
    // prepareFile() when a file is given at all.
    Result<std::optional<PendingFile>> prepareOptionalFile(const QString& fileName,
                                                           const QByteArray& content) const;

    static Error refusal(const QString& message);

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
