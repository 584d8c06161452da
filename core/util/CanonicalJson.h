#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace palisade {

// Compact JSON with object keys in code-point order; the form hashed by the
// audit trail. An empty object serializes as "{}".
QByteArray canonicalJson(const QJsonObject& object);

} // namespace palisade
