#include "core/training/TrainingMatrixExporter.h"

#include "core/io/SheetFile.h"
#include "core/training/TrainingDueList.h"
#include "core/training/TrainingRegister.h"
#include "core/util/IsoDate.h"

#include <QHash>
#include <algorithm>
#include <utility>

namespace palisade {
namespace {

bool onWorkforce(const Person& person, const QDate& asOf)
{
    if (person.hiredOn.isValid() && person.hiredOn > asOf)
        return false;
    return !(person.isTerminated() && person.terminatedOn.isValid() && person.terminatedOn < asOf);
}

QDate entryDate(const DueItem& item)
{
    switch (item.state) {
    case DueState::Complete:
    case DueState::EndedByTermination:
        return item.lastCompletion.value_or(QDate());
    case DueState::DueSoon:
    case DueState::Overdue:
    case DueState::NotYetDue:
        return item.nextDue.value_or(QDate());
    case DueState::NotRequired:
        break;
    }
    return {};
}

} // namespace

TrainingMatrixExporter::TrainingMatrixExporter(const TrainingDueList& list, const QDate& asOf)
    : m_asOf(asOf)
{
    for (const Person& person : list.people()) {
        if (onWorkforce(person, asOf))
            m_people.push_back(person);
    }
    for (const Course& course : list.courses()) {
        if (!course.isRetired() || course.retiredOn > asOf)
            m_courses.push_back(course);
    }
    std::stable_sort(m_people.begin(), m_people.end(), [](const Person& a, const Person& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    std::stable_sort(m_courses.begin(), m_courses.end(), [](const Course& a, const Course& b) {
        return a.title.localeAwareCompare(b.title) < 0;
    });

    QHash<std::pair<qint64, qint64>, DueItem> items;
    for (const DueItem& item : list.items(asOf))
        items.insert({item.personId, item.courseId}, item);
    for (const Person& person : m_people) {
        std::vector<Entry> row;
        for (const Course& course : m_courses) {
            const auto found = items.constFind({person.id, course.id});
            if (found == items.constEnd())
                row.push_back({});
            else
                row.push_back({found->state, entryDate(*found)});
        }
        m_entries.push_back(std::move(row));
    }
}

Result<TrainingMatrixExporter>
TrainingMatrixExporter::fromRegister(const TrainingRegister& training, const QDate& asOf)
{
    Result<TrainingDueList> list = training.dueList();
    if (!list)
        return list.error();
    return TrainingMatrixExporter(*list, asOf);
}

QString TrainingMatrixExporter::entryText(const Entry& entry)
{
    const QString word = dueStateLabel(entry.state);
    if (!entry.date.isValid())
        return word;
    switch (entry.state) {
    case DueState::Complete:
    case DueState::EndedByTermination:
        return tr("%1 (completed %2)").arg(word, isoDate(entry.date));
    case DueState::DueSoon:
    case DueState::Overdue:
    case DueState::NotYetDue:
        return tr("%1 (due %2)").arg(word, isoDate(entry.date));
    case DueState::NotRequired:
        break;
    }
    return word;
}

QStringList TrainingMatrixExporter::csvHeader() const
{
    QStringList header{tr("Name"), tr("Employee ID"), tr("Department")};
    for (const Course& course : m_courses)
        header << course.title;
    return header;
}

QList<QStringList> TrainingMatrixExporter::csvRows() const
{
    QList<QStringList> rows;
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        const Person& person = m_people[i];
        QStringList row{person.name, person.employeeId, person.department};
        for (const Entry& entry : m_entries[i])
            row << entryText(entry);
        rows << row;
    }
    return rows;
}

XlsxSheet TrainingMatrixExporter::sheet() const
{
    QStringList header{tr("Name"), tr("Employee ID"), tr("Department")};
    for (const Course& course : m_courses)
        header << course.title << tr("%1: date").arg(course.title);
    QList<XlsxRow> rows;
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        const Person& person = m_people[i];
        XlsxRow row{XlsxCell(person.name), XlsxCell(person.employeeId),
                    person.department.isEmpty() ? XlsxCell() : XlsxCell(person.department)};
        for (const Entry& entry : m_entries[i]) {
            row << XlsxCell(dueStateLabel(entry.state))
                << (entry.date.isValid() ? XlsxCell(entry.date) : XlsxCell());
        }
        rows << row;
    }
    return SheetFile::sheet(tr("Training %1").arg(isoDate(m_asOf)), header, rows);
}

Result<void> TrainingMatrixExporter::saveCsv(const QString& path, OverwritePolicy policy) const
{
    return SheetFile::saveCsv(csvHeader(), csvRows(), path, policy);
}

Result<void> TrainingMatrixExporter::saveXlsx(const QString& path, OverwritePolicy policy) const
{
    return SheetFile::saveXlsx(sheet(), path, policy);
}

} // namespace palisade
