#include "ui/policies/PolicyDetailPanel.h"

#include "core/catalog/SecurityRuleCatalog.h"
#include "core/policies/PolicyRegister.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "ui/pdf/PdfViewerWidget.h"
#include "ui/policies/ApprovalTableModel.h"
#include "ui/policies/PolicyLabels.h"
#include "ui/policies/RevisionAcknowledgmentsTab.h"
#include "ui/policies/RevisionActionBar.h"
#include "ui/policies/RevisionActionState.h"
#include "ui/policies/RevisionTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace palisade::ui {
namespace {

QTableView* readOnlyTable(QWidget* parent, const QString& name)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QLabel* hintLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PolicyDetailPanel::PolicyDetailPanel(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_stack(new QStackedWidget(this))
    , m_heading(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_revisions(new RevisionTableModel(this))
    , m_revisionTable(readOnlyTable(this, QStringLiteral("revisionTable")))
    , m_actions(new RevisionActionBar(this))
    , m_tabs(new QTabWidget(this))
    , m_text(new QTextBrowser(this))
    , m_pdfStack(new QStackedWidget(this))
    , m_noPdf(hintLabel(this, QStringLiteral("noPolicyPdf")))
    , m_pdf(new PdfViewerWidget(this))
    , m_approvals(new ApprovalTableModel(this))
    , m_approvalTable(readOnlyTable(this, QStringLiteral("approvalTable")))
    , m_outstanding(hintLabel(this, QStringLiteral("outstandingRoles")))
    , m_acknowledgments(new RevisionAcknowledgmentsTab(program, this))
{
    setObjectName(QStringLiteral("policyDetail"));
    auto* placeholder = new QLabel(tr("Select a policy to read its revisions, their approvals "
                                      "and signed copies."),
                                   this);
    placeholder->setObjectName(QStringLiteral("policyDetailPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_heading->setObjectName(QStringLiteral("policyHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_facts->setObjectName(QStringLiteral("policyFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_revisionTable->setModel(m_revisions);
    m_revisionTable->setAccessibleName(tr("Revisions"));
    QHeaderView* columns = m_revisionTable->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(RevisionTableModel::SummaryColumn, QHeaderView::Stretch);
    // The summary matters most; the author gives way to it and shows in full on hover.
    columns->setSectionResizeMode(RevisionTableModel::AuthorColumn, QHeaderView::Interactive);
    columns->resizeSection(RevisionTableModel::AuthorColumn,
                           m_revisionTable->fontMetrics().averageCharWidth() * 11);
    const int rowHeight = m_revisionTable->verticalHeader()->defaultSectionSize();
    m_revisionTable->setMinimumHeight(rowHeight * 3 + columns->sizeHint().height() + 4);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(6);
    topLayout->addWidget(m_heading);
    topLayout->addWidget(m_facts);
    topLayout->addSpacing(4);
    topLayout->addWidget(m_revisionTable, 1);
    topLayout->addWidget(m_actions);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(buildTabs());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_stack->addWidget(placeholder);
    m_stack->addWidget(splitter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_revisionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PolicyDetailPanel::showRevision);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PolicyDetailPanel::loadPdfIfShown);
    connect(m_actions, &RevisionActionBar::triggered, this, &PolicyDetailPanel::actionTriggered);
    clear();
}

QWidget* PolicyDetailPanel::buildTabs()
{
    m_text->setObjectName(QStringLiteral("policyText"));
    m_text->setOpenExternalLinks(false);
    m_text->setAccessibleName(tr("Policy text"));

    m_noPdf->setAlignment(Qt::AlignCenter);
    m_pdf->setObjectName(QStringLiteral("policyPdfViewer"));
    m_pdfStack->addWidget(m_noPdf);
    m_pdfStack->addWidget(m_pdf);

    m_approvalTable->setModel(m_approvals);
    m_approvalTable->setAccessibleName(tr("Approvals"));
    QHeaderView* columns = m_approvalTable->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(ApprovalTableModel::MeaningColumn, QHeaderView::Stretch);
    auto* approvals = new QWidget(this);
    auto* approvalsLayout = new QVBoxLayout(approvals);
    approvalsLayout->addWidget(m_outstanding);
    approvalsLayout->addWidget(m_approvalTable, 1);

    m_tabs->setObjectName(QStringLiteral("revisionTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_text, tr("Text"));
    m_tabs->addTab(m_pdfStack, tr("Signed PDF"));
    m_tabs->addTab(approvals, tr("Approvals"));
    m_tabs->addTab(m_acknowledgments, tr("Acknowledgments"));
    connect(m_acknowledgments, &RevisionAcknowledgmentsTab::titleChanged, this,
            [this](const QString& title) { m_tabs->setTabText(AcknowledgmentsTab, title); });
    return m_tabs;
}

void PolicyDetailPanel::showPolicy(qint64 policyId, qint64 revisionId)
{
    Result<Policy> policy = m_program.policies().policy(policyId);
    Result<std::vector<PolicyRevision>> revisions = m_program.policies().revisions(policyId);
    if (!policy || !revisions) {
        clear();
        emit readFailed(!policy ? policy.error().message : revisions.error().message);
        return;
    }
    const QDate today = m_program.clock().today();
    m_policy = *policy;
    m_heading->setText(tr("%1  %2").arg(policy->code, policy->title));
    showFacts(*policy);

    qint64 chosen = revisionId;
    if (chosen == 0) {
        const PolicyRevision* current = revisionInEffect(*revisions, today);
        chosen = current ? current->id : 0;
        for (const PolicyRevision& revision : *revisions) {
            if (revision.isOpen())
                chosen = revision.id;
        }
        if (chosen == 0 && !revisions->empty())
            chosen = revisions->back().id;
    }
    {
        const QSignalBlocker quiet(m_revisionTable->selectionModel());
        m_revisions->setRevisions(std::move(revisions).value(), today);
    }
    m_stack->setCurrentIndex(1);
    if (!selectRevision(chosen))
        showRevision();
}

void PolicyDetailPanel::refresh()
{
    if (m_policy)
        showPolicy(m_policy->id, selectedRevisionId());
}

void PolicyDetailPanel::clear()
{
    m_policy.reset();
    m_pdfFileId = 0;
    m_revisions->setRevisions({}, {});
    m_approvals->setApprovals({});
    m_acknowledgments->showRevision({}, {});
    m_text->clear();
    m_pdf->clear();
    m_heading->clear();
    m_facts->clear();
    m_actions->setState(RevisionActionState());
    m_stack->setCurrentIndex(0);
}

void PolicyDetailPanel::showFacts(const Policy& policy)
{
    QStringList lines;
    lines << tr("%1 \u00b7 Owner: %2 \u00b7 Reviewed every %n month(s)", nullptr,
                policy.reviewCycleMonths)
                 .arg(policyCategoryLabel(policy.category),
                      policy.owner.isEmpty() ? tr("not named") : policy.owner);
    lines << (policy.requiredApprovalRoles.isEmpty()
                  ? tr("Approved by: any one approver")
                  : tr("Approved by: %1")
                        .arg(policy.requiredApprovalRoles.join(QStringLiteral(", "))));
    QStringList titled;
    for (const QString& citation : policy.citations) {
        const CatalogEntry* entry = m_program.catalog().find(citation);
        titled << (entry ? tr("%1 %2").arg(citation, entry->title) : citation);
    }
    lines << (policy.citations.isEmpty()
                  ? tr("Security Rule: none linked")
                  : tr("Security Rule: %1").arg(policy.citations.join(QStringLiteral(", "))));
    m_facts->setToolTip(titled.join(QLatin1Char('\n')));
    if (policy.isRetired())
        lines << tr("Retired on %1").arg(PolicyLabels::date(policy.retiredOn));
    m_facts->setText(lines.join(QLatin1Char('\n')));
}

qint64 PolicyDetailPanel::selectedRevisionId() const
{
    const QModelIndex current = m_revisionTable->selectionModel()->currentIndex();
    return current.isValid()
               ? m_revisions->data(current, RevisionTableModel::RevisionIdRole).toLongLong()
               : 0;
}

std::optional<PolicyRevision> PolicyDetailPanel::selectedRevision() const
{
    const int row = m_revisions->rowForId(selectedRevisionId());
    if (row < 0)
        return std::nullopt;
    return m_revisions->revisionAt(row);
}

bool PolicyDetailPanel::selectRevision(qint64 revisionId)
{
    const int row = m_revisions->rowForId(revisionId);
    if (row < 0)
        return false;
    const QModelIndex index = m_revisions->index(row, 0);
    if (m_revisionTable->selectionModel()->currentIndex() == index)
        showRevision();
    m_revisionTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
    m_revisionTable->scrollTo(index);
    return true;
}

void PolicyDetailPanel::showRevision()
{
    const std::optional<PolicyRevision> revision = selectedRevision();
    updateActions();
    m_acknowledgments->showRevision(m_policy, revision);
    if (!revision) {
        m_text->clear();
        m_approvals->setApprovals({});
        m_pdf->clear();
        return;
    }
    const QString rev = PolicyLabels::revisionShort(revision->number);
    m_text->setPlaceholderText(
        tr("%1 has no text. Edit the draft to write it, or attach the signed PDF.").arg(rev));
    m_text->setMarkdown(revision->content);
    m_tabs->setTabText(PdfTab, revision->file ? tr("Signed PDF") : tr("Signed PDF (none)"));
    if (!revision->file) {
        m_noPdf->setText(
            revision->state == RevisionState::Draft
                ? tr("%1 has no signed PDF. Attach one with “Edit "
                     "Draft\u2026\u201d while it is a draft.")
                      .arg(rev)
                : tr("%1 has no signed PDF attached; its text is the record.").arg(rev));
        m_pdfStack->setCurrentWidget(m_noPdf);
        m_pdf->clear();
        m_pdfFileId = 0;
    } else if (m_pdfFileId != revision->file->id) {
        m_pdf->clear();
        m_pdfFileId = 0;
        m_noPdf->setText(tr("Opening %1\u2026").arg(revision->file->fileName));
        m_pdfStack->setCurrentWidget(m_noPdf);
        loadPdfIfShown();
    }
    showApprovals(*revision);
}

void PolicyDetailPanel::loadPdfIfShown()
{
    const std::optional<PolicyRevision> revision = selectedRevision();
    if (m_tabs->currentIndex() != PdfTab || !revision || !revision->file ||
        m_pdfFileId == revision->file->id)
        return;
    // Decrypting and rendering wait until the tab is looked at.
    Result<QByteArray> content = m_program.policies().fileContent(revision->id);
    m_pdfFileId = revision->file->id;
    if (!content) {
        m_noPdf->setText(
            tr("%1 cannot be shown: %2").arg(revision->file->fileName, content.error().message));
        m_pdfStack->setCurrentWidget(m_noPdf);
        return;
    }
    m_pdf->setDocument(*content, revision->file->fileName);
    m_pdfStack->setCurrentWidget(m_pdf);
}

bool PolicyDetailPanel::isShowingPdf() const
{
    return m_pdfStack->currentWidget() == m_pdf && m_pdf->hasDocument();
}

void PolicyDetailPanel::showApprovals(const PolicyRevision& revision)
{
    Result<std::vector<PolicyApproval>> given = m_program.policies().approvals(revision.id);
    if (!given) {
        m_approvals->setApprovals({});
        m_outstanding->setText(
            tr("The approvals could not be read: %1").arg(given.error().message));
        return;
    }
    const QString rev = PolicyLabels::revisionShort(revision.number);
    const QStringList outstanding = PolicyRegister::outstandingRoles(*m_policy, *given);
    switch (revision.state) {
    case RevisionState::Draft:
        m_outstanding->setText(
            tr("%1 is a draft. Approvals are recorded once it is submitted for review.").arg(rev));
        break;
    case RevisionState::InReview:
        if (m_policy->requiredApprovalRoles.isEmpty())
            m_outstanding->setText(
                tr("%1 is in review; the first approval recorded approves it.").arg(rev));
        else
            m_outstanding->setText(tr("%1 is in review. Still needed: %2")
                                       .arg(rev, outstanding.join(QStringLiteral(", "))));
        break;
    default:
        m_outstanding->setText(
            revision.approvedOn.isValid()
                ? tr("%1 was approved on %2.").arg(rev, PolicyLabels::date(revision.approvedOn))
                : QString());
        break;
    }
    m_tabs->setTabText(ApprovalsTab, tr("Approvals (%1)").arg(given->size()));
    m_approvals->setApprovals(std::move(given).value());
}

void PolicyDetailPanel::updateActions()
{
    if (!m_policy) {
        m_actions->setState(RevisionActionState());
        return;
    }
    const bool writable = m_program.isOpen() && !m_program.isReadOnly();
    m_actions->setState(
        RevisionActionState(*m_policy, m_revisions->revisions(), selectedRevision(), writable));
}

QString PolicyDetailPanel::headingText() const
{
    return m_heading->text();
}

QString PolicyDetailPanel::factsText() const
{
    return m_facts->text();
}

QString PolicyDetailPanel::outstandingText() const
{
    return m_outstanding->text();
}

} // namespace palisade::ui
