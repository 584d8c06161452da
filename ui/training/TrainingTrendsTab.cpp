#include "ui/training/TrainingTrendsTab.h"

#include "core/program/Program.h"
#include "core/training/PhishingRegister.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace palisade::ui {
namespace {

enum Page
{
    ChartPage,
    HintPage,
};

QLabel* hintLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setMargin(8);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// What a chart area shows instead of an empty chart: its title and what to do.
QWidget* hintPage(const QString& title, QLabel* hint, QWidget* parent)
{
    auto* page = new QWidget(parent);
    auto* heading = new QLabel(title, page);
    heading->setAlignment(Qt::AlignCenter);
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addStretch(1);
    return page;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(8, 4, 8, 4));
    return chart;
}

QValueAxis* percentAxis(const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%.0f %%"));
    axis->setTitleText(title);
    return axis;
}

QDateTime chartTime(const QDate& day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC);
}

} // namespace

TrainingTrendsTab::TrainingTrendsTab(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_completion(new QLineSeries)
    , m_phishing(new QBarSeries)
    , m_campaignAxis(new QBarCategoryAxis)
    , m_monthAxis(new QDateTimeAxis)
    , m_completionAxis(percentAxis(tr("Complete")))
    , m_rateAxis(percentAxis(tr("Of recipients")))
    , m_completionChart(newChart(tr("Required training complete at each month end")))
    , m_phishingChart(newChart(tr("Phishing simulations: click and report rates")))
    , m_completionView(new QChartView(m_completionChart, this))
    , m_phishingView(new QChartView(m_phishingChart, this))
    , m_completionStack(new QStackedWidget(this))
    , m_phishingStack(new QStackedWidget(this))
    , m_completionHint(hintLabel(this))
    , m_phishingHint(hintLabel(this))
{
    setObjectName(QStringLiteral("trainingTrendsTab"));
    m_completion->setName(tr("Complete (%)"));
    m_completion->setPointsVisible(true);
    m_completion->setColor(QColor(0x1f, 0x6f, 0xb2));
    QPen line = m_completion->pen();
    line.setWidth(2);
    m_completion->setPen(line);
    m_completionChart->addSeries(m_completion);
    m_monthAxis->setFormat(QStringLiteral("MMM yyyy"));
    m_monthAxis->setTitleText(tr("Month end"));
    m_completionChart->addAxis(m_monthAxis, Qt::AlignBottom);
    m_completionChart->addAxis(m_completionAxis, Qt::AlignLeft);
    m_completion->attachAxis(m_monthAxis);
    m_completion->attachAxis(m_completionAxis);
    m_completionChart->legend()->hide();

    m_phishingChart->addSeries(m_phishing);
    m_phishingChart->addAxis(m_campaignAxis, Qt::AlignBottom);
    m_phishingChart->addAxis(m_rateAxis, Qt::AlignLeft);
    m_phishing->attachAxis(m_campaignAxis);
    m_phishing->attachAxis(m_rateAxis);

    for (QChartView* view : {m_completionView, m_phishingView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(240);
    }
    m_completionView->setObjectName(QStringLiteral("completionChart"));
    m_completionView->setAccessibleName(m_completionChart->title());
    m_phishingView->setObjectName(QStringLiteral("phishingChart"));
    m_phishingView->setAccessibleName(m_phishingChart->title());
    m_completionHint->setObjectName(QStringLiteral("completionHint"));
    m_phishingHint->setObjectName(QStringLiteral("phishingHint"));
    m_completionStack->addWidget(m_completionView);
    m_completionStack->addWidget(hintPage(m_completionChart->title(), m_completionHint, this));
    m_phishingStack->addWidget(m_phishingView);
    m_phishingStack->addWidget(hintPage(m_phishingChart->title(), m_phishingHint, this));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_completionStack, 1);
    layout->addWidget(m_phishingStack, 1);

    TrainingRegister& training = program.training();
    WorkforceRegister& workforce = program.workforce();
    connect(&training, &TrainingRegister::coursesChanged, this,
            &TrainingTrendsTab::reloadCompletion);
    connect(&training, &TrainingRegister::completionsChanged, this,
            &TrainingTrendsTab::reloadCompletion);
    connect(&workforce, &WorkforceRegister::peopleChanged, this,
            &TrainingTrendsTab::reloadCompletion);
    connect(&program.phishing(), &PhishingRegister::campaignsChanged, this,
            &TrainingTrendsTab::reloadPhishing);
    reload();
}

bool TrainingTrendsTab::reload()
{
    const bool completion = reloadCompletion();
    const bool phishing = reloadPhishing();
    return completion && phishing;
}

bool TrainingTrendsTab::reloadCompletion()
{
    if (!m_program.isOpen())
        return false;
    const QDate today = m_program.clock().today();
    Result<std::vector<CompletionRate>> rates =
        m_program.training().completionRateByMonth(today.addMonths(1 - monthsShown), monthsShown);
    if (!rates) {
        m_completion->clear();
        m_completionHint->setText(rates.error().message);
        m_completionStack->setCurrentIndex(HintPage);
        return false;
    }
    // The current month has not ended: its point says where things stand today.
    if (!rates->empty() && rates->back().monthEnd > today) {
        Result<std::vector<DueItem>> items = m_program.training().dueItems(today);
        if (!items)
            return false;
        CompletionRate now;
        now.monthEnd = today;
        for (const DueItem& item : *items) {
            if (item.state == DueState::NotRequired || item.state == DueState::EndedByTermination)
                continue;
            ++now.required;
            if (item.covered)
                ++now.complete;
        }
        rates->back() = now;
    }
    QList<QPointF> points;
    for (const CompletionRate& rate : *rates) {
        // A month with nothing required has no rate worth plotting.
        if (rate.required == 0)
            continue;
        points.append(
            QPointF(qreal(chartTime(rate.monthEnd).toMSecsSinceEpoch()), 100.0 * rate.rate()));
    }
    m_completion->replace(points);
    if (points.isEmpty()) {
        m_completionHint->setText(
            tr("No training was required in the last two years yet \u2014 add courses and people "
               "on the Courses and People tabs, then record completions."));
        m_completionStack->setCurrentIndex(HintPage);
        return true;
    }
    const QDate first = rates->front().monthEnd;
    const QDate last = rates->back().monthEnd;
    m_monthAxis->setRange(chartTime(first.addDays(-10)), chartTime(last.addDays(10)));
    m_monthAxis->setTickCount(9);
    m_completionStack->setCurrentIndex(ChartPage);
    return true;
}

bool TrainingTrendsTab::reloadPhishing()
{
    if (!m_program.isOpen())
        return false;
    Result<std::vector<PhishingRate>> rates = m_program.phishing().phishingRates();
    m_phishing->clear();
    m_campaignAxis->clear();
    if (!rates) {
        m_phishingHint->setText(rates.error().message);
        m_phishingStack->setCurrentIndex(HintPage);
        return false;
    }
    if (rates->empty()) {
        m_phishingHint->setText(
            tr("No phishing simulations recorded yet \u2014 add one on the Phishing tab."));
        m_phishingStack->setCurrentIndex(HintPage);
        return true;
    }
    std::vector<PhishingRate> shown = std::move(rates).value();
    std::stable_sort(shown.begin(), shown.end(), [](const PhishingRate& a, const PhishingRate& b) {
        return a.runOn < b.runOn;
    });
    const int total = int(shown.size());
    if (total > campaignsShown)
        shown.erase(shown.begin(), shown.end() - campaignsShown);

    auto* clicked = new QBarSet(tr("Clicked"));
    clicked->setColor(QColor(0xc6, 0x28, 0x28));
    clicked->setBorderColor(QColor(0x8e, 0x1b, 0x1b));
    auto* reported = new QBarSet(tr("Reported"));
    reported->setColor(QColor(0x2e, 0x7d, 0x32));
    reported->setBorderColor(QColor(0x1b, 0x5e, 0x20));
    // Labels sit above the bars, where short bars leave no room inside them.
    clicked->setLabelColor(QColor(0x8e, 0x1b, 0x1b));
    reported->setLabelColor(QColor(0x1b, 0x5e, 0x20));
    QStringList categories;
    for (const PhishingRate& rate : shown) {
        // One decimal is as exact as a share of a few dozen recipients gets.
        clicked->append(std::round(1000.0 * rate.clickRate) / 10.0);
        reported->append(std::round(1000.0 * rate.reportRate) / 10.0);
        QString name = rate.templateName;
        if (name.size() > 18)
            name = name.left(17) + QStringLiteral("\u2026");
        // Distinct categories even when one template ran twice on one day.
        QString category = tr("%1<br>%2").arg(isoDate(rate.runOn), name.toHtmlEscaped());
        while (categories.contains(category))
            category += QLatin1Char(' ');
        categories << category;
    }
    m_phishing->append(clicked);
    m_phishing->append(reported);
    m_phishing->setLabelsVisible(true);
    m_phishing->setLabelsFormat(QStringLiteral("@value %"));
    m_phishing->setLabelsPrecision(4);
    m_phishing->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_campaignAxis->append(categories);
    m_phishingChart->setTitle(
        total > campaignsShown
            ? tr("Phishing simulations: click and report rates (the last %1 of %2)")
                  .arg(campaignsShown)
                  .arg(total)
            : tr("Phishing simulations: click and report rates"));
    m_phishingStack->setCurrentIndex(ChartPage);
    return true;
}

bool TrainingTrendsTab::isShowingCompletionHint() const
{
    return m_completionStack->currentIndex() == HintPage;
}

bool TrainingTrendsTab::isShowingPhishingHint() const
{
    return m_phishingStack->currentIndex() == HintPage;
}

QString TrainingTrendsTab::completionHintText() const
{
    return m_completionHint->text();
}

QString TrainingTrendsTab::phishingHintText() const
{
    return m_phishingHint->text();
}

} // namespace palisade::ui
