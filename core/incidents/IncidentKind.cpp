#include "core/incidents/IncidentKind.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<IncidentKind, 7> keys{{
    {IncidentKind::MisdirectedCommunication, QLatin1String("misdirected_communication")},
    {IncidentKind::LostOrStolenDevice, QLatin1String("lost_or_stolen_device")},
    {IncidentKind::PhishingCompromise, QLatin1String("phishing_compromise")},
    {IncidentKind::WrongPatientAttachment, QLatin1String("wrong_patient_attachment")},
    {IncidentKind::UnauthorizedAccess, QLatin1String("unauthorized_access")},
    {IncidentKind::Ransomware, QLatin1String("ransomware")},
    {IncidentKind::Other, QLatin1String("other")},
}};

} // namespace

QString incidentKindKey(IncidentKind value)
{
    return keyOf(keys, value);
}

std::optional<IncidentKind> incidentKindFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString incidentKindLabel(IncidentKind value)
{
    switch (value) {
    case IncidentKind::MisdirectedCommunication:
        return QCoreApplication::translate("palisade::IncidentKind", "Misdirected fax or email");
    case IncidentKind::LostOrStolenDevice:
        return QCoreApplication::translate("palisade::IncidentKind", "Lost or stolen device");
    case IncidentKind::PhishingCompromise:
        return QCoreApplication::translate("palisade::IncidentKind", "Phishing compromise");
    case IncidentKind::WrongPatientAttachment:
        return QCoreApplication::translate("palisade::IncidentKind", "Wrong-patient attachment");
    case IncidentKind::UnauthorizedAccess:
        return QCoreApplication::translate("palisade::IncidentKind", "Unauthorized access");
    case IncidentKind::Ransomware:
        return QCoreApplication::translate("palisade::IncidentKind", "Ransomware");
    case IncidentKind::Other:
        return QCoreApplication::translate("palisade::IncidentKind", "Other");
    }
    return {};
}

std::array<IncidentKind, 7> allIncidentKinds()
{
    return valuesOf(keys);
}

} // namespace palisade
