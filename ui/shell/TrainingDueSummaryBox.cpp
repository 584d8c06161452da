#include "ui/shell/TrainingDueSummaryBox.h"

#include "core/program/Program.h"
#include "core/training/TrainingDueList.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"

#include <QHash>
#include <algorithm>

namespace palisade::ui {

TrainingDueSummaryBox::TrainingDueSummaryBox(Program& program, QWidget* parent)
    : DueSummaryBox(tr("Workforce training"), tr("Open Training"), QStringLiteral("trainingDue"),
                    parent)
    , m_program(program)
{
    refresh();
}

bool TrainingDueSummaryBox::available() const
{
    return m_program.isOpen();
}

Result<std::vector<DueSummaryBox::Line>> TrainingDueSummaryBox::lines() const
{
    Result<TrainingDueList> list = m_program.training().dueList();
    if (!list)
        return list.error();
    QHash<qint64, QString> names;
    for (const Person& person : list->people())
        names.insert(person.id, person.name);
    QHash<qint64, QString> titles;
    for (const Course& course : list->courses())
        titles.insert(course.id, course.title);

    std::vector<DueItem> items = list->items(m_program.clock().today());
    // PHI access without the training first, then the longest overdue, then
    // the soonest due.
    const auto rank = [](const DueItem& item) {
        const bool outstanding =
            item.state == DueState::Overdue || item.state == DueState::DueSoon;
        if (item.accessBeforeTraining && outstanding)
            return 0;
        return item.state == DueState::Overdue ? 1 : 2;
    };
    std::erase_if(items, [&](const DueItem& item) {
        return rank(item) == 2 && item.state != DueState::DueSoon;
    });
    std::stable_sort(items.begin(), items.end(), [&](const DueItem& a, const DueItem& b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (a.daysOverdue != b.daysOverdue)
            return a.daysOverdue > b.daysOverdue;
        return a.nextDue < b.nextDue;
    });

    std::vector<Line> out;
    out.reserve(items.size());
    for (const DueItem& item : items) {
        const QString title = titles.value(item.courseId);
        const QString due = item.nextDue ? isoDate(*item.nextDue) : QString();
        QString message;
        if (rank(item) == 0)
            message = tr("PHI access without %1 (due %2)").arg(title, due);
        else if (item.state == DueState::Overdue)
            message =
                tr("%1 overdue by %n day(s), since %2", nullptr, item.daysOverdue).arg(title, due);
        else
            message = tr("%1 due on %2").arg(title, due);
        out.push_back(Line{names.value(item.personId), message, rank(item) < 2});
    }
    return out;
}

QString TrainingDueSummaryBox::nothingDueText() const
{
    const Result<std::vector<Person>> people = m_program.workforce().people();
    if (people && people->empty())
        return tr("No one is on the workforce roster yet. Add people or import them from your "
                  "HR or learning system on the Training page.");
    return tr("Nothing due: everyone is current with the courses that apply to them, and "
              "nothing falls due in the next 30 days.");
}

QString TrainingDueSummaryBox::moreText(int count) const
{
    return tr("…and %n more on the Training page.", nullptr, count);
}

} // namespace palisade::ui
