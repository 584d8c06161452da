#pragma once

#include "core/retention/Disposal.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace palisade {
class Program;
}

namespace palisade::ui {

// The disposal log, one row per record destroyed: when and by whom, what it
// was, the last day it had to be kept, and the SHA-256 of its content, which
// is all that remains of it.
class DisposalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DisposedAtColumn,
        DisposedByColumn,
        TypeColumn,
        RecordColumn,
        KeptUntilColumn,
        Sha256Column,
        ColumnCount
    };

    explicit DisposalModel(Program& program, QObject* parent = nullptr);

    bool reload();
    QString lastError() const { return m_lastError; }

    const Disposal& disposalAt(int row) const { return m_disposals.at(size_t(row)); }
    int rowFor(const RecordRef& record) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Disposal& disposal, int column) const;

    Program& m_program;
    std::vector<Disposal> m_disposals;
    QHash<QString, QString> m_typeLabels;
    QString m_lastError;
};

} // namespace palisade::ui
