#include "ui/risk/RiskFilterProxyModel.h"

#include "ui/risk/RiskTableModel.h"

namespace palisade::ui {
namespace {

unsigned statusBit(RiskStatus status)
{
    return 1u << unsigned(status);
}

// Finds the word's first character with the vectorised single-character
// search and compares the rest only there: several times faster than a
// general substring search on short words, which is what a user types.
bool containsWord(QStringView haystack, QStringView word)
{
    const QChar first = word.front();
    const QStringView rest = word.sliced(1);
    const qsizetype last = haystack.size() - word.size();
    for (qsizetype from = 0; from <= last;) {
        const qsizetype at = haystack.indexOf(first, from);
        if (at < 0 || at > last)
            return false;
        if (haystack.sliced(at + 1, rest.size()) == rest)
            return true;
        from = at + 1;
    }
    return false;
}

} // namespace

RiskFilterProxyModel::RiskFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RiskTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RiskFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    if (model == sourceModel())
        return;
    for (const QMetaObject::Connection& connection : m_sourceConnections)
        disconnect(connection);
    m_sourceConnections.clear();
    m_risks = qobject_cast<RiskTableModel*>(model);
    forgetShownRows();
    if (model) {
        // Any change to the source moves or changes rows behind the cached flags.
        const auto forget = [this] {
            forgetShownRows();
        };
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::modelReset, this, forget),
            connect(model, &QAbstractItemModel::layoutChanged, this, forget),
            connect(model, &QAbstractItemModel::rowsInserted, this, forget),
            connect(model, &QAbstractItemModel::rowsRemoved, this, forget),
            connect(model, &QAbstractItemModel::rowsMoved, this, forget),
            connect(model, &QAbstractItemModel::dataChanged, this, forget),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void RiskFilterProxyModel::setText(const QString& text)
{
    const QString simplified = text.simplified();
    if (simplified == m_text)
        return;
    // Typing on at the end can only narrow: every row that matches the longer
    // text matched the shorter one.
    const bool narrowing = !m_text.isEmpty() && simplified.startsWith(m_text);
    m_text = simplified;
    m_words = m_text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter(narrowing);
}

void RiskFilterProxyModel::setStatuses(const std::vector<RiskStatus>& statuses)
{
    unsigned mask = 0;
    for (const RiskStatus status : statuses)
        mask |= statusBit(status);
    if (mask == m_statusMask)
        return;
    m_statusMask = mask;
    refilter();
}

bool RiskFilterProxyModel::acceptsStatus(RiskStatus status) const
{
    return m_statusMask == 0 || (m_statusMask & statusBit(status)) != 0;
}

void RiskFilterProxyModel::setOwner(const QString& owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    refilter();
}

void RiskFilterProxyModel::setMinimumLevel(std::optional<RiskLevel> level)
{
    if (level == m_minimumLevel)
        return;
    m_minimumLevel = level;
    refilter();
}

void RiskFilterProxyModel::setOverdueOnly(bool overdueOnly)
{
    if (overdueOnly == m_overdueOnly)
        return;
    m_overdueOnly = overdueOnly;
    refilter();
}

void RiskFilterProxyModel::setHeatMapCell(std::optional<HeatMapCell> cell)
{
    if (cell == m_cell)
        return;
    m_cell = cell;
    refilter();
}

void RiskFilterProxyModel::clearFilters()
{
    if (!isFiltering())
        return;
    m_text.clear();
    m_words.clear();
    m_statusMask = 0;
    m_owner.clear();
    m_minimumLevel.reset();
    m_overdueOnly = false;
    m_cell.reset();
    refilter();
}

bool RiskFilterProxyModel::isFiltering() const
{
    return !m_words.empty() || m_statusMask != 0 || !m_owner.isEmpty() ||
           m_minimumLevel.has_value() || m_overdueOnly || m_cell.has_value();
}

void RiskFilterProxyModel::refilter(bool narrowing)
{
    if (!m_risks) {
        invalidateRowsFilter();
        return;
    }
    const int rows = m_risks->rowCount();
    // What the proxy shows now, to count the rows that change.
    std::vector<char> shown;
    if (m_shownValid && m_accepted.size() == size_t(rows)) {
        shown = std::move(m_accepted);
    } else {
        narrowing = false;
        shown.assign(size_t(rows), 0);
        const int proxyRows = rowCount();
        for (int row = 0; row < proxyRows; ++row)
            shown[size_t(mapToSource(index(row, 0)).row())] = 1;
    }
    m_accepted.assign(size_t(rows), 0);
    for (int row = 0; row < rows; ++row) {
        if (!narrowing || shown[size_t(row)] != 0)
            m_accepted[size_t(row)] = accepts(row) ? 1 : 0;
    }
    qint64 changes = 0;
    for (int row = 0; row < rows; ++row)
        changes += shown[size_t(row)] != m_accepted[size_t(row)] ? 1 : 0;

    m_useAccepted = true;
    if (changes == 0) {
        // Nothing to do.
    } else if (changes <= 64 || changes * rows <= 4'000'000) {
        // Few rows come or go: remove and insert them, which keeps the view's
        // scroll position and emits precise signals.
        invalidateRowsFilter();
    } else {
        // The base class removes or inserts each run of changed rows on its
        // own, at a cost proportional to the whole table, so thousands of
        // scattered changes would take seconds. Rebuilding the mapping once
        // from the flags just computed is far cheaper.
        invalidate();
        rowCount();
    }
    m_useAccepted = false;
    m_shownValid = true;
}

bool RiskFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_risks || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (m_useAccepted && size_t(sourceRow) < m_accepted.size())
        return m_accepted[size_t(sourceRow)] != 0;
    return accepts(sourceRow);
}

bool RiskFilterProxyModel::accepts(int sourceRow) const
{
    const RiskTableModel::Row& row = m_risks->rowAt(sourceRow);
    const Risk& risk = row.risk;
    // Cheapest tests first; the text search runs last and on the fewest rows.
    if (m_statusMask != 0 && (m_statusMask & statusBit(risk.status)) == 0)
        return false;
    if (m_overdueOnly && !row.attention.isOverdue())
        return false;
    if (m_minimumLevel && RiskTableModel::currentLevel(risk) < *m_minimumLevel)
        return false;
    if (m_cell) {
        if (m_cell->residual) {
            if (!risk.residual || risk.residual->likelihood != m_cell->likelihood ||
                risk.residual->impact != m_cell->impact)
                return false;
        } else if (risk.inherent.likelihood != m_cell->likelihood ||
                   risk.inherent.impact != m_cell->impact) {
            return false;
        }
    }
    if (!m_owner.isEmpty() && risk.owner != m_owner)
        return false;
    for (const QString& word : m_words) {
        if (!containsWord(row.haystack, word))
            return false;
    }
    return true;
}

void RiskFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    // The source sorts itself far faster than the base class could, and
    // leaving the proxy unsorted means filtering never sorts.
    if (m_risks) {
        m_risks->sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

} // namespace palisade::ui
