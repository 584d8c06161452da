#include "ui/training/TrainingMatrixModel.h"

#include "core/program/Program.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "ui/training/DueStateColors.h"

#include <QFont>
#include <QSet>
#include <algorithm>

namespace palisade::ui {

TrainingMatrixModel::TrainingMatrixModel(Program& program, QObject* parent)
    : QAbstractTableModel(parent)
    , m_program(program)
    , m_asOf(program.clock().today())
{
}

bool TrainingMatrixModel::setAsOf(const QDate& asOf)
{
    if (asOf.isValid())
        m_asOf = asOf;
    return reload();
}

bool TrainingMatrixModel::reload()
{
    if (!m_program.isOpen())
        return false;
    Result<std::vector<Person>> people = m_program.workforce().people();
    Result<std::vector<Course>> courses = m_program.training().courses();
    Result<std::vector<DueItem>> items = m_program.training().dueItems(m_asOf);
    Result<std::vector<WorkforceRole>> roles = m_program.workforce().roles();
    const Error* failed = !people    ? &people.error()
                          : !courses ? &courses.error()
                          : !items   ? &items.error()
                          : !roles   ? &roles.error()
                                     : nullptr;

    std::vector<Person> shownPeople;
    std::vector<Course> shownCourses;
    if (!failed) {
        // Someone hired after the day was not on the workforce yet.
        for (const Person& person : *people) {
            if (!person.hiredOn.isValid() || person.hiredOn <= m_asOf)
                shownPeople.push_back(person);
        }
        QSet<qint64> shownIds;
        for (const Person& person : shownPeople)
            shownIds.insert(person.id);
        QSet<qint64> applying;
        for (const DueItem& item : *items) {
            if (shownIds.contains(item.personId))
                applying.insert(item.courseId);
        }
        for (const Course& course : *courses) {
            const bool retired = course.isRetired() && course.retiredOn <= m_asOf;
            if (!retired && applying.contains(course.id))
                shownCourses.push_back(course);
        }
    }

    beginResetModel();
    m_lastError = failed ? failed->message : QString();
    m_peopleOnFile = failed ? 0 : int(people->size());
    m_coursesOnFile = failed ? 0 : int(courses->size());
    m_people = std::move(shownPeople);
    m_courses = std::move(shownCourses);
    m_roles = failed ? std::vector<WorkforceRole>() : std::move(roles).value();
    m_roleLabels.clear();
    for (const WorkforceRole& role : m_roles)
        m_roleLabels.insert(role.key, role.label);

    QHash<qint64, int> rowOf;
    for (int row = 0; row < int(m_people.size()); ++row)
        rowOf.insert(m_people[size_t(row)].id, row);
    QHash<qint64, int> columnOf;
    for (int column = 0; column < int(m_courses.size()); ++column)
        columnOf.insert(m_courses[size_t(column)].id, column);
    m_items.assign(m_people.size(), std::vector<std::optional<DueItem>>(m_courses.size()));
    m_maxOverdue.assign(m_people.size(), 0);
    m_overdueCount.assign(m_people.size(), 0);
    if (!failed) {
        for (const DueItem& item : *items) {
            const auto row = rowOf.constFind(item.personId);
            const auto column = columnOf.constFind(item.courseId);
            if (row == rowOf.constEnd() || column == columnOf.constEnd())
                continue;
            m_items[size_t(*row)][size_t(*column)] = item;
            if (item.state == DueState::Overdue) {
                m_maxOverdue[size_t(*row)] = std::max(m_maxOverdue[size_t(*row)], item.daysOverdue);
                ++m_overdueCount[size_t(*row)];
            }
        }
    }
    endResetModel();
    return !failed;
}

std::optional<DueItem> TrainingMatrixModel::itemAt(int row, int column) const
{
    if (row < 0 || row >= int(m_items.size()) || column < 1 || column > int(m_courses.size()))
        return std::nullopt;
    return m_items[size_t(row)][size_t(column - 1)];
}

int TrainingMatrixModel::maxDaysOverdue(int row) const
{
    return row >= 0 && row < int(m_maxOverdue.size()) ? m_maxOverdue[size_t(row)] : 0;
}

int TrainingMatrixModel::overdueCount(int row) const
{
    return row >= 0 && row < int(m_overdueCount.size()) ? m_overdueCount[size_t(row)] : 0;
}

int TrainingMatrixModel::rowForPerson(qint64 personId) const
{
    const auto it =
        std::find_if(m_people.begin(), m_people.end(),
                     [personId](const Person& person) { return person.id == personId; });
    return it == m_people.end() ? -1 : int(it - m_people.begin());
}

int TrainingMatrixModel::columnForCourse(qint64 courseId) const
{
    const auto it =
        std::find_if(m_courses.begin(), m_courses.end(),
                     [courseId](const Course& course) { return course.id == courseId; });
    return it == m_courses.end() ? -1 : int(it - m_courses.begin()) + 1;
}

QStringList TrainingMatrixModel::departments() const
{
    QStringList found;
    for (const Person& person : m_people) {
        const QString department = person.department.trimmed();
        if (!department.isEmpty() && !found.contains(department, Qt::CaseInsensitive))
            found.append(department);
    }
    std::sort(found.begin(), found.end(), [](const QString& a, const QString& b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    return found;
}

QString TrainingMatrixModel::cellText(const std::optional<DueItem>& item)
{
    if (!item)
        return QStringLiteral("\u2014");
    switch (item->state) {
    case DueState::Overdue:
        return tr("Overdue %1 d").arg(item->daysOverdue);
    case DueState::DueSoon:
        return tr("Due %1").arg(item->nextDue ? isoDate(*item->nextDue) : QString());
    case DueState::Complete:
        return tr("Complete");
    case DueState::NotYetDue:
        return tr("Not yet due");
    case DueState::NotRequired:
        return QStringLiteral("\u2014");
    case DueState::EndedByTermination:
        return tr("Ended");
    }
    return {};
}

int TrainingMatrixModel::urgency(const std::optional<DueItem>& item) const
{
    // Overdue by days first, then due soonest, then the rest by how much they ask.
    if (!item)
        return 0;
    switch (item->state) {
    case DueState::Overdue:
        return 1'000'000 + item->daysOverdue;
    case DueState::DueSoon:
        return 500'000 - (item->nextDue ? int(m_asOf.daysTo(*item->nextDue)) : 0);
    case DueState::NotYetDue:
        return 3;
    case DueState::Complete:
        return 2;
    case DueState::EndedByTermination:
        return 1;
    case DueState::NotRequired:
        break;
    }
    return 0;
}

int TrainingMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int TrainingMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_courses.size()) + 1;
}

QVariant TrainingMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Person& person = m_people[size_t(row)];
    switch (role) {
    case PersonIdRole:
        return person.id;
    case DepartmentRole:
        return person.department;
    case PersonRolesRole:
        return person.roles;
    case MaxDaysOverdueRole:
        return m_maxOverdue[size_t(row)];
    case OverdueCountRole:
        return m_overdueCount[size_t(row)];
    default:
        break;
    }
    if (index.column() == PersonColumn)
        return personData(row, role);
    return cellData(row, index.column(), role);
}

