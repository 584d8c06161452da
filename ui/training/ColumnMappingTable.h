#pragma once

#include "core/training/ImportKind.h"
#include "core/training/TrainingColumnMapping.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;

namespace palisade::ui {

// The mapping step of a training import: one row per field of the import
// (TrainingColumns), its label, whether it is required, a choice among the
// file's column headers or "(not in this file)", and the value the chosen
// column holds in the first data row, so a wrong choice shows at once.
class ColumnMappingTable : public QWidget
{
    Q_OBJECT

public:
    explicit ColumnMappingTable(QWidget* parent = nullptr);

    // Rebuilds the rows for `kind` over a file with `header`; `firstRow` is
    // its first data record (may be empty). Every field starts unmapped.
    void setColumns(ImportKind kind, const QStringList& header, const QStringList& firstRow);
    // Selects, for each field, the column of the header that `mapping` names
    // for it; a field whose column is not in the file is left unmapped.
    void setMapping(const TrainingColumnMapping& mapping);
    // The header text chosen per field; "" for fields left unmapped.
    TrainingColumnMapping mapping() const;

    ImportKind kind() const { return m_kind; }
    QStringList header() const { return m_header; }
    QStringList fields() const { return m_fields; }
    QComboBox* comboFor(const QString& field) const;
    // The index in the header of the field's chosen column, -1 when unmapped.
    int columnIndex(const QString& field) const;
    // The chosen column's value in the first row, as shown beside it.
    QString sampleText(const QString& field) const;

    // Required fields without a column, and fields whose column is named
    // more than once in the file; empty when the mapping can be imported.
    QStringList missingRequired() const;
    QStringList ambiguous() const;

signals:
    void mappingChanged();

private:
    struct Row
    {
        QString field;
        QLabel* label = nullptr;
        QLabel* need = nullptr;
        QComboBox* combo = nullptr;
        QLabel* sample = nullptr;
    };

    void clearRows();
    void updateSample(const Row& row);

    QGridLayout* m_grid;
    ImportKind m_kind = ImportKind::Completions;
    QStringList m_header;
    QStringList m_firstRow;
    QStringList m_fields;
    QList<Row> m_rows;
};

} // namespace palisade::ui
