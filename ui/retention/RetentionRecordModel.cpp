#include "ui/retention/RetentionRecordModel.h"

#include "core/program/Program.h"
#include "core/retention/RetentionRegister.h"
#include "core/retention/RetentionRules.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "ui/retention/RetentionRoles.h"
#include "ui/retention/RetentionStatusStyle.h"

#include <QFont>
#include <algorithm>
#include <limits>

namespace palisade::ui {
namespace {

constexpr qint64 noDateKey = std::numeric_limits<qint64>::max() - 2;

QVariant dateKey(const QDate& date)
{
    return date.isValid() ? date.toJulianDay() : noDateKey;
}

} // namespace

RetentionRecordModel::RetentionRecordModel(Program& program, QObject* parent)
    : QAbstractTableModel(parent)
    , m_program(program)
    , m_asOf(program.clock().today())
{
    for (const RetentionRule& rule : RetentionRules::all())
        m_typeLabels.insert(rule.recordType, rule.label);
}

bool RetentionRecordModel::reload()
{
    if (!m_program.isOpen())
        return false;
    Result<std::vector<RetentionRecord>> records = m_program.retention().records();
    beginResetModel();
    if (records) {
        m_records = std::move(records).value();
        m_lastError.clear();
    } else {
        m_records.clear();
        m_lastError = records.error().message;
    }
    endResetModel();
    return m_lastError.isEmpty();
}

void RetentionRecordModel::setAsOf(const QDate& day)
{
    if (!day.isValid() || day == m_asOf)
        return;
    m_asOf = day;
    if (!m_records.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

RetentionStatus RetentionRecordModel::statusAt(int row) const
{
    return recordAt(row).status(m_asOf);
}

int RetentionRecordModel::rowFor(const RecordRef& ref) const
{
    const auto it =
        std::find_if(m_records.begin(), m_records.end(),
                     [&](const RetentionRecord& record) { return record.ref() == ref; });
    return it == m_records.end() ? -1 : int(it - m_records.begin());
}

std::map<RetentionStatus, int> RetentionRecordModel::statusCounts() const
{
    std::map<RetentionStatus, int> counts;
    for (const RetentionStatus status : allRetentionStatuses())
        counts[status] = 0;
    for (const RetentionRecord& record : m_records)
        ++counts[record.status(m_asOf)];
    return counts;
}

std::vector<RetentionRecord> RetentionRecordModel::eligible() const
{
    std::vector<RetentionRecord> out;
    for (const RetentionRecord& record : m_records) {
        if (record.status(m_asOf) == RetentionStatus::Eligible &&
            m_program.retention().canDispose(record.recordType))
            out.push_back(record);
    }
    return out;
}

QString RetentionRecordModel::typeLabel(const QString& recordType) const
{
    return m_typeLabels.value(recordType, recordType);
}

int RetentionRecordModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RetentionRecordModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetentionRecordModel::displayData(const RetentionRecord& record, int column) const
{
    switch (column) {
    case TypeColumn:
        return typeLabel(record.recordType);
    case RecordColumn:
        return record.label;
    case CreatedColumn:
        return isoDate(record.createdOn);
    case LastInEffectColumn:
        if (record.kept && record.inEffect)
            return tr("In effect");
        return isoDate(record.lastInEffectOn);
    case KeepUntilColumn:
        if (!record.kept)
            return tr("Not kept");
        if (record.inEffect)
            return tr("6 years after it ends");
        if (!record.retainUntil().isValid())
            return tr("Date unknown");
        return isoDate(record.retainUntil());
    case StatusColumn:
        return retentionStatusLabel(record.status(m_asOf));
    case HoldColumn:
        return record.hold ? record.hold->reason.simplified() : QString();
    }
    return {};
}

QVariant RetentionRecordModel::sortData(const RetentionRecord& record, int column) const
{
    switch (column) {
    case CreatedColumn:
        return dateKey(record.createdOn);
    case LastInEffectColumn:
        // Still in effect: after every ended record; drafts last.
        if (record.kept && record.inEffect)
            return noDateKey - 1;
        return dateKey(record.lastInEffectOn);
    case KeepUntilColumn:
        if (!record.kept)
            return noDateKey + 1;
        if (record.inEffect)
            return noDateKey - 1;
        return dateKey(record.retainUntil());
    case StatusColumn:
        return int(record.status(m_asOf));
    default:
        return displayData(record, column);
    }
}

QVariant RetentionRecordModel::toolTip(const RetentionRecord& record, int column) const
{
    const RetentionStatus status = record.status(m_asOf);
    switch (column) {
    case TypeColumn:
    case RecordColumn:
        return displayData(record, column);
    case KeepUntilColumn:
        if (!record.kept)
            return tr("Not a record: a draft that may be deleted.");
        if (record.inEffect)
            return tr("Kept while in effect, and for six years after the last day it is in "
                      "effect.");
        if (!record.retainUntil().isValid())
            return tr("The day it was last in effect is not recorded, so it is kept.");
        return tr("The last day it must be kept: six years after the later of its creation "
                  "and the last day it was in effect.");
    case StatusColumn:
        if (status == RetentionStatus::OnHold && record.retainUntil().isValid())
            return tr("Kept beyond %1 while the legal hold lasts.")
                .arg(isoDate(record.retainUntil()));
        if (status == RetentionStatus::Eligible)
            return tr("Past its retention period on %1: it may be disposed of.")
                .arg(isoDate(m_asOf));
        return {};
    case HoldColumn:
        if (!record.hold)
            return {};
        return tr("Legal hold #%1, placed %2 by %3:\n%4")
            .arg(record.hold->id)
            .arg(isoDate(record.hold->placedAt.toLocalTime().date()), record.hold->placedBy,
                 record.hold->reason);
    default:
        return {};
    }
}

QString RetentionRecordModel::searchText(const RetentionRecord& record) const
{
    QStringList fields{typeLabel(record.recordType), record.label,
                       retentionStatusLabel(record.status(m_asOf))};
    if (record.hold)
        fields << record.hold->reason;
    return fields.join(QLatin1Char('\n'));
}

QVariant RetentionRecordModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RetentionRecord& record = m_records[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(record, column);
    case Qt::ToolTipRole:
        return toolTip(record, column);
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return retentionstyle::statusColor(record.status(m_asOf));
        if (!record.kept && column != HoldColumn)
            return retentionstyle::statusColor(RetentionStatus::Discardable);
        break;
    case Qt::FontRole:
        if (column == StatusColumn && retentionstyle::isStatusBold(record.status(m_asOf))) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case retentionrole::SortRole:
        return sortData(record, column);
    case retentionrole::RecordTypeRole:
        return record.recordType;
    case retentionrole::RecordIdRole:
        return record.recordId;
    case retentionrole::StatusKeyRole:
        return retentionStatusKey(record.status(m_asOf));
    case retentionrole::SearchTextRole:
        return searchText(record);
    default:
        break;
    }
    return {};
}

QVariant RetentionRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CreatedColumn:
            return tr("The day its retention period may start from");
        case LastInEffectColumn:
            return tr("The last day it was in effect; \u201cIn effect\u201d while it still is");
        case KeepUntilColumn:
            return tr("Six years after its creation or the last day it was in effect, "
                      "whichever is later (164.316(b)(2)(i), 164.530(j)(2))");
        case StatusColumn:
            return tr("Where it stands on the “As of\u201d day");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case RecordColumn:
        return tr("Record");
    case CreatedColumn:
        return tr("Created");
    case LastInEffectColumn:
        return tr("Last in effect");
    case KeepUntilColumn:
        return tr("Keep until");
    case StatusColumn:
        return tr("Status");
    case HoldColumn:
        return tr("Hold reason");
    }
    return {};
}

} // namespace palisade::ui
