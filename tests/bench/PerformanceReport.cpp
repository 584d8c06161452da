#include "tests/bench/PerformanceReport.h"

#include <QFile>
#include <QSaveFile>
#include <algorithm>

namespace palisade::bench {
namespace {

const QString beginMarker = QStringLiteral("<!-- palisade-bench: begin -->");
const QString endMarker = QStringLiteral("<!-- palisade-bench: end -->");

// Markdown source lines of at most 78 characters, as the rest of the file has.
QStringList wrapped(const QString& paragraph)
{
    QStringList lines;
    QString line;
    for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > 78) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

QString megabytes(long kb)
{
    return kb < 0 ? QStringLiteral("–")
                  : QStringLiteral("%L1 MB").arg(double(kb) / 1024.0, 0, 'f', 0);
}

} // namespace

const Measurement& PerformanceReport::Row::medianRun() const
{
    std::vector<const Measurement*> sorted;
    for (const Measurement& run : runs)
        sorted.push_back(&run);
    std::sort(sorted.begin(), sorted.end(),
              [](const Measurement* a, const Measurement* b) { return a->value < b->value; });
    return *sorted[sorted.size() / 2];
}

QString PerformanceReport::Row::verdict() const
{
    if (runs.empty() || (!scenario->target && !scenario->targetPeakMb))
        return {};
    const bool timeMet = !scenario->target || median() < *scenario->target;
    const bool memoryMet = !scenario->targetPeakMb || peakKb / 1024 < *scenario->targetPeakMb;
    return timeMet && memoryMet ? QStringLiteral("met") : QStringLiteral("NOT met");
}

PerformanceReport::PerformanceReport(MachineDescription machine, QDate date, QString command)
    : m_machine(std::move(machine))
    , m_date(date)
    , m_command(std::move(command))
{
}

QString PerformanceReport::figure(const Row& row)
{
    if (row.runs.empty())
        return QStringLiteral("failed");
    const int decimals = row.scenario->unit == QStringLiteral("ms") ? 1 : 2;
    return QStringLiteral("%1 %2").arg(row.median(), 0, 'f', decimals).arg(row.scenario->unit);
}

QString PerformanceReport::target(const BenchScenario& scenario)
{
    QStringList parts;
    if (scenario.target)
        parts.append(QStringLiteral("< %1 %2").arg(*scenario.target).arg(scenario.unit));
    if (scenario.targetPeakMb)
        parts.append(QStringLiteral("< %1 MB").arg(*scenario.targetPeakMb));
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral(", "));
}

QString PerformanceReport::tableHeader()
{
    return QStringLiteral("| Measure | Median | Target | | Peak memory | Runs | Notes |\n"
                          "|---|--:|--:|---|--:|--:|---|");
}

QString PerformanceReport::tableLine(const Row& row)
{
    const QString notes = !row.failure.isEmpty() ? row.failure
                          : row.runs.empty()     ? QString()
                                                 : row.medianRun().note;
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
        .arg(row.scenario->title, figure(row), target(*row.scenario), row.verdict(),
             megabytes(row.peakKb), QString::number(row.runs.size()), notes);
}

QString PerformanceReport::markdown() const
{
    QStringList lines;
    lines << beginMarker << QStringLiteral("## Summary: `palisade-bench`") << QString()
          << wrapped(
                 QStringLiteral("Measured on %1 with `%2`, on %3 Each figure is the median of its "
                                "runs, each run a fresh process, and the peak memory the largest "
                                "resident set (VmHWM) of those processes. The large program is "
                                "`palisade-cli demo --scale large --seed 1`. The sections below "
                                "explain the figures and how they were reached.")
                     .arg(m_date.toString(Qt::ISODate), m_command, m_machine.sentence()))
          << QString() << tableHeader();
    for (const Row& row : m_rows)
        lines << tableLine(row);
    lines << endMarker;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool PerformanceReport::writeInto(const QString& path, QString& error) const
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        error = in.errorString();
        return false;
    }
    QString text = QString::fromUtf8(in.readAll());
    in.close();
    const qsizetype begin = text.indexOf(beginMarker);
    const qsizetype end = text.indexOf(endMarker);
    if (begin >= 0 && end > begin) {
        qsizetype after = end + endMarker.size();
        if (after < text.size() && text.at(after) == QLatin1Char('\n'))
            ++after;
        text.replace(begin, after - begin, markdown());
    } else {
        const qsizetype firstSection = text.indexOf(QStringLiteral("\n## "));
        const qsizetype at = firstSection < 0 ? text.size() : firstSection + 1;
        text.insert(at, markdown() + QLatin1Char('\n'));
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0 || !out.commit()) {
        error = out.errorString();
        return false;
    }
    return true;
}

} // namespace palisade::bench
