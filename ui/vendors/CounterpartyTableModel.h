#pragma once

#include "core/vendors/Agreement.h"
#include "core/vendors/BaaDueItem.h"
#include "core/vendors/Counterparty.h"

#include <QAbstractTableModel>
#include <QDate>
#include <vector>

namespace palisade {
class Program;
}

namespace palisade::ui {

// Covered entities, subcontractors and other vendors, one row each, with how
// many agreements name them and whether one is in effect today. A
// counterparty that shares PHI with no agreement in effect is a finding.
class CounterpartyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RelationshipColumn,
        ServicesColumn,
        PhiColumn,
        AgreementsColumn,
        InEffectColumn,
        ColumnCount
    };

    explicit CounterpartyTableModel(Program& program, QObject* parent = nullptr);

    // Reads the counterparties, their agreements and the due list again.
    bool reload();
    QString lastError() const { return m_lastError; }
    QDate today() const { return m_today; }

    const Counterparty& counterpartyAt(int row) const
    {
        return m_rows.at(size_t(row)).counterparty;
    }
    int rowForId(qint64 id) const;
    int agreementCount(qint64 id) const;
    bool hasAgreementInEffect(qint64 id) const;
    // Counterparties sharing PHI with no agreement in effect.
    int findingCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Counterparty counterparty;
        int agreements = 0;
        bool inEffect = false;
        QStringList statusKeys;
        QStringList dueMessages;
    };

    static bool isFinding(const Row& row) { return row.counterparty.sharesPhi && !row.inEffect; }
    QVariant displayData(const Row& row, int column) const;
    QVariant sortData(const Row& row, int column) const;
    static QString searchText(const Counterparty& counterparty);

    Program& m_program;
    std::vector<Row> m_rows;
    QDate m_today;
    QString m_lastError;
};

} // namespace palisade::ui
