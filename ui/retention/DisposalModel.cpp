#include "ui/retention/DisposalModel.h"

#include "core/program/Program.h"
#include "core/retention/RetentionRegister.h"
#include "core/retention/RetentionRules.h"
#include "core/util/IsoDate.h"
#include "ui/retention/RetentionRoles.h"

#include <QFontDatabase>
#include <algorithm>
#include <limits>

namespace palisade::ui {

DisposalModel::DisposalModel(Program& program, QObject* parent)
    : QAbstractTableModel(parent)
    , m_program(program)
{
    for (const RetentionRule& rule : RetentionRules::all())
        m_typeLabels.insert(rule.recordType, rule.label);
}

bool DisposalModel::reload()
{
    if (!m_program.isOpen())
        return false;
    Result<std::vector<Disposal>> disposals = m_program.retention().disposals();
    beginResetModel();
    if (disposals) {
        m_disposals = std::move(disposals).value();
        m_lastError.clear();
    } else {
        m_disposals.clear();
        m_lastError = disposals.error().message;
    }
    endResetModel();
    return m_lastError.isEmpty();
}

int DisposalModel::rowFor(const RecordRef& record) const
{
    const auto it =
        std::find_if(m_disposals.begin(), m_disposals.end(),
                     [&](const Disposal& disposal) { return disposal.record() == record; });
    return it == m_disposals.end() ? -1 : int(it - m_disposals.begin());
}

int DisposalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_disposals.size());
}

int DisposalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisposalModel::displayData(const Disposal& disposal, int column) const
{
    switch (column) {
    case DisposedAtColumn:
        return disposal.disposedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case DisposedByColumn:
        return disposal.disposedBy;
    case TypeColumn:
        return m_typeLabels.value(disposal.recordType, disposal.recordType);
    case RecordColumn:
        return disposal.label;
    case KeptUntilColumn:
        return disposal.retainUntil.isValid() ? isoDate(disposal.retainUntil) : tr("Not a record");
    case Sha256Column:
        return disposal.contentSha256;
    }
    return {};
}

QVariant DisposalModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Disposal& disposal = m_disposals[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(disposal, column);
    case Qt::FontRole:
        if (column == Sha256Column)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::ToolTipRole:
        if (column == Sha256Column)
            return tr("%1\nSHA-256 of the record's content as it stood when it was disposed "
                      "of. Ctrl+C copies it.")
                .arg(disposal.contentSha256);
        if (column == KeptUntilColumn && !disposal.retainUntil.isValid())
            return tr("A draft that went with the record it belonged to");
        if (column == RecordColumn)
            return disposal.label;
        break;
    case retentionrole::SortRole:
        switch (column) {
        case DisposedAtColumn:
            return disposal.id;
        case KeptUntilColumn:
            return disposal.retainUntil.isValid() ? disposal.retainUntil.toJulianDay()
                                                  : std::numeric_limits<qint64>::max();
        default:
            return displayData(disposal, column);
        }
    case retentionrole::RecordTypeRole:
        return disposal.recordType;
    case retentionrole::RecordIdRole:
        return disposal.recordId;
    case retentionrole::SearchTextRole:
        return QStringList{disposal.label, disposal.contentSha256, disposal.disposedBy}.join(
            QLatin1Char('\n'));
    default:
        break;
    }
    return {};
}

QVariant DisposalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && section == Sha256Column)
        return tr("The content's fingerprint: proof of what was destroyed, without the content");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DisposedAtColumn:
        return tr("Disposed at");
    case DisposedByColumn:
        return tr("By");
    case TypeColumn:
        return tr("Type");
    case RecordColumn:
        return tr("Record");
    case KeptUntilColumn:
        return tr("Kept until");
    case Sha256Column:
        return tr("SHA-256");
    }
    return {};
}

} // namespace palisade::ui
