#pragma once

#include "core/evidence/PackBundle.h"
#include "core/evidence/PackBundleFile.h"

#include <QJsonObject>
#include <optional>

namespace palisade {

// The JSON of an evidence bundle as its audit event records it (and
// `pack export --json` prints it), and of one file of a bundle as its
// manifest lists it.
class PackBundleJson
{
public:
    static QJsonObject toJson(const PackBundle& bundle);
    // Nothing when `json` is not a bundle's record.
    static std::optional<PackBundle> fromJson(const QJsonObject& json);

    static QJsonObject fileJson(const PackBundleFile& file);
    static std::optional<PackBundleFile> fileFromJson(const QJsonObject& json);
};

} // namespace palisade
