#include "core/vendors/PhiDisposition.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<PhiDisposition, 4> keys{{
    {PhiDisposition::Pending, QLatin1String("pending")},
    {PhiDisposition::Returned, QLatin1String("returned")},
    {PhiDisposition::Destroyed, QLatin1String("destroyed")},
    {PhiDisposition::ProtectionsExtended, QLatin1String("protections_extended")},
}};

} // namespace

QString phiDispositionKey(PhiDisposition value)
{
    return keyOf(keys, value);
}

std::optional<PhiDisposition> phiDispositionFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString phiDispositionLabel(PhiDisposition value)
{
    switch (value) {
    case PhiDisposition::Pending:
        return QCoreApplication::translate("palisade::PhiDisposition", "Not Yet Attested");
    case PhiDisposition::Returned:
        return QCoreApplication::translate("palisade::PhiDisposition", "Returned");
    case PhiDisposition::Destroyed:
        return QCoreApplication::translate("palisade::PhiDisposition", "Destroyed");
    case PhiDisposition::ProtectionsExtended:
        return QCoreApplication::translate("palisade::PhiDisposition",
                                           "Return Infeasible, Protections Extended");
    }
    return {};
}

std::array<PhiDisposition, 4> allPhiDispositions()
{
    return valuesOf(keys);
}

} // namespace palisade
