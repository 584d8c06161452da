#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTabWidget;

namespace palisade {
class Program;
}

namespace palisade::ui {

class BreachLogTab;
class IncidentLogTab;
class MessageBanner;
class PageHeader;

// The Incidents area: every security incident from the first report to
// closure (164.308(a)(6)), whether it is a breach of unsecured PHI, the
// notices it calls for counted down from discovery (164.404-410), and the
// yearly log of breaches for HHS.
class IncidentsPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        LogTabIndex,
        BreachLogTabIndex,
    };

    explicit IncidentsPage(Program& program, QWidget* parent = nullptr);

    // Opens the guided report; the incident saved is selected.
    void reportIncident();
    void editSelected();
    void editIncident(qint64 id);
    // Closes the selected open incident (asking for the day), or reopens a closed one.
    void closeOrReopenSelected();
    void editStateRules();
    // Reads everything again; the registers' signals call it.
    void reload();

    qint64 selectedIncidentId() const;
    bool selectIncident(qint64 id);

    QTabWidget* tabs() const { return m_tabs; }
    IncidentLogTab* logTab() const { return m_log; }
    BreachLogTab* breachLogTab() const { return m_breachLog; }
    MessageBanner* banner() const { return m_banner; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* reportButton() const { return m_report; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* closeButton() const { return m_close; }
    QPushButton* stateRulesButton() const { return m_stateRules; }
    QAction* reportAction() const { return m_reportAction; }

private:
    void updateState();

    Program& m_program;
    PageHeader* m_header;
    MessageBanner* m_banner;
    QLabel* m_summary;
    QPushButton* m_report;
    QPushButton* m_edit;
    QPushButton* m_close;
    QPushButton* m_stateRules;
    QTabWidget* m_tabs;
    IncidentLogTab* m_log;
    BreachLogTab* m_breachLog;
    QAction* m_reportAction;
};

} // namespace palisade::ui