QVariant TrainingMatrixModel::personData(int row, int role) const
{
    const Person& person = m_people[size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
        return person.department.isEmpty() ? person.name
                                           : tr("%1\n%2").arg(person.name, person.department);
    case SortRole:
        return person.name.toCaseFolded();
    case Qt::ToolTipRole: {
        QStringList roleLabels;
        for (const QString& key : person.roles)
            roleLabels << m_roleLabels.value(key, key);
        QStringList lines{person.name};
        if (!person.employeeId.isEmpty())
            lines << tr("Employee ID: %1").arg(person.employeeId);
        if (!person.department.isEmpty())
            lines << tr("Department: %1").arg(person.department);
        if (!roleLabels.isEmpty())
            lines << tr("Roles: %1").arg(roleLabels.join(tr(", ")));
        if (person.isTerminated() && person.terminatedOn.isValid())
            lines << tr("Left the workforce on %1").arg(isoDate(person.terminatedOn));
        if (const int overdue = m_overdueCount[size_t(row)]; overdue > 0)
            lines << tr("%n course(s) overdue, the longest by %1 days", nullptr, overdue)
                         .arg(m_maxOverdue[size_t(row)]);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        return person.department.isEmpty() ? person.name
                                           : tr("%1, %2").arg(person.name, person.department);
    case Qt::FontRole:
        if (m_overdueCount[size_t(row)] > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TrainingMatrixModel::cellData(int row, int column, int role) const
{
    const Person& person = m_people[size_t(row)];
    const Course& course = m_courses[size_t(column - 1)];
    const std::optional<DueItem>& item = m_items[size_t(row)][size_t(column - 1)];
    const DueState state = item ? item->state : DueState::NotRequired;
    switch (role) {
    case Qt::DisplayRole:
        return cellText(item);
    case Qt::ToolTipRole:
        return cellToolTip(person, course, item);
    case Qt::AccessibleTextRole:
        return accessibleText(person, course, item);
    case Qt::BackgroundRole:
        return DueStateColors::background(state);
    case Qt::ForegroundRole:
        return DueStateColors::foreground(state);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case SortRole:
        return urgency(item);
    case DueStateRole:
        return item ? QVariant(int(item->state)) : QVariant();
    case DaysOverdueRole:
        return item ? item->daysOverdue : 0;
    case CourseIdRole:
        return course.id;
    case AppliesRole:
        return item.has_value();
    default:
        break;
    }
    return {};
}

QString TrainingMatrixModel::cellToolTip(const Person& person, const Course& course,
                                         const std::optional<DueItem>& item) const
{
    QStringList lines{tr("%1 \u2014 %2").arg(person.name, course.title)};
    if (!item) {
        lines << tr("Not required: the course is not for this person's roles.");
        return lines.join(QLatin1Char('\n'));
    }
    lines << dueStateLabel(item->state);
    if (item->state == DueState::Overdue)
        lines << tr("%n day(s) overdue", nullptr, item->daysOverdue);
    lines << tr("Last completed: %1")
                 .arg(item->lastCompletion ? isoDate(*item->lastCompletion) : tr("never"));
    if (item->state != DueState::EndedByTermination && item->state != DueState::NotRequired)
        lines << tr("Next due: %1").arg(item->nextDue ? isoDate(*item->nextDue) : tr("none"));
    if (item->accessBeforeTraining)
        lines << tr("Had access to PHI before completing this training.");
    return lines.join(QLatin1Char('\n'));
}

QString TrainingMatrixModel::accessibleText(const Person& person, const Course& course,
                                            const std::optional<DueItem>& item) const
{
    QString state;
    if (!item)
        state = dueStateLabel(DueState::NotRequired);
    else if (item->state == DueState::Overdue)
        state = tr("overdue by %n day(s)", nullptr, item->daysOverdue);
    else
        state = dueStateLabel(item->state);
    QString text = tr("%1, %2: %3").arg(person.name, course.title, state);
    if (item && item->nextDue && item->state != DueState::Complete)
        text += tr(", due %1").arg(isoDate(*item->nextDue));
    if (item && item->lastCompletion)
        text += tr(", last completed %1").arg(isoDate(*item->lastCompletion));
    return text;
}

QVariant TrainingMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section > int(m_courses.size()))
        return {};
    if (section == PersonColumn) {
        if (role == Qt::DisplayRole)
            return tr("Person");
        return {};
    }
    const Course& course = m_courses[size_t(section - 1)];
    switch (role) {
    case Qt::DisplayRole:
        return course.title;
    case Qt::ToolTipRole:
        return course.description.isEmpty()
                   ? course.title
                   : tr("%1\n%2").arg(course.title, course.description.simplified());
    case CourseIdRole:
        return course.id;
    default:
        break;
    }
    return {};
}

} // namespace palisade::ui
