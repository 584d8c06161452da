#include "ui/audit/AuditTrailModel.h"

#include "core/audit/AuditTrail.h"

#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <exception>

namespace palisade::ui {
namespace {

constexpr int maxValueLength = 48;

QJsonObject parseObject(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QString shortValue(const QJsonValue& value)
{
    QString text;
    switch (value.type()) {
    case QJsonValue::String:
        text = value.toString();
        break;
    case QJsonValue::Double:
        text = QLocale::c().toString(value.toDouble(), 'g', 15);
        break;
    case QJsonValue::Bool:
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QJsonValue::Array:
        text = AuditTrailModel::tr("%n item(s)", nullptr, int(value.toArray().size()));
        break;
    case QJsonValue::Object:
        text = AuditTrailModel::tr("%n field(s)", nullptr, int(value.toObject().size()));
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        text = AuditTrailModel::tr("(empty)");
        break;
    }
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > maxValueLength)
        text = text.left(maxValueLength - 1) + QChar(0x2026);
    return text;
}

} // namespace

AuditTrailModel::AuditTrailModel(const AuditTrail& trail, QObject* parent)
    : QAbstractTableModel(parent)
    , m_trail(trail)
{
}

bool AuditTrailModel::reload()
{
    std::vector<AuditEvent> events;
    try {
        events = m_trail.events();
    } catch (const std::exception& e) {
        m_lastError = QString::fromUtf8(e.what());
        return false;
    }
    m_lastError.clear();
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
    return true;
}

bool AuditTrailModel::refresh()
{
    if (m_events.empty())
        return reload();
    AuditQuery query;
    query.afterSeq = m_events.back().seq;
    std::vector<AuditEvent> added;
    try {
        added = m_trail.events(query);
    } catch (const std::exception& e) {
        m_lastError = QString::fromUtf8(e.what());
        return false;
    }
    m_lastError.clear();
    if (added.empty())
        return true;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_events.insert(m_events.end(), std::make_move_iterator(added.begin()),
                    std::make_move_iterator(added.end()));
    endInsertRows();
    return true;
}

void AuditTrailModel::setBrokenSeq(qint64 seq)
{
    if (seq == m_brokenSeq)
        return;
    const int before = rowForSeq(m_brokenSeq);
    m_brokenSeq = seq;
    for (const int row : {before, rowForSeq(seq)}) {
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1),
                             {Qt::ForegroundRole, Qt::FontRole, Qt::ToolTipRole});
    }
}

int AuditTrailModel::rowForSeq(qint64 seq) const
{
    // Sequence numbers ascend, so a binary search finds the row.
    const auto it = std::lower_bound(m_events.begin(), m_events.end(), seq,
                                     [](const AuditEvent& e, qint64 s) { return e.seq < s; });
    if (it == m_events.end() || it->seq != seq)
        return -1;
    return int(it - m_events.begin());
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent& event = eventAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn:
            return event.seq;
        case TimeColumn:
            return timeLabel(event.at);
        case ActorColumn:
            return event.actor;
        case ActionColumn:
            return actionLabel(event.action);
        case RecordColumn:
            return recordLabel(event);
        case ChangesColumn:
            return changesSummary(event);
        }
        break;
    case Qt::ForegroundRole:
        if (m_brokenSeq != 0 && event.seq == m_brokenSeq)
            return QColor(0xb3, 0x26, 0x1e);
        break;
    case Qt::FontRole:
        if (m_brokenSeq != 0 && event.seq == m_brokenSeq) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (m_brokenSeq != 0 && event.seq == m_brokenSeq && index.column() == SeqColumn)
            return tr("Verification found the audit trail broken at this event.");
        switch (index.column()) {
        case TimeColumn:
            return tr("%1 (%2 UTC)")
                .arg(QLocale().toString(event.at.toLocalTime(), QLocale::LongFormat),
                     event.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
        case ActionColumn:
            return event.action;
        case ChangesColumn: {
            const QString summary = changesSummary(event);
            return summary.isEmpty() ? QVariant() : QVariant(summary);
        }
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        // Sequence order is recording order, and unlike the clock it never repeats.
        if (index.column() == SeqColumn || index.column() == TimeColumn)
            return event.seq;
        return data(index, Qt::DisplayRole);
    case SeqRole:
        return event.seq;
    case LocalDateRole:
        return event.at.toLocalTime().date();
    case ActorRole:
        return event.actor;
    case ActionRole:
        return event.action;
    case EntityRole:
        return event.entity;
    case SearchTextRole:
        return searchText(event);
    default:
        break;
    }
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && section == SeqColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case RecordColumn:
        return tr("Record");
    case ChangesColumn:
        return tr("Changes");
    }
    return {};
}

