#pragma once

#include "core/incidents/CorrectiveAction.h"
#include "core/incidents/Incident.h"
#include "core/incidents/IncidentNotification.h"
#include "core/risk/Asset.h"
#include "core/util/Result.h"
#include "core/vendors/Counterparty.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <vector>

namespace palisade {

class Program;

// Reads incidents from a JSON file (docs/incident-file.md): one incident
// object, or {"incidents": [...]} for several, each with its optional
// assessment, notices sent and corrective actions. Keys are those of
// IncidentJson; assets and covered entities are named (or given by id).
//
// Everything is read and checked against the rules before anything can be
// written, so a caller adds either every incident of a file or none: a key
// nobody knows, a value of the wrong type, a name not on file or a rule the
// registers would refuse all come back as one Invalid error listing each
// problem with where it is ("incidents[1].discovered_on: not a date
// (YYYY-MM-DD)"). Lists are counted from 0.
class IncidentFileReader
{
    Q_DECLARE_TR_FUNCTIONS(palisade::IncidentFileReader)

public:
    // One incident of the file and what comes with it. The register sets an
    // incident's assessment and closing date apart from adding it
    // (IncidentRegister::recordAssessment, close); the notices and actions
    // have their incidentId set once it is added, and an action's doneOn by
    // CorrectiveActionRegister::completeAction.
    struct Entry
    {
        Incident incident;
        std::vector<IncidentNotification> notifications;
        std::vector<CorrectiveAction> actions;
    };

    static constexpr qint64 maximumFileBytes = 4 * 1024 * 1024;

    // `existing`: the incidents on file, so that a file added twice is
    // refused rather than doubling them. `today`: no date may be later.
    IncidentFileReader(std::vector<Asset> assets, std::vector<Counterparty> counterparties,
                       std::vector<Incident> existing, const QDate& today);
    static Result<IncidentFileReader> fromProgram(Program& program);

    // The bytes of the file at `path`: Io when it cannot be read.
    static Result<QByteArray> readBytes(const QString& path);
    Result<std::vector<Entry>> parse(const QByteArray& json) const;
    Result<std::vector<Entry>> read(const QString& path) const;

private:
    std::vector<Asset> m_assets;
    std::vector<Counterparty> m_counterparties;
    std::vector<Incident> m_existing;
    QDate m_today;
};

} // namespace palisade
