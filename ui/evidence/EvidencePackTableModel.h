#pragma once

#include "core/evidence/EvidencePack.h"

#include <QAbstractTableModel>
#include <vector>

namespace palisade {
class Program;
}

namespace palisade::ui {

// The evidence packs exported from the program file, one row each, newest
// first: what each covers, for whom, when it was exported and the SHA-256
// that recognises the file later.
class EvidencePackTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PackIdColumn,
        PeriodColumn,
        SectionsColumn,
        PreparedForColumn,
        PreparedByColumn,
        ExportedAtColumn,
        PagesColumn,
        FileNameColumn,
        ShaColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1,
        PackIdRole, // QString
    };

    explicit EvidencePackTableModel(Program& program, QObject* parent = nullptr);

    // Reads the packs again; false (with lastError()) when they cannot be read.
    bool reload();
    QString lastError() const { return m_lastError; }

    const EvidencePack& packAt(int row) const { return m_packs.at(size_t(row)); }
    int rowForPackId(const QString& packId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const EvidencePack& pack, int column) const;
    QVariant toolTip(const EvidencePack& pack, int column) const;
    QVariant sortData(const EvidencePack& pack, int column) const;

    Program& m_program;
    std::vector<EvidencePack> m_packs;
    QString m_lastError;
};

} // namespace palisade::ui
