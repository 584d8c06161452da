#include "core/incidents/IncidentWriter.h"

#include "core/audit/AuditTrail.h"
#include "core/files/StoredFileKeeper.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "core/util/Sha256.h"

#include <QFileInfo>

namespace palisade {

IncidentWriter::IncidentWriter(Program& program)
    : m_program(program)
{
}

Database& IncidentWriter::database() const
{
    return m_program.database();
}

const Clock& IncidentWriter::clock() const
{
    return m_program.clock();
}

Result<void> IncidentWriter::write(const QString& failureContext,
                                   const std::function<void(AuditTrail&)>& work) const
{
    return m_program.transact(failureContext, work);
}

void IncidentWriter::record(AuditTrail& audit, const QString& action, const QString& entity,
                            qint64 id, const QJsonObject& before, const QJsonObject& after) const
{
    audit.record(m_program.actor(), action, entity, QString::number(id), before, after);
}

Result<PendingFile> IncidentWriter::prepareFile(const QString& fileName,
                                                const QByteArray& content) const
{
    const QDateTime now = m_program.clock().nowUtc();
    if (content.startsWith("%PDF")) {
        Result<PendingFile> pdf =
            StoredFileKeeper::prepare(fileName, content, now, m_program.actor());
        if (pdf)
            return pdf;
    }
    const QString name = QFileInfo(fileName).fileName().trimmed();
    if (name.isEmpty())
        return refusal(tr("The file has no name."));
    if (content.isEmpty())
        return refusal(tr("%1 is empty.").arg(name));
    if (content.size() > StoredFileKeeper::maximumBytes)
        return refusal(tr("%1 is larger than %2 MB.")
                           .arg(name)
                           .arg(StoredFileKeeper::maximumBytes / (1024 * 1024)));
    PendingFile pending;
    pending.file.fileName = name;
    pending.file.sha256 = sha256Hex(content);
    pending.file.size = content.size();
    pending.file.pageCount = 0;
    pending.file.addedAt = now;
    pending.file.addedBy = m_program.actor();
    pending.content = content;
    return pending;
}

Result<std::optional<PendingFile>>
IncidentWriter::prepareOptionalFile(const QString& fileName, const QByteArray& content) const
{
    if (content.isEmpty() && fileName.isEmpty())
        return std::optional<PendingFile>();
    Result<PendingFile> prepared = prepareFile(fileName, content);
    if (!prepared)
        return prepared.error();
    return std::optional<PendingFile>(*prepared);
}

Error IncidentWriter::refusal(const QString& message)
{
    return Error{ErrorKind::Invalid, message, {}};
}

} // namespace palisade
