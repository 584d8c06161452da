#pragma once

// Risks for the register page tests: valid under the register's rules on the
// fixture's day (2026-03-01).

#include "core/risk/Risk.h"
#include "core/risk/RiskRegister.h"

#include <QDate>
#include <QString>
#include <catch2/catch_test_macros.hpp>
#include <optional>

namespace palisade::test::riskpage {

inline Risk sampleRisk(const QString& title, const QString& owner, RiskLevel likelihood,
                       RiskLevel impact, const QDate& due = {},
                       std::optional<RiskRating> residual = std::nullopt)
{
    Risk risk;
    risk.title = title;
    risk.owner = owner;
    risk.inherent = RiskRating{likelihood, impact};
    risk.residual = residual;
    risk.identifiedOn = QDate(2026, 1, 12);
    risk.dueOn = due;
    return risk;
}

inline Risk addRisk(RiskRegister& risks, Risk risk)
{
    Result<Risk> added = risks.add(std::move(risk));
    if (!added)
        FAIL(added.error().message.toStdString());
    return *added;
}

} // namespace palisade::test::riskpage
