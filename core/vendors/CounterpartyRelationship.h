#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// How a counterparty stands to us.
enum class CounterpartyRelationship
{
    CoveredEntity,
    Subcontractor,
    OtherVendor,
};

QString
counterpartyRelationshipKey(CounterpartyRelationship value); // stored form, e.g. "covered_entity"
std::optional<CounterpartyRelationship> counterpartyRelationshipFromKey(const QString& key);
QString counterpartyRelationshipLabel(CounterpartyRelationship value); // translated
std::array<CounterpartyRelationship, 3> allCounterpartyRelationships();

} // namespace palisade