namespace {

struct KeyLabel
{
    const char* key;
    const char* label;
};

// Every action the registers record, in the order the filter lists them.
constexpr KeyLabel actionLabels[] = {
    {"created", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Created")},
    {"updated", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Updated")},
    {"imported", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Imported")},
    {"deleted", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Deleted")},
    {"unlocked", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Unlocked")},
    {"locked", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Locked")},
    {"rekeyed", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Passphrase changed")},
    {"backed_up", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Backed up")},
    {"unlock_failed", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Failed unlock attempts")},
    {"reviewed", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Reviewed")},
    {"attached", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Document attached")},
    {"copied", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Copy saved")},
    {"file_attached", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "File attached")},
    {"file_removed", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "File removed")},
    {"submitted", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Submitted for review")},
    {"returned", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Returned to draft")},
    {"approved", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Approved")},
    {"withdrawn", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Approval withdrawn")},
    {"made_effective", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Made effective")},
    {"superseded", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Superseded")},
    {"retired", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Retired")},
    {"recorded", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Recorded")},
    {"placed", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Hold placed")},
    {"released", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Hold released")},
    {"disposed", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Disposed of")},
    {"deletion_refused", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Deletion refused")},
    {"added", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Added")},
    {"sent", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Notice sent")},
    {"closed", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Closed")},
    {"reopened", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Reopened")},
    {"completed", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Completed")},
    {"exported", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Evidence pack exported")},
    {"bundle_exported",
     QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Evidence bundle exported")},
};

constexpr KeyLabel entityLabels[] = {
    {"program", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Program file")},
    {"risk", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Risk")},
    {"remediation_task", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Remediation task")},
    {"asset", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Asset")},
    {"risk_matrix", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Risk matrix")},
    {"counterparty", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Counterparty")},
    {"agreement", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Agreement")},
    {"agreement_document",
     QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Agreement document")},
    {"policy", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Policy")},
    {"policy_revision", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Policy revision")},
    {"policy_approval", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Policy approval")},
    {"retention", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Retention")},
    {"legal_hold", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Legal hold")},
    {"person", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Person")},
    {"workforce_role", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Workforce role")},
    {"course", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Course")},
    {"training_completion",
     QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Training completion")},
    {"policy_acknowledgment",
     QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Policy acknowledgment")},
    {"phishing_campaign", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Phishing campaign")},
    {"import_batch", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Import")},
    {"import_mapping", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Column mapping")},
    {"incident", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Incident")},
    {"breach_assessment", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Breach assessment")},
    {"incident_notification", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Breach notice")},
    {"incident_action", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Corrective action")},
    {"incident_evidence", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Incident evidence")},
    {"state_notification_rule",
     QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "State notification rule")},
    {"evidence_pack", QT_TRANSLATE_NOOP("palisade::ui::AuditTrailModel", "Evidence pack")},
};

template <std::size_t N> QString labelFor(const KeyLabel (&table)[N], const QString& key)
{
    for (const KeyLabel& entry : table) {
        if (key == QLatin1String(entry.key))
            return AuditTrailModel::tr(entry.label);
    }
    // A key recorded by a newer version reads as recorded.
    return key;
}

} // namespace

QString AuditTrailModel::actionLabel(const QString& action)
{
    return labelFor(actionLabels, action);
}

QStringList AuditTrailModel::knownActions()
{
    QStringList keys;
    for (const KeyLabel& entry : actionLabels)
        keys << QLatin1String(entry.key);
    return keys;
}

QString AuditTrailModel::entityLabel(const QString& entity)
{
    return labelFor(entityLabels, entity);
}

QString AuditTrailModel::recordLabel(const AuditEvent& event)
{
    if (event.recordId.isEmpty())
        return entityLabel(event.entity);
    return tr("%1 #%2").arg(entityLabel(event.entity), event.recordId);
}

QString AuditTrailModel::timeLabel(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString AuditTrailModel::changesSummary(const AuditEvent& event)
{
    const QJsonObject before = parseObject(event.before);
    const QJsonObject after = parseObject(event.after);
    QStringList parts;
    if (before.isEmpty()) {
        for (auto it = after.begin(); it != after.end(); ++it)
            parts << tr("%1: %2").arg(it.key(), shortValue(it.value()));
    } else if (after.isEmpty()) {
        return tr("Removed (%n field(s))", nullptr, int(before.size()));
    } else {
        for (auto it = after.begin(); it != after.end(); ++it) {
            if (!before.contains(it.key()))
                parts << tr("%1: %2").arg(it.key(), shortValue(it.value()));
            else if (before.value(it.key()) != it.value())
                parts << tr("%1: %2 \u2192 %3")
                             .arg(it.key(), shortValue(before.value(it.key())),
                                  shortValue(it.value()));
        }
        for (auto it = before.begin(); it != before.end(); ++it) {
            if (!after.contains(it.key()))
                parts << tr("%1 removed").arg(it.key());
        }
        if (parts.isEmpty())
            return tr("No field changed");
    }
    return parts.join(QStringLiteral("; "));
}

QString AuditTrailModel::searchText(const AuditEvent& event) const
{
    const QStringList pieces = {QString::number(event.seq),
                                timeLabel(event.at),
                                event.actor,
                                event.action,
                                actionLabel(event.action),
                                event.entity,
                                entityLabel(event.entity),
                                event.recordId,
                                QString::fromUtf8(event.before),
                                QString::fromUtf8(event.after)};
    return pieces.join(QLatin1Char('\n'));
}

} // namespace palisade::ui
