#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// Who a breach notification goes to (164.404-410, and state law).
enum class NotificationRecipient
{
    CoveredEntity,
    Individuals,
    Hhs,
    Media,
    StateAuthority,
};

QString
notificationRecipientKey(NotificationRecipient value); // stored form, e.g. "state_authority"
std::optional<NotificationRecipient> notificationRecipientFromKey(const QString& key);
QString notificationRecipientLabel(NotificationRecipient value); // translated
std::array<NotificationRecipient, 5> allNotificationRecipients();

} // namespace palisade
