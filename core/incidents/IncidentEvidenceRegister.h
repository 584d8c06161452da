#pragma once

#include "core/incidents/IncidentEvidence.h"
#include "core/incidents/IncidentWriter.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QObject>
#include <vector>

namespace palisade {

class Program;

// The evidence preserved for an incident: a note, a file stored encrypted,
// or both; never changed once added. A decrypted copy leaves the file only
// through saveEvidenceCopy(), which is audited.
class IncidentEvidenceRegister : public QObject
{
    Q_OBJECT

public:
    explicit IncidentEvidenceRegister(Program& program);

    Result<std::vector<IncidentEvidence>> evidence(qint64 incidentId) const;
    Result<IncidentEvidence> addEvidence(qint64 incidentId, const QString& note,
                                         const QString& fileName = {},
                                         const QByteArray& content = {});
    // The stored bytes, checked against their SHA-256.
    Result<QByteArray> evidenceContent(qint64 evidenceId) const;
    Result<void> saveEvidenceCopy(qint64 evidenceId, const QString& path);

signals:
    void evidenceChanged();

private:
    Result<IncidentEvidence> item(qint64 evidenceId) const;

    IncidentWriter m_writer;
};

} // namespace palisade
