#include "core/vendors/AgreementDirection.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<AgreementDirection, 2> keys{{
    {AgreementDirection::Upstream, QLatin1String("upstream")},
    {AgreementDirection::Downstream, QLatin1String("downstream")},
}};

} // namespace

QString agreementDirectionKey(AgreementDirection value)
{
    return keyOf(keys, value);
}

std::optional<AgreementDirection> agreementDirectionFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString agreementDirectionLabel(AgreementDirection value)
{
    switch (value) {
    case AgreementDirection::Upstream:
        return QCoreApplication::translate("palisade::AgreementDirection",
                                           "Upstream (We Are Their BA)");
    case AgreementDirection::Downstream:
        return QCoreApplication::translate("palisade::AgreementDirection",
                                           "Downstream (Our Subcontractor)");
    }
    return {};
}

std::array<AgreementDirection, 2> allAgreementDirections()
{
    return valuesOf(keys);
}

} // namespace palisade
