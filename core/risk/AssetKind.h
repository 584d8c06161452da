#pragma once

#include <QString>

#include <array>
#include <optional>

namespace palisade {

// Kinds of asset that create, receive, keep or send ePHI.
enum class AssetKind
{
    Application,
    Server,
    WorkstationFleet,
    MobileDevices,
    CloudService,
    PaperFax,
    Network,
};

QString assetKindKey(AssetKind value); // stored form, e.g. "application"
std::optional<AssetKind> assetKindFromKey(const QString& key);
QString assetKindLabel(AssetKind value); // translated
std::array<AssetKind, 7> allAssetKinds();

} // namespace palisade
