#pragma once

#include "core/util/Result.h"

#include <QGroupBox>
#include <QString>
#include <vector>

class QLabel;

namespace palisade::ui {

// A dashboard box for one area's due list: how many findings stand now, how
// many dates are coming, the first few of them, and a button to the area.
// Subclasses say what is due; they call refresh() once constructed.
class DueSummaryBox : public QGroupBox
{
    Q_OBJECT

public:
    static constexpr int shownItems = 5;

    struct Line
    {
        QString subject;
        QString message;
        bool overdue = false; // a finding that stands now
    };

    void refresh();
    QString summaryText() const;
    QString itemsText() const;

signals:
    void openRequested();

protected:
    // `name` prefixes the labels' object names ("baaDue" gives "baaDueSummary").
    DueSummaryBox(const QString& title, const QString& openLabel, const QString& name,
                  QWidget* parent);

    virtual bool available() const = 0;
    // What is due today, most pressing first.
    virtual Result<std::vector<Line>> lines() const = 0;
    virtual QString nothingDueText() const = 0;
    // "…and N more on the X page."
    virtual QString moreText(int count) const = 0;

private:
    QLabel* m_summary;
    QLabel* m_items;
};

} // namespace palisade::ui
