#pragma once

#include "core/risk/RemediationTask.h"
#include "ui/widgets/RecordEditorDialog.h"

#include <QDate>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace palisade {
class RiskRegister;
}

namespace palisade::ui {

class RiskCitationPicker;
class RiskDateField;
class RiskOwnerField;

// Creates or edits one remediation task of a risk. What would stop it being
// saved is shown as the user types; Save (Ctrl+S) stores it through the
// register. The completion date is only asked for once the task is done.
// Closing drops unsaved edits without asking.
class RiskTaskDialog : public RecordEditorDialog
{
    Q_OBJECT

public:
    // A task with id 0 is created under `task.riskId`; otherwise it is updated.
    // `today` is the default completion date.
    RiskTaskDialog(RiskRegister& risks, const RemediationTask& task, const QStringList& owners,
                   const QDate& today, QWidget* parent = nullptr);

    // Shows the task without any way to change it (an as-of view).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return isLocked(); }

    RemediationTask task() const;
    const RemediationTask& savedTask() const { return m_saved; }
    bool isNew() const override { return m_original.id == 0; }
    bool isModified() const override;
    QStringList problems() const override;

    QLineEdit* titleEdit() const { return m_title; }
    RiskOwnerField* ownerField() const { return m_owner; }
    RiskDateField* dueField() const { return m_due; }
    QComboBox* statusCombo() const { return m_status; }
    RiskDateField* completedField() const { return m_completed; }
    QPlainTextEdit* evidenceEdit() const { return m_evidence; }
    RiskCitationPicker* citationPicker() const { return m_citations; }

protected:
    bool store() override;

private:
    void statusChanged();

    RiskRegister& m_risks;
    RemediationTask m_original;
    RemediationTask m_baseline;
    RemediationTask m_saved;
    QDate m_today;
    QLineEdit* m_title;
    RiskOwnerField* m_owner;
    RiskDateField* m_due;
    QComboBox* m_status;
    RiskDateField* m_completed;
    QPlainTextEdit* m_evidence;
    RiskCitationPicker* m_citations;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace palisade::ui
