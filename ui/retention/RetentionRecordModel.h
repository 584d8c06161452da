#pragma once

#include "core/retention/RetentionRecord.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <map>
#include <vector>

namespace palisade {
class Program;
}

namespace palisade::ui {

// Every record and draft under the retention rules, one row each, with where
// it stands on the model's "as of" day: its type, when it was created and last
// in effect, the last day it must be kept, its status and the legal hold that
// keeps it. Changing the day only recomputes the statuses.
class RetentionRecordModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TypeColumn,
        RecordColumn,
        CreatedColumn,
        LastInEffectColumn,
        KeepUntilColumn,
        StatusColumn,
        HoldColumn,
        ColumnCount
    };

    explicit RetentionRecordModel(Program& program, QObject* parent = nullptr);

    bool reload();
    QString lastError() const { return m_lastError; }

    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate& day);

    const RetentionRecord& recordAt(int row) const { return m_records.at(size_t(row)); }
    RetentionStatus statusAt(int row) const;
    int rowFor(const RecordRef& ref) const;
    // How many records stand in each status on the "as of" day.
    std::map<RetentionStatus, int> statusCounts() const;
    // The records eligible for disposal on the "as of" day that Palisade can
    // dispose of.
    std::vector<RetentionRecord> eligible() const;
    QString typeLabel(const QString& recordType) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const RetentionRecord& record, int column) const;
    QVariant sortData(const RetentionRecord& record, int column) const;
    QVariant toolTip(const RetentionRecord& record, int column) const;
    QString searchText(const RetentionRecord& record) const;

    Program& m_program;
    std::vector<RetentionRecord> m_records;
    QHash<QString, QString> m_typeLabels;
    QDate m_asOf;
    QString m_lastError;
};

} // namespace palisade::ui
