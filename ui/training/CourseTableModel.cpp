#include "ui/training/CourseTableModel.h"

#include "core/program/Program.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "ui/training/TrainingLabels.h"
#include "ui/training/TrainingRoles.h"

#include <QPalette>
#include <algorithm>
#include <limits>

namespace palisade::ui {

CourseTableModel::CourseTableModel(Program& program, QObject* parent)
    : QAbstractTableModel(parent)
    , m_program(program)
{
}

bool CourseTableModel::reload()
{
    if (!m_program.isOpen())
        return false;
    Result<std::vector<Course>> courses = m_program.training().courses();
    Result<std::vector<WorkforceRole>> roles = m_program.workforce().roles();
    beginResetModel();
    if (!courses || !roles) {
        m_lastError = !courses ? courses.error().message : roles.error().message;
        m_courses.clear();
        m_roleLabels.clear();
        endResetModel();
        return false;
    }
    m_lastError.clear();
    m_courses = std::move(courses).value();
    m_roleLabels = TrainingLabels::roleLabels(*roles);
    endResetModel();
    return true;
}

int CourseTableModel::rowForId(qint64 id) const
{
    const auto it = std::find_if(m_courses.begin(), m_courses.end(),
                                 [id](const Course& course) { return course.id == id; });
    return it == m_courses.end() ? -1 : int(it - m_courses.begin());
}

int CourseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_courses.size());
}

int CourseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourseTableModel::displayData(const Course& course, int column) const
{
    switch (column) {
    case TitleColumn:
        return course.title;
    case KindColumn:
        return courseKindLabel(course.kind);
    case RolesColumn:
        return TrainingLabels::courseRoles(course, m_roleLabels);
    case CadenceColumn:
        return TrainingLabels::cadence(course);
    case PassingScoreColumn:
        return TrainingLabels::passingScore(course);
    case ValidityColumn:
        return TrainingLabels::validity(course);
    case RetiredColumn:
        return TrainingLabels::date(course.retiredOn);
    }
    return {};
}

QVariant CourseTableModel::sortData(const Course& course, int column) const
{
    switch (column) {
    case KindColumn:
        return int(course.kind);
    case CadenceColumn:
        return int(course.cadence) * 1000 + course.cadenceMonths;
    case PassingScoreColumn:
        return course.passingScore.value_or(-1);
    case ValidityColumn:
        return course.validityMonths.value_or(std::numeric_limits<int>::max());
    case RetiredColumn:
        return TrainingLabels::dateSortKey(course.retiredOn);
    default:
        return displayData(course, column);
    }
}

QVariant CourseTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Course& course = m_courses[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(course, column);
    case Qt::ToolTipRole:
        if (column == TitleColumn && !course.description.isEmpty())
            return course.description;
        if (column == RolesColumn && course.appliesToEveryone())
            return tr("Every person on the workforce must complete it");
        if (column == RetiredColumn && course.isRetired())
            return tr("Not required from this day; its completions are kept");
        return column == RolesColumn ? displayData(course, column) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == PassingScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (course.isRetired())
            return QVariant::fromValue(QPalette().color(QPalette::PlaceholderText));
        return {};
    case trainingrole::SortRole:
        return sortData(course, column);
    case trainingrole::IdRole:
        return course.id;
    case trainingrole::SearchTextRole:
        return QStringList{course.title, course.description, courseKindLabel(course.kind)}.join(
            QLatin1Char('\n'));
    default:
        break;
    }
    return {};
}

QVariant CourseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CadenceColumn:
            return tr("When the course falls due");
        case PassingScoreColumn:
            return tr("The score a completion must reach to count");
        case ValidityColumn:
            return tr("How long a completion counts before it must be taken again");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case RolesColumn:
        return tr("Required Of");
    case CadenceColumn:
        return tr("Due");
    case PassingScoreColumn:
        return tr("Passing Score");
    case ValidityColumn:
        return tr("Valid For");
    case RetiredColumn:
        return tr("Retired");
    }
    return {};
}

} // namespace palisade::ui
