#pragma once

#include "core/training/Course.h"
#include "core/training/DueItem.h"
#include "core/training/Person.h"
#include "core/training/WorkforceRole.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <optional>
#include <vector>

namespace palisade {
class Program;
}

namespace palisade::ui {

// Who was trained on what on one day: a row per member of the workforce (as
// of that day), a column per course in use that applies to anyone, each cell
// the person's due state for the course in a few words, coloured by
// DueStateColors. Column 0 names the person and their department.
class TrainingMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PersonColumn = 0;

    enum Role
    {
        SortRole = Qt::UserRole + 1,
        DueStateRole,       // int(DueState); invalid when the course does not apply
        DaysOverdueRole,    // int
        MaxDaysOverdueRole, // int: the person's most days overdue on any course
        OverdueCountRole,   // int: how many of the person's courses are overdue
        PersonIdRole,       // qint64
        CourseIdRole,       // qint64; column headers only and cells
        DepartmentRole,     // QString
        PersonRolesRole,    // QStringList of WorkforceRole keys
        AppliesRole,        // bool: the course applies to the person's roles
    };

    explicit TrainingMatrixModel(Program& program, QObject* parent = nullptr);

    QDate asOf() const { return m_asOf; }
    // Sets the day and reloads.
    bool setAsOf(const QDate& asOf);
    bool reload();
    QString lastError() const { return m_lastError; }

    // Everyone and everything on file, before the as-of day is applied:
    // tells "nothing recorded yet" from "nothing on that day".
    int peopleOnFile() const { return m_peopleOnFile; }
    int coursesOnFile() const { return m_coursesOnFile; }

    int personCount() const { return int(m_people.size()); }
    int courseCount() const { return int(m_courses.size()); }
    const Person& personAt(int row) const { return m_people.at(size_t(row)); }
    // column >= 1
    const Course& courseAt(int column) const { return m_courses.at(size_t(column - 1)); }
    // The due item behind a cell; none when the course does not apply.
    std::optional<DueItem> itemAt(int row, int column) const;
    int maxDaysOverdue(int row) const;
    int overdueCount(int row) const;
    int rowForPerson(qint64 personId) const;
    int columnForCourse(qint64 courseId) const;
    const std::vector<WorkforceRole>& roles() const { return m_roles; }
    QStringList departments() const; // distinct, sorted, without blanks

    // The words in a cell: "Overdue 12 d", "Due 2026-12-01", "Complete",
    // "Not yet due", "Ended", or a dash when the course is not required.
    static QString cellText(const std::optional<DueItem>& item);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant personData(int row, int role) const;
    QVariant cellData(int row, int column, int role) const;
    QString cellToolTip(const Person& person, const Course& course,
                        const std::optional<DueItem>& item) const;
    QString accessibleText(const Person& person, const Course& course,
                           const std::optional<DueItem>& item) const;
    int urgency(const std::optional<DueItem>& item) const;

    Program& m_program;
    QDate m_asOf;
    std::vector<Person> m_people;
    std::vector<Course> m_courses;
    // m_items[row][column - 1]
    std::vector<std::vector<std::optional<DueItem>>> m_items;
    std::vector<int> m_maxOverdue;
    std::vector<int> m_overdueCount;
    std::vector<WorkforceRole> m_roles;
    QHash<QString, QString> m_roleLabels;
    int m_peopleOnFile = 0;
    int m_coursesOnFile = 0;
    QString m_lastError;
};

} // namespace palisade::ui
