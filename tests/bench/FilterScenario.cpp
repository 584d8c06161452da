#include "core/util/SystemClock.h"
#include "tests/bench/BenchScenarios.h"
#include "tests/bench/RiskGenerator.h"
#include "ui/risk/RiskFilterProxyModel.h"
#include "ui/risk/RiskTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <algorithm>

namespace palisade::bench {

// The Risks page's search box over 100,000 risks in a visible, sorted table:
// "phishing" typed a letter at a time and erased again, three times; the
// figure is the slowest of those 48 keystrokes, each measured until the table
// has processed it.
Result<Measurement> measureFilterKeystroke(const BenchInput&)
{
    constexpr int riskCount = 100000;
    RiskGenerator generator;
    std::vector<Risk> risks;
    risks.reserve(riskCount);
    for (int i = 0; i < riskCount; ++i) {
        risks.push_back(generator.next(i));
        risks.back().id = i + 1;
    }
    ui::RiskTableModel model;
    model.setRisks(std::move(risks), {}, SystemClock().today());
    ui::RiskFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(ui::RiskTableModel::InherentColumn, Qt::DescendingOrder);
    view.horizontalHeader()->setSectionResizeMode(ui::RiskTableModel::TitleColumn,
                                                  QHeaderView::Stretch);
    view.resize(1100, 600);
    view.show();
    QApplication::processEvents();

    const QString word = QStringLiteral("phishing");
    std::vector<double> keystrokes;
    const auto type = [&](const QString& text) {
        QElapsedTimer timer;
        timer.start();
        proxy.setText(text);
        QApplication::processEvents();
        keystrokes.push_back(double(timer.nsecsElapsed()) / 1e6);
    };
    int matching = 0;
    for (int round = 0; round < 3; ++round) {
        for (qsizetype length = 1; length <= word.size(); ++length)
            type(word.left(length));
        matching = proxy.rowCount();
        for (qsizetype length = word.size() - 1; length >= 0; --length)
            type(word.left(length));
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    return Measurement{keystrokes.back(),
                       QStringLiteral("median keystroke %1 ms; %L2 rows match \"%3\"")
                           .arg(keystrokes[keystrokes.size() / 2], 0, 'f', 1)
                           .arg(matching)
                           .arg(word)};
}

} // namespace palisade::bench
