#pragma once

#include "core/risk/Asset.h"
#include "ui/widgets/RecordEditorDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace palisade {
class AssetRegister;
}

namespace palisade::ui {

class DataFlowTableModel;

// Creates or edits one asset and its data flows. What would stop it being
// saved is shown as the user types; Save (Ctrl+S) stores it through the
// register, and closing with unsaved changes asks first.
class AssetEditorDialog : public RecordEditorDialog
{
    Q_OBJECT

public:
    // An asset with id 0 is created; otherwise it is updated.
    AssetEditorDialog(AssetRegister& assets, const Asset& asset, QWidget* parent = nullptr);

    Asset asset() const;
    // The asset as stored, once Save succeeded.
    const Asset& savedAsset() const { return m_saved; }
    bool isNew() const override { return m_original.id == 0; }
    bool isModified() const override;
    bool hasUnsavedChanges() const { return isModified(); }
    QStringList problems() const override;

    // Appends an empty data flow and starts editing its "From" cell.
    void addFlow();
    void removeSelectedFlows();

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* locationEdit() const { return m_location; }
    QLineEdit* ownerEdit() const { return m_owner; }
    QPlainTextEdit* phiEdit() const { return m_phi; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    DataFlowTableModel* flowModel() const { return m_flows; }
    QTableView* flowTable() const { return m_flowTable; }

    // Closes at once. The user's ways to close (Cancel, Escape, the window's
    // close button) go through requestClose(), which asks about unsaved
    // changes; reject() itself never asks, so that locking the program can
    // always close the dialog.
    void reject() override;

protected:
    bool store() override;
    QString unsavedQuestion() const override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void updateRemoveButton();

    AssetRegister& m_assets;
    Asset m_original;
    Asset m_saved;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_location;
    QLineEdit* m_owner;
    QPlainTextEdit* m_phi;
    QPlainTextEdit* m_notes;
    DataFlowTableModel* m_flows;
    QTableView* m_flowTable;
    QPushButton* m_addFlow;
    QPushButton* m_removeFlow;
};

} // namespace palisade::ui
