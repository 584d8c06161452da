#include "ui/incidents/IncidentDeadlineText.h"

#include "core/util/IsoDate.h"

namespace palisade::ui {

QString IncidentDeadlineText::recipient(const RequiredNotification& notice)
{
    switch (notice.recipient) {
    case NotificationRecipient::CoveredEntity:
        return notice.recipientName.isEmpty() ? tr("Covered entity") : notice.recipientName;
    case NotificationRecipient::Individuals:
        return tr("Individuals");
    case NotificationRecipient::Hhs:
        return notice.annualLog ? tr("HHS (annual log)") : tr("HHS");
    case NotificationRecipient::Media:
        return tr("Media in %1").arg(notice.jurisdiction);
    case NotificationRecipient::StateAuthority:
        return tr("%1 authority").arg(notice.jurisdiction);
    }
    return {};
}

QString IncidentDeadlineText::daysText(qint64 daysLeft)
{
    if (daysLeft == 0)
        return tr("due today");
    if (daysLeft < 0)
        return tr("%n day(s) overdue", nullptr, int(-daysLeft));
    return tr("in %n day(s)", nullptr, int(daysLeft));
}

QString IncidentDeadlineText::countdown(const IncidentDeadline& deadline)
{
    const QString who = recipient(deadline.notice);
    if (deadline.sent)
        return tr("%1 sent %2").arg(who, isoDate(deadline.sentOn));
    return tr("%1 %2").arg(who, daysText(deadline.daysLeft));
}

} // namespace palisade::ui
