#include "ui/risk/RiskTableModel.h"

#include "core/risk/RiskHeatMapRenderer.h"
#include "core/risk/RiskRegister.h"

#include <QCollator>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <algorithm>
#include <limits>
#include <map>
#include <numeric>

namespace palisade::ui {
namespace {

constexpr qint64 noDateKey = std::numeric_limits<qint64>::max();
constexpr int maxToolTipLength = 400;

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

// Readable on the light Fusion and Windows bases and on a dark base alike.
QColor alertColor()
{
    return darkPalette() ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QString elided(const QString& text)
{
    if (text.size() <= maxToolTipLength)
        return text;
    return text.left(maxToolTipLength - 1) + QChar(0x2026);
}

qint64 dateKey(const QDate& date)
{
    return date.isValid() ? date.toJulianDay() : noDateKey;
}

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

bool isSevere(RiskLevel level)
{
    return level >= RiskLevel::High;
}

// The cells that turn red and bold because something about the risk is late.
bool isAlertCell(const RiskTableModel::Row& row, int column)
{
    return (column == RiskTableModel::DueColumn && row.attention.pastDue) ||
           (column == RiskTableModel::ReviewColumn && row.attention.reassessmentDue) ||
           (column == RiskTableModel::StatusColumn && row.attention.acceptanceLapsed) ||
           (column == RiskTableModel::TasksColumn && row.attention.overdueTasks > 0);
}

} // namespace

RiskTableModel::RiskTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_overdueIcon(overdueIcon())
{
    for (const RiskLevel level : allRiskLevels())
        m_levelIcons[riskLevelIndex(level)] = levelIcon(level);
}

Result<void> RiskTableModel::load(const RiskRegister& risks, const QDate& today)
{
    Result<std::vector<Risk>> all = risks.risks();
    if (!all)
        return all.error();
    Result<std::vector<RemediationTask>> tasks = risks.allTasks();
    if (!tasks)
        return tasks.error();
    setRisks(std::move(*all), *tasks, today);
    return {};
}

RiskTableModel::Row RiskTableModel::makeRow(Risk risk, std::span<const RemediationTask> tasks) const
{
    Row row;
    row.attention = RiskAttention::of(risk, tasks, m_today);
    const QStringList parts = {
        riskReference(risk.id), risk.title,       risk.description,  risk.owner,
        risk.threatSource,      risk.threatEvent, risk.vulnerability};
    row.haystack = parts.join(QLatin1Char('\n')).toCaseFolded();
    row.risk = std::move(risk);
    return row;
}

void RiskTableModel::setRisks(std::vector<Risk> risks, std::span<const RemediationTask> tasks,
                              const QDate& today)
{
    std::sort(risks.begin(), risks.end(), [](const Risk& a, const Risk& b) { return a.id < b.id; });
    std::vector<RemediationTask> byRisk(tasks.begin(), tasks.end());
    std::stable_sort(
        byRisk.begin(), byRisk.end(),
        [](const RemediationTask& a, const RemediationTask& b) { return a.riskId < b.riskId; });
    m_today = today;
    std::vector<Row> rows;
    rows.reserve(risks.size());
    // Both lists ascend by risk id, so one pass hands each risk its own tasks.
    auto task = byRisk.cbegin();
    for (Risk& risk : risks) {
        while (task != byRisk.cend() && task->riskId < risk.id)
            ++task;
        auto end = task;
        while (end != byRisk.cend() && end->riskId == risk.id)
            ++end;
        rows.push_back(makeRow(std::move(risk), std::span<const RemediationTask>(task, end)));
        task = end;
    }

    if (m_rows.empty() || rows.empty()) {
        beginResetModel();
        m_rows = std::move(rows);
        forgetRanks();
        if (m_sortColumn >= 0)
            reorder(sortedOrder());
        endResetModel();
        return;
    }

    const auto findNew = [&rows](qint64 id) -> Row* {
        const auto it =
            std::lower_bound(rows.begin(), rows.end(), id,
                             [](const Row& row, qint64 value) { return row.risk.id < value; });
        return it != rows.end() && it->risk.id == id ? &*it : nullptr;
    };

    // Rows of risks that are gone, back to front so earlier row numbers stay valid.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (findNew(m_rows[size_t(last)].risk.id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !findNew(m_rows[size_t(first - 1)].risk.id))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        forgetRanks();
        endRemoveRows();
        last = first - 1;
    }

