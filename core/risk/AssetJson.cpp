#include "core/risk/AssetJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace palisade {

QJsonObject AssetJson::toJson(const Asset& asset)
{
    QJsonArray flows;
    for (const DataFlow& flow : asset.dataFlows) {
        flows.append(QJsonObject{
            {QStringLiteral("source"), flow.source},
            {QStringLiteral("destination"), flow.destination},
            {QStringLiteral("channel"), flow.channel},
            {QStringLiteral("encrypted_in_transit"), flow.encryptedInTransit},
        });
    }
    return QJsonObject{
        {QStringLiteral("id"), QString::number(asset.id)},
        {QStringLiteral("name"), asset.name},
        {QStringLiteral("kind"), assetKindKey(asset.kind)},
        {QStringLiteral("location"), asset.location},
        {QStringLiteral("owner"), asset.owner},
        {QStringLiteral("phi_held"), asset.phiHeld},
        {QStringLiteral("notes"), asset.notes},
        {QStringLiteral("data_flows"), flows},
    };
}

Result<Asset> AssetJson::fromJson(const QJsonObject& json)
{
    Asset asset;
    bool idOk = false;
    asset.id = json.value(QStringLiteral("id")).toString().toLongLong(&idOk);
    const auto kind = assetKindFromKey(json.value(QStringLiteral("kind")).toString());
    if (!idOk || !kind) {
        return Error{
            ErrorKind::Integrity,
            QCoreApplication::translate("palisade::AssetJson", "A recorded asset is malformed."),
            {}};
    }
    asset.kind = *kind;
    asset.name = json.value(QStringLiteral("name")).toString();
    asset.location = json.value(QStringLiteral("location")).toString();
    asset.owner = json.value(QStringLiteral("owner")).toString();
    asset.phiHeld = json.value(QStringLiteral("phi_held")).toString();
    asset.notes = json.value(QStringLiteral("notes")).toString();
    for (const QJsonValue& item : json.value(QStringLiteral("data_flows")).toArray()) {
        const QJsonObject flow = item.toObject();
        asset.dataFlows.push_back(DataFlow{
            flow.value(QStringLiteral("source")).toString(),
            flow.value(QStringLiteral("destination")).toString(),
            flow.value(QStringLiteral("channel")).toString(),
            flow.value(QStringLiteral("encrypted_in_transit")).toBool(),
        });
    }
    return asset;
}

} // namespace palisade
