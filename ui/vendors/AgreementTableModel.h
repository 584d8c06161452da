#pragma once

#include "core/vendors/Agreement.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <vector>

namespace palisade {
class Program;
}

namespace palisade::ui {

// Business associate agreements, one row each: reference, counterparty,
// direction, status, the dates that matter, notice deadlines, how complete
// the required-provisions checklist is and how many signed documents are
// kept. An overdue review or a lapsed expiry is shown in red.
class AgreementTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ReferenceColumn,
        TitleColumn,
        CounterpartyColumn,
        DirectionColumn,
        StatusColumn,
        EffectiveColumn,
        ExpiresColumn,
        NextReviewColumn,
        NoticeColumn,
        CompletenessColumn,
        DocumentsColumn,
        ColumnCount
    };

    explicit AgreementTableModel(Program& program, QObject* parent = nullptr);

    bool reload();
    QString lastError() const { return m_lastError; }
    QDate today() const { return m_today; }

    const Agreement& agreementAt(int row) const { return m_rows.at(size_t(row)).agreement; }
    int rowForId(qint64 id) const;
    QString counterpartyName(qint64 counterpartyId) const { return m_names.value(counterpartyId); }
    int documentCount(qint64 agreementId) const;
    bool isReviewOverdue(const Agreement& agreement) const;
    bool isExpiredButActive(const Agreement& agreement) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Agreement agreement;
        int documents = 0;
        int percent = 0;
        QString completeness;
        QStringList dueMessages;
    };

    QVariant displayData(const Row& row, int column) const;
    QVariant sortData(const Row& row, int column) const;
    QVariant toolTip(const Row& row, int column) const;
    bool isRed(const Row& row, int column) const;
    QString searchText(const Agreement& agreement) const;

    Program& m_program;
    std::vector<Row> m_rows;
    QHash<qint64, QString> m_names;
    QDate m_today;
    QString m_lastError;
};

} // namespace palisade::ui
