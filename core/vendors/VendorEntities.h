#pragma once

#include <QString>

namespace palisade::vendorentity {

// The entity names the vendor inventory's audit events carry. Stored in every
// event, so they never change.
inline QString counterparty()
{
    return QStringLiteral("counterparty");
}
inline QString agreement()
{
    return QStringLiteral("agreement");
}
inline QString document()
{
    return QStringLiteral("agreement_document");
}

} // namespace palisade::vendorentity
