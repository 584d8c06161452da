#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace palisade {

// Stored keys for an enumeration: a table of (value, key) pairs, in the order
// the values are shown to users. The keys are what the database, CSV files and
// audit events hold, so they never change once shipped.
template <typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, QLatin1String>, N>;

template <typename Enum, std::size_t N>
QString keyOf(const KeyTable<Enum, N>& table, Enum value)
{
    for (const auto& [candidate, key] : table) {
        if (candidate == value)
            return QString(key);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const KeyTable<Enum, N>& table, const QString& key)
{
    for (const auto& [candidate, candidateKey] : table) {
        if (key == candidateKey)
            return candidate;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
std::array<Enum, N> valuesOf(const KeyTable<Enum, N>& table)
{
    std::array<Enum, N> values{};
    for (std::size_t i = 0; i < N; ++i)
        values[i] = table[i].first;
    return values;
}

} // namespace palisade
