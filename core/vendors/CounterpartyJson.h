#pragma once

#include "core/vendors/Counterparty.h"

#include <QJsonObject>

namespace palisade {

// The JSON form of a counterparty, as the audit trail records it.
class CounterpartyJson
{
public:
    static QJsonObject toJson(const Counterparty& counterparty);
};

} // namespace palisade
