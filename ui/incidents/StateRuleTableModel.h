#pragma once

#include "core/incidents/StateNotificationRule.h"

#include <QAbstractTableModel>
#include <vector>

namespace palisade::ui {

// The States' breach-notice rules: jurisdiction, authority, from how many
// residents, within how many days, citation and note.
class StateRuleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        JurisdictionColumn,
        AuthorityColumn,
        ThresholdColumn,
        DaysColumn,
        CitationColumn,
        NotesColumn,
        ColumnCount,
    };
    enum Role
    {
        RuleIdRole = Qt::UserRole + 1,
    };

    explicit StateRuleTableModel(QObject* parent = nullptr);

    void setRules(std::vector<StateNotificationRule> rules);
    const StateNotificationRule& ruleAt(int row) const { return m_rules[std::size_t(row)]; }
    int rowForId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<StateNotificationRule> m_rules;
};

} // namespace palisade::ui
