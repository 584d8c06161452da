#pragma once

#include "core/retention/LegalHold.h"
#include "core/retention/RetentionRecord.h"
#include "ui/widgets/StepDialog.h"

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace palisade {
class Program;
}

namespace palisade::ui {

// Places a legal hold on one record, or on every record of a type (those added
// later too), with the reason the audit trail keeps. Opened for a selected
// record, it offers that record first.
class LegalHoldDialog : public StepDialog
{
    Q_OBJECT

public:
    LegalHoldDialog(Program& program, const std::optional<RetentionRecord>& selected,
                    QWidget* parent = nullptr);

    // The hold once placed.
    const std::optional<LegalHold>& placedHold() const { return m_placed; }

    QComboBox* typeCombo() const { return m_type; }
    QRadioButton* thisRecordButton() const { return m_thisRecord; }
    QRadioButton* everyRecordButton() const { return m_everyRecord; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }

    QString recordType() const;
    bool isForOneRecord() const;

protected:
    QString apply() override;

private:
    void updateScope();
    void updateState();

    Program& m_program;
    std::optional<RetentionRecord> m_selected;
    std::optional<LegalHold> m_placed;
    QComboBox* m_type;
    QRadioButton* m_thisRecord;
    QRadioButton* m_everyRecord;
    QPlainTextEdit* m_reason;
};

} // namespace palisade::ui
