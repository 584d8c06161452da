#pragma once

#include "core/incidents/Incident.h"
#include "ui/widgets/RecordEditorDialog.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace palisade {
class Program;
}

namespace palisade::ui {

class IncidentAffectedForm;
class RiskDateField;

// Creates or changes what is known of an incident: what happened, its dates
// (when it occurred or was contained may be unknown), who reported and who
// handles it, what it touched and how many people in each State, the
// containment and the lessons learned. Its closing date and its breach
// assessment are recorded elsewhere and kept. What would stop it being saved
// is listed as the user types; Save stays disabled until the list is empty.
// Closing with unsaved edits asks first.
class IncidentEditorDialog : public RecordEditorDialog
{
    Q_OBJECT

public:
    enum Tab
    {
        WhatHappenedTab,
        AffectedTab,
        ResponseTab,
    };

    // nullopt creates a new incident.
    IncidentEditorDialog(Program& program, std::optional<qint64> incidentId,
                         QWidget* parent = nullptr);

    bool isNew() const override { return m_original.id == 0; }
    bool isModified() const override;
    QStringList problems() const override;
    Incident candidate() const;
    const Incident& savedIncident() const { return m_saved; }

    QTabWidget* tabs() const { return m_tabs; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* kindCombo() const { return m_kind; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    RiskDateField* occurredField() const { return m_occurred; }
    RiskDateField* discoveredField() const { return m_discovered; }
    RiskDateField* reportedField() const { return m_reported; }
    RiskDateField* containedField() const { return m_contained; }
    QLabel* closedLabel() const { return m_closed; }
    QLineEdit* reporterEdit() const { return m_reporter; }
    QLineEdit* handlerEdit() const { return m_handler; }
    IncidentAffectedForm* affectedForm() const { return m_affected; }
    QPlainTextEdit* containmentEdit() const { return m_containment; }
    QPlainTextEdit* lessonsEdit() const { return m_lessons; }

protected:
    bool store() override;
    QString unsavedQuestion() const override;
    bool canStore() const override;

private:
    QWidget* buildWhatHappened();
    QWidget* buildResponse();
    void load(const Incident& incident);

    Program& m_program;
    Incident m_original;
    Incident m_baseline;
    Incident m_saved;

    QTabWidget* m_tabs;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QPlainTextEdit* m_description;
    RiskDateField* m_occurred;
    RiskDateField* m_discovered;
    RiskDateField* m_reported;
    RiskDateField* m_contained;
    QLabel* m_closed;
    QLineEdit* m_reporter;
    QLineEdit* m_handler;
    IncidentAffectedForm* m_affected;
    QPlainTextEdit* m_containment;
    QPlainTextEdit* m_lessons;
};

} // namespace palisade::ui
