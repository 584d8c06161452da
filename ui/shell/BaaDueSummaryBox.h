#pragma once

#include <QGroupBox>

class QLabel;

namespace palisade {
class Program;
} // namespace palisade

namespace palisade::ui {

// The dashboard's view of the vendor due list: how many findings stand now,
// how many dates are coming, and the first few of them.
class BaaDueSummaryBox : public QGroupBox
{
    Q_OBJECT

public:
    static constexpr int shownItems = 5;

    explicit BaaDueSummaryBox(Program& program, QWidget* parent = nullptr);

    void refresh();
    QString summaryText() const;
    QString itemsText() const;

signals:
    void openRequested();

private:
    Program& m_program;
    QLabel* m_summary;
    QLabel* m_items;
};

} // namespace palisade::ui
