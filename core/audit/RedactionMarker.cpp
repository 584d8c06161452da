#include "core/audit/RedactionMarker.h"

#include "core/util/CanonicalJson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace palisade {
namespace {

const QString redactedKey = QStringLiteral("redacted");
const QString byEventKey = QStringLiteral("by_event");
const QString sha256Key = QStringLiteral("sha256");

bool isLowerHexDigest(const QString& text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

} // namespace

QByteArray RedactionMarker::toJson() const
{
    const QJsonObject inner{{byEventKey, byEvent}, {sha256Key, sha256}};
    return canonicalJson(QJsonObject{{redactedKey, inner}});
}

std::optional<RedactionMarker> RedactionMarker::parse(const QByteArray& json)
{
    // Cheap test first: verification looks at every side of every event.
    if (!json.startsWith("{\"redacted\":{"))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject outer = document.object();
    if (outer.size() != 1 || !outer.value(redactedKey).isObject())
        return std::nullopt;
    const QJsonObject inner = outer.value(redactedKey).toObject();
    if (inner.size() != 2 || !inner.value(byEventKey).isDouble() ||
        !inner.value(sha256Key).isString())
        return std::nullopt;
    RedactionMarker marker;
    marker.byEvent = inner.value(byEventKey).toInteger();
    marker.sha256 = inner.value(sha256Key).toString();
    if (marker.byEvent < 1 || !isLowerHexDigest(marker.sha256) || marker.toJson() != json)
        return std::nullopt;
    return marker;
}

QString RedactionMarker::listKey()
{
    return QStringLiteral("redacted_events");
}

} // namespace palisade
