#include "core/util/JsonText.h"

#include "core/util/CanonicalJson.h"

#include <QJsonDocument>

namespace palisade {

JsonText::JsonText()
    : m_bytes(QByteArrayLiteral("{}"))
{
}

JsonText::JsonText(const QJsonObject& object)
    : m_bytes(canonicalJson(object))
{
}

JsonText::JsonText(std::initializer_list<std::pair<QString, QJsonValue>> members)
    : JsonText(QJsonObject(members))
{
}

JsonText::JsonText(QByteArray canonical)
    : m_bytes(std::move(canonical))
{
}

QJsonObject JsonText::object() const
{
    return QJsonDocument::fromJson(m_bytes).object();
}

} // namespace palisade
