#pragma once

#include "core/vendors/Counterparty.h"

#include <QCoreApplication>
#include <QStringList>

namespace palisade {

// The rules a counterparty must satisfy before it is stored. Name uniqueness
// and asset links need the store, so the register checks those itself.
class CounterpartyValidator
{
    Q_DECLARE_TR_FUNCTIONS(palisade::CounterpartyValidator)

public:
    static constexpr int maximumNameLength = 200;

    QStringList problems(const Counterparty& counterparty) const;
};

} // namespace palisade
