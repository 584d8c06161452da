#include "ui/retention/RetentionRuleModel.h"

#include "core/retention/RetentionRules.h"

#include <QFont>

namespace palisade::ui {

RetentionRuleModel::RetentionRuleModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_rules(RetentionRules::all())
{
}

int RetentionRuleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RetentionRuleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetentionRuleModel::displayData(const RetentionRule& rule, int column) const
{
    switch (column) {
    case TypeColumn:
        return rule.label;
    case RecordColumn:
        return rule.record;
    case CreatedColumn:
        return rule.createdBasis;
    case LastInEffectColumn:
        return rule.lastInEffectBasis;
    case KeptWhileColumn:
        // What Palisade never disposes of has no "after".
        return rule.disposable ? tr("While %1, and six years after.").arg(rule.keptWhile)
                               : tr("While %1.").arg(rule.keptWhile);
    case CitationColumn:
        return rule.citation;
    case DisposalColumn:
        return rule.disposable ? tr("After six years") : tr("Never disposed");
    }
    return {};
}

QVariant RetentionRuleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RetentionRule& rule = m_rules[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayData(rule, index.column());
    case Qt::FontRole:
        if (index.column() == TypeColumn ||
            (index.column() == DisposalColumn && !rule.disposable)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant RetentionRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Record type");
    case RecordColumn:
        return tr("What makes it a record");
    case CreatedColumn:
        return tr("Created");
    case LastInEffectColumn:
        return tr("Last in effect");
    case KeptWhileColumn:
        return tr("Kept while");
    case CitationColumn:
        return tr("Citation");
    case DisposalColumn:
        return tr("Disposal");
    }
    return {};
}

} // namespace palisade::ui
