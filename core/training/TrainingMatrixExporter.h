#pragma once

#include "core/io/OverwritePolicy.h"
#include "core/io/XlsxSheet.h"
#include "core/training/Course.h"
#include "core/training/DueItem.h"
#include "core/training/Person.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace palisade {

class TrainingDueList;
class TrainingRegister;

// The training matrix on a day: one row per person on the workforce that day
// (hired on or before it and not terminated before it), by name, with their
// name, employee ID and department, then one entry per course in use that day
// (not retired), by title. Each entry is the state word (DueState) and the date
// that goes with it: the last completion for Complete and Ended by
// termination, the due date for Overdue, Due soon and Not yet due.
//
// The CSV file has one column per course, "Overdue (due 2026-03-01)"; text is
// guarded against formulas by CsvWriter. The XLSX sheet has two columns per
// course, the state word and the date as a real date cell.
class TrainingMatrixExporter
{
    Q_DECLARE_TR_FUNCTIONS(palisade::TrainingMatrixExporter)

public:
    struct Entry
    {
        DueState state = DueState::NotRequired;
        QDate date; // invalid when the state has none
    };

    TrainingMatrixExporter(const TrainingDueList& list, const QDate& asOf);
    static Result<TrainingMatrixExporter> fromRegister(const TrainingRegister& training,
                                                       const QDate& asOf);

    const QDate& asOf() const { return m_asOf; }
    const std::vector<Person>& people() const { return m_people; }
    const std::vector<Course>& courses() const { return m_courses; }
    // entries()[person][course], in the order of people() and courses().
    const std::vector<std::vector<Entry>>& entries() const { return m_entries; }

    static QString entryText(const Entry& entry);

    QStringList csvHeader() const;
    QList<QStringList> csvRows() const;
    XlsxSheet sheet() const;

    Result<void> saveCsv(const QString& path,
                         OverwritePolicy policy = OverwritePolicy::Refuse) const;
    Result<void> saveXlsx(const QString& path,
                          OverwritePolicy policy = OverwritePolicy::Refuse) const;

private:
    QDate m_asOf;
    std::vector<Person> m_people;
    std::vector<Course> m_courses;
    std::vector<std::vector<Entry>> m_entries;
};

} // namespace palisade
