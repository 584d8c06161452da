#pragma once

#include "core/training/Course.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace palisade {
class Program;
}

namespace palisade::ui {

// The courses the program requires, one row per course: who must take it,
// how often, the score to pass and how long a completion counts.
class CourseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        KindColumn,
        RolesColumn,
        CadenceColumn,
        PassingScoreColumn,
        ValidityColumn,
        RetiredColumn,
        ColumnCount
    };

    explicit CourseTableModel(Program& program, QObject* parent = nullptr);

    bool reload();
    QString lastError() const { return m_lastError; }

    const Course& courseAt(int row) const { return m_courses.at(size_t(row)); }
    const std::vector<Course>& courses() const { return m_courses; }
    int rowForId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Course& course, int column) const;
    QVariant sortData(const Course& course, int column) const;

    Program& m_program;
    std::vector<Course> m_courses;
    QHash<QString, QString> m_roleLabels;
    QString m_lastError;
};

} // namespace palisade::ui
