#pragma once

#include <QDate>
#include <QWidget>

class QBarCategoryAxis;
class QBarSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QStackedWidget;
class QValueAxis;

namespace palisade {
class Program;
}

namespace palisade::ui {

// The Trends tab: the share of required training complete at each month end
// over the last two years, and each phishing simulation's click and report
// rates. Each chart says what to record when it has nothing to show.
class TrainingTrendsTab : public QWidget
{
    Q_OBJECT

public:
    static constexpr int monthsShown = 24;
    // More bars than this would not leave room for their labels.
    static constexpr int campaignsShown = 12;

    explicit TrainingTrendsTab(Program& program, QWidget* parent = nullptr);

    bool reload();

    QLineSeries* completionSeries() const { return m_completion; }
    QBarSeries* phishingSeries() const { return m_phishing; }
    QBarCategoryAxis* campaignAxis() const { return m_campaignAxis; }
    QChartView* completionView() const { return m_completionView; }
    QChartView* phishingView() const { return m_phishingView; }
    bool isShowingCompletionHint() const;
    bool isShowingPhishingHint() const;
    QString completionHintText() const;
    QString phishingHintText() const;

private:
    bool reloadCompletion();
    bool reloadPhishing();

    Program& m_program;
    QLineSeries* m_completion;
    QBarSeries* m_phishing;
    QBarCategoryAxis* m_campaignAxis;
    QDateTimeAxis* m_monthAxis;
    QValueAxis* m_completionAxis;
    QValueAxis* m_rateAxis;
    QChart* m_completionChart;
    QChart* m_phishingChart;
    QChartView* m_completionView;
    QChartView* m_phishingView;
    QStackedWidget* m_completionStack;
    QStackedWidget* m_phishingStack;
    QLabel* m_completionHint;
    QLabel* m_phishingHint;
};

} // namespace palisade::ui
