#pragma once

#include "core/incidents/StateNotificationRule.h"
#include "ui/widgets/RecordEditorDialog.h"

#include <optional>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace palisade {
class Program;
}

namespace palisade::ui {

// Adds or changes one State's breach-notice rule, checked by
// StateRuleRegister as it is typed (one rule per jurisdiction).
class StateRuleDialog : public RecordEditorDialog
{
    Q_OBJECT

public:
    StateRuleDialog(Program& program, const std::optional<StateNotificationRule>& rule,
                    QWidget* parent = nullptr);

    bool isNew() const override { return m_original.id == 0; }
    bool isModified() const override;
    QStringList problems() const override;
    StateNotificationRule candidate() const;
    const StateNotificationRule& savedRule() const { return m_saved; }

    QLineEdit* jurisdictionEdit() const { return m_jurisdiction; }
    QLineEdit* authorityEdit() const { return m_authority; }
    QSpinBox* thresholdSpin() const { return m_threshold; }
    QSpinBox* daysSpin() const { return m_days; }
    QLineEdit* citationEdit() const { return m_citation; }
    QPlainTextEdit* notesEdit() const { return m_notes; }

protected:
    bool store() override;
    QString unsavedQuestion() const override;
    bool canStore() const override;

private:
    Program& m_program;
    StateNotificationRule m_original;
    StateNotificationRule m_baseline;
    StateNotificationRule m_saved;
    QLineEdit* m_jurisdiction;
    QLineEdit* m_authority;
    QSpinBox* m_threshold;
    QSpinBox* m_days;
    QLineEdit* m_citation;
    QPlainTextEdit* m_notes;
};

} // namespace palisade::ui
