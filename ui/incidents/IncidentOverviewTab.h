#pragma once

#include "core/incidents/Incident.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;

namespace palisade {
class Program;
}

namespace palisade::ui {

class MessageBanner;

// An incident at a glance: status, kind and dates, where it stands as a
// breach (the presumption stated plainly without an assessment), who and what
// it touched, containment and lessons learned; with Edit…, Close incident…
// and Reopen.
class IncidentOverviewTab : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentOverviewTab(Program& program, QWidget* parent = nullptr);

    void setIncident(const std::optional<Incident>& incident);

    // Closes the shown incident on `on`; false with the register's reason shown.
    bool closeIncident(const QDate& on);
    bool reopenIncident();

    QString factsText() const;
    QString breachText() const;
    MessageBanner* banner() const { return m_banner; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* closeButton() const { return m_close; }
    QPushButton* reopenButton() const { return m_reopen; }

signals:
    void editRequested(qint64 id);

private:
    void askToClose();
    void updateButtons();
    QString names(const std::vector<qint64>& ids, bool assets) const;

    Program& m_program;
    std::optional<Incident> m_incident;
    MessageBanner* m_banner;
    QLabel* m_facts;
    QLabel* m_breach;
    QLabel* m_people;
    QLabel* m_affected;
    QLabel* m_systems;
    QLabel* m_description;
    QLabel* m_containment;
    QLabel* m_lessons;
    QPushButton* m_edit;
    QPushButton* m_close;
    QPushButton* m_reopen;
};

} // namespace palisade::ui
