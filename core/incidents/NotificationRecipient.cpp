#include "core/incidents/NotificationRecipient.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<NotificationRecipient, 5> keys{{
    {NotificationRecipient::CoveredEntity, QLatin1String("covered_entity")},
    {NotificationRecipient::Individuals, QLatin1String("individuals")},
    {NotificationRecipient::Hhs, QLatin1String("hhs")},
    {NotificationRecipient::Media, QLatin1String("media")},
    {NotificationRecipient::StateAuthority, QLatin1String("state_authority")},
}};

} // namespace

QString notificationRecipientKey(NotificationRecipient value)
{
    return keyOf(keys, value);
}

std::optional<NotificationRecipient> notificationRecipientFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString notificationRecipientLabel(NotificationRecipient value)
{
    switch (value) {
    case NotificationRecipient::CoveredEntity:
        return QCoreApplication::translate("palisade::NotificationRecipient", "Covered entity");
    case NotificationRecipient::Individuals:
        return QCoreApplication::translate("palisade::NotificationRecipient",
                                           "Affected individuals");
    case NotificationRecipient::Hhs:
        return QCoreApplication::translate("palisade::NotificationRecipient", "HHS");
    case NotificationRecipient::Media:
        return QCoreApplication::translate("palisade::NotificationRecipient", "Media");
    case NotificationRecipient::StateAuthority:
        return QCoreApplication::translate("palisade::NotificationRecipient", "State authority");
    }
    return {};
}

std::array<NotificationRecipient, 5> allNotificationRecipients()
{
    return valuesOf(keys);
}

} // namespace palisade
