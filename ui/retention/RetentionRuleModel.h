#pragma once

#include "core/retention/RetentionRule.h"

#include <QAbstractTableModel>
#include <vector>

namespace palisade::ui {

// The retention rule of every record type, read-only: what makes it a record,
// the dates its six years count from, what keeps it, the citation, and
// whether Palisade ever disposes of it.
class RetentionRuleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TypeColumn,
        RecordColumn,
        CreatedColumn,
        LastInEffectColumn,
        KeptWhileColumn,
        CitationColumn,
        DisposalColumn,
        ColumnCount
    };

    explicit RetentionRuleModel(QObject* parent = nullptr);

    const RetentionRule& ruleAt(int row) const { return m_rules.at(size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const RetentionRule& rule, int column) const;

    std::vector<RetentionRule> m_rules;
};

} // namespace palisade::ui
