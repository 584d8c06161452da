#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class FirstRunPanel;
class MessageBanner;
class NoMatchHint;
class PageHeader;
class PolicyDetailPanel;
class PolicyFilterBar;
class PolicyFilterProxyModel;
class PolicyTableModel;
class RevisionWorkflow;
enum class RevisionAction;

// The Policies area: the written HIPAA policies with their full revision
// history. Each policy's revisions are drafted, reviewed, approved by the
// roles it names and put in effect; approved revisions never change. A policy
// in use with no revision in effect, or overdue for review, stands out.
class PoliciesPage : public QWidget
{
    Q_OBJECT

public:
    explicit PoliciesPage(Program& program, QWidget* parent = nullptr);

    void newPolicy();
    void adoptTemplates();
    void editSelected();
    // Deletes the selected policy after confirmation; the register's refusal
    // is shown as it is.
    void deleteSelected();
    void runAction(RevisionAction action);

    qint64 selectedPolicyId() const;
    bool selectPolicy(qint64 id);
    bool isShowingFirstRun() const;
    bool isShowingNoMatch() const;

    PolicyTableModel* model() const { return m_model; }
    PolicyFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    PolicyFilterBar* filterBar() const { return m_filter; }
    PolicyDetailPanel* detailPanel() const { return m_detail; }
    RevisionWorkflow* workflow() const { return m_workflow; }
    MessageBanner* banner() const { return m_banner; }
    QLabel* summaryLabel() const { return m_summary; }
    NoMatchHint* noMatchHint() const { return m_noMatch; }
    FirstRunPanel* firstRunPanel() const { return m_firstRun; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* adoptButton() const { return m_adopt; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* firstAdoptButton() const { return m_firstAdopt; }
    QPushButton* firstNewButton() const { return m_firstNew; }

    // Reads the table again; the register's signal calls it.
    void reload();

private:
    void buildTable();
    void showSelected();
    void applyFilter();
    void updateState();
    void showRefusal(const QString& message);
    void showDone(const QString& message, qint64 revisionId);

    Program& m_program;
    PolicyTableModel* m_model;
    PolicyFilterProxyModel* m_proxy;
    PageHeader* m_header;
    MessageBanner* m_banner;
    PolicyFilterBar* m_filter;
    QLabel* m_summary;
    QPushButton* m_new;
    QPushButton* m_adopt;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QStackedWidget* m_pageStack;
    QStackedWidget* m_tableStack;
    QTableView* m_table;
    NoMatchHint* m_noMatch;
    PolicyDetailPanel* m_detail;
    FirstRunPanel* m_firstRun;
    QPushButton* m_firstAdopt;
    QPushButton* m_firstNew;
    QAction* m_newAction;
    RevisionWorkflow* m_workflow;
    bool m_shownOnce = false; // the library has had policies to show
};

} // namespace palisade::ui
