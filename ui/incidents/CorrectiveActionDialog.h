#pragma once

#include "core/incidents/CorrectiveAction.h"
#include "ui/widgets/RecordEditorDialog.h"

#include <optional>

class QLineEdit;
class QPlainTextEdit;

namespace palisade {
class Program;
}

namespace palisade::ui {

class RiskDateField;

// Adds or changes one corrective action: what is to be done, details, who
// owns it and by when. Its done date is set by "Mark Done…" only.
class CorrectiveActionDialog : public RecordEditorDialog
{
    Q_OBJECT

public:
    // nullopt adds a new action to `incidentId`.
    CorrectiveActionDialog(Program& program, qint64 incidentId,
                           std::optional<qint64> actionId = std::nullopt,
                           QWidget* parent = nullptr);

    bool isNew() const override { return m_original.id == 0; }
    bool isModified() const override;
    QStringList problems() const override;
    CorrectiveAction candidate() const;
    const CorrectiveAction& savedAction() const { return m_saved; }

    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QLineEdit* ownerEdit() const { return m_owner; }
    RiskDateField* dueField() const { return m_due; }

protected:
    bool store() override;
    QString unsavedQuestion() const override;
    bool canStore() const override;

private:
    Program& m_program;
    CorrectiveAction m_original;
    CorrectiveAction m_baseline;
    CorrectiveAction m_saved;
    QLineEdit* m_title;
    QPlainTextEdit* m_notes;
    QLineEdit* m_owner;
    RiskDateField* m_due;
};

} // namespace palisade::ui
