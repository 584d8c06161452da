#pragma once

#include "ui/widgets/DueSummaryBox.h"

namespace palisade {
class Program;
} // namespace palisade

namespace palisade::ui {

// The dashboard's view of the policy review schedule: policies with no
// revision in effect, reviews overdue, and reviews coming due.
class PolicyReviewSummaryBox : public DueSummaryBox
{
    Q_OBJECT

public:
    explicit PolicyReviewSummaryBox(Program& program, QWidget* parent = nullptr);

protected:
    bool available() const override;
    Result<std::vector<Line>> lines() const override;
    QString nothingDueText() const override;
    QString moreText(int count) const override;

private:
    Program& m_program;
};

} // namespace palisade::ui
