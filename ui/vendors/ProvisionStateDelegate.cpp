#include "ui/vendors/ProvisionStateDelegate.h"

#include "core/vendors/ProvisionState.h"
#include "ui/vendors/ProvisionTableModel.h"

#include <QComboBox>

namespace palisade::ui {

ProvisionStateDelegate::ProvisionStateDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QWidget* ProvisionStateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                              const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("provisionState%1").arg(index.row()));
    combo->setAccessibleName(
        tr("Whether the agreement contains provision %1")
            .arg(index.siblingAtColumn(ProvisionTableModel::CitationColumn).data().toString()));
    for (const ProvisionState state : {ProvisionState::Present, ProvisionState::Missing,
                                       ProvisionState::NotApplicable, ProvisionState::Unchecked})
        combo->addItem(provisionStateLabel(state), provisionStateKey(state));
    // A persistent editor commits at once, so completeness follows every choice.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<ProvisionStateDelegate*>(this)->commitData(combo); });
    return combo;
}

void ProvisionStateDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    const int found = combo->findData(index.data(ProvisionTableModel::StateKeyRole));
    if (found >= 0 && found != combo->currentIndex())
        combo->setCurrentIndex(found);
}

void ProvisionStateDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                          const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData(), ProvisionTableModel::StateKeyRole);
}

} // namespace palisade::ui
