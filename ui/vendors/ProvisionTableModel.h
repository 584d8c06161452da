#pragma once

#include "core/vendors/ProvisionCheck.h"

#include <QAbstractTableModel>
#include <vector>

namespace palisade::ui {

// An agreement's required-provisions checklist: one row per provision of
// 164.504(e)(2) and 164.314(a)(2)(i), with its citation, what it requires,
// whether the agreement has it and where. State and clause are editable.
class ProvisionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CitationColumn,
        ProvisionColumn,
        StateColumn,
        ClauseColumn,
        ColumnCount
    };

    enum Role
    {
        StateKeyRole = Qt::UserRole + 1, // QString, for the state editor
    };

    explicit ProvisionTableModel(QObject* parent = nullptr);

    // One check per provision in catalog order, whatever `checks` holds.
    void setChecks(const std::vector<ProvisionCheck>& checks);
    const std::vector<ProvisionCheck>& checks() const { return m_checks; }
    void setReadOnly(bool readOnly);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ProvisionCheck> m_checks;
    bool m_readOnly = false;
};

} // namespace palisade::ui
