#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace palisade {
class Program;
struct Asset;
} // namespace palisade

namespace palisade::ui {

class AssetDetailPanel;
class AssetFilterProxyModel;
class AssetTableModel;
class MessageBanner;
class NoMatchHint;
class PageHeader;

// The Assets area: the inventory of everything that creates, receives, keeps
// or sends ePHI, filterable as the user types, with the selected asset's data
// flows and history below. Unencrypted flows are marked as findings.
class AssetPage : public QWidget
{
    Q_OBJECT

public:
    explicit AssetPage(Program& program, QWidget* parent = nullptr);

    // Opens the editor for a new asset, or for the selected one.
    void newAsset();
    void editSelected();
    // Deletes the selected asset after confirmation; a linked asset is refused
    // with the register's reason.
    void deleteSelected();
    void importFromCsv();
    void exportInventory();

    qint64 selectedAssetId() const;
    bool selectAsset(qint64 id);
    bool isShowingFirstRun() const;
    bool isShowingNoMatch() const;

    AssetTableModel* model() const { return m_model; }
    AssetFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    QCheckBox* unencryptedOnlyBox() const { return m_unencryptedOnly; }
    AssetDetailPanel* detail() const { return m_detail; }
    MessageBanner* banner() const { return m_banner; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* newButton() const { return m_newButton; }
    QPushButton* editButton() const { return m_editButton; }
    QPushButton* deleteButton() const { return m_deleteButton; }
    QPushButton* importButton() const { return m_importButton; }
    QPushButton* exportButton() const { return m_exportButton; }
    QPushButton* firstAssetButton() const { return m_firstAsset; }
    QPushButton* firstImportButton() const { return m_firstImport; }

private:
    void reload();
    void applyFilter();
    void updateState();
    void showCurrentAsset();
    void openEditor(const Asset& asset);

    Program& m_program;
    AssetTableModel* m_model;
    AssetFilterProxyModel* m_proxy;
    PageHeader* m_header;
    MessageBanner* m_banner;
    QLineEdit* m_search;
    QCheckBox* m_unencryptedOnly;
    QLabel* m_summary;
    QPushButton* m_newButton;
    QPushButton* m_editButton;
    QPushButton* m_deleteButton;
    QPushButton* m_importButton;
    QPushButton* m_exportButton;
    QStackedWidget* m_pageStack;
    QStackedWidget* m_tableStack;
    QTableView* m_table;
    NoMatchHint* m_noMatch;
    QPushButton* m_firstAsset;
    QPushButton* m_firstImport;
    AssetDetailPanel* m_detail;
};

} // namespace palisade::ui
