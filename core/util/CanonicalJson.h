#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace palisade {

// Compact JSON with object keys in UTF-16 code-unit order (QJsonObject's order;
// the same as code-point order for every key below U+E000); the form hashed by
// the audit trail. An empty object serializes as "{}".
QByteArray canonicalJson(const QJsonObject& object);

} // namespace palisade
