#pragma once

#include "core/risk/Asset.h"

#include <QCoreApplication>
#include <QStringList>

namespace palisade {

// The rules an asset must satisfy before it is stored. Name uniqueness needs
// the store, so the register checks that itself.
class AssetValidator
{
    Q_DECLARE_TR_FUNCTIONS(palisade::AssetValidator)

public:
    static constexpr int maximumNameLength = 200;

    QStringList problems(const Asset& asset) const;
};

} // namespace palisade
