#pragma once

#include "core/vendors/Counterparty.h"
#include "ui/widgets/RecordEditorDialog.h"

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
class VendorHistoryList;

// Creates or edits one counterparty: who they are, what they do for us or we
// for them, the PHI shared, contacts and the assets the PHI lives in. What
// would stop it being saved is listed as the user types and Save stays
// disabled until the list is empty. Closing with unsaved edits asks first.
class CounterpartyEditorDialog : public RecordEditorDialog
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

    bool isNew() const override { return m_original.id == 0; }
    bool isModified() const override;
    Counterparty candidate() const;
    const Counterparty& savedCounterparty() const { return m_saved; }
    QStringList problems() const override;

    void addContact();
    void removeSelectedContacts();

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

protected:
    bool store() override;
    QString unsavedQuestion() const override;
    bool canStore() const override;

private:
    void load(const Counterparty& counterparty);
    void loadAssets(const std::vector<qint64>& linked);
    void updateTitle();

    Program& m_program;
    Counterparty m_original;
    Counterparty m_baseline;
    Counterparty m_saved;

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
};

} // namespace palisade::ui
