#pragma once

#include "core/incidents/Incident.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace palisade {
class Program;
}

namespace palisade::ui {

class MessageBanner;

// The incident's four-factor breach risk assessment as recorded, or what its
// absence means (a presumed breach); recording, revising and clearing it.
class AssessmentTab : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentTab(Program& program, QWidget* parent = nullptr);

    void setIncident(const std::optional<Incident>& incident);
    // Clears the recorded assessment after asking (skipped when `ask` is false).
    bool clearAssessment(bool ask = true);

    bool isShowingEmptyState() const;
    QString emptyText() const;
    QString assessmentText() const;
    MessageBanner* banner() const { return m_banner; }
    QPushButton* recordButton() const { return m_record; }
    QPushButton* clearButton() const { return m_clear; }

private:
    void openDialog();
    void updateButtons();

    Program& m_program;
    std::optional<Incident> m_incident;
    MessageBanner* m_banner;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QTextBrowser* m_view;
    QPushButton* m_record;
    QPushButton* m_clear;
};

} // namespace palisade::ui
