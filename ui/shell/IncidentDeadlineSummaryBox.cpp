#include "ui/shell/IncidentDeadlineSummaryBox.h"

#include "core/incidents/BreachReporting.h"
#include "core/incidents/IncidentRegister.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "ui/incidents/IncidentDeadlineText.h"

#include <algorithm>

namespace palisade::ui {

IncidentDeadlineSummaryBox::IncidentDeadlineSummaryBox(Program& program, QWidget* parent)
    : DueSummaryBox(tr("Breach notification deadlines"), tr("Open Incidents"),
                    QStringLiteral("incidentDue"), parent)
    , m_program(program)
{
    refresh();
}

bool IncidentDeadlineSummaryBox::available() const
{
    return m_program.isOpen();
}

Result<std::vector<DueSummaryBox::Line>> IncidentDeadlineSummaryBox::lines() const
{
    Result<std::vector<IncidentDeadline>> deadlines =
        BreachReporting(m_program).deadlines(m_program.clock().today());
    if (!deadlines)
        return deadlines.error();
    std::vector<IncidentDeadline> due;
    std::copy_if(deadlines->begin(), deadlines->end(), std::back_inserter(due),
                 [](const IncidentDeadline& deadline) {
                     return !deadline.sent && deadline.daysLeft <= comingDays;
                 });
    // Already sorted by due date: the longest overdue come first, then the soonest due.
    std::stable_sort(due.begin(), due.end(),
                     [](const IncidentDeadline& a, const IncidentDeadline& b) {
                         return a.daysLeft < b.daysLeft;
                     });
    std::vector<Line> out;
    out.reserve(due.size());
    for (const IncidentDeadline& deadline : due) {
        const QString subject = tr("%1 %2").arg(deadline.reference, deadline.title);
        const QString who = IncidentDeadlineText::recipient(deadline.notice);
        const QString when = isoDate(deadline.notice.dueOn);
        QString message;
        if (deadline.overdue)
            message =
                tr("notice to %1 overdue by %n day(s), due %2", nullptr, int(-deadline.daysLeft))
                    .arg(who, when);
        else if (deadline.daysLeft == 0)
            message = tr("notice to %1 due today").arg(who);
        else
            message = tr("notice to %1 due on %2, in %n day(s)", nullptr, int(deadline.daysLeft))
                          .arg(who, when);
        out.push_back(Line{subject, message, deadline.overdue});
    }
    return out;
}

QString IncidentDeadlineSummaryBox::nothingDueText() const
{
    const Result<std::vector<Incident>> incidents = m_program.incidents().incidents();
    if (incidents && incidents->empty())
        return tr("No incidents recorded. When something happens, report it on the Incidents "
                  "page: the notices a breach calls for are counted down from discovery.");
    return tr("Nothing due: no breach notice is overdue or falls due in the next 30 days.");
}

QString IncidentDeadlineSummaryBox::moreText(int count) const
{
    return tr("…and %n more on the Incidents page.", nullptr, count);
}

} // namespace palisade::ui
