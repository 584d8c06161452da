#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace palisade {
class Program;
}

namespace palisade::ui {

class AgreementTableModel;
class CounterpartyTableModel;
class MessageBanner;
class NoMatchHint;
class PageHeader;
class VendorDuePanel;
class VendorFilterBar;
class VendorFilterProxyModel;

// The Vendors & BAAs area: the covered entities we serve and the
// subcontractors we use, every business associate agreement with them (its
// signed PDF kept inside the file and searchable), and the due list of what
// needs attention. A counterparty that shares PHI without an agreement in
// effect is shown as a finding.
class VendorsPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        CounterpartiesTab,
        AgreementsTab,
    };

    explicit VendorsPage(Program& program, QWidget* parent = nullptr);

    void newCounterparty();
    // Preselects the counterparty selected on the Counterparties tab.
    void newAgreement();
    // Edits what is selected on the current tab.
    void editSelected();
    // Deletes what is selected on the current tab after confirmation; the
    // register's refusal is shown as it is.
    void deleteSelected();
    void editCounterparty(qint64 id);
    void editAgreement(qint64 id);
    void importCounterparties();
    void importAgreements();
    void exportCounterparties();
    void exportAgreements();

    qint64 selectedCounterpartyId() const;
    qint64 selectedAgreementId() const;
    bool selectCounterparty(qint64 id);
    bool selectAgreement(qint64 id);
    bool isShowingFirstRun() const;
    bool isShowingNoMatch(Tab tab) const;

    QTabWidget* tabs() const { return m_tabs; }
    CounterpartyTableModel* counterpartyModel() const { return m_counterparties; }
    AgreementTableModel* agreementModel() const { return m_agreements; }
    VendorFilterProxyModel* counterpartyProxy() const { return m_counterpartyProxy; }
    VendorFilterProxyModel* agreementProxy() const { return m_agreementProxy; }
    QTableView* counterpartyTable() const { return m_counterpartyTable; }
    QTableView* agreementTable() const { return m_agreementTable; }
    VendorFilterBar* filterBar() const { return m_filter; }
    VendorDuePanel* duePanel() const { return m_due; }
    MessageBanner* banner() const { return m_banner; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* newCounterpartyButton() const { return m_newCounterparty; }
    QPushButton* newAgreementButton() const { return m_newAgreement; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* firstCounterpartyButton() const { return m_firstCounterparty; }
    QPushButton* firstImportButton() const { return m_firstImport; }

    // Reads both tables and the due list again; the registers' signals call it.
    void reload();

private:
    static constexpr int documentSearchPauseMs = 250;

    QWidget* buildFirstRun();
    QTableView* buildTable(const QString& name);
    // Fields filter at once; the signed documents' text is searched once
    // typing pauses, since that reads every stored document's text.
    void applyFilter();
    void searchDocuments();
    void updateState();
    bool confirm(const QString& title, const QString& text, const QString& objectName);

    Program& m_program;
    CounterpartyTableModel* m_counterparties;
    AgreementTableModel* m_agreements;
    VendorFilterProxyModel* m_counterpartyProxy;
    VendorFilterProxyModel* m_agreementProxy;
    PageHeader* m_header;
    MessageBanner* m_banner;
    VendorFilterBar* m_filter;
    QLabel* m_summary;
    QPushButton* m_newCounterparty;
    QPushButton* m_newAgreement;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPushButton* m_import;
    QPushButton* m_export;
    QStackedWidget* m_pageStack;
    QTabWidget* m_tabs;
    QStackedWidget* m_counterpartyStack;
    QStackedWidget* m_agreementStack;
    QTableView* m_counterpartyTable;
    QTableView* m_agreementTable;
    NoMatchHint* m_counterpartyNoMatch;
    NoMatchHint* m_agreementNoMatch;
    VendorDuePanel* m_due;
    QPushButton* m_firstCounterparty;
    QPushButton* m_firstImport;
    QTimer* m_documentSearch;
};

} // namespace palisade::ui
