#include "core/risk/AssetValidator.h"

namespace palisade {

QStringList AssetValidator::problems(const Asset& asset) const
{
    QStringList out;
    if (asset.name.trimmed().isEmpty())
        out << tr("Give the asset a name.");
    else if (asset.name.size() > maximumNameLength)
        out << tr("The asset name is longer than %1 characters.").arg(maximumNameLength);
    if (asset.owner.trimmed().isEmpty())
        out << tr("Name the asset's owner: who answers for the system and its ePHI.");
    for (std::size_t i = 0; i < asset.dataFlows.size(); ++i) {
        const DataFlow& flow = asset.dataFlows[i];
        if (flow.source.trimmed().isEmpty() || flow.destination.trimmed().isEmpty())
            out << tr("Data flow %1 needs both where the data comes from and where it goes.")
                       .arg(i + 1);
    }
    return out;
}

} // namespace palisade
