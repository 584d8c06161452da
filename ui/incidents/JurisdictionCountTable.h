#pragma once

#include "core/incidents/JurisdictionCount.h"

#include <QWidget>
#include <vector>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace palisade::ui {

// How many affected individuals live in each State or jurisdiction: a
// two-column editable table (USPS code, count) with Add and Remove buttons and
// the running total. The codes are checked by the register, not here, so
// what the user typed is kept as typed until saving.
class JurisdictionCountTable : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        JurisdictionColumn,
        IndividualsColumn,
    };

    explicit JurisdictionCountTable(QWidget* parent = nullptr);

    // Rows with neither a code nor a count are left out.
    std::vector<JurisdictionCount> counts() const;
    void setCounts(const std::vector<JurisdictionCount>& counts);
    int total() const;

    void addRow();
    void removeSelected();
    void setReadOnly(bool readOnly);

    QTableView* table() const { return m_table; }
    QStandardItemModel* model() const { return m_model; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* totalLabel() const { return m_total; }

signals:
    void countsChanged();

private:
    void updateTotal();

    QStandardItemModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_total;
};

} // namespace palisade::ui
