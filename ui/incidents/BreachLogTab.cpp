#include "ui/incidents/BreachLogTab.h"

#include "core/incidents/BreachLogExporter.h"
#include "core/incidents/BreachNotificationRules.h"
#include "core/incidents/BreachReporting.h"
#include "core/incidents/IncidentRegister.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "core/vendors/CounterpartyRegister.h"
#include "ui/incidents/BreachLogModel.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/RecordTable.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

namespace palisade::ui {

BreachLogTab::BreachLogTab(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_model(new BreachLogModel(this))
    , m_banner(new MessageBanner(this))
    , m_year(new QComboBox(this))
    , m_explanation(new QLabel(this))
    , m_csv(new QPushButton(tr("Export &CSV\u2026"), this))
    , m_xlsx(new QPushButton(tr("Export &XLSX\u2026"), this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("breachLogTab"));
    m_banner->setObjectName(QStringLiteral("breachLogBanner"));
    m_year->setObjectName(QStringLiteral("breachLogYear"));
    m_year->setAccessibleName(tr("Year of discovery"));
    m_explanation->setObjectName(QStringLiteral("breachLogExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_csv->setObjectName(QStringLiteral("exportBreachLogCsvButton"));
    m_csv->setToolTip(tr("Save the year's log as a CSV file, one row per breach"));
    m_xlsx->setObjectName(QStringLiteral("exportBreachLogXlsxButton"));
    m_xlsx->setToolTip(tr("Save the year's log as an Excel workbook"));
    m_empty->setObjectName(QStringLiteral("breachLogEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(24);

    m_table->setObjectName(QStringLiteral("breachLogTable"));
    RecordTable::setUp(m_table, m_model, BreachLogModel::DiscoveredColumn);
    m_table->setSortingEnabled(false); // in the order HHS lists them: by discovery
    m_table->setAccessibleName(tr("Breach log"));
    // The notices sent take the room left; the title gives way and shows in full on hover.
    RecordTable::fitColumns(m_table, BreachLogModel::NoticesColumn);
    QHeaderView* columns = m_table->horizontalHeader();
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    columns->setSectionResizeMode(BreachLogModel::TitleColumn, QHeaderView::Interactive);
    columns->resizeSection(BreachLogModel::TitleColumn, charWidth * 36);
    columns->setMinimumSectionSize(charWidth * 6);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* yearLabel = new QLabel(tr("&Year discovered:"), this);
    yearLabel->setBuddy(m_year);
    auto* top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch(1);
    top->addWidget(m_csv);
    top->addWidget(m_xlsx);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_explanation);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_year, m_csv);
    setTabOrder(m_csv, m_xlsx);
    setTabOrder(m_xlsx, m_table);

    connect(m_year, &QComboBox::currentIndexChanged, this, &BreachLogTab::showYear);
    connect(m_csv, &QPushButton::clicked, this, &BreachLogTab::exportCsv);
    connect(m_xlsx, &QPushButton::clicked, this, &BreachLogTab::exportXlsx);
    reload();
}

void BreachLogTab::reload()
{
    if (!m_program.isOpen())
        return;
    fillYears();
    showYear();
}

int BreachLogTab::year() const
{
    return m_year->currentData().toInt();
}

void BreachLogTab::setYear(int year)
{
    const int index = m_year->findData(year);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

QList<int> BreachLogTab::years() const
{
    QList<int> out;
    for (int i = 0; i < m_year->count(); ++i)
        out << m_year->itemData(i).toInt();
    return out;
}

void BreachLogTab::fillYears()
{
    const int thisYear = m_program.clock().today().year();
    const int chosen = m_year->count() > 0 ? year() : thisYear;
    std::set<int, std::greater<>> found{thisYear};
    if (const Result<std::vector<Incident>> incidents = m_program.incidents().incidents()) {
        for (const Incident& each : *incidents) {
            if (each.discoveredOn.isValid() &&
                BreachNotificationRules::isReportable(BreachNotificationRules::status(each)))
                found.insert(each.discoveredOn.year());
        }
    }
    const QSignalBlocker quiet(m_year);
    m_year->clear();
    for (const int each : found)
        m_year->addItem(QString::number(each), each);
    m_year->setCurrentIndex(std::max(0, m_year->findData(chosen)));
}

void BreachLogTab::showYear()
{
    const int chosen = year();
    const Result<std::vector<BreachLogEntry>> log = BreachReporting(m_program).breachLog(chosen);
    QHash<qint64, QString> names;
    if (const Result<std::vector<Counterparty>> parties =
            m_program.counterparties().counterparties())
        for (const Counterparty& each : *parties)
            names.insert(each.id, each.name);
    if (!log) {
        m_model->setEntries({}, names);
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The breach log could not be read: %1").arg(log.error().message));
    } else {
        m_model->setEntries(*log, names);
        if (m_banner->kind() == MessageBanner::Kind::Error)
            m_banner->clearMessage();
    }

    const QDate today = m_program.clock().today();
    const QDate due = BreachNotificationRules::annualLogDue(chosen);
    const QString dueText = QLocale().toString(due, QLocale::LongFormat);
    QString when;
    if (due == today)
        when = tr("That is today.");
    else if (due > today)
        when = tr("That is in %n day(s).", nullptr, int(today.daysTo(due)));
    else
        when = tr("That day has passed.");
    const int small = m_model->smallBreachCount();
    const int large = m_model->rowCount() - small;
    QStringList text;
    text << tr("Breaches affecting fewer than 500 people go to HHS within 60 days after the end "
               "of the year they were discovered in, through the HHS breach portal: for %1, by "
               "%2. %3")
                .arg(chosen)
                .arg(dueText, when);
    if (m_model->rowCount() > 0)
        text << tr("Discovered in %1: %n breach(es) affecting fewer than 500, for that "
                   "submission; %2 of 500 or more, each reported to HHS within 60 days of its "
                   "discovery.",
                   nullptr, small)
                    .arg(chosen)
                    .arg(large);
    m_explanation->setText(text.join(QLatin1Char('\n')));

    const bool empty = m_model->rowCount() == 0;
    m_empty->setText(tr("No breaches discovered in %1. Incidents assessed as a low probability "
                        "of compromise, or whose PHI was secured, are not breaches and are not "
                        "on the log; an incident not yet assessed is, since a breach is "
                        "presumed.")
                         .arg(chosen));
    m_stack->setCurrentIndex(empty ? 1 : 0);
    m_csv->setEnabled(!empty);
    m_xlsx->setEnabled(!empty);
}

bool BreachLogTab::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

QString BreachLogTab::suggestedPath(const QString& suffix) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(tr("breach-log-%1").arg(year()) + suffix);
}

void BreachLogTab::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Breach Log"),
                                                      suggestedPath(QStringLiteral(".csv")),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void BreachLogTab::exportXlsx()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Breach Log"), suggestedPath(QStringLiteral(".xlsx")),
        tr("Excel workbooks (*.xlsx);;All files (*)"));
    if (!path.isEmpty())
        exportXlsxTo(path);
}

bool BreachLogTab::exportCsvTo(const QString& path)
{
    return exportTo(path, false);
}

bool BreachLogTab::exportXlsxTo(const QString& path)
{
    return exportTo(path, true);
}

bool BreachLogTab::exportTo(const QString& path, bool xlsx)
{
    const BusyCursor busy;
    const Result<BreachLogExporter> exporter = BreachLogExporter::fromProgram(m_program, year());
    // The file dialog has asked before replacing a file.
    const Result<void> saved = !exporter ? Result<void>(exporter.error())
                               : xlsx    ? exporter->saveXlsx(path, OverwritePolicy::Replace)
                                         : exporter->saveCsv(path, OverwritePolicy::Replace);
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (!saved) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The breach log was not exported: %1").arg(saved.error().message));
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("The %1 breach log (%n breach(es)) was saved to %2. It holds PHI "
                             "details: keep it protected.",
                             nullptr, int(exporter->entries().size()))
                              .arg(year())
                              .arg(native));
    return true;
}

} // namespace palisade::ui
