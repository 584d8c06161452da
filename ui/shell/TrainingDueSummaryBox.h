#pragma once

#include "ui/widgets/DueSummaryBox.h"

namespace palisade {
class Program;
} // namespace palisade

namespace palisade::ui {

// The dashboard's view of workforce training: people with PHI access who
// have not completed their onboarding, courses overdue (longest first), and
// courses falling due within 30 days.
class TrainingDueSummaryBox : public DueSummaryBox
{
    Q_OBJECT

public:
    explicit TrainingDueSummaryBox(Program& program, QWidget* parent = nullptr);

protected:
    bool available() const override;
    Result<std::vector<Line>> lines() const override;
    QString nothingDueText() const override;
    QString moreText(int count) const override;

private:
    Program& m_program;
};

} // namespace palisade::ui
