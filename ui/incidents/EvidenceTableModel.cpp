#include "ui/incidents/EvidenceTableModel.h"

#include <QLocale>

namespace palisade::ui {

EvidenceTableModel::EvidenceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EvidenceTableModel::setEvidence(std::vector<IncidentEvidence> evidence)
{
    beginResetModel();
    m_items = std::move(evidence);
    endResetModel();
}

int EvidenceTableModel::rowForId(qint64 id) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id)
            return int(i);
    }
    return -1;
}

int EvidenceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int EvidenceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentEvidence& item = m_items[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AddedColumn:
            return item.addedAt.toLocalTime().date().toString(Qt::ISODate);
        case AddedByColumn:
            return item.addedBy;
        case NoteColumn:
            // One line in the table; the whole note shows on hover.
            return item.note.section(QLatin1Char('\n'), 0, 0);
        case FileColumn:
            return item.file ? item.file->fileName : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == AddedColumn || index.column() == AddedByColumn)
            return tr("Added on %1 by %2")
                .arg(item.addedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     item.addedBy);
        if (index.column() == FileColumn && item.file)
            return tr("%1, %2 \u2014 SHA-256 %3")
                .arg(item.file->fileName, QLocale().formattedDataSize(item.file->size),
                     item.file->sha256);
        if (!item.note.isEmpty())
            return item.note;
        break;
    case EvidenceIdRole:
        return item.id;
    case HasFileRole:
        return item.file.has_value();
    case SortRole:
        if (index.column() == AddedColumn)
            return item.addedAt;
        return data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant EvidenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AddedColumn:
        return tr("Added");
    case AddedByColumn:
        return tr("By");
    case NoteColumn:
        return tr("Note");
    case FileColumn:
        return tr("File");
    default:
        return {};
    }
}

} // namespace palisade::ui
