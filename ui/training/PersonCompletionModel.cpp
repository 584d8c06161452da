#include "ui/training/PersonCompletionModel.h"

#include "core/program/Program.h"
#include "core/training/TrainingRegister.h"
#include "ui/training/TrainingLabels.h"
#include "ui/training/TrainingRoles.h"

#include <algorithm>

namespace palisade::ui {

PersonCompletionModel::PersonCompletionModel(Program& program, QObject* parent)
    : QAbstractTableModel(parent)
    , m_program(program)
{
}

bool PersonCompletionModel::load(qint64 personId)
{
    std::vector<Completion> completions;
    QHash<qint64, QString> titles;
    QString error;
    if (personId != 0 && m_program.isOpen()) {
        Result<std::vector<Completion>> read = m_program.training().completionsOf(personId);
        Result<std::vector<Course>> courses = m_program.training().courses();
        if (read && courses) {
            completions = std::move(read).value();
            std::reverse(completions.begin(), completions.end());
            for (const Course& course : *courses)
                titles.insert(course.id, course.title);
        } else {
            error = !read ? read.error().message : courses.error().message;
        }
    }
    beginResetModel();
    m_personId = personId;
    m_completions = std::move(completions);
    m_courseTitles = std::move(titles);
    m_lastError = error;
    endResetModel();
    return error.isEmpty();
}

int PersonCompletionModel::rowForId(qint64 id) const
{
    const auto it =
        std::find_if(m_completions.begin(), m_completions.end(),
                     [id](const Completion& completion) { return completion.id == id; });
    return it == m_completions.end() ? -1 : int(it - m_completions.begin());
}

int PersonCompletionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_completions.size());
}

int PersonCompletionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonCompletionModel::displayData(const Completion& completion, int column) const
{
    switch (column) {
    case CourseColumn:
        return m_courseTitles.value(completion.courseId);
    case DateColumn:
        return TrainingLabels::date(completion.completedOn);
    case ScoreColumn:
        return completion.score ? TrainingLabels::score(*completion.score) : QString();
    case PassedColumn:
        return completion.passed ? tr("Yes") : tr("No");
    case SourceColumn:
        return completionSourceLabel(completion.source);
    case CertificateColumn:
        return completion.certificate ? tr("Yes") : tr("No");
    }
    return {};
}

QVariant PersonCompletionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Completion& completion = m_completions[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(completion, column);
    case Qt::ToolTipRole:
        if (column == CertificateColumn && completion.certificate)
            return tr("%1, %n page(s)", nullptr, completion.certificate->pageCount)
                .arg(completion.certificate->fileName);
        if (column == CourseColumn && !completion.attestationText.isEmpty())
            return tr("Attested: %1").arg(completion.attestationText);
        return {};
    case Qt::TextAlignmentRole:
        if (column == ScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case trainingrole::SortRole:
        if (column == DateColumn)
            return TrainingLabels::dateSortKey(completion.completedOn);
        if (column == ScoreColumn)
            return completion.score.value_or(-1.0);
        return displayData(completion, column);
    case trainingrole::IdRole:
        return completion.id;
    default:
        break;
    }
    return {};
}

QVariant PersonCompletionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount ||
        role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CourseColumn:
        return tr("Course");
    case DateColumn:
        return tr("Completed");
    case ScoreColumn:
        return tr("Score");
    case PassedColumn:
        return tr("Passed");
    case SourceColumn:
        return tr("Source");
    case CertificateColumn:
        return tr("Certificate");
    }
    return {};
}

} // namespace palisade::ui
