#pragma once

#include "core/vendors/Counterparty.h"
#include "ui/vendors/UnsavedChoice.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class ContactTableModel;
class MessageBanner;
class VendorHistoryList;

// Creates or edits one counterparty: who they are, what they do for us or we
// for them, the PHI shared, contacts and the assets the PHI lives in. What
// would stop it being saved is listed as the user types and Save stays
// disabled until the list is empty. Closing with unsaved edits asks first.
class CounterpartyEditorDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab
    {
        DetailsTab,
        AssetsTab,
        HistoryTab,
    };

    // nullopt creates a new counterparty.
    CounterpartyEditorDialog(Program& program, std::optional<qint64> counterpartyId,
                             QWidget* parent = nullptr);

    bool isNew() const { return m_original.id == 0; }
    bool isModified() const;
    Counterparty candidate() const;
    const Counterparty& savedCounterparty() const { return m_saved; }
    QStringList problems() const;

    // Stores the counterparty and closes; false (with the reason shown) when refused.
    bool save();
    void addContact();
    void removeSelectedContacts();
    void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt) { m_prompt = std::move(prompt); }

    QTabWidget* tabs() const { return m_tabs; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* relationshipCombo() const { return m_relationship; }
    QLineEdit* servicesEdit() const { return m_services; }
    QCheckBox* sharesPhiCheck() const { return m_sharesPhi; }
    QLineEdit* phiTypesEdit() const { return m_phiTypes; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    ContactTableModel* contactModel() const { return m_contacts; }
    QTableView* contactTable() const { return m_contactTable; }
    QListWidget* assetList() const { return m_assets; }
    VendorHistoryList* historyList() const { return m_history; }
    MessageBanner* banner() const { return m_banner; }
    QPushButton* saveButton() const { return m_saveButton; }

    void reject() override;

private:
    void load(const Counterparty& counterparty);
    void loadAssets(const std::vector<qint64>& linked);
    void updateValidation();
    void updateTitle();
    UnsavedChoice askAboutUnsavedChanges();

    Program& m_program;
    Counterparty m_original;
    Counterparty m_baseline;
    Counterparty m_saved;
    bool m_saveAttempted = false;
    bool m_loadFailed = false;
    UnsavedChangesPrompt m_prompt;

    MessageBanner* m_banner;
    QTabWidget* m_tabs;
    QLineEdit* m_name;
    QComboBox* m_relationship;
    QLineEdit* m_services;
    QCheckBox* m_sharesPhi;
    QLineEdit* m_phiTypes;
    QPlainTextEdit* m_notes;
    ContactTableModel* m_contacts;
    QTableView* m_contactTable;
    QPushButton* m_addContact;
    QPushButton* m_removeContact;
    QListWidget* m_assets;
    VendorHistoryList* m_history;
    QPushButton* m_saveButton;
};

} // namespace palisade::ui