    // Risks still there: replace those that changed, in runs of rows.
    bool reorderNeeded = false;
    std::vector<qint64> known;
    known.reserve(m_rows.size());
    for (const Row& row : m_rows)
        known.push_back(row.risk.id);
    for (size_t first = 0; first < m_rows.size();) {
        if (*findNew(m_rows[first].risk.id) == m_rows[first]) {
            ++first;
            continue;
        }
        size_t last = first;
        while (last + 1 < m_rows.size() &&
               !(*findNew(m_rows[last + 1].risk.id) == m_rows[last + 1]))
            ++last;
        for (size_t row = first; row <= last; ++row) {
            Row& replacement = *findNew(m_rows[row].risk.id);
            reorderNeeded = reorderNeeded || !sameSortPlace(m_rows[row], replacement);
            m_rows[row] = std::move(replacement);
        }
        forgetRanks();
        emit dataChanged(index(int(first), 0), index(int(last), ColumnCount - 1));
        first = last + 1;
    }

    // New risks go at the end in one run, then the sort puts them in place.
    std::sort(known.begin(), known.end());
    std::vector<Row> added;
    for (Row& row : rows) {
        if (!std::binary_search(known.begin(), known.end(), row.risk.id))
            added.push_back(std::move(row));
    }
    if (!added.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.insert(m_rows.end(), std::make_move_iterator(added.begin()),
                      std::make_move_iterator(added.end()));
        forgetRanks();
        endInsertRows();
        reorderNeeded = true;
    }
    if (reorderNeeded)
        applySort();
}

void RiskTableModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    forgetRanks();
    endResetModel();
}

bool RiskTableModel::sameSortPlace(const Row& a, const Row& b) const
{
    switch (m_sortColumn) {
    case -1:
        return true;
    case TitleColumn:
        return a.risk.title == b.risk.title;
    case OwnerColumn:
        return a.risk.owner == b.risk.owner;
    default:
        return keyOf(a, m_sortColumn) == keyOf(b, m_sortColumn);
    }
}

void RiskTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        m_sortColumn = -1;
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
}

std::vector<int> RiskTableModel::sortedOrder() const
{
    const size_t count = m_rows.size();
    std::vector<qint64> keys(count);
    for (size_t row = 0; row < count; ++row)
        keys[row] = sortKey(int(row), m_sortColumn);
    std::vector<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    // Rows with equal keys stay in reference order whichever way the column sorts.
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const qint64 ka = keys[size_t(a)];
        const qint64 kb = keys[size_t(b)];
        if (ka != kb)
            return ascending ? ka < kb : ka > kb;
        return m_rows[size_t(a)].risk.id < m_rows[size_t(b)].risk.id;
    });
    return order;
}

void RiskTableModel::reorder(const std::vector<int>& order)
{
    std::vector<Row> sorted;
    sorted.reserve(m_rows.size());
    for (const int row : order)
        sorted.push_back(std::move(m_rows[size_t(row)]));
    m_rows = std::move(sorted);
    for (std::vector<int>& ranks : m_ranks) {
        if (ranks.empty())
            continue;
        std::vector<int> moved(ranks.size());
        for (size_t row = 0; row < order.size(); ++row)
            moved[row] = ranks[size_t(order[row])];
        ranks = std::move(moved);
    }
}

void RiskTableModel::applySort()
{
    if (m_sortColumn < 0 || m_rows.size() < 2)
        return;
    const std::vector<int> order = sortedOrder();
    bool unchanged = true;
    for (size_t row = 0; row < order.size() && unchanged; ++row)
        unchanged = order[row] == int(row);
    if (unchanged)
        return;

    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> newRow(order.size());
    for (size_t row = 0; row < order.size(); ++row)
        newRow[size_t(order[row])] = int(row);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& old : before)
        after << index(newRow[size_t(old.row())], old.column());
    reorder(order);
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int RiskTableModel::rowForId(qint64 id) const
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].risk.id == id)
            return int(row);
    }
    return -1;
}

QModelIndex RiskTableModel::index(int row, int column, const QModelIndex& parent) const
{
    // Without the base class's virtual rowCount()/columnCount() round trip:
    // views and proxies ask for many indexes on a large register.
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_rows.size()) ||
        column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

void RiskTableModel::forgetRanks()
{
    for (std::vector<int>& ranks : m_ranks)
        ranks.clear();
}

