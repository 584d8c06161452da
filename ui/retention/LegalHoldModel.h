#pragma once

#include "core/retention/LegalHold.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace palisade {
class Program;
}

namespace palisade::ui {

// Legal holds, one row each: what the hold covers (one record, or every record
// of a type), who placed it when and why, and its release. Released holds are
// shown only when asked for.
class LegalHoldModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        CoversColumn,
        PlacedColumn,
        PlacedByColumn,
        ReasonColumn,
        ReleasedColumn,
        ReleaseReasonColumn,
        ColumnCount
    };

    explicit LegalHoldModel(Program& program, QObject* parent = nullptr);

    bool reload();
    QString lastError() const { return m_lastError; }

    bool showsReleased() const { return m_showReleased; }
    void setShowReleased(bool show);
    int activeCount() const { return m_activeCount; }
    int releasedCount() const { return m_releasedCount; }

    const LegalHold& holdAt(int row) const { return m_holds.at(size_t(row)); }
    int rowForId(qint64 holdId) const;
    // "BAA-0003 Claims clearinghouse BAA", or "Every risk" for a hold on a type.
    QString coversText(const LegalHold& hold) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const LegalHold& hold, int column) const;
    QVariant sortData(const LegalHold& hold, int column) const;

    Program& m_program;
    std::vector<LegalHold> m_all;
    std::vector<LegalHold> m_holds;
    QHash<QString, QString> m_recordLabels; // by RecordRef::key()
    QHash<QString, QString> m_typeLabels;
    bool m_showReleased = false;
    int m_activeCount = 0;
    int m_releasedCount = 0;
    QString m_lastError;
};

} // namespace palisade::ui
