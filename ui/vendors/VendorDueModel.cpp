#include "ui/vendors/VendorDueModel.h"

#include "ui/assets/FindingMark.h"
#include "ui/vendors/VendorDates.h"

#include <QApplication>
#include <QFont>
#include <QStyle>
#include <algorithm>

namespace palisade::ui {

VendorDueModel::VendorDueModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_overdueIcon(findingmark::icon())
    , m_soonIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation))
{
}

void VendorDueModel::setItems(std::vector<BaaDueItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int VendorDueModel::overdueCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [](const BaaDueItem& item) { return item.overdue; }));
}

QString VendorDueModel::kindLabel(BaaDueItem::Kind kind)
{
    switch (kind) {
    case BaaDueItem::Kind::NoAgreementInEffect:
        return tr("No BAA in effect");
    case BaaDueItem::Kind::Expired:
        return tr("Expired");
    case BaaDueItem::Kind::ReviewDue:
        return tr("Review");
    case BaaDueItem::Kind::Expiring:
        return tr("Expiring");
    case BaaDueItem::Kind::MissingProvisions:
        return tr("Provisions");
    case BaaDueItem::Kind::NoticeLongerThanUpstream:
        return tr("Notice gap");
    }
    return {};
}

int VendorDueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int VendorDueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VendorDueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BaaDueItem& item = m_items[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return item.date.isValid() ? vendordates::text(item.date) : tr("Now");
        case SubjectColumn:
            return item.subject;
        case MessageColumn:
            return item.message;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == DateColumn)
            return item.overdue ? m_overdueIcon : m_soonIcon;
        break;
    case Qt::ForegroundRole:
        if (item.overdue && index.column() != MessageColumn)
            return findingmark::color();
        break;
    case Qt::FontRole:
        if (item.overdue && index.column() == DateColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1: %2").arg(kindLabel(item.kind), item.message);
    case Qt::AccessibleTextRole:
        if (index.column() == DateColumn)
            return item.overdue ? tr("Overdue, %1").arg(data(index).toString())
                                : tr("Due soon, %1").arg(data(index).toString());
        break;
    case AgreementIdRole:
        return item.agreementId;
    case CounterpartyIdRole:
        return item.counterpartyId;
    case OverdueRole:
        return item.overdue;
    case KindRole:
        return int(item.kind);
    default:
        break;
    }
    return {};
}

QVariant VendorDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("When");
    case SubjectColumn:
        return tr("Agreement or counterparty");
    case MessageColumn:
        return tr("What is due");
    default:
        return {};
    }
}

} // namespace palisade::ui
