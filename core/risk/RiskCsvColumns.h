#pragma once

#include <QString>
#include <QStringList>

namespace palisade {

// The columns of a risk CSV file. Import and export share them so that an
// exported file imports again; they are a file format, so they are never
// translated. The computed columns (reference, levels, open tasks) are written
// on export and ignored on import, where the register works them out again.
class RiskCsvColumns
{
public:
    static inline const QString reference = QStringLiteral("reference");
    static inline const QString title = QStringLiteral("title");
    static inline const QString description = QStringLiteral("description");
    static inline const QString assets = QStringLiteral("assets");
    static inline const QString threatSource = QStringLiteral("threat_source");
    static inline const QString threatEvent = QStringLiteral("threat_event");
    static inline const QString vulnerability = QStringLiteral("vulnerability");
    static inline const QString existingControls = QStringLiteral("existing_controls");
    static inline const QString likelihood = QStringLiteral("likelihood");
    static inline const QString impact = QStringLiteral("impact");
    static inline const QString inherentLevel = QStringLiteral("inherent_level");
    static inline const QString treatment = QStringLiteral("treatment");
    static inline const QString treatmentPlan = QStringLiteral("treatment_plan");
    static inline const QString residualLikelihood = QStringLiteral("residual_likelihood");
    static inline const QString residualImpact = QStringLiteral("residual_impact");
    static inline const QString residualLevel = QStringLiteral("residual_level");
    static inline const QString owner = QStringLiteral("owner");
    static inline const QString status = QStringLiteral("status");
    static inline const QString identifiedOn = QStringLiteral("identified_on");
    static inline const QString dueOn = QStringLiteral("due_on");
    static inline const QString acceptedBy = QStringLiteral("accepted_by");
    static inline const QString acceptedOn = QStringLiteral("accepted_on");
    static inline const QString acceptanceRationale = QStringLiteral("acceptance_rationale");
    static inline const QString acceptanceExpiresOn = QStringLiteral("acceptance_expires_on");
    static inline const QString lastAssessedOn = QStringLiteral("last_assessed_on");
    static inline const QString nextReassessmentOn = QStringLiteral("next_reassessment_on");
    static inline const QString citations = QStringLiteral("citations");
    static inline const QString openTasks = QStringLiteral("open_tasks");

    // Every import needs these.
    static QStringList required();
    // Accepted on import; the computed columns among them are ignored.
    static QStringList optional();
    // Written on export but recomputed rather than read on import.
    static QStringList computed();
    // The export's columns, in order.
    static QStringList exported();
};

} // namespace palisade
