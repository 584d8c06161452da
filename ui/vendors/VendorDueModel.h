#pragma once

#include "core/vendors/BaaDueItem.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <vector>

namespace palisade::ui {

// The vendor due list as of a day: what is overdue or a standing finding
// (red), then what falls due soon, each with the agreement or counterparty it
// concerns.
class VendorDueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        SubjectColumn,
        MessageColumn,
        ColumnCount
    };

    enum Role
    {
        AgreementIdRole = Qt::UserRole + 1, // qint64, 0 for counterparty findings
        CounterpartyIdRole,                 // qint64
        OverdueRole,                        // bool
        KindRole,                           // int (BaaDueItem::Kind)
    };

    explicit VendorDueModel(QObject* parent = nullptr);

    void setItems(std::vector<BaaDueItem> items);
    const BaaDueItem& itemAt(int row) const { return m_items.at(size_t(row)); }
    int overdueCount() const;
    static QString kindLabel(BaaDueItem::Kind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<BaaDueItem> m_items;
    QIcon m_overdueIcon;
    QIcon m_soonIcon;
};

} // namespace palisade::ui
