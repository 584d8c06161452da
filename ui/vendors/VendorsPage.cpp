#include "ui/vendors/VendorsPage.h"

#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "ui/io/ExportDialog.h"
#include "ui/io/ImportDialog.h"
#include "ui/shell/PageHeader.h"
#include "ui/vendors/AgreementEditorDialog.h"
#include "ui/vendors/AgreementTableModel.h"
#include "ui/vendors/CompletenessBarDelegate.h"
#include "ui/vendors/CounterpartyEditorDialog.h"
#include "ui/vendors/CounterpartyTableModel.h"
#include "ui/vendors/VendorDuePanel.h"
#include "ui/vendors/VendorFilterBar.h"
#include "ui/vendors/VendorFilterProxyModel.h"
#include "ui/vendors/VendorRoles.h"
#include "ui/widgets/FirstRunPanel.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/NoMatchHint.h"
#include "ui/widgets/TableRows.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace palisade::ui {

VendorsPage::VendorsPage(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_counterparties(new CounterpartyTableModel(program, this))
    , m_agreements(new AgreementTableModel(program, this))
    , m_counterpartyProxy(new VendorFilterProxyModel(this))
    , m_agreementProxy(new VendorFilterProxyModel(this))
    , m_header(new PageHeader(tr("Vendors & BAAs"),
                              tr("Covered entities you serve, subcontractors you use, and the "
                                 "business associate agreement with each, its signed PDF kept "
                                 "inside this file."),
                              this))
    , m_banner(new MessageBanner(this))
    , m_filter(new VendorFilterBar(this))
    , m_summary(new QLabel(this))
    , m_newCounterparty(new QPushButton(tr("New &Counterparty\u2026"), this))
    , m_newAgreement(new QPushButton(tr("New A&greement\u2026"), this))
    , m_edit(new QPushButton(tr("&Edit\u2026"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_export(new QPushButton(tr("E&xport"), this))
    , m_pageStack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_counterpartyStack(new QStackedWidget(this))
    , m_agreementStack(new QStackedWidget(this))
    , m_counterpartyTable(buildTable(QStringLiteral("counterpartyTable")))
    , m_agreementTable(buildTable(QStringLiteral("agreementTable")))
    , m_counterpartyNoMatch(new NoMatchHint(tr("Clear Filters"), this))
    , m_agreementNoMatch(new NoMatchHint(tr("Clear Filters"), this))
    , m_due(new VendorDuePanel(program, this))
    , m_firstCounterparty(new QPushButton(tr("Add the First Counterparty"), this))
    , m_firstImport(new QPushButton(tr("Import from CSV\u2026"), this))
{
    setObjectName(QStringLiteral("vendorsPage"));

    m_newCounterparty->setObjectName(QStringLiteral("newCounterpartyButton"));
    m_newCounterparty->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_newAgreement->setObjectName(QStringLiteral("newAgreementButton"));
    m_newAgreement->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_edit->setObjectName(QStringLiteral("editVendorButton"));
    m_delete->setObjectName(QStringLiteral("deleteVendorButton"));
    m_import->setObjectName(QStringLiteral("importVendorsButton"));
    m_import->setToolTip(tr("Add counterparties or agreements from a CSV file"));
    m_export->setObjectName(QStringLiteral("exportVendorsButton"));
    m_export->setToolTip(tr("Save the counterparties or the agreements as CSV or Excel"));
    auto* importMenu = new QMenu(m_import);
    importMenu->addAction(tr("&Counterparties from CSV\u2026"), this,
                          &VendorsPage::importCounterparties);
    importMenu->addAction(tr("&Agreements from CSV\u2026"), this, &VendorsPage::importAgreements);
    m_import->setMenu(importMenu);
    auto* exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("&Counterparties\u2026"), this, &VendorsPage::exportCounterparties);
    exportMenu->addAction(tr("&Agreements\u2026"), this, &VendorsPage::exportAgreements);
    m_export->setMenu(exportMenu);

    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_import, 0, Qt::AlignBottom);
    headerRow->addWidget(m_export, 0, Qt::AlignBottom);

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addWidget(m_summary, 1);
    toolbar->addWidget(m_newCounterparty);
    toolbar->addWidget(m_newAgreement);
    toolbar->addWidget(m_edit);
    toolbar->addWidget(m_delete);
    m_summary->setObjectName(QStringLiteral("vendorSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);

    m_counterpartyProxy->setSourceModel(m_counterparties);
    m_counterpartyTable->setModel(m_counterpartyProxy);
    m_counterpartyTable->sortByColumn(CounterpartyTableModel::NameColumn, Qt::AscendingOrder);
    m_agreementProxy->setSourceModel(m_agreements);
    m_agreementTable->setModel(m_agreementProxy);
    m_agreementTable->sortByColumn(AgreementTableModel::ReferenceColumn, Qt::AscendingOrder);
    m_agreementTable->setItemDelegateForColumn(AgreementTableModel::CompletenessColumn,
                                               new CompletenessBarDelegate(m_agreementTable));

    const int charWidth = fontMetrics().averageCharWidth();
    QHeaderView* columns = m_counterpartyTable->horizontalHeader();
    columns->resizeSection(CounterpartyTableModel::NameColumn, charWidth * 34);
    columns->setSectionResizeMode(CounterpartyTableModel::RelationshipColumn,
                                  QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(CounterpartyTableModel::ServicesColumn, QHeaderView::Stretch);
    for (const int column :
         {int(CounterpartyTableModel::PhiColumn), int(CounterpartyTableModel::AgreementsColumn),
          int(CounterpartyTableModel::InEffectColumn)})
        columns->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    columns = m_agreementTable->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(AgreementTableModel::TitleColumn, QHeaderView::Stretch);
    // The title matters most; long labels give way to it and show in full on hover.
    columns->setSectionResizeMode(AgreementTableModel::CounterpartyColumn,
                                  QHeaderView::Interactive);
    columns->resizeSection(AgreementTableModel::CounterpartyColumn, charWidth * 24);
    columns->setSectionResizeMode(AgreementTableModel::DirectionColumn, QHeaderView::Interactive);
    columns->resizeSection(AgreementTableModel::DirectionColumn, charWidth * 14);

    m_counterpartyNoMatch->setObjectName(QStringLiteral("counterpartyNoMatch"));
    m_agreementNoMatch->setObjectName(QStringLiteral("agreementNoMatch"));
    m_counterpartyStack->addWidget(m_counterpartyTable);
    m_counterpartyStack->addWidget(m_counterpartyNoMatch);
    m_agreementStack->addWidget(m_agreementTable);
    m_agreementStack->addWidget(m_agreementNoMatch);
    m_tabs->setObjectName(QStringLiteral("vendorTabs"));
    m_tabs->addTab(m_counterpartyStack, tr("Counterparties"));
    m_tabs->addTab(m_agreementStack, tr("Agreements"));
    m_tabs->setDocumentMode(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_due);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* inventory = new QWidget(this);
    auto* inventoryLayout = new QVBoxLayout(inventory);
    inventoryLayout->setContentsMargins(0, 0, 0, 0);
    inventoryLayout->setSpacing(8);
    inventoryLayout->addWidget(m_filter);
    inventoryLayout->addLayout(toolbar);
    inventoryLayout->addWidget(splitter, 1);

    m_pageStack->addWidget(inventory);
    m_pageStack->addWidget(buildFirstRun());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(headerRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_pageStack, 1);

    setTabOrder(m_filter, m_newCounterparty);
    setTabOrder(m_newCounterparty, m_newAgreement);
    setTabOrder(m_newAgreement, m_edit);
    setTabOrder(m_edit, m_delete);
    setTabOrder(m_delete, m_tabs);
    setTabOrder(m_tabs, m_counterpartyTable);
    setTabOrder(m_counterpartyTable, m_agreementTable);
    setTabOrder(m_agreementTable, m_due);

    auto* find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, m_filter, &VendorFilterBar::focusSearch);
    for (QTableView* table : {m_counterpartyTable, m_agreementTable}) {
        auto* remove = new QAction(tr("Delete"), table);
        remove->setShortcut(QKeySequence::Delete);
        remove->setShortcutContext(Qt::WidgetShortcut);
        table->addAction(remove);
        connect(remove, &QAction::triggered, this, &VendorsPage::deleteSelected);
        connect(table, &QTableView::activated, this, &VendorsPage::editSelected);
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &VendorsPage::updateState);
    }

    m_documentSearch = new QTimer(this);
    m_documentSearch->setSingleShot(true);
    m_documentSearch->setInterval(documentSearchPauseMs);
    connect(m_documentSearch, &QTimer::timeout, this, &VendorsPage::searchDocuments);
    connect(m_filter, &VendorFilterBar::filtersChanged, this, &VendorsPage::applyFilter);
    for (NoMatchHint* hint : {m_counterpartyNoMatch, m_agreementNoMatch})
        connect(hint, &NoMatchHint::clearRequested, m_filter, &VendorFilterBar::clear);
    connect(m_tabs, &QTabWidget::currentChanged, this, &VendorsPage::updateState);
    connect(m_newCounterparty, &QPushButton::clicked, this, &VendorsPage::newCounterparty);
    connect(m_firstCounterparty, &QPushButton::clicked, this, &VendorsPage::newCounterparty);
    connect(m_firstImport, &QPushButton::clicked, this, &VendorsPage::importCounterparties);
    connect(m_newAgreement, &QPushButton::clicked, this, &VendorsPage::newAgreement);
    connect(m_edit, &QPushButton::clicked, this, &VendorsPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &VendorsPage::deleteSelected);
    connect(m_due, &VendorDuePanel::agreementRequested, this, &VendorsPage::editAgreement);
    connect(m_due, &VendorDuePanel::counterpartyRequested, this, &VendorsPage::editCounterparty);
    for (VendorFilterProxyModel* proxy : {m_counterpartyProxy, m_agreementProxy}) {
        connect(proxy, &QAbstractItemModel::modelReset, this, &VendorsPage::updateState);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, &VendorsPage::updateState);
        connect(proxy, &QAbstractItemModel::rowsInserted, this, &VendorsPage::updateState);
        connect(proxy, &QAbstractItemModel::rowsRemoved, this, &VendorsPage::updateState);
    }

    connect(&program.counterparties(), &CounterpartyRegister::counterpartiesChanged, this,
            &VendorsPage::reload);
    connect(&program.baas(), &BaaRegister::agreementsChanged, this, &VendorsPage::reload);
    connect(&program.baas(), &BaaRegister::documentsChanged, this, &VendorsPage::reload);

    reload();
}

QTableView* VendorsPage::buildTable(const QString& name)
{
    auto* table = new QTableView(this);
    table->setObjectName(name);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QWidget* VendorsPage::buildFirstRun()
{
    auto* firstRun = new FirstRunPanel(
        tr("Start with whom you share PHI"),
        tr("Add the covered entities you serve and the subcontractors you use: the clinics whose "
           "claims you code and bill, and the clearinghouse, hosting, shredding or IT vendors "
           "that touch their PHI. Then record the business associate agreement with each one and "
           "attach the signed PDF; Palisade checks its required provisions, tracks its reviews "
           "and expiry, and flags anyone who receives PHI without an agreement in effect."),
        this);
    firstRun->setObjectName(QStringLiteral("vendorFirstRun"));
    m_firstCounterparty->setObjectName(QStringLiteral("addFirstCounterpartyButton"));
    m_firstImport->setObjectName(QStringLiteral("importFirstCounterpartiesButton"));
    firstRun->addButton(m_firstCounterparty);
    firstRun->addButton(m_firstImport);
    return firstRun;
}

void VendorsPage::reload()
{
    if (!m_program.isOpen())
        return;
    const qint64 counterparty = selectedCounterpartyId();
    const qint64 agreement = selectedAgreementId();
    const bool counterpartiesRead = m_counterparties->reload();
    const bool agreementsRead = m_agreements->reload();
    if (!counterpartiesRead || !agreementsRead)
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The vendor inventory could not be read: %1")
                                  .arg(!counterpartiesRead ? m_counterparties->lastError()
                                                           : m_agreements->lastError()));
    else if (m_banner->kind() == MessageBanner::Kind::Error)
        m_banner->clearMessage();
    if (counterparty != 0)
        selectCounterparty(counterparty);
    if (agreement != 0)
        selectAgreement(agreement);
    // The document text may now match differently.
    applyFilter();
    searchDocuments();
    m_due->reload();
}

void VendorsPage::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    const bool textChanged = text != m_agreementProxy->documentSearchText();
    for (VendorFilterProxyModel* proxy : {m_counterpartyProxy, m_agreementProxy}) {
        proxy->setText(text);
        proxy->setStatusKey(m_filter->statusKey());
        proxy->setDirectionKey(m_filter->directionKey());
        proxy->setAttentionOnly(m_filter->attentionOnly());
        // Matches for earlier text no longer apply; new ones come after the pause.
        if (textChanged)
            proxy->setDocumentMatches({}, text);
    }
    if (text.isEmpty())
        m_documentSearch->stop();
    else if (textChanged)
        m_documentSearch->start();
    updateState();
}

void VendorsPage::searchDocuments()
{
    const QString text = m_filter->text().trimmed();
    if (text.isEmpty())
        return;
    Result<std::set<qint64>> found = m_program.baas().agreementsWithText(text);
    if (!found) {
        m_banner->showMessage(
            MessageBanner::Kind::Warning,
            tr("The signed documents could not be searched: %1").arg(found.error().message));
        return;
    }
    std::set<qint64> counterpartyIds;
    for (const qint64 id : *found) {
        const int row = m_agreements->rowForId(id);
        if (row >= 0)
            counterpartyIds.insert(m_agreements->agreementAt(row).counterpartyId);
    }
    m_counterpartyProxy->setDocumentMatches(counterpartyIds, text);
    m_agreementProxy->setDocumentMatches(*found, text);
    updateState();
}

void VendorsPage::updateState()
{
    const bool writable = m_program.isOpen() && !m_program.isReadOnly();
    const int counterparties = m_counterparties->rowCount();
    const int agreements = m_agreements->rowCount();
    const bool empty = counterparties == 0 && agreements == 0 &&
                       m_counterparties->lastError().isEmpty() &&
                       m_agreements->lastError().isEmpty();
    m_pageStack->setCurrentIndex(empty ? 1 : 0);
    m_export->setEnabled(!empty);
    for (QPushButton* button : {m_newCounterparty, m_import, m_firstCounterparty, m_firstImport})
        button->setEnabled(writable);
    m_newAgreement->setEnabled(writable && counterparties > 0);
    m_newAgreement->setToolTip(counterparties > 0 ? tr("Record a business associate agreement")
                                                  : tr("Add the counterparty first"));

    const bool counterpartyNoMatch = m_counterpartyProxy->rowCount() == 0 && counterparties > 0;
    if (counterpartyNoMatch)
        m_counterpartyNoMatch->setText(tr("No counterparty matches these filters. Change them, "
                                          "or clear them to see all %n counterparty(ies).",
                                          nullptr, counterparties));
    m_counterpartyNoMatch->setClearVisible(true);
    m_counterpartyStack->setCurrentIndex(counterpartyNoMatch ? 1 : 0);

    const bool agreementNoMatch = m_agreementProxy->rowCount() == 0 && agreements > 0;
    const bool noAgreements = agreements == 0 && counterparties > 0;
    if (agreementNoMatch)
        m_agreementNoMatch->setText(tr("No agreement matches these filters. Change them, or "
                                       "clear them to see all %n agreement(s).",
                                       nullptr, agreements));
    else if (noAgreements)
        m_agreementNoMatch->setText(tr("No agreements yet. Record the business associate "
                                       "agreement you have with each counterparty with "
                                       "\u201cNew Agreement\u2026\u201d, then attach the signed "
                                       "PDF on its Documents tab."));
    m_agreementNoMatch->setClearVisible(agreementNoMatch);
    m_agreementStack->setCurrentIndex(agreementNoMatch || noAgreements ? 1 : 0);

    m_tabs->setTabText(CounterpartiesTab, tr("Counterparties (%L1)").arg(counterparties));
    m_tabs->setTabText(AgreementsTab, tr("Agreements (%L1)").arg(agreements));

    const bool selected = m_tabs->currentIndex() == CounterpartiesTab
                              ? selectedCounterpartyId() != 0
                              : selectedAgreementId() != 0;
    m_edit->setEnabled(writable && selected);
    m_delete->setEnabled(writable && selected);

    const int shown = m_tabs->currentIndex() == CounterpartiesTab ? m_counterpartyProxy->rowCount()
                                                                  : m_agreementProxy->rowCount();
    const int total = m_tabs->currentIndex() == CounterpartiesTab ? counterparties : agreements;
    m_filter->setCountText(shown == total ? QString()
                                          : tr("%L1 of %L2 shown").arg(shown).arg(total));

    QStringList summary{tr("Counterparties: %L1").arg(counterparties),
                        tr("Agreements: %L1").arg(agreements)};
    if (const int findings = m_counterparties->findingCount(); findings > 0)
        summary << tr("PHI shared without a BAA in effect: %L1 (findings)").arg(findings);
    m_summary->setText(summary.join(QStringLiteral(" \u00b7 ")));
}

qint64 VendorsPage::selectedCounterpartyId() const
{
    return TableRows::currentData(m_counterpartyTable, vendorrole::IdRole).toLongLong();
}

qint64 VendorsPage::selectedAgreementId() const
{
    return TableRows::currentData(m_agreementTable, vendorrole::IdRole).toLongLong();
}

bool VendorsPage::selectCounterparty(qint64 id)
{
    return TableRows::selectSourceRow(m_counterpartyTable, m_counterparties->rowForId(id));
}

bool VendorsPage::selectAgreement(qint64 id)
{
    return TableRows::selectSourceRow(m_agreementTable, m_agreements->rowForId(id));
}

bool VendorsPage::isShowingFirstRun() const
{
    return m_pageStack->currentIndex() == 1;
}

bool VendorsPage::isShowingNoMatch(Tab tab) const
{
    const QStackedWidget* stack = tab == CounterpartiesTab ? m_counterpartyStack : m_agreementStack;
    return m_pageStack->currentIndex() == 0 && stack->currentIndex() == 1;
}

void VendorsPage::newCounterparty()
{
    if (m_program.isReadOnly())
        return;
    CounterpartyEditorDialog editor(m_program, std::nullopt, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    m_banner->clearMessage();
    m_tabs->setCurrentIndex(CounterpartiesTab);
    selectCounterparty(editor.savedCounterparty().id);
}

void VendorsPage::newAgreement()
{
    if (m_program.isReadOnly())
        return;
    const qint64 counterparty =
        m_tabs->currentIndex() == CounterpartiesTab ? selectedCounterpartyId() : 0;
    AgreementEditorDialog editor(m_program, std::nullopt, this, counterparty);
    if (editor.exec() != QDialog::Accepted)
        return;
    m_banner->clearMessage();
    m_tabs->setCurrentIndex(AgreementsTab);
    selectAgreement(editor.savedAgreement().id);
}

void VendorsPage::editSelected()
{
    if (m_tabs->currentIndex() == CounterpartiesTab)
        editCounterparty(selectedCounterpartyId());
    else
        editAgreement(selectedAgreementId());
}

void VendorsPage::editCounterparty(qint64 id)
{
    if (id == 0)
        return;
    CounterpartyEditorDialog editor(m_program, id, this);
    if (editor.exec() == QDialog::Accepted)
        m_banner->clearMessage();
    m_tabs->setCurrentIndex(CounterpartiesTab);
    selectCounterparty(id);
}

void VendorsPage::editAgreement(qint64 id)
{
    if (id == 0)
        return;
    AgreementEditorDialog editor(m_program, id, this);
    if (editor.exec() == QDialog::Accepted)
        m_banner->clearMessage();
    m_tabs->setCurrentIndex(AgreementsTab);
    selectAgreement(id);
}

bool VendorsPage::confirm(const QString& title, const QString& text, const QString& objectName)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                    this);
    box.setObjectName(objectName);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void VendorsPage::deleteSelected()
{
    if (m_program.isReadOnly())
        return;
    Result<void> removed;
    QString name;
    if (m_tabs->currentIndex() == CounterpartiesTab) {
        const qint64 id = selectedCounterpartyId();
        if (id == 0)
            return;
        name = m_counterparties->counterpartyAt(m_counterparties->rowForId(id)).name;
        // One with agreements will be refused; asking "are you sure" first would be pointless.
        if (m_counterparties->agreementCount(id) == 0 &&
            !confirm(tr("Delete Counterparty"),
                     tr("Delete \u201c%1\u201d? The audit trail keeps a record of it.").arg(name),
                     QStringLiteral("confirmDeleteCounterparty")))
            return;
        removed = m_program.counterparties().remove(id);
    } else {
        const qint64 id = selectedAgreementId();
        if (id == 0)
            return;
        const Agreement& agreement = m_agreements->agreementAt(m_agreements->rowForId(id));
        name = tr("%1 %2").arg(agreementReference(id), agreement.title);
        const bool refused =
            agreementStatusIsSigned(agreement.status) || agreement.signedOn.isValid();
        if (!refused && !confirm(tr("Delete Agreement"),
                                 tr("Delete %1 and its %n document(s)? The audit trail keeps a "
                                    "record of them.",
                                    nullptr, m_agreements->documentCount(id))
                                     .arg(name),
                                 QStringLiteral("confirmDeleteAgreement")))
            return;
        removed = m_program.baas().remove(id);
    }
    if (!removed) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Not deleted: %1").arg(removed.error().message));
        return;
    }
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("\u201c%1\u201d was deleted.").arg(name));
}

void VendorsPage::importCounterparties()
{
    if (m_program.isReadOnly())
        return;
    ImportDialog dialog(m_program, DataSubject::Counterparties, this);
    connect(&dialog, &ImportDialog::imported, this, [this](int count) {
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("Imported %n counterparty(ies).", nullptr, count));
    });
    dialog.exec();
}

void VendorsPage::importAgreements()
{
    if (m_program.isReadOnly())
        return;
    ImportDialog dialog(m_program, DataSubject::Agreements, this);
    connect(&dialog, &ImportDialog::imported, this, [this](int count) {
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("Imported %n agreement(s).", nullptr, count));
    });
    dialog.exec();
}

void VendorsPage::exportCounterparties()
{
    ExportDialog dialog(m_program, DataSubject::Counterparties, this);
    dialog.exec();
}

void VendorsPage::exportAgreements()
{
    ExportDialog dialog(m_program, DataSubject::Agreements, this);
    dialog.exec();
}

} // namespace palisade::ui
