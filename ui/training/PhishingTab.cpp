#include "ui/training/PhishingTab.h"

#include "core/program/Program.h"
#include "core/training/PhishingRegister.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "ui/training/PhishingCampaignDialog.h"
#include "ui/training/PhishingCampaignModel.h"
#include "ui/widgets/FirstRunPanel.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/TableRows.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {
namespace {

enum Page
{
    TablePage,
    FirstRunPage,
};

} // namespace

PhishingTab::PhishingTab(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_model(new PhishingCampaignModel(program, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_banner(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_firstRun(new FirstRunPanel(
          tr("No phishing simulations recorded"),
          tr("Record each simulated phishing campaign: when it was sent, the template, how many "
             "received it, clicked and reported it, and how many of those who clicked were "
             "trained afterwards. The Trends tab charts the click and report rates over time."),
          this))
    , m_firstAdd(new QPushButton(tr("Record Phishing Simulation\u2026"), this))
    , m_add(new QPushButton(tr("&Add\u2026"), this))
    , m_edit(new QPushButton(tr("&Edit\u2026"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("phishingTab"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PhishingCampaignModel::SortRole);
    buildTable();

    m_banner->setObjectName(QStringLiteral("phishingBanner"));
    m_firstRun->setObjectName(QStringLiteral("phishingFirstRun"));
    m_firstAdd->setObjectName(QStringLiteral("firstAddCampaignButton"));
    m_firstRun->addButton(m_firstAdd);
    m_add->setObjectName(QStringLiteral("addCampaignButton"));
    m_add->setToolTip(tr("Record a phishing simulation"));
    m_edit->setObjectName(QStringLiteral("editCampaignButton"));
    m_edit->setToolTip(tr("Correct the selected phishing simulation"));
    m_delete->setObjectName(QStringLiteral("deleteCampaignButton"));
    m_delete->setToolTip(tr("Delete the selected phishing simulation (kept six years)"));

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_firstRun);

    auto* top = new QHBoxLayout;
    top->setSpacing(8);
    top->addStretch(1);
    top->addWidget(m_add);
    top->addWidget(m_edit);
    top->addWidget(m_delete);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    auto* remove = new QAction(tr("Delete"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(remove);
    connect(remove, &QAction::triggered, this, [this] {
        if (m_delete->isEnabled())
            deleteSelected();
    });
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_edit->isEnabled())
            editSelected();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PhishingTab::updateState);
    for (QPushButton* button : {m_add, m_firstAdd})
        connect(button, &QPushButton::clicked, this, &PhishingTab::addCampaign);
    connect(m_edit, &QPushButton::clicked, this, &PhishingTab::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &PhishingTab::deleteSelected);
    connect(&program.phishing(), &PhishingRegister::campaignsChanged, this, &PhishingTab::reload);
    reload();
}

void PhishingTab::buildTable()
{
    m_table->setObjectName(QStringLiteral("phishingTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PhishingCampaignModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(PhishingCampaignModel::TemplateColumn, QHeaderView::Stretch);
    columns->setStretchLastSection(false);
    columns->setMinimumSectionSize(fontMetrics().averageCharWidth() * 12);
}

bool PhishingTab::reload()
{
    const std::optional<PhishingCampaign> selected = selectedCampaign();
    const bool read = m_model->reload();
    if (!read)
        m_banner->showMessage(MessageBanner::Kind::Error, m_model->lastError());
    if (selected)
        selectCampaign(selected->id);
    updateState();
    return read;
}

void PhishingTab::updateState()
{
    const bool writable = m_program.isOpen() && !m_program.isReadOnly();
    const bool none = m_model->rowCount() == 0 && m_model->lastError().isEmpty();
    m_stack->setCurrentIndex(none ? FirstRunPage : TablePage);
    for (QPushButton* button : {m_add, m_edit, m_delete})
        button->setVisible(!none);
    const bool selected = selectedCampaign().has_value();
    m_add->setEnabled(writable);
    m_firstAdd->setEnabled(writable);
    m_edit->setEnabled(writable && selected);
    m_delete->setEnabled(writable && selected);
}

std::optional<PhishingCampaign> PhishingTab::selectedCampaign() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const int row = m_proxy->mapToSource(current).row();
    if (row < 0 || row >= m_model->rowCount())
        return std::nullopt;
    return m_model->campaignAt(row);
}

bool PhishingTab::selectCampaign(qint64 campaignId)
{
    return TableRows::selectSourceRow(m_table, m_model->rowForId(campaignId));
}

bool PhishingTab::isShowingFirstRun() const
{
    return m_stack->currentIndex() == FirstRunPage;
}

void PhishingTab::addCampaign()
{
    openEditor(PhishingCampaign{});
}

void PhishingTab::editSelected()
{
    if (const std::optional<PhishingCampaign> selected = selectedCampaign())
        openEditor(*selected);
}

void PhishingTab::openEditor(const PhishingCampaign& campaign)
{
    m_banner->clearMessage();
    PhishingCampaignDialog dialog(m_program.phishing(), campaign, m_program.clock().today(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.savedCampaign().id != 0)
        selectCampaign(dialog.savedCampaign().id);
}

bool PhishingTab::confirmDelete(const PhishingCampaign& campaign)
{
    if (m_confirm)
        return m_confirm(campaign);
    QMessageBox ask(QMessageBox::Question, tr("Delete Phishing Simulation"),
                    tr("Delete the phishing simulation \"%1\" of %2?")
                        .arg(campaign.templateName, isoDate(campaign.runOn)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setInformativeText(tr("Training records are kept six years; a simulation still within "
                              "its retention period cannot be deleted."));
    ask.setDefaultButton(QMessageBox::Cancel);
    return ask.exec() == QMessageBox::Yes;
}

bool PhishingTab::deleteSelected()
{
    const std::optional<PhishingCampaign> selected = selectedCampaign();
    if (!selected)
        return false;
    m_banner->clearMessage();
    if (!confirmDelete(*selected))
        return false;
    const Result<void> removed = m_program.phishing().removeCampaign(selected->id);
    if (!removed) {
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("The phishing simulation was not deleted: %1").arg(removed.error().message));
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("Deleted the phishing simulation \"%1\" of %2.")
                              .arg(selected->templateName, isoDate(selected->runOn)));
    return true;
}

} // namespace palisade::ui
