#pragma once

#include "core/risk/RiskAcceptance.h"
#include "core/risk/RiskLevel.h"
#include "core/risk/RiskRating.h"
#include "core/risk/RiskStatus.h"
#include "core/risk/RiskTreatment.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace palisade {

// One entry of the risk analysis and risk management plan. The levels are
// looked up in the register's matrix when the risk is read; they are not
// stored, so editing the matrix re-rates every risk consistently.
struct Risk
{
    qint64 id = 0; // 0 until stored
    QString title;
    QString description;
    std::vector<qint64> assetIds; // ascending
    QString threatSource;
    QString threatEvent;
    QString vulnerability;
    QString existingControls;
    RiskRating inherent;
    RiskLevel inherentLevel = RiskLevel::Moderate; // filled in by the register
    RiskTreatment treatment = RiskTreatment::Undecided;
    QString treatmentPlan;
    std::optional<RiskRating> residual;    // not yet assessed when empty
    std::optional<RiskLevel> residualLevel; // filled in by the register
    QString owner;
    RiskStatus status = RiskStatus::Identified;
    QDate identifiedOn;
    QDate dueOn; // invalid when there is no due date
    RiskAcceptance acceptance;
    QDate lastAssessedOn;
    QDate nextReassessmentOn;
    // The day it was closed, set by the register; invalid while open. The
    // risk's retention period runs from it.
    QDate closedOn;
    QStringList citations; // Security Rule catalog citations, ascending
    QDateTime createdAt;   // UTC
    QDateTime updatedAt;   // UTC

    friend bool operator==(const Risk&, const Risk&) = default;
};

// The reference users quote, e.g. "R-0042".
QString riskReference(qint64 id);

} // namespace palisade
