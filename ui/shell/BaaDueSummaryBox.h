#pragma once

#include "ui/widgets/DueSummaryBox.h"

namespace palisade {
class Program;
} // namespace palisade

namespace palisade::ui {

// The dashboard's view of the vendor due list (BaaRegister::due).
class BaaDueSummaryBox : public DueSummaryBox
{
    Q_OBJECT

public:
    explicit BaaDueSummaryBox(Program& program, QWidget* parent = nullptr);

protected:
    bool available() const override;
    Result<std::vector<Line>> lines() const override;
    QString nothingDueText() const override;
    QString moreText(int count) const override;

private:
    Program& m_program;
};

} // namespace palisade::ui
