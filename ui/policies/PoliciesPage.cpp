#include "ui/policies/PoliciesPage.h"

#include "core/policies/PolicyRegister.h"
#include "core/policies/PolicyTemplateLibrary.h"
#include "core/program/Program.h"
#include "ui/policies/PolicyDetailPanel.h"
#include "ui/policies/PolicyEditorDialog.h"
#include "ui/policies/PolicyFilterBar.h"
#include "ui/policies/PolicyFilterProxyModel.h"
#include "ui/policies/PolicyRoles.h"
#include "ui/policies/PolicyTableModel.h"
#include "ui/policies/RevisionAction.h"
#include "ui/policies/RevisionTableModel.h"
#include "ui/policies/RevisionWorkflow.h"
#include "ui/policies/TemplatePickerDialog.h"
#include "ui/shell/PageHeader.h"
#include "ui/widgets/FirstRunPanel.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/NoMatchHint.h"
#include "ui/widgets/PageShortcuts.h"
#include "ui/widgets/RecordDeletion.h"
#include "ui/widgets/RecordTable.h"
#include "ui/widgets/TableRows.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {
namespace {

int starterCount()
{
    Result<PolicyTemplateLibrary> library = PolicyTemplateLibrary::load();
    return library ? int(library->size()) : 0;
}

} // namespace

