#include "core/risk/AssetKind.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {

namespace {

constexpr KeyTable<AssetKind, 7> keys{{
    {AssetKind::Application, QLatin1String("application")},
    {AssetKind::Server, QLatin1String("server")},
    {AssetKind::WorkstationFleet, QLatin1String("workstation_fleet")},
    {AssetKind::MobileDevices, QLatin1String("mobile_devices")},
    {AssetKind::CloudService, QLatin1String("cloud_service")},
    {AssetKind::PaperFax, QLatin1String("paper_fax")},
    {AssetKind::Network, QLatin1String("network")},
}};

} // namespace

QString assetKindKey(AssetKind value)
{
    return keyOf(keys, value);
}

std::optional<AssetKind> assetKindFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString assetKindLabel(AssetKind value)
{
    switch (value) {
    case AssetKind::Application:
        return QCoreApplication::translate("palisade::AssetKind", "Application");
    case AssetKind::Server:
        return QCoreApplication::translate("palisade::AssetKind", "Server");
    case AssetKind::WorkstationFleet:
        return QCoreApplication::translate("palisade::AssetKind", "Workstation Fleet");
    case AssetKind::MobileDevices:
        return QCoreApplication::translate("palisade::AssetKind", "Mobile Devices");
    case AssetKind::CloudService:
        return QCoreApplication::translate("palisade::AssetKind", "Cloud Service");
    case AssetKind::PaperFax:
        return QCoreApplication::translate("palisade::AssetKind", "Paper / Fax");
    case AssetKind::Network:
        return QCoreApplication::translate("palisade::AssetKind", "Network");
    }
    return {};
}

std::array<AssetKind, 7> allAssetKinds()
{
    return valuesOf(keys);
}

} // namespace palisade
