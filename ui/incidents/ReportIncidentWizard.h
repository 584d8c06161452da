#pragma once

#include "core/incidents/BreachAssessment.h"
#include "core/incidents/Incident.h"
#include "core/incidents/RequiredNotification.h"
#include "ui/widgets/MessageBanner.h"

#include <QWizard>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTreeWidget;

namespace palisade {
class Program;
}

namespace palisade::ui {

class BreachAssessmentForm;
class IncidentAffectedForm;
class ReportIncidentPage;
class RiskDateField;

// The guided report for an officer under pressure: what happened, who and
// what it touched, what was done to contain it, the four-factor assessment
// now or later, and a summary of what the program now concludes (the breach
// status and every notice owed with its due date) before Finish saves the
// incident, and its assessment when one was given.
class ReportIncidentWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        WhatPageId,
        AffectedPageId,
        ContainmentPageId,
        AssessmentPageId,
        SummaryPageId,
    };

    explicit ReportIncidentWizard(Program& program, QWidget* parent = nullptr);

    // The incident as entered up to and including `page`; the later pages'
    // fields are left empty.
    Incident candidate(PageId upTo = SummaryPageId) const;
    // The assessment entered, unless the user chose to assess later.
    std::optional<BreachAssessment> assessment() const;
    bool assessLater() const;
    // What the program computes for the candidate: the notices owed.
    std::vector<RequiredNotification> requiredNotices() const;

    // After Finish: the incident saved (id 0 until then) and what to tell the user.
    const Incident& savedIncident() const { return m_saved; }
    QString outcomeText() const { return m_outcome; }
    MessageBanner::Kind outcomeKind() const { return m_outcomeKind; }

    ReportIncidentPage* reportPage(PageId id) const;
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* kindCombo() const { return m_kind; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    RiskDateField* discoveredField() const { return m_discovered; }
    RiskDateField* occurredField() const { return m_occurred; }
    QLineEdit* reporterEdit() const { return m_reporter; }
    IncidentAffectedForm* affectedForm() const { return m_affected; }
    QPlainTextEdit* containmentEdit() const { return m_containment; }
    RiskDateField* containedField() const { return m_contained; }
    QLineEdit* handlerEdit() const { return m_handler; }
    QRadioButton* assessNowButton() const { return m_assessNow; }
    QRadioButton* assessLaterButton() const { return m_assessLater; }
    BreachAssessmentForm* assessmentForm() const { return m_form; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* laterNote() const { return m_laterNote; }
    QTreeWidget* noticeList() const { return m_notices; }

private:
    ReportIncidentPage* buildWhatPage();
    ReportIncidentPage* buildAffectedPage();
    ReportIncidentPage* buildContainmentPage();
    ReportIncidentPage* buildAssessmentPage();
    ReportIncidentPage* buildSummaryPage();
    void enterAssessment();
    void fillSummary();
    bool save();

    Program& m_program;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QPlainTextEdit* m_description;
    RiskDateField* m_discovered;
    RiskDateField* m_occurred;
    QLineEdit* m_reporter;
    IncidentAffectedForm* m_affected;
    QPlainTextEdit* m_containment;
    RiskDateField* m_contained;
    QLineEdit* m_handler;
    QRadioButton* m_assessNow;
    QRadioButton* m_assessLater;
    QLabel* m_assessmentNote;
    BreachAssessmentForm* m_form;
    QWidget* m_formHolder;
    QLabel* m_statusTitle;
    QLabel* m_status;
    QLabel* m_laterNote;
    QTreeWidget* m_notices;
    QLabel* m_noticesNote;
    Incident m_saved;
    QString m_outcome;
    MessageBanner::Kind m_outcomeKind = MessageBanner::Kind::Information;
};

} // namespace palisade::ui