PoliciesPage::PoliciesPage(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_model(new PolicyTableModel(program, this))
    , m_proxy(new PolicyFilterProxyModel(this))
    , m_header(new PageHeader(tr("Policies"),
                              tr("Your written HIPAA policies, each with its full revision "
                                 "history: drafted, approved by the roles it names, in effect."),
                              this))
    , m_banner(new MessageBanner(this))
    , m_filter(new PolicyFilterBar(this))
    , m_summary(new QLabel(this))
    , m_new(new QPushButton(tr("&New Policy\u2026"), this))
    , m_adopt(new QPushButton(tr("Adopt &Starter Policies\u2026"), this))
    , m_edit(new QPushButton(tr("&Edit\u2026"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_pageStack(new QStackedWidget(this))
    , m_tableStack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_noMatch(new NoMatchHint(tr("Clear Filters"), this))
    , m_detail(new PolicyDetailPanel(program, this))
    , m_firstRun(nullptr)
    , m_firstAdopt(new QPushButton(tr("Adopt Starter Policies\u2026"), this))
    , m_firstNew(new QPushButton(tr("Write a Policy from Scratch\u2026"), this))
    , m_newAction(new QAction(tr("New Policy"), this))
    , m_workflow(new RevisionWorkflow(program, this))
{
    setObjectName(QStringLiteral("policiesPage"));
    m_new->setObjectName(QStringLiteral("newPolicyButton"));
    m_new->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_new->setToolTip(tr("Write a policy of your own (Ctrl+N)"));
    m_adopt->setObjectName(QStringLiteral("adoptTemplatesButton"));
    m_adopt->setToolTip(tr("Add starter policies shipped with Palisade as drafts to adapt"));
    m_edit->setObjectName(QStringLiteral("editPolicyButton"));
    m_edit->setToolTip(tr("Change the selected policy's details (Enter or double-click)"));
    m_delete->setObjectName(QStringLiteral("deletePolicyButton"));
    m_delete->setToolTip(tr("Delete the selected policy; only while none of its revisions was "
                            "approved"));
    m_summary->setObjectName(QStringLiteral("policySummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addWidget(m_summary, 1);
    toolbar->addWidget(m_new);
    toolbar->addWidget(m_adopt);
    toolbar->addWidget(m_edit);
    toolbar->addWidget(m_delete);

    buildTable();
    m_noMatch->setObjectName(QStringLiteral("policyNoMatch"));
    m_noMatch->clearButton()->setObjectName(QStringLiteral("clearPolicyFiltersHint"));
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_noMatch);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("policySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tableStack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 420});

    auto* library = new QWidget(this);
    auto* libraryLayout = new QVBoxLayout(library);
    libraryLayout->setContentsMargins(0, 0, 0, 0);
    libraryLayout->setSpacing(8);
    libraryLayout->addWidget(m_filter);
    libraryLayout->addLayout(toolbar);
    libraryLayout->addWidget(splitter, 1);

    m_firstRun = new FirstRunPanel(
        tr("Start with written policies"),
        tr("HIPAA expects written policies and procedures, reviewed periodically and kept for six "
           "years (164.316). Adopt the %n starter policies shipped with Palisade (security "
           "management, workforce training, breach notification and more) as drafts to adapt, or "
           "write one from scratch. Each revision is approved by the roles you name, then kept "
           "unchanged.",
           nullptr, starterCount()),
        this);
    m_firstRun->setObjectName(QStringLiteral("policyFirstRun"));
    m_firstAdopt->setObjectName(QStringLiteral("adoptFirstTemplatesButton"));
    m_firstNew->setObjectName(QStringLiteral("newFirstPolicyButton"));
    m_firstRun->addButton(m_firstAdopt);
    m_firstRun->addButton(m_firstNew);

    m_pageStack->addWidget(library);
    m_pageStack->addWidget(m_firstRun);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_pageStack, 1);

    setTabOrder(m_filter, m_new);
    setTabOrder(m_new, m_adopt);
    setTabOrder(m_adopt, m_edit);
    setTabOrder(m_edit, m_delete);
    setTabOrder(m_delete, m_table);

    connect(PageShortcuts::addFind(this, nullptr, tr("Find")), &QAction::triggered, m_filter,
            &PolicyFilterBar::focusSearch);
    m_newAction->setObjectName(QStringLiteral("newPolicyAction"));
    connect(PageShortcuts::addNew(this, m_newAction), &QAction::triggered, this,
            &PoliciesPage::newPolicy);
    connect(PageShortcuts::addDelete(m_table, tr("Delete")), &QAction::triggered, this,
            &PoliciesPage::deleteSelected);
    connect(m_table, &QTableView::activated, this, &PoliciesPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PoliciesPage::showSelected);

    connect(m_filter, &PolicyFilterBar::filtersChanged, this, &PoliciesPage::applyFilter);
    connect(m_noMatch, &NoMatchHint::clearRequested, m_filter, &PolicyFilterBar::clear);
    connect(m_new, &QPushButton::clicked, this, &PoliciesPage::newPolicy);
    connect(m_firstNew, &QPushButton::clicked, this, &PoliciesPage::newPolicy);
    connect(m_adopt, &QPushButton::clicked, this, &PoliciesPage::adoptTemplates);
    connect(m_firstAdopt, &QPushButton::clicked, this, &PoliciesPage::adoptTemplates);
    connect(m_edit, &QPushButton::clicked, this, &PoliciesPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &PoliciesPage::deleteSelected);
    connect(m_detail, &PolicyDetailPanel::actionTriggered, this, &PoliciesPage::runAction);
    connect(m_detail, &PolicyDetailPanel::readFailed, this, &PoliciesPage::showRefusal);
    connect(m_workflow, &RevisionWorkflow::succeeded, this, &PoliciesPage::showDone);
    connect(m_workflow, &RevisionWorkflow::refused, this, &PoliciesPage::showRefusal);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PoliciesPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PoliciesPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PoliciesPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PoliciesPage::updateState);
    connect(&program.policies(), &PolicyRegister::policiesChanged, this, &PoliciesPage::reload);

    reload();
}

void PoliciesPage::buildTable()
{
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("policyTable"));
    RecordTable::setUp(m_table, m_proxy, PolicyTableModel::CodeColumn);
    m_table->setAccessibleName(tr("Policies"));
    // The title matters most; it takes the room left and shows in full on
    // hover, as do category and owner, which give way to it.
    RecordTable::fitColumns(m_table, PolicyTableModel::TitleColumn);
    QHeaderView* columns = m_table->horizontalHeader();
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    for (const int column :
         {int(PolicyTableModel::CategoryColumn), int(PolicyTableModel::OwnerColumn)}) {
        columns->setSectionResizeMode(column, QHeaderView::Interactive);
        columns->resizeSection(column, charWidth * 11);
    }
    columns->setMinimumSectionSize(charWidth * 6);
}

void PoliciesPage::reload()
{
    if (!m_program.isOpen())
        return;
    const qint64 policy = m_detail->policyId() != 0 ? m_detail->policyId() : selectedPolicyId();
    const qint64 revision = m_detail->selectedRevisionId();
    {
        const QSignalBlocker quiet(m_table->selectionModel());
        if (!m_model->reload())
            m_banner->showMessage(
                MessageBanner::Kind::Error,
                tr("The policy library could not be read: %1").arg(m_model->lastError()));
        else if (m_banner->kind() == MessageBanner::Kind::Error)
            m_banner->clearMessage();
        // The first time the library is shown, its first policy is open, so
        // the page never starts blank beside a full table.
        if (!selectPolicy(policy) && !m_shownOnce && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
        m_shownOnce = m_shownOnce || m_proxy->rowCount() > 0;
    }
    if (selectedPolicyId() == policy && policy != 0)
        m_detail->showPolicy(policy, revision);
    else
        showSelected();
    applyFilter();
}

void PoliciesPage::showSelected()
{
    const qint64 id = selectedPolicyId();
    if (id == 0)
        m_detail->clear();
    else if (id != m_detail->policyId())
        m_detail->showPolicy(id);
    updateState();
}

void PoliciesPage::applyFilter()
{
    m_proxy->setText(m_filter->text());
    m_proxy->setCategoryKey(m_filter->categoryKey());
    m_proxy->setReviewsDueOnly(m_filter->reviewsDueOnly());
    updateState();
}

void PoliciesPage::updateState()
{
    const bool writable = m_program.isOpen() && !m_program.isReadOnly();
    const int total = m_model->rowCount();
    const bool empty = total == 0 && m_model->lastError().isEmpty();
    m_pageStack->setCurrentIndex(empty ? 1 : 0);
    for (QPushButton* button : {m_new, m_adopt, m_firstAdopt, m_firstNew})
        button->setEnabled(writable);
    m_newAction->setEnabled(writable);

    const int shown = m_proxy->rowCount();
    const bool noMatch = shown == 0 && total > 0;
    if (noMatch)
        m_noMatch->setText(tr("No policy matches these filters. Change them, or clear them to "
                              "see all %n policy(ies).",
                              nullptr, total));
    m_tableStack->setCurrentIndex(noMatch ? 1 : 0);
    m_filter->setCountText(shown == total ? QString()
                                          : tr("%L1 of %L2 shown").arg(shown).arg(total));

    const bool selected = selectedPolicyId() != 0;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(writable && selected);

    QStringList summary{tr("Policies: %L1").arg(total)};
    if (const int findings = m_model->findingCount(); findings > 0)
        summary << tr("No revision in effect: %L1 (findings)").arg(findings);
    if (const int overdue = m_model->overdueCount(); overdue > 0)
        summary << tr("Overdue for review: %L1").arg(overdue);
    m_summary->setText(summary.join(QStringLiteral(" \u00b7 ")));
}

qint64 PoliciesPage::selectedPolicyId() const
{
    return TableRows::currentData(m_table, policyrole::IdRole).toLongLong();
}

bool PoliciesPage::selectPolicy(qint64 id)
{
    return TableRows::selectSourceRow(m_table, m_model->rowForId(id));
}

bool PoliciesPage::isShowingFirstRun() const
{
    return m_pageStack->currentIndex() == 1;
}

bool PoliciesPage::isShowingNoMatch() const
{
    return m_pageStack->currentIndex() == 0 && m_tableStack->currentIndex() == 1;
}

void PoliciesPage::newPolicy()
{
    if (m_program.isReadOnly())
        return;
    PolicyEditorDialog editor(m_program, std::nullopt, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const Policy& saved = editor.savedPolicy();
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("%1 was added with an empty draft, revision 1. Choose “Edit "
                             "Draft\u2026\u201d to write its text.")
                              .arg(saved.code));
    selectPolicy(saved.id);
}

void PoliciesPage::adoptTemplates()
{
    if (m_program.isReadOnly())
        return;
    TemplatePickerDialog picker(m_program, this);
    picker.exec();
    if (picker.adoptedCount() == 0)
        return;
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("%n starter policy(ies) added as drafts. Read each one, adapt it to "
                             "how you work, then submit it for approval.",
                             nullptr, picker.adoptedCount()));
    if (selectedPolicyId() == 0 && m_proxy->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void PoliciesPage::editSelected()
{
    const qint64 id = selectedPolicyId();
    if (id == 0)
        return;
    PolicyEditorDialog editor(m_program, id, this);
    if (editor.exec() == QDialog::Accepted)
        m_banner->clearMessage();
    selectPolicy(id);
}

void PoliciesPage::deleteSelected()
{
    const qint64 id = selectedPolicyId();
    if (id == 0 || m_program.isReadOnly())
        return;
    const Policy policy = m_model->policyAt(m_model->rowForId(id));
    const std::vector<PolicyRevision>& revisions = m_detail->revisionModel()->revisions();
    // One with an approved revision will be refused; asking first would be pointless.
    const bool refused = std::any_of(revisions.begin(), revisions.end(),
                                     [](const PolicyRevision& r) { return !r.isOpen(); });
    if (!refused &&
        !RecordDeletion::confirm(this, QStringLiteral("confirmDeletePolicy"), tr("Delete Policy"),
                                 tr("Delete %1 \u201c%2\u201d and its drafts? The audit trail "
                                    "keeps a record of them.")
                                     .arg(policy.code, policy.title)))
        return;
    RecordDeletion::report(m_banner, m_program.policies().removePolicy(id),
                           tr("%1 was deleted.").arg(policy.code));
}

void PoliciesPage::runAction(RevisionAction action)
{
    if (!m_detail->policy())
        return;
    m_workflow->run(action, *m_detail->policy(), m_detail->selectedRevision(),
                    m_detail->revisionModel()->revisions());
}

void PoliciesPage::showRefusal(const QString& message)
{
    m_banner->showMessage(MessageBanner::Kind::Warning, message);
}

void PoliciesPage::showDone(const QString& message, qint64 revisionId)
{
    m_banner->showMessage(MessageBanner::Kind::Information, message);
    if (revisionId != 0)
        m_detail->selectRevision(revisionId);
}

} // namespace palisade::ui
