#pragma once

#include "core/retention/LegalHold.h"
#include "ui/widgets/StepDialog.h"

#include <optional>

class QPlainTextEdit;

namespace palisade {
class Program;
}

namespace palisade::ui {

// Releases a legal hold, with the reason the audit trail keeps. The records it
// kept may be disposed of again once their retention period has passed.
class ReleaseHoldDialog : public StepDialog
{
    Q_OBJECT

public:
    ReleaseHoldDialog(Program& program, const LegalHold& hold, const QString& covers,
                      QWidget* parent = nullptr);

    const std::optional<LegalHold>& releasedHold() const { return m_released; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }

protected:
    QString apply() override;

private:
    Program& m_program;
    qint64 m_holdId;
    std::optional<LegalHold> m_released;
    QPlainTextEdit* m_reason;
};

} // namespace palisade::ui
