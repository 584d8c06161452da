#pragma once

#include <QStyledItemDelegate>

namespace palisade::ui {

// Edits a provision's state with a drop-down of Present / Missing / Not
// Applicable / Not Checked that writes as soon as the choice changes.
class ProvisionStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProvisionStateDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace palisade::ui
