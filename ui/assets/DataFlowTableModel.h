#pragma once

#include "core/risk/DataFlow.h"

#include <QAbstractTableModel>
#include <vector>

namespace palisade::ui {

// The data flows of one asset. Read-only for the detail panel; editable in
// the asset editor, where "Encrypted in transit" is a check box.
class DataFlowTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SourceColumn,
        DestinationColumn,
        ChannelColumn,
        EncryptedColumn,
        ColumnCount
    };

    explicit DataFlowTableModel(bool editable, QObject* parent = nullptr);

    bool isEditable() const { return m_editable; }
    void setFlows(std::vector<DataFlow> flows);
    const std::vector<DataFlow>& flows() const { return m_flows; }
    int unencryptedCount() const;

    // Appends an empty flow and returns its row.
    int appendFlow();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

private:
    bool m_editable;
    std::vector<DataFlow> m_flows;
};

} // namespace palisade::ui
