#include "ui/retention/LegalHoldModel.h"

#include "core/program/Program.h"
#include "core/retention/RetentionRegister.h"
#include "core/retention/RetentionRules.h"
#include "core/util/IsoDate.h"
#include "ui/retention/RetentionRoles.h"

#include <QGuiApplication>
#include <QPalette>
#include <algorithm>
#include <limits>

namespace palisade::ui {
namespace {

QString localDate(const QDateTime& at)
{
    return at.isValid() ? isoDate(at.toLocalTime().date()) : QString();
}

} // namespace

LegalHoldModel::LegalHoldModel(Program& program, QObject* parent)
    : QAbstractTableModel(parent)
    , m_program(program)
{
    for (const RetentionRule& rule : RetentionRules::all())
        m_typeLabels.insert(rule.recordType, rule.label);
}

bool LegalHoldModel::reload()
{
    if (!m_program.isOpen())
        return false;
    RetentionRegister& retention = m_program.retention();
    Result<std::vector<LegalHold>> holds = retention.holds(true);
    Result<std::vector<RetentionRecord>> records = retention.records();
    Result<std::vector<Disposal>> disposals = retention.disposals();
    const Error* failed = !holds       ? &holds.error()
                          : !records   ? &records.error()
                          : !disposals ? &disposals.error()
                                       : nullptr;
    QHash<QString, QString> labels;
    if (!failed) {
        // A released hold may name a record disposed of since.
        for (const Disposal& disposal : *disposals)
            labels.insert(disposal.record().key(), disposal.label);
        for (const RetentionRecord& record : *records)
            labels.insert(record.ref().key(), record.label);
    }
    beginResetModel();
    m_lastError = failed ? failed->message : QString();
    m_all = failed ? std::vector<LegalHold>() : std::move(holds).value();
    m_recordLabels = std::move(labels);
    m_activeCount = int(std::count_if(m_all.begin(), m_all.end(),
                                      [](const LegalHold& hold) { return hold.isActive(); }));
    m_releasedCount = int(m_all.size()) - m_activeCount;
    m_holds.clear();
    std::copy_if(m_all.begin(), m_all.end(), std::back_inserter(m_holds),
                 [this](const LegalHold& hold) { return m_showReleased || hold.isActive(); });
    endResetModel();
    return !failed;
}

void LegalHoldModel::setShowReleased(bool show)
{
    if (show == m_showReleased)
        return;
    beginResetModel();
    m_showReleased = show;
    m_holds.clear();
    std::copy_if(m_all.begin(), m_all.end(), std::back_inserter(m_holds),
                 [this](const LegalHold& hold) { return m_showReleased || hold.isActive(); });
    endResetModel();
}

int LegalHoldModel::rowForId(qint64 holdId) const
{
    const auto it = std::find_if(m_holds.begin(), m_holds.end(),
                                 [holdId](const LegalHold& hold) { return hold.id == holdId; });
    return it == m_holds.end() ? -1 : int(it - m_holds.begin());
}

QString LegalHoldModel::coversText(const LegalHold& hold) const
{
    const QString type = m_typeLabels.value(hold.recordType, hold.recordType);
    if (hold.coversEveryRecord())
        return tr("Every %1").arg(type.toLower());
    const QString key = RecordRef{hold.recordType, hold.recordId}.key();
    return m_recordLabels.value(key, tr("%1 #%2").arg(type).arg(hold.recordId));
}

int LegalHoldModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_holds.size());
}

int LegalHoldModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LegalHoldModel::displayData(const LegalHold& hold, int column) const
{
    switch (column) {
    case IdColumn:
        return hold.id;
    case CoversColumn:
        return coversText(hold);
    case PlacedColumn:
        return localDate(hold.placedAt);
    case PlacedByColumn:
        return hold.placedBy;
    case ReasonColumn:
        return hold.reason.simplified();
    case ReleasedColumn:
        return hold.isActive() ? QString()
                               : tr("%1 by %2").arg(localDate(hold.releasedAt), hold.releasedBy);
    case ReleaseReasonColumn:
        return hold.releaseReason.simplified();
    }
    return {};
}

QVariant LegalHoldModel::sortData(const LegalHold& hold, int column) const
{
    switch (column) {
    case IdColumn:
        return hold.id;
    case PlacedColumn:
        return hold.placedAt.toMSecsSinceEpoch();
    case ReleasedColumn:
        return hold.isActive() ? std::numeric_limits<qint64>::max()
                               : hold.releasedAt.toMSecsSinceEpoch();
    default:
        return displayData(hold, column);
    }
}

QVariant LegalHoldModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LegalHold& hold = m_holds[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(hold, column);
    case Qt::ToolTipRole:
        if (column == CoversColumn && hold.coversEveryRecord())
            return tr("Every record of this type, including those added while the hold lasts");
        if (column == ReasonColumn)
            return hold.reason;
        if (column == ReleaseReasonColumn && !hold.isActive())
            return hold.releaseReason;
        if (column == CoversColumn)
            return displayData(hold, column);
        break;
    case Qt::ForegroundRole:
        // Released holds no longer keep anything.
        if (!hold.isActive())
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        break;
    case Qt::TextAlignmentRole:
        if (column == IdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case retentionrole::SortRole:
        return sortData(hold, column);
    case retentionrole::HoldIdRole:
        return hold.id;
    case retentionrole::RecordTypeRole:
        return hold.recordType;
    case retentionrole::RecordIdRole:
        return hold.recordId;
    default:
        break;
    }
    return {};
}

QVariant LegalHoldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && section == IdColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Hold #");
    case CoversColumn:
        return tr("Covers");
    case PlacedColumn:
        return tr("Placed");
    case PlacedByColumn:
        return tr("By");
    case ReasonColumn:
        return tr("Reason");
    case ReleasedColumn:
        return tr("Released");
    case ReleaseReasonColumn:
        return tr("Release reason");
    }
    return {};
}

} // namespace palisade::ui
