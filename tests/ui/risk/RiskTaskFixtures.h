#pragma once

// A risk for the remediation task tests to hang their tasks on.

#include "core/program/Program.h"
#include "core/risk/RiskRegister.h"

#include <QDate>
#include <QString>
#include <catch2/catch_test_macros.hpp>

namespace palisade::test::risktasks {

inline qint64 addLaptopRisk(Program& program, const QDate& identifiedOn)
{
    Risk risk;
    risk.title = QStringLiteral("Laptops with unencrypted claim exports");
    risk.owner = QStringLiteral("Dana Whitfield");
    risk.identifiedOn = identifiedOn;
    Result<Risk> added = program.risks().add(risk);
    REQUIRE(added);
    return added->id;
}

} // namespace palisade::test::risktasks
