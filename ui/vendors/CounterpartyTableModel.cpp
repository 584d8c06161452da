#include "ui/vendors/CounterpartyTableModel.h"

#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "ui/assets/FindingMark.h"
#include "ui/vendors/VendorRoles.h"

#include <QFont>
#include <algorithm>

namespace palisade::ui {

CounterpartyTableModel::CounterpartyTableModel(Program& program, QObject* parent)
    : QAbstractTableModel(parent)
    , m_program(program)
{
}

bool CounterpartyTableModel::reload()
{
    if (!m_program.isOpen())
        return false;
    const QDate today = m_program.clock().today();
    Result<std::vector<Counterparty>> counterparties = m_program.counterparties().counterparties();
    Result<std::vector<Agreement>> agreements = m_program.baas().agreements();
    Result<std::vector<BaaDueItem>> due = m_program.baas().due(today);
    const Error* failed = !counterparties ? &counterparties.error()
                          : !agreements   ? &agreements.error()
                          : !due          ? &due.error()
                                          : nullptr;
    if (failed) {
        m_lastError = failed->message;
        beginResetModel();
        m_rows.clear();
        endResetModel();
        return false;
    }
    std::vector<Row> rows;
    rows.reserve(counterparties->size());
    for (const Counterparty& counterparty : *counterparties) {
        Row row;
        row.counterparty = counterparty;
        for (const Agreement& agreement : *agreements) {
            if (agreement.counterpartyId != counterparty.id)
                continue;
            ++row.agreements;
            row.inEffect = row.inEffect || agreement.inEffectOn(today);
            row.statusKeys << agreementStatusKey(agreement.status);
        }
        for (const BaaDueItem& item : *due) {
            if (item.counterpartyId == counterparty.id)
                row.dueMessages << item.message;
        }
        rows.push_back(std::move(row));
    }
    m_lastError.clear();
    beginResetModel();
    m_today = today;
    m_rows = std::move(rows);
    endResetModel();
    return true;
}

int CounterpartyTableModel::rowForId(qint64 id) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [id](const Row& row) { return row.counterparty.id == id; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int CounterpartyTableModel::agreementCount(qint64 id) const
{
    const int row = rowForId(id);
    return row < 0 ? 0 : m_rows[size_t(row)].agreements;
}

bool CounterpartyTableModel::hasAgreementInEffect(qint64 id) const
{
    const int row = rowForId(id);
    return row >= 0 && m_rows[size_t(row)].inEffect;
}

int CounterpartyTableModel::findingCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), &CounterpartyTableModel::isFinding));
}

int CounterpartyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CounterpartyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CounterpartyTableModel::displayData(const Row& row, int column) const
{
    const Counterparty& counterparty = row.counterparty;
    switch (column) {
    case NameColumn:
        return counterparty.name;
    case RelationshipColumn:
        return counterpartyRelationshipLabel(counterparty.relationship);
    case ServicesColumn:
        return QString(counterparty.services).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case PhiColumn:
        return counterparty.sharesPhi ? tr("Yes") : tr("No");
    case AgreementsColumn:
        return row.agreements;
    case InEffectColumn:
        if (row.inEffect)
            return tr("Yes");
        return isFinding(row) ? tr("No \u2014 finding") : tr("No");
    }
    return {};
}

QVariant CounterpartyTableModel::sortData(const Row& row, int column) const
{
    switch (column) {
    case PhiColumn:
        return row.counterparty.sharesPhi ? 1 : 0;
    case InEffectColumn:
        // Findings first when sorted ascending, then no agreement, then in effect.
        return row.inEffect ? 2 : (isFinding(row) ? 0 : 1);
    default:
        return displayData(row, column);
    }
}

QVariant CounterpartyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    const int column = index.column();
    const bool finding = column == InEffectColumn && isFinding(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::DecorationRole:
        if (finding)
            return findingmark::icon();
        break;
    case Qt::ForegroundRole:
        if (finding)
            return findingmark::color();
        break;
    case Qt::FontRole:
        if (finding) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
        case ServicesColumn:
            return displayData(row, column);
        case PhiColumn:
            return row.counterparty.phiTypes.isEmpty() ? QVariant() : row.counterparty.phiTypes;
        case InEffectColumn:
            if (row.inEffect)
                return tr("A business associate agreement is in effect today.");
            if (finding)
                return tr("PHI is shared with %1, but no business associate agreement is in "
                          "effect: a finding (164.502(e), 164.308(b)).")
                    .arg(row.counterparty.name);
            return tr("No agreement in effect; none is needed while no PHI is shared.");
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == AgreementsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::AccessibleTextRole:
        if (finding)
            return tr("No business associate agreement in effect (finding)");
        break;
    case vendorrole::SortRole:
        return sortData(row, column);
    case vendorrole::IdRole:
        return row.counterparty.id;
    case vendorrole::SearchTextRole:
        return searchText(row.counterparty);
    case vendorrole::StatusKeysRole:
        return row.statusKeys;
    case vendorrole::DirectionKeyRole:
        return agreementDirectionKey(row.counterparty.relationship ==
                                             CounterpartyRelationship::CoveredEntity
                                         ? AgreementDirection::Upstream
                                         : AgreementDirection::Downstream);
    case vendorrole::AttentionRole:
        return !row.dueMessages.isEmpty();
    default:
        break;
    }
    return {};
}

QVariant CounterpartyTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && section == AgreementsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PhiColumn:
            return tr("Whether protected health information flows to or from them");
        case AgreementsColumn:
            return tr("Business associate agreements recorded with them, in any status");
        case InEffectColumn:
            return tr("Whether a signed agreement is in effect today; sharing PHI without one "
                      "is a finding");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RelationshipColumn:
        return tr("Relationship");
    case ServicesColumn:
        return tr("Services");
    case PhiColumn:
        return tr("PHI shared");
    case AgreementsColumn:
        return tr("Agreements");
    case InEffectColumn:
        return tr("BAA in effect");
    }
    return {};
}

QString CounterpartyTableModel::searchText(const Counterparty& counterparty)
{
    QStringList parts{counterparty.name, counterpartyRelationshipLabel(counterparty.relationship),
                      counterparty.services, counterparty.phiTypes, counterparty.notes};
    for (const Contact& contact : counterparty.contacts)
        parts << contact.name << contact.role << contact.email << contact.phone;
    return parts.join(QLatin1Char('\n'));
}

} // namespace palisade::ui