const std::vector<int>& RiskTableModel::textRanks(int column) const
{
    std::vector<int>& ranks = m_ranks[size_t(column)];
    if (!ranks.empty() || m_rows.empty())
        return ranks;
    const auto text = [column](const Row& row) -> const QString& {
        return column == OwnerColumn ? row.risk.owner : row.risk.title;
    };
    // Many rows share a text (owners especially), so collate each distinct text once.
    std::map<QString, int> distinct;
    for (const Row& row : m_rows)
        distinct.emplace(text(row), 0);
    std::vector<std::pair<QCollatorSortKey, const QString*>> keys;
    keys.reserve(distinct.size());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    for (const auto& entry : distinct)
        keys.emplace_back(collator.sortKey(entry.first), &entry.first);
    std::sort(keys.begin(), keys.end(),
              [](const auto& a, const auto& b) { return a.first.compare(b.first) < 0; });
    int rank = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
        // Texts that collate equal share a rank, so a stable sort keeps them in id order.
        if (i > 0 && keys[i - 1].first.compare(keys[i].first) != 0)
            ++rank;
        distinct[*keys[i].second] = rank;
    }
    ranks.reserve(m_rows.size());
    for (const Row& row : m_rows)
        ranks.push_back(distinct.find(text(row))->second);
    return ranks;
}

qint64 RiskTableModel::sortKey(int row, int column) const
{
    if (column == TitleColumn || column == OwnerColumn)
        return textRanks(column)[size_t(row)];
    return keyOf(m_rows[size_t(row)], column);
}

qint64 RiskTableModel::keyOf(const Row& r, int column)
{
    switch (column) {
    case RefColumn:
        return r.risk.id;
    case StatusColumn:
        return qint64(r.risk.status);
    case InherentColumn:
        return qint64(riskLevelIndex(r.risk.inherentLevel));
    case ResidualColumn:
        return r.risk.residualLevel ? qint64(riskLevelIndex(*r.risk.residualLevel)) : -1;
    case TreatmentColumn:
        return qint64(r.risk.treatment);
    case DueColumn:
        return dateKey(r.risk.dueOn);
    case ReviewColumn:
        return dateKey(r.risk.nextReassessmentOn);
    case TasksColumn:
        return r.attention.openTasks;
    default:
        return 0;
    }
}

int RiskTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RiskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    const Risk& risk = row.risk;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case RefColumn:
            return riskReference(risk.id);
        case TitleColumn:
            return risk.title;
        case OwnerColumn:
            return risk.owner;
        case StatusColumn:
            return riskStatusLabel(risk.status);
        case InherentColumn:
            return riskLevelLabel(risk.inherentLevel);
        case ResidualColumn:
            return risk.residualLevel ? riskLevelLabel(*risk.residualLevel) : tr("Not rated");
        case TreatmentColumn:
            return riskTreatmentLabel(risk.treatment);
        case DueColumn:
            return dateText(risk.dueOn);
        case ReviewColumn:
            return dateText(risk.nextReassessmentOn);
        case TasksColumn:
            return row.attention.openTasks;
        }
        break;
    case Qt::DecorationRole:
        if (column == RefColumn && row.attention.isOverdue())
            return m_overdueIcon;
        if (column == InherentColumn)
            return m_levelIcons[riskLevelIndex(risk.inherentLevel)];
        if (column == ResidualColumn && risk.residualLevel)
            return m_levelIcons[riskLevelIndex(*risk.residualLevel)];
        break;
    case Qt::ForegroundRole:
        if (isAlertCell(row, column))
            return alertColor();
        if (column == ResidualColumn && !risk.residualLevel)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        break;
    case Qt::FontRole: {
        const bool bold =
            (column == InherentColumn && isSevere(risk.inherentLevel)) ||
            (column == ResidualColumn && risk.residualLevel && isSevere(*risk.residualLevel)) ||
            isAlertCell(row, column);
        if (bold) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    }
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (column == TasksColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::AccessibleDescriptionRole:
        if (column == RefColumn && row.attention.isOverdue())
            return row.attention.reasons().join(QLatin1Char(' '));
        break;
    case SortRole:
        switch (column) {
        case RefColumn:
            return risk.id;
        case TitleColumn:
            return risk.title;
        case OwnerColumn:
            return risk.owner;
        case StatusColumn:
            return int(risk.status);
        case InherentColumn:
            return int(riskLevelIndex(risk.inherentLevel));
        case ResidualColumn:
            return risk.residualLevel ? int(riskLevelIndex(*risk.residualLevel)) : -1;
        case TreatmentColumn:
            return int(risk.treatment);
        case DueColumn:
            return dateValue(risk.dueOn);
        case ReviewColumn:
            return dateValue(risk.nextReassessmentOn);
        case TasksColumn:
            return row.attention.openTasks;
        }
        break;
    case IdRole:
        return risk.id;
    case OverdueRole:
        return row.attention.isOverdue();
    case LevelRole:
        if (column == InherentColumn)
            return int(riskLevelIndex(risk.inherentLevel));
        if (column == ResidualColumn)
            return risk.residualLevel ? int(riskLevelIndex(*risk.residualLevel)) : -1;
        return int(riskLevelIndex(currentLevel(risk)));
    default:
        break;
    }
    return {};
}

