#pragma once

#include "core/risk/AssetKind.h"
#include "core/risk/DataFlow.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace palisade {

// Something that creates, receives, keeps or sends ePHI.
struct Asset
{
    qint64 id = 0; // 0 until stored
    QString name;
    AssetKind kind = AssetKind::Application;
    QString location;
    QString owner;
    QString phiHeld; // which PHI it holds, e.g. "claims, diagnosis codes, SSNs"
    QString notes;
    std::vector<DataFlow> dataFlows;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    friend bool operator==(const Asset&, const Asset&) = default;
};

} // namespace palisade
