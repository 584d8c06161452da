#include "ui/incidents/StateRuleTableModel.h"

#include <QLocale>

namespace palisade::ui {

StateRuleTableModel::StateRuleTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void StateRuleTableModel::setRules(std::vector<StateNotificationRule> rules)
{
    beginResetModel();
    m_rules = std::move(rules);
    endResetModel();
}

int StateRuleTableModel::rowForId(qint64 id) const
{
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        if (m_rules[i].id == id)
            return int(i);
    }
    return -1;
}

int StateRuleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int StateRuleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StateRuleTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StateNotificationRule& rule = m_rules[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case JurisdictionColumn:
            return rule.jurisdiction;
        case AuthorityColumn:
            return rule.authority;
        case ThresholdColumn:
            return tr("%1 or more").arg(QLocale().toString(rule.minimumResidents));
        case DaysColumn:
            return tr("%n day(s)", nullptr, rule.days);
        case CitationColumn:
            return rule.citation;
        case NotesColumn:
            return rule.notes.section(QLatin1Char('\n'), 0, 0);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ThresholdColumn || index.column() == DaysColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        return tr("Notify %1 within %n day(s) of discovery when at least %2 residents of %3 are "
                  "affected.",
                  nullptr, rule.days)
                   .arg(rule.authority, QLocale().toString(rule.minimumResidents),
                        rule.jurisdiction) +
               (rule.notes.isEmpty() ? QString() : QStringLiteral("\n\n") + rule.notes);
    case RuleIdRole:
        return rule.id;
    default:
        break;
    }
    return {};
}

QVariant StateRuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case JurisdictionColumn:
        return tr("State");
    case AuthorityColumn:
        return tr("Authority notified");
    case ThresholdColumn:
        return tr("Residents affected");
    case DaysColumn:
        return tr("Notice within");
    case CitationColumn:
        return tr("Citation");
    case NotesColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace palisade::ui
