#include "core/vendors/CounterpartyCsvColumns.h"

namespace palisade {

QStringList CounterpartyCsvColumns::required()
{
    return {name, relationship};
}

QStringList CounterpartyCsvColumns::optional()
{
    return {services, phiTypes, sharesPhi, contacts, assets, notes};
}

QStringList CounterpartyCsvColumns::exported()
{
    return {name, relationship, services, phiTypes, sharesPhi, contacts, assets, notes};
}

} // namespace palisade
