#pragma once

#include "core/incidents/IncidentEvidence.h"

#include <QAbstractTableModel>
#include <vector>

namespace palisade::ui {

// The evidence kept for an incident: when and by whom each piece was added,
// its note and its file.
class EvidenceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AddedColumn,
        AddedByColumn,
        NoteColumn,
        FileColumn,
        ColumnCount,
    };
    enum Role
    {
        EvidenceIdRole = Qt::UserRole + 1,
        HasFileRole,
        SortRole,
    };

    explicit EvidenceTableModel(QObject* parent = nullptr);

    void setEvidence(std::vector<IncidentEvidence> evidence);
    const IncidentEvidence& evidenceAt(int row) const { return m_items[std::size_t(row)]; }
    int rowForId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<IncidentEvidence> m_items;
};

} // namespace palisade::ui
