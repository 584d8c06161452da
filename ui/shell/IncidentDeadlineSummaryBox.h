#pragma once

#include "ui/widgets/DueSummaryBox.h"

namespace palisade {
class Program;
} // namespace palisade

namespace palisade::ui {

// The dashboard's view of breach notification: notices overdue (longest
// first), then notices due within 30 days (soonest first), from
// BreachReporting::deadlines.
class IncidentDeadlineSummaryBox : public DueSummaryBox
{
    Q_OBJECT

public:
    static constexpr int comingDays = 30;

    explicit IncidentDeadlineSummaryBox(Program& program, QWidget* parent = nullptr);

protected:
    bool available() const override;
    Result<std::vector<Line>> lines() const override;
    QString nothingDueText() const override;
    QString moreText(int count) const override;

private:
    Program& m_program;
};

} // namespace palisade::ui
