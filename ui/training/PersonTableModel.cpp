#include "ui/training/PersonTableModel.h"

#include "core/program/Program.h"
#include "core/training/WorkforceRegister.h"
#include "ui/training/TrainingLabels.h"
#include "ui/training/TrainingRoles.h"

#include <QCollator>
#include <QPalette>
#include <algorithm>

namespace palisade::ui {

PersonTableModel::PersonTableModel(Program& program, QObject* parent)
    : QAbstractTableModel(parent)
    , m_program(program)
{
}

bool PersonTableModel::reload()
{
    if (!m_program.isOpen())
        return false;
    Result<std::vector<Person>> people = m_program.workforce().people();
    Result<std::vector<WorkforceRole>> roles = m_program.workforce().roles();
    beginResetModel();
    if (!people || !roles) {
        m_lastError = !people ? people.error().message : roles.error().message;
        m_people.clear();
        m_roleLabels.clear();
        endResetModel();
        return false;
    }
    m_lastError.clear();
    m_people = std::move(people).value();
    m_roleLabels = TrainingLabels::roleLabels(*roles);
    endResetModel();
    return true;
}

int PersonTableModel::rowForId(qint64 id) const
{
    const auto it = std::find_if(m_people.begin(), m_people.end(),
                                 [id](const Person& person) { return person.id == id; });
    return it == m_people.end() ? -1 : int(it - m_people.begin());
}

QStringList PersonTableModel::departments() const
{
    QStringList found;
    for (const Person& person : m_people) {
        if (!person.department.isEmpty() && !found.contains(person.department, Qt::CaseInsensitive))
            found << person.department;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(found.begin(), found.end(), collator);
    return found;
}

int PersonTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PersonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::displayData(const Person& person, int column) const
{
    switch (column) {
    case NameColumn:
        return person.name;
    case EmployeeIdColumn:
        return person.employeeId;
    case DepartmentColumn:
        return person.department;
    case RolesColumn:
        return TrainingLabels::roles(person.roles, m_roleLabels);
    case HiredColumn:
        return TrainingLabels::date(person.hiredOn);
    case PhiAccessColumn:
        return TrainingLabels::date(person.phiAccessOn);
    case StatusColumn:
        return personStatusLabel(person.status);
    }
    return {};
}

QVariant PersonTableModel::sortData(const Person& person, int column) const
{
    switch (column) {
    case HiredColumn:
        return TrainingLabels::dateSortKey(person.hiredOn);
    case PhiAccessColumn:
        return TrainingLabels::dateSortKey(person.phiAccessOn);
    case StatusColumn:
        return int(person.status);
    default:
        return displayData(person, column);
    }
}

QVariant PersonTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person& person = m_people[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(person, column);
    case Qt::ToolTipRole:
        if (column == StatusColumn && person.isTerminated())
            return tr("Terminated on %1").arg(TrainingLabels::date(person.terminatedOn));
        if (column == PhiAccessColumn && !person.phiAccessOn.isValid())
            return tr("No PHI access recorded; training due at hire counts from the hire date");
        if (column == RolesColumn || column == NameColumn || column == DepartmentColumn)
            return displayData(person, column);
        return {};
    case Qt::ForegroundRole:
        if (person.isTerminated())
            return QVariant::fromValue(QPalette().color(QPalette::PlaceholderText));
        return {};
    case trainingrole::SortRole:
        return sortData(person, column);
    case trainingrole::IdRole:
        return person.id;
    case trainingrole::SearchTextRole:
        return QStringList{person.name, person.employeeId, person.email, person.department,
                           displayData(person, RolesColumn).toString()}
            .join(QLatin1Char('\n'));
    case trainingrole::DepartmentRole:
        return person.department;
    case trainingrole::StatusKeyRole:
        return personStatusKey(person.status);
    default:
        break;
    }
    return {};
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && section == PhiAccessColumn)
        return tr("When access to protected health information began; training due at hire must "
                  "come before it");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmployeeIdColumn:
        return tr("Employee ID");
    case DepartmentColumn:
        return tr("Department");
    case RolesColumn:
        return tr("Roles");
    case HiredColumn:
        return tr("Hired");
    case PhiAccessColumn:
        return tr("PHI Access");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace palisade::ui
