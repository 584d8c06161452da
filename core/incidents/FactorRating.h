#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// How one factor of the 164.402 risk assessment weighs toward compromise.
enum class FactorRating
{
    Low,
    Moderate,
    High,
};

QString factorRatingKey(FactorRating value); // stored form, e.g. "high"
std::optional<FactorRating> factorRatingFromKey(const QString& key);
QString factorRatingLabel(FactorRating value); // translated
std::array<FactorRating, 3> allFactorRatings();

} // namespace palisade
