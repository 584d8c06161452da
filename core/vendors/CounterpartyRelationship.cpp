#include "core/vendors/CounterpartyRelationship.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<CounterpartyRelationship, 3> keys{{
    {CounterpartyRelationship::CoveredEntity, QLatin1String("covered_entity")},
    {CounterpartyRelationship::Subcontractor, QLatin1String("subcontractor")},
    {CounterpartyRelationship::OtherVendor, QLatin1String("other_vendor")},
}};

} // namespace

QString counterpartyRelationshipKey(CounterpartyRelationship value)
{
    return keyOf(keys, value);
}

std::optional<CounterpartyRelationship> counterpartyRelationshipFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString counterpartyRelationshipLabel(CounterpartyRelationship value)
{
    switch (value) {
    case CounterpartyRelationship::CoveredEntity:
        return QCoreApplication::translate("palisade::CounterpartyRelationship",
                                           "Covered Entity We Serve");
    case CounterpartyRelationship::Subcontractor:
        return QCoreApplication::translate("palisade::CounterpartyRelationship",
                                           "Subcontractor We Use");
    case CounterpartyRelationship::OtherVendor:
        return QCoreApplication::translate("palisade::CounterpartyRelationship", "Other Vendor");
    }
    return {};
}

std::array<CounterpartyRelationship, 3> allCounterpartyRelationships()
{
    return valuesOf(keys);
}

} // namespace palisade
