#include "core/vendors/AgreementStatus.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<AgreementStatus, 5> keys{{
    {AgreementStatus::Draft, QLatin1String("draft")},
    {AgreementStatus::InNegotiation, QLatin1String("in_negotiation")},
    {AgreementStatus::Active, QLatin1String("active")},
    {AgreementStatus::Expired, QLatin1String("expired")},
    {AgreementStatus::Terminated, QLatin1String("terminated")},
}};

} // namespace

QString agreementStatusKey(AgreementStatus value)
{
    return keyOf(keys, value);
}

std::optional<AgreementStatus> agreementStatusFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString agreementStatusLabel(AgreementStatus value)
{
    switch (value) {
    case AgreementStatus::Draft:
        return QCoreApplication::translate("palisade::AgreementStatus", "Draft");
    case AgreementStatus::InNegotiation:
        return QCoreApplication::translate("palisade::AgreementStatus", "In Negotiation");
    case AgreementStatus::Active:
        return QCoreApplication::translate("palisade::AgreementStatus", "Active");
    case AgreementStatus::Expired:
        return QCoreApplication::translate("palisade::AgreementStatus", "Expired");
    case AgreementStatus::Terminated:
        return QCoreApplication::translate("palisade::AgreementStatus", "Terminated");
    }
    return {};
}

std::array<AgreementStatus, 5> allAgreementStatuses()
{
    return valuesOf(keys);
}

bool agreementStatusChangeAllowed(AgreementStatus from, AgreementStatus to)
{
    if (from == to)
        return true;
    switch (from) {
    case AgreementStatus::Draft:
    case AgreementStatus::InNegotiation:
        return to != AgreementStatus::Expired;
    case AgreementStatus::Active:
        return to == AgreementStatus::Expired || to == AgreementStatus::Terminated;
    case AgreementStatus::Expired:
        return to == AgreementStatus::Active || to == AgreementStatus::Terminated;
    case AgreementStatus::Terminated:
        return false;
    }
    return false;
}

bool agreementStatusIsSigned(AgreementStatus status)
{
    return status == AgreementStatus::Active || status == AgreementStatus::Expired ||
           status == AgreementStatus::Terminated;
}

} // namespace palisade
