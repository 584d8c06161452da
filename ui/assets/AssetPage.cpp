#include "ui/assets/AssetPage.h"

#include "core/program/Program.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskRegister.h"
#include "ui/assets/AssetDetailPanel.h"
#include "ui/assets/AssetEditorDialog.h"
#include "ui/assets/AssetFilterProxyModel.h"
#include "ui/assets/AssetTableModel.h"
#include "ui/io/ExportDialog.h"
#include "ui/io/ImportDialog.h"
#include "ui/shell/PageHeader.h"
#include "ui/widgets/FirstRunPanel.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/NoMatchHint.h"
#include "ui/widgets/PageShortcuts.h"
#include "ui/widgets/RecordDeletion.h"
#include "ui/widgets/RecordTable.h"
#include "ui/widgets/TableRows.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {

AssetPage::AssetPage(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_model(new AssetTableModel(program, this))
    , m_proxy(new AssetFilterProxyModel(this))
    , m_header(new PageHeader(tr("Assets"),
                              tr("Everything that creates, receives, keeps or sends electronic "
                                 "protected health information, and the paths that data takes. "
                                 "Each risk in the register names the assets it threatens."),
                              this))
    , m_banner(new MessageBanner(this))
    , m_search(new QLineEdit(this))
    , m_unencryptedOnly(new QCheckBox(tr("Only assets with &unencrypted flows"), this))
    , m_summary(new QLabel(this))
    , m_newButton(new QPushButton(tr("&New Asset\u2026"), this))
    , m_editButton(new QPushButton(tr("&Edit\u2026"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_importButton(new QPushButton(tr("&Import\u2026"), this))
    , m_exportButton(new QPushButton(tr("E&xport\u2026"), this))
    , m_pageStack(new QStackedWidget(this))
    , m_tableStack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_noMatch(new NoMatchHint(tr("Clear Filter"), this))
    , m_firstAsset(new QPushButton(tr("Add the First Asset"), this))
    , m_firstImport(new QPushButton(tr("Import from CSV\u2026"), this))
    , m_detail(new AssetDetailPanel(this))
{
    setObjectName(QStringLiteral("assetPage"));

    m_search->setObjectName(QStringLiteral("assetSearch"));
    m_search->setPlaceholderText(tr("Filter by name, owner, location, PHI or data flow"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_unencryptedOnly->setObjectName(QStringLiteral("unencryptedOnly"));
    m_unencryptedOnly->setToolTip(tr("Show only assets with a data flow that is not encrypted in "
                                     "transit"));

    m_newButton->setObjectName(QStringLiteral("newAssetButton"));
    m_newButton->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_editButton->setObjectName(QStringLiteral("editAssetButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteAssetButton"));
    m_importButton->setObjectName(QStringLiteral("importAssetsButton"));
    m_importButton->setToolTip(tr("Add assets from a CSV file"));
    m_exportButton->setObjectName(QStringLiteral("exportAssetsButton"));
    m_exportButton->setToolTip(tr("Save the inventory as CSV or Excel"));

    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_importButton, 0, Qt::AlignBottom);
    headerRow->addWidget(m_exportButton, 0, Qt::AlignBottom);

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addWidget(m_search, 2);
    toolbar->addWidget(m_unencryptedOnly);
    toolbar->addStretch(1);
    toolbar->addWidget(m_newButton);
    toolbar->addWidget(m_editButton);
    toolbar->addWidget(m_deleteButton);

    m_summary->setObjectName(QStringLiteral("assetSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("assetTable"));
    RecordTable::setUp(m_table, m_proxy, AssetTableModel::NameColumn);
    QHeaderView* columns = m_table->horizontalHeader();
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->resizeSection(AssetTableModel::NameColumn, charWidth * 34);
    columns->setSectionResizeMode(AssetTableModel::KindColumn, QHeaderView::ResizeToContents);
    columns->resizeSection(AssetTableModel::OwnerColumn, charWidth * 18);
    columns->resizeSection(AssetTableModel::LocationColumn, charWidth * 22);
    columns->setSectionResizeMode(AssetTableModel::PhiColumn, QHeaderView::Stretch);
    for (const int column :
         {int(AssetTableModel::FlowsColumn), int(AssetTableModel::UnencryptedColumn),
          int(AssetTableModel::RisksColumn)})
        columns->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    columns->setMinimumSectionSize(charWidth * 6);

    m_noMatch->setObjectName(QStringLiteral("assetNoMatch"));
    m_noMatch->clearButton()->setObjectName(QStringLiteral("clearAssetFilter"));
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_noMatch);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tableStack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);

    auto* inventory = new QWidget(this);
    auto* inventoryLayout = new QVBoxLayout(inventory);
    inventoryLayout->setContentsMargins(0, 0, 0, 0);
    inventoryLayout->setSpacing(8);
    inventoryLayout->addLayout(toolbar);
    inventoryLayout->addWidget(m_summary);
    inventoryLayout->addWidget(splitter, 1);

    // The first run explains why the inventory comes first, with the two ways to start it.
    auto* firstRun = new FirstRunPanel(
        tr("Start the risk analysis with your asset inventory"),
        tr("You cannot assess risks to ePHI until you know where it lives: list every system, "
           "device, cloud service and paper process that creates, receives, keeps or sends it, "
           "and the paths the data takes between them. Each risk you record later names the "
           "assets it threatens."),
        this);
    firstRun->setObjectName(QStringLiteral("assetFirstRun"));
    m_firstAsset->setObjectName(QStringLiteral("addFirstAssetButton"));
    m_firstImport->setObjectName(QStringLiteral("importFirstAssetsButton"));
    firstRun->addButton(m_firstAsset);
    firstRun->addButton(m_firstImport);

    m_pageStack->addWidget(inventory);
    m_pageStack->addWidget(firstRun);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(headerRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_pageStack, 1);

    PageShortcuts::addFind(this, m_search, tr("Find"));
    connect(PageShortcuts::addDelete(m_table, tr("Delete Asset")), &QAction::triggered, this,
            &AssetPage::deleteSelected);

    connect(m_search, &QLineEdit::textChanged, this, &AssetPage::applyFilter);
    connect(m_unencryptedOnly, &QCheckBox::toggled, this, &AssetPage::applyFilter);
    connect(m_noMatch, &NoMatchHint::clearRequested, this, [this] {
        m_search->clear();
        m_unencryptedOnly->setChecked(false);
    });
    connect(m_newButton, &QPushButton::clicked, this, &AssetPage::newAsset);
    connect(m_firstAsset, &QPushButton::clicked, this, &AssetPage::newAsset);
    connect(m_editButton, &QPushButton::clicked, this, &AssetPage::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &AssetPage::deleteSelected);
    connect(m_importButton, &QPushButton::clicked, this, &AssetPage::importFromCsv);
    connect(m_firstImport, &QPushButton::clicked, this, &AssetPage::importFromCsv);
    connect(m_exportButton, &QPushButton::clicked, this, &AssetPage::exportInventory);
    connect(m_table, &QTableView::activated, this, &AssetPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AssetPage::showCurrentAsset);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AssetPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AssetPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AssetPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AssetPage::updateState);

    connect(&program.assets(), &AssetRegister::assetsChanged, this, &AssetPage::reload);
    connect(&program.risks(), &RiskRegister::risksChanged, this, &AssetPage::reload);

    reload();
}

void AssetPage::reload()
{
    if (!m_program.isOpen())
        return;
    const qint64 selected = selectedAssetId();
    if (!m_model->reload())
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The assets could not be read: %1").arg(m_model->lastError()));
    else if (m_banner->kind() == MessageBanner::Kind::Error)
        m_banner->clearMessage();
    if (selected == 0 || !selectAsset(selected))
        m_detail->clear();
    updateState();
}

void AssetPage::applyFilter()
{
    m_proxy->setText(m_search->text());
    m_proxy->setUnencryptedOnly(m_unencryptedOnly->isChecked());
    if (!m_table->selectionModel()->currentIndex().isValid())
        m_detail->clear();
    updateState();
}

void AssetPage::updateState()
{
    const bool writable = m_program.isOpen() && !m_program.isReadOnly();
    const bool inventoryEmpty = m_model->rowCount() == 0 && m_model->lastError().isEmpty();
    m_pageStack->setCurrentIndex(inventoryEmpty ? 1 : 0);
    m_exportButton->setEnabled(!inventoryEmpty);
    for (QPushButton* button : {m_newButton, m_importButton, m_firstAsset, m_firstImport})
        button->setEnabled(writable);

    const bool noMatch = m_proxy->rowCount() == 0 && m_model->rowCount() > 0;
    if (noMatch)
        m_noMatch->setText(tr("No asset matches this filter. Change the search, or clear the "
                              "filter to see all %n asset(s).",
                              nullptr, m_model->rowCount()));
    m_tableStack->setCurrentIndex(noMatch ? 1 : 0);
    m_detail->setVisible(!noMatch);

    const bool selected = selectedAssetId() != 0;
    m_editButton->setEnabled(writable && selected);
    m_deleteButton->setEnabled(writable && selected);

    int flows = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        flows += int(m_model->assetAt(row).dataFlows.size());
    QStringList summary{tr("Assets: %L1").arg(m_model->rowCount()),
                        tr("Data flows: %L1").arg(flows)};
    if (const int unencrypted = m_model->totalUnencryptedFlows(); unencrypted > 0)
        summary << tr("Not encrypted in transit: %L1 (findings)").arg(unencrypted);
    if (m_proxy->isFiltering() && m_proxy->rowCount() != m_model->rowCount())
        summary << tr("Shown: %L1").arg(m_proxy->rowCount());
    m_summary->setText(summary.join(QStringLiteral(" \u00b7 ")));
}

void AssetPage::showCurrentAsset()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        updateState();
        return;
    }
    const Asset& asset = m_model->assetAt(m_proxy->mapToSource(current).row());
    m_detail->setAsset(asset, m_model->linkedRiskCount(asset.id),
                       m_program.assets().history(asset.id));
    updateState();
}

qint64 AssetPage::selectedAssetId() const
{
    return TableRows::currentData(m_table, AssetTableModel::AssetIdRole).toLongLong();
}

bool AssetPage::selectAsset(qint64 id)
{
    return TableRows::selectSourceRow(m_table, m_model->rowForId(id));
}

bool AssetPage::isShowingFirstRun() const
{
    return m_pageStack->currentIndex() == 1;
}

bool AssetPage::isShowingNoMatch() const
{
    return m_pageStack->currentIndex() == 0 && m_tableStack->currentIndex() == 1;
}

void AssetPage::newAsset()
{
    openEditor(Asset{});
}

void AssetPage::editSelected()
{
    const qint64 id = selectedAssetId();
    if (id == 0)
        return;
    openEditor(m_model->assetAt(m_model->rowForId(id)));
}

void AssetPage::openEditor(const Asset& asset)
{
    if (m_program.isReadOnly())
        return;
    AssetEditorDialog editor(m_program.assets(), asset, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    m_banner->clearMessage();
    // The register's signal has already reloaded the table; follow the saved asset.
    selectAsset(editor.savedAsset().id);
}

void AssetPage::deleteSelected()
{
    const qint64 id = selectedAssetId();
    if (id == 0 || m_program.isReadOnly())
        return;
    const Asset asset = m_model->assetAt(m_model->rowForId(id));
    // A linked asset will be refused; asking "are you sure" first would be pointless.
    if (m_model->linkedRiskCount(id) == 0 &&
        !RecordDeletion::confirm(this, QStringLiteral("confirmDeleteAsset"), tr("Delete Asset"),
                                 tr("Delete \u201c%1\u201d and its %n data flow(s)? The audit "
                                    "trail keeps a record of it.",
                                    nullptr, int(asset.dataFlows.size()))
                                     .arg(asset.name)))
        return;
    RecordDeletion::report(m_banner, m_program.assets().remove(id),
                           tr("\u201c%1\u201d was deleted.").arg(asset.name));
}

void AssetPage::importFromCsv()
{
    if (m_program.isReadOnly())
        return;
    ImportDialog dialog(m_program, DataSubject::Assets, this);
    connect(&dialog, &ImportDialog::imported, this, [this](int count) {
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("Imported %n asset(s).", nullptr, count));
    });
    dialog.exec();
}

void AssetPage::exportInventory()
{
    ExportDialog dialog(m_program, DataSubject::Assets, this);
    dialog.exec();
}

} // namespace palisade::ui
