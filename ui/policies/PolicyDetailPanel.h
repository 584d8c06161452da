#pragma once

#include "core/policies/Policy.h"
#include "core/policies/PolicyRevision.h"
#include "ui/policies/RevisionAction.h"

#include <QWidget>
#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace palisade {
class Program;
}

namespace palisade::ui {

class ApprovalTableModel;
class PdfViewerWidget;
class RevisionAcknowledgmentsTab;
class RevisionActionBar;
class RevisionTableModel;

// The selected policy: what it is and who approves it, its numbered
// revisions, and for the selected revision its text, its signed PDF and its
// approvals, with the actions the revision's state allows.
class PolicyDetailPanel : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        TextTab,
        PdfTab,
        ApprovalsTab,
        AcknowledgmentsTab,
    };

    explicit PolicyDetailPanel(Program& program, QWidget* parent = nullptr);

    // Reads the policy and its revisions; selects `revisionId` when given,
    // else the open revision, else the one in effect, else the latest.
    void showPolicy(qint64 policyId, qint64 revisionId = 0);
    // Reads the shown policy again, keeping the selected revision.
    void refresh();
    void clear();

    bool hasPolicy() const { return m_policy.has_value(); }
    qint64 policyId() const { return m_policy ? m_policy->id : 0; }
    const std::optional<Policy>& policy() const { return m_policy; }
    qint64 selectedRevisionId() const;
    std::optional<PolicyRevision> selectedRevision() const;
    bool selectRevision(qint64 revisionId);

    QString headingText() const;
    QString factsText() const;
    QString outstandingText() const;
    bool isShowingPdf() const;
    RevisionTableModel* revisionModel() const { return m_revisions; }
    QTableView* revisionTable() const { return m_revisionTable; }
    ApprovalTableModel* approvalModel() const { return m_approvals; }
    RevisionActionBar* actionBar() const { return m_actions; }
    QTabWidget* tabs() const { return m_tabs; }
    RevisionAcknowledgmentsTab* acknowledgmentsTab() const { return m_acknowledgments; }
    QTextBrowser* textView() const { return m_text; }
    PdfViewerWidget* pdfViewer() const { return m_pdf; }

signals:
    void actionTriggered(RevisionAction action);
    // Something could not be read; the message says what.
    void readFailed(const QString& message);

private:
    QWidget* buildTabs();
    void showFacts(const Policy& policy);
    void showRevision();
    void showApprovals(const PolicyRevision& revision);
    void loadPdfIfShown();
    void updateActions();

    Program& m_program;
    std::optional<Policy> m_policy;
    qint64 m_pdfFileId = 0; // the stored file the viewer holds
    QStackedWidget* m_stack;
    QLabel* m_heading;
    QLabel* m_facts;
    RevisionTableModel* m_revisions;
    QTableView* m_revisionTable;
    RevisionActionBar* m_actions;
    QTabWidget* m_tabs;
    QTextBrowser* m_text;
    QStackedWidget* m_pdfStack;
    QLabel* m_noPdf;
    PdfViewerWidget* m_pdf;
    ApprovalTableModel* m_approvals;
    QTableView* m_approvalTable;
    QLabel* m_outstanding;
    RevisionAcknowledgmentsTab* m_acknowledgments;
};

} // namespace palisade::ui
