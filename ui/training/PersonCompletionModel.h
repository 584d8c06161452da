#pragma once

#include "core/training/Completion.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace palisade {
class Program;
}

namespace palisade::ui {

// One person's completions, newest first: the course, the day, the score and
// whether it passed, how it came into the file and whether a certificate is
// kept with it.
class PersonCompletionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CourseColumn,
        DateColumn,
        ScoreColumn,
        PassedColumn,
        SourceColumn,
        CertificateColumn,
        ColumnCount
    };

    explicit PersonCompletionModel(Program& program, QObject* parent = nullptr);

    // Shows the completions of `personId`; 0 shows none.
    bool load(qint64 personId);
    bool reload() { return load(m_personId); }
    qint64 personId() const { return m_personId; }
    QString lastError() const { return m_lastError; }

    const Completion& completionAt(int row) const { return m_completions.at(size_t(row)); }
    int rowForId(qint64 id) const;
    QString courseTitle(qint64 courseId) const { return m_courseTitles.value(courseId); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Completion& completion, int column) const;

    Program& m_program;
    qint64 m_personId = 0;
    std::vector<Completion> m_completions;
    QHash<qint64, QString> m_courseTitles;
    QString m_lastError;
};

} // namespace palisade::ui
