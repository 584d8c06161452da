#pragma once

#include "core/incidents/IncidentDeadline.h"
#include "core/incidents/RequiredNotification.h"

#include <QCoreApplication>
#include <QString>

namespace palisade::ui {

// How a notice owed for a breach is named and counted down wherever
// incidents are shown, so the log, its detail and the dashboard agree:
// "Individuals in 12 days", "HHS 3 days overdue".
class IncidentDeadlineText
{
    Q_DECLARE_TR_FUNCTIONS(palisade::ui::IncidentDeadlineText)

public:
    // Within this many days an unsent notice is shown as due soon.
    static constexpr int soonDays = 14;

    // Who the notice goes to, short: "Individuals", "HHS (annual log)",
    // "Media in FL", "FL authority", the covered entity's name.
    static QString recipient(const RequiredNotification& notice);
    // "Individuals in 12 days", "Individuals due today", "HHS 3 days overdue",
    // "Individuals sent 2026-03-04".
    static QString countdown(const IncidentDeadline& deadline);
    // "in 12 days", "due today", "3 days overdue".
    static QString daysText(qint64 daysLeft);
};

} // namespace palisade::ui
