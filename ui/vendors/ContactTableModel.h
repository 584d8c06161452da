#pragma once

#include "core/vendors/Contact.h"

#include <QAbstractTableModel>
#include <vector>

namespace palisade::ui {

// A counterparty's contacts as an editable table: name, role, email, phone.
class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        EmailColumn,
        PhoneColumn,
        ColumnCount
    };

    explicit ContactTableModel(QObject* parent = nullptr);

    void setContacts(const std::vector<Contact>& contacts);
    const std::vector<Contact>& contacts() const { return m_contacts; }
    // Appends an empty contact and returns its row.
    int appendContact();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

private:
    static QString* field(Contact& contact, int column);

    std::vector<Contact> m_contacts;
};

} // namespace palisade::ui
