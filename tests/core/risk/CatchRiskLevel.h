#pragma once

// Lets Catch2 print risk levels by their stored key in failed assertions.

#include "core/risk/RiskLevel.h"

#include <catch2/catch_tostring.hpp>
#include <string>

namespace Catch {

template <> struct StringMaker<palisade::RiskLevel>
{
    static std::string convert(palisade::RiskLevel level)
    {
        const QString key = palisade::riskLevelKey(level);
        return key.isEmpty() ? "RiskLevel(" + std::to_string(static_cast<int>(level)) + ')'
                             : key.toStdString();
    }
};

} // namespace Catch
