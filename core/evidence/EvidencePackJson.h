#pragma once

#include "core/evidence/EvidencePack.h"

#include <QJsonObject>

namespace palisade {

// The JSON form of an exported evidence pack, as its audit event and
// `pack list --json` give it.
class EvidencePackJson
{
public:
    static QJsonObject toJson(const EvidencePack& pack);
};

} // namespace palisade
