#pragma once

#include "core/program/Program.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskRegister.h"

#include <QDate>
#include <stdexcept>

namespace palisade::test {

inline Asset sampleAsset(const QString& name, AssetKind kind, const QString& owner,
                         std::vector<DataFlow> flows = {})
{
    Asset asset;
    asset.name = name;
    asset.kind = kind;
    asset.owner = owner;
    asset.location = QStringLiteral("Billing office");
    asset.phiHeld = QStringLiteral("Claims, diagnosis codes");
    asset.dataFlows = std::move(flows);
    return asset;
}

inline Asset addAsset(Program& program, Asset asset)
{
    Result<Asset> added = program.assets().add(std::move(asset));
    if (!added)
        throw std::runtime_error(added.error().message.toStdString());
    return *added;
}

inline Risk addRiskNaming(Program& program, qint64 assetId)
{
    Risk risk;
    risk.title = QStringLiteral("Stolen coder laptop exposes claim exports");
    risk.owner = QStringLiteral("Dana Whitfield");
    risk.inherent = RiskRating{RiskLevel::High, RiskLevel::High};
    risk.identifiedOn = QDate(2026, 2, 10);
    risk.assetIds = {assetId};
    Result<Risk> added = program.risks().add(risk);
    if (!added)
        throw std::runtime_error(added.error().message.toStdString());
    return *added;
}

} // namespace palisade::test
