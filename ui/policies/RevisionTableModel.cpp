#include "ui/policies/RevisionTableModel.h"

#include "ui/policies/PolicyLabels.h"

#include <QFont>
#include <algorithm>

namespace palisade::ui {

RevisionTableModel::RevisionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RevisionTableModel::setRevisions(std::vector<PolicyRevision> revisions, const QDate& today)
{
    beginResetModel();
    m_revisions = std::move(revisions);
    m_today = today;
    endResetModel();
}

int RevisionTableModel::rowForId(qint64 id) const
{
    const auto it =
        std::find_if(m_revisions.begin(), m_revisions.end(),
                     [id](const PolicyRevision& revision) { return revision.id == id; });
    return it == m_revisions.end() ? -1 : int(it - m_revisions.begin());
}

int RevisionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_revisions.size());
}

int RevisionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionTableModel::displayData(const PolicyRevision& revision, int column) const
{
    switch (column) {
    case NumberColumn:
        return revision.number;
    case StateColumn:
        return PolicyLabels::state(revision, m_today);
    case ApprovedColumn:
        return PolicyLabels::date(revision.approvedOn);
    case EffectiveColumn:
        return PolicyLabels::date(revision.effectiveOn);
    case LastDayColumn:
        return PolicyLabels::date(revision.endedOn);
    case AuthorColumn:
        return revision.author;
    case SummaryColumn:
        return QString(revision.changeSummary).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    return {};
}

QVariant RevisionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PolicyRevision& revision = m_revisions[size_t(index.row())];
    const bool current = revision.coversDay(m_today) && revision.state == RevisionState::Effective;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(revision, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SummaryColumn || index.column() == AuthorColumn)
            return displayData(revision, index.column());
        if (index.column() == StateColumn && current)
            return tr("In effect today");
        break;
    case Qt::FontRole:
        if (current && index.column() == StateColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RevisionIdRole:
        return revision.id;
    default:
        break;
    }
    return {};
}

QVariant RevisionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && section == NumberColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == LastDayColumn)
        return tr("The last day the revision was in effect, when a successor took over or the "
                  "policy was retired");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Rev");
    case StateColumn:
        return tr("State");
    case ApprovedColumn:
        return tr("Approved");
    case EffectiveColumn:
        return tr("Effective");
    case LastDayColumn:
        return tr("Last Day");
    case AuthorColumn:
        return tr("Author");
    case SummaryColumn:
        return tr("Change Summary");
    }
    return {};
}

} // namespace palisade::ui
