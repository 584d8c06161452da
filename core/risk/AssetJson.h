#pragma once

#include "core/risk/Asset.h"
#include "core/util/Result.h"

#include <QJsonObject>

namespace palisade {

// The JSON form of an asset with its data flows, as the audit trail records it.
class AssetJson
{
public:
    static QJsonObject toJson(const Asset& asset);
    static Result<Asset> fromJson(const QJsonObject& json);
};

} // namespace palisade
