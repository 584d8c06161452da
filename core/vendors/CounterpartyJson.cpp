#include "core/vendors/CounterpartyJson.h"

#include <QJsonArray>

namespace palisade {

QJsonObject CounterpartyJson::toJson(const Counterparty& counterparty)
{
    QJsonArray contacts;
    for (const Contact& contact : counterparty.contacts) {
        contacts.append(QJsonObject{
            {QStringLiteral("name"), contact.name},
            {QStringLiteral("role"), contact.role},
            {QStringLiteral("email"), contact.email},
            {QStringLiteral("phone"), contact.phone},
        });
    }
    QJsonArray assets;
    for (qint64 id : counterparty.assetIds)
        assets.append(QString::number(id));
    return QJsonObject{
        {QStringLiteral("id"), QString::number(counterparty.id)},
        {QStringLiteral("name"), counterparty.name},
        {QStringLiteral("relationship"), counterpartyRelationshipKey(counterparty.relationship)},
        {QStringLiteral("services"), counterparty.services},
        {QStringLiteral("phi_types"), counterparty.phiTypes},
        {QStringLiteral("shares_phi"), counterparty.sharesPhi},
        {QStringLiteral("notes"), counterparty.notes},
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("asset_ids"), assets},
    };
}

} // namespace palisade
