#pragma once

#include "core/audit/AuditEvent.h"

#include <QAbstractTableModel>
#include <vector>

namespace palisade {
class AuditTrail;
}

namespace palisade::ui {

// The events of the audit trail, oldest first. The trail is append-only, so
// refresh() only fetches events newer than the last one loaded.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeqColumn,
        TimeColumn,
        ActorColumn,
        ActionColumn,
        RecordColumn,
        ChangesColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1,
        SeqRole,        // qint64
        LocalDateRole,  // QDate of the event in local time
        ActorRole,      // raw actor
        ActionRole,     // raw action key
        EntityRole,     // raw entity
        SearchTextRole, // everything free-text search should match
    };

    explicit AuditTrailModel(const AuditTrail& trail, QObject* parent = nullptr);

    // Reads the whole trail again.
    bool reload();
    // Appends the events recorded since the last load.
    bool refresh();
    // Why the last reload or refresh failed; empty when it did not.
    QString lastError() const { return m_lastError; }

    // Marks the event where verification found the chain broken (0 for none).
    void setBrokenSeq(qint64 seq);
    qint64 brokenSeq() const { return m_brokenSeq; }

    const AuditEvent& eventAt(int row) const { return m_events.at(size_t(row)); }
    // The row holding the event with this sequence number, or -1.
    int rowForSeq(qint64 seq) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString actionLabel(const QString& action);
    // The actions that have a human label, for sizing the Action column.
    static QStringList knownActions();
    static QString entityLabel(const QString& entity);
    static QString recordLabel(const AuditEvent& event);
    static QString timeLabel(const QDateTime& utc);
    // A one-line account of what changed between before and after.
    static QString changesSummary(const AuditEvent& event);

private:
    QString searchText(const AuditEvent& event) const;

    const AuditTrail& m_trail;
    std::vector<AuditEvent> m_events;
    QString m_lastError;
    qint64 m_brokenSeq = 0;
};

} // namespace palisade::ui
