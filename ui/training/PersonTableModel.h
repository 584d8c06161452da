#pragma once

#include "core/training/Person.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <vector>

namespace palisade {
class Program;
}

namespace palisade::ui {

// The workforce roster, one row per person, with their roles by label.
class PersonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        EmployeeIdColumn,
        DepartmentColumn,
        RolesColumn,
        HiredColumn,
        PhiAccessColumn,
        StatusColumn,
        ColumnCount
    };

    explicit PersonTableModel(Program& program, QObject* parent = nullptr);

    // Reads the people and the role labels again; false (see lastError()) when they could not be
    // read.
    bool reload();
    QString lastError() const { return m_lastError; }

    const Person& personAt(int row) const { return m_people.at(size_t(row)); }
    const std::vector<Person>& people() const { return m_people; }
    int rowForId(qint64 id) const;
    // The departments named on file, sorted, without duplicates.
    QStringList departments() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Person& person, int column) const;
    QVariant sortData(const Person& person, int column) const;

    Program& m_program;
    std::vector<Person> m_people;
    QHash<QString, QString> m_roleLabels;
    QString m_lastError;
};

} // namespace palisade::ui
