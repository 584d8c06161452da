#pragma once

#include "tests/bench/BenchScenario.h"
#include "tests/bench/MachineDescription.h"

#include <QDate>
#include <QString>
#include <vector>

namespace palisade::bench {

// palisade-bench's results: a table for the terminal and the summary section
// of docs/performance.md, which it replaces between its two marker comments
// (or puts before the first section the first time).
class PerformanceReport
{
public:
    struct Row
    {
        const BenchScenario* scenario = nullptr;
        std::vector<Measurement> runs; // one per run that succeeded
        long peakKb = -1;              // the largest of the runs
        QString failure;               // why a run failed; empty when none did

        // The run whose value is the median; runs must not be empty.
        const Measurement& medianRun() const;
        double median() const { return medianRun().value; }
        // "met", "NOT met", or "" without a target or a figure.
        QString verdict() const;
    };

    PerformanceReport(MachineDescription machine, QDate date, QString command);

    void add(Row row) { m_rows.push_back(std::move(row)); }
    const std::vector<Row>& rows() const { return m_rows; }

    static QString tableHeader();
    static QString tableLine(const Row& row);
    QString markdown() const;
    // Writes markdown() into the file at `path`; false with `error` set when
    // it cannot be read or written.
    bool writeInto(const QString& path, QString& error) const;

private:
    static QString figure(const Row& row);
    static QString target(const BenchScenario& scenario);

    MachineDescription m_machine;
    QDate m_date;
    QString m_command;
    std::vector<Row> m_rows;
};

} // namespace palisade::bench
