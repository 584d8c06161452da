#pragma once

#include "core/risk/Asset.h"

#include <QDialog>

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
class MessageBanner;

// Creates or edits one asset and its data flows. What would stop it being
// saved is shown as the user types; Save (Ctrl+S) stores it through the
// register, and closing with unsaved changes asks first.
class AssetEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // An asset with id 0 is created; otherwise it is updated.
    AssetEditorDialog(AssetRegister& assets, const Asset& asset, QWidget* parent = nullptr);

    Asset asset() const;
    // The asset as stored, once Save succeeded.
    const Asset& savedAsset() const { return m_saved; }
    bool isNew() const { return m_original.id == 0; }
    bool hasUnsavedChanges() const;
    QStringList problems() const;

    // Stores the asset; false (with the reason shown) when the register refuses.
    bool save();
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
    MessageBanner* banner() const { return m_banner; }
    QPushButton* saveButton() const { return m_saveButton; }

    // Closes the dialog as the user asked to (Cancel, Escape, the window's
    // close button): with unsaved changes, asks whether to save them first.
    // Returns whether the dialog closed. reject() itself never asks, so that
    // locking the program can always close the dialog.
    bool requestClose();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    // True when the dialog may close: nothing unsaved, or the user chose.
    bool confirmDiscard();
    void updateValidation();
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
    MessageBanner* m_banner;
    QPushButton* m_saveButton;
    bool m_saveAttempted = false;
};

} // namespace palisade::ui
