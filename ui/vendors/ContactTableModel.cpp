#include "ui/vendors/ContactTableModel.h"

namespace palisade::ui {

ContactTableModel::ContactTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ContactTableModel::setContacts(const std::vector<Contact>& contacts)
{
    beginResetModel();
    m_contacts = contacts;
    endResetModel();
}

int ContactTableModel::appendContact()
{
    const int row = int(m_contacts.size());
    beginInsertRows({}, row, row);
    m_contacts.push_back(Contact{});
    endInsertRows();
    return row;
}

int ContactTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString* ContactTableModel::field(Contact& contact, int column)
{
    switch (column) {
    case NameColumn:
        return &contact.name;
    case RoleColumn:
        return &contact.role;
    case EmailColumn:
        return &contact.email;
    case PhoneColumn:
        return &contact.phone;
    default:
        return nullptr;
    }
}

QVariant ContactTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    Contact contact = m_contacts[size_t(index.row())];
    const QString* value = field(contact, index.column());
    if (!value)
        return {};
    if (role == Qt::ToolTipRole)
        return value->isEmpty() ? QVariant() : *value;
    return *value;
}

bool ContactTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QString* target = field(m_contacts[size_t(index.row())], index.column());
    if (!target)
        return false;
    const QString text = value.toString().trimmed();
    if (*target == text)
        return true;
    *target = text;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    return true;
}

Qt::ItemFlags ContactTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    default:
        return {};
    }
}

bool ContactTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_contacts.erase(m_contacts.begin() + row, m_contacts.begin() + row + count);
    endRemoveRows();
    return true;
}

} // namespace palisade::ui