QString RiskTableModel::toolTip(const Row& row, int column) const
{
    const Risk& risk = row.risk;
    switch (column) {
    case RefColumn:
        return row.attention.reasons().join(QLatin1Char('\n'));
    case TitleColumn:
        return elided(risk.description.isEmpty() ? risk.title : risk.description);
    case StatusColumn:
        if (row.attention.acceptanceLapsed)
            return tr("The acceptance expired on %1.").arg(dateText(risk.acceptance.expiresOn));
        break;
    case InherentColumn:
        return tr("Likelihood %1 \u00d7 impact %2: %3")
            .arg(riskLevelLabel(risk.inherent.likelihood), riskLevelLabel(risk.inherent.impact),
                 riskLevelLabel(risk.inherentLevel));
    case ResidualColumn:
        if (!risk.residual || !risk.residualLevel)
            return tr("The risk left after treatment has not been rated yet.");
        return tr("Likelihood %1 \u00d7 impact %2: %3")
            .arg(riskLevelLabel(risk.residual->likelihood), riskLevelLabel(risk.residual->impact),
                 riskLevelLabel(*risk.residualLevel));
    case DueColumn:
        if (row.attention.pastDue)
            return tr("Overdue by %n day(s)", nullptr, int(risk.dueOn.daysTo(m_today)));
        break;
    case ReviewColumn:
        if (row.attention.reassessmentDue)
            return tr("Reassessment overdue by %n day(s)", nullptr,
                      int(risk.nextReassessmentOn.daysTo(m_today)));
        return tr("Last assessed on %1").arg(dateText(risk.lastAssessedOn));
    case TasksColumn:
        if (row.attention.overdueTasks > 0)
            return tr("%n open task(s), %1 overdue", nullptr, row.attention.openTasks)
                .arg(row.attention.overdueTasks);
        return tr("%n open task(s)", nullptr, row.attention.openTasks);
    default:
        break;
    }
    return {};
}

QVariant RiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && section == TasksColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case InherentColumn:
            return tr("The risk before treatment: likelihood and impact looked up in the risk "
                      "matrix");
        case ResidualColumn:
            return tr("The risk left after treatment");
        case ReviewColumn:
            return tr("When the risk is next due to be reassessed");
        case TasksColumn:
            return tr("Remediation tasks still open or in progress");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RefColumn:
        return tr("Ref");
    case TitleColumn:
        return tr("Title");
    case OwnerColumn:
        return tr("Owner");
    case StatusColumn:
        return tr("Status");
    case InherentColumn:
        return tr("Inherent");
    case ResidualColumn:
        return tr("Residual");
    case TreatmentColumn:
        return tr("Treatment");
    case DueColumn:
        return tr("Due");
    case ReviewColumn:
        return tr("Next review");
    case TasksColumn:
        return tr("Open tasks");
    }
    return {};
}

RiskLevel RiskTableModel::currentLevel(const Risk& risk)
{
    return risk.residualLevel.value_or(risk.inherentLevel);
}

QString RiskTableModel::dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QIcon RiskTableModel::levelIcon(RiskLevel level)
{
    // A small swatch of the heat map colour; the outline keeps the palest
    // level visible on both light and dark bases.
    const int size = 12;
    QPixmap pixmap(size * 2, size * 2);
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor fill = RiskHeatMapRenderer::levelColor(level);
        painter.setPen(QPen(fill.darker(170), 1.0));
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 2.5, 2.5);
    }
    QIcon icon(pixmap);
    // The same swatch when selected: the default selected-state tint would
    // change the colour that carries the meaning.
    icon.addPixmap(pixmap, QIcon::Selected);
    return icon;
}

QIcon RiskTableModel::overdueIcon()
{
    const int size = 12;
    QPixmap pixmap(size * 2, size * 2);
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xc6, 0x28, 0x28));
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
        // An exclamation mark, drawn rather than typed so no font is needed.
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(QRectF(size / 2.0 - 1.0, 2.5, 2.0, 4.8), 0.8, 0.8);
        painter.drawEllipse(QRectF(size / 2.0 - 1.05, 8.2, 2.1, 2.1));
    }
    QIcon icon(pixmap);
    // The same swatch when selected: the default selected-state tint would
    // change the colour that carries the meaning.
    icon.addPixmap(pixmap, QIcon::Selected);
    return icon;
}

} // namespace palisade::ui
