#include "core/risk/AssetCsvColumns.h"

namespace palisade {

QStringList AssetCsvColumns::required()
{
    return {name, kind, owner};
}

QStringList AssetCsvColumns::optional()
{
    return {location, phiHeld, notes, dataFlows};
}

QStringList AssetCsvColumns::exported()
{
    return {name, kind, location, owner, phiHeld, notes, dataFlows};
}

} // namespace palisade
