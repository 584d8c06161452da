#include "core/util/CanonicalJson.h"

#include <QJsonDocument>

namespace palisade {

QByteArray canonicalJson(const QJsonObject& object)
{
    // QJsonObject keeps its keys sorted and compact output has no whitespace,
    // so QJsonDocument's compact form is already canonical.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace palisade
