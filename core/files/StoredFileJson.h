#pragma once

#include "core/files/StoredFile.h"

#include <QJsonObject>

namespace palisade {

// The JSON form of a stored file's details (never its bytes), as audit events
// of the records that carry it show it.
class StoredFileJson
{
public:
    static QJsonObject toJson(const StoredFile& file);
};

} // namespace palisade
