#include "ui/policies/PolicyTableModel.h"

#include "core/policies/PolicyRegister.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "ui/assets/FindingMark.h"
#include "ui/policies/PolicyLabels.h"
#include "ui/policies/PolicyRoles.h"

#include <QFont>
#include <algorithm>
#include <limits>

namespace palisade::ui {

PolicyTableModel::PolicyTableModel(Program& program, QObject* parent)
    : QAbstractTableModel(parent)
    , m_program(program)
{
}

bool PolicyTableModel::reload()
{
    if (!m_program.isOpen())
        return false;
    const QDate today = m_program.clock().today();
    Result<std::vector<Row>> read = readRows(today);
    if (!read) {
        m_lastError = read.error().message;
        beginResetModel();
        m_rows.clear();
        endResetModel();
        return false;
    }
    m_lastError.clear();
    beginResetModel();
    m_today = today;
    m_rows = std::move(read).value();
    endResetModel();
    return true;
}

Result<std::vector<PolicyTableModel::Row>> PolicyTableModel::readRows(const QDate& today) const
{
    PolicyRegister& policies = m_program.policies();
    Result<std::vector<Policy>> stored = policies.policies();
    if (!stored)
        return stored.error();
    Result<std::vector<PolicyReviewItem>> reviews = policies.reviewsDue(today);
    if (!reviews)
        return reviews.error();
    std::vector<Row> rows;
    rows.reserve(stored->size());
    for (const Policy& policy : *stored) {
        Result<std::vector<PolicyRevision>> revisions = policies.revisions(policy.id);
        if (!revisions)
            return revisions.error();
        Row row;
        row.policy = policy;
        if (const PolicyRevision* current = revisionInEffect(*revisions, today))
            row.inEffect = *current;
        for (const PolicyRevision& revision : *revisions) {
            if (revision.isOpen())
                row.open = revision;
            const bool ahead =
                revision.state == RevisionState::Approved ||
                (revision.state == RevisionState::Effective && revision.effectiveOn > today);
            if (ahead)
                row.scheduled = revision;
        }
        const auto review =
            std::find_if(reviews->begin(), reviews->end(),
                         [&](const PolicyReviewItem& item) { return item.policyId == policy.id; });
        if (review != reviews->end())
            row.review = *review;
        rows.push_back(std::move(row));
    }
    return rows;
}

int PolicyTableModel::rowForId(qint64 id) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [id](const Row& row) { return row.policy.id == id; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int PolicyTableModel::findingCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), &PolicyTableModel::isFinding));
}

int PolicyTableModel::overdueCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row& row) { return row.review && row.review->overdue; }));
}

bool PolicyTableModel::needsReview(const Row& row)
{
    return isFinding(row) || (row.review && (row.review->overdue || row.review->dueSoon));
}

int PolicyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PolicyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyTableModel::displayData(const Row& row, int column) const
{
    const Policy& policy = row.policy;
    switch (column) {
    case CodeColumn:
        return policy.code;
    case TitleColumn:
        return policy.title;
    case CategoryColumn:
        return policyCategoryLabel(policy.category);
    case OwnerColumn:
        return policy.owner;
    case InEffectColumn:
        if (policy.isRetired())
            return tr("Retired on %1").arg(PolicyLabels::date(policy.retiredOn));
        if (row.inEffect)
            return PolicyLabels::inEffect(*row.inEffect, m_today);
        return tr("None");
    case NextReviewColumn:
        if (row.review && row.review->nextReviewOn.isValid())
            return PolicyLabels::date(row.review->nextReviewOn);
        return QString();
    case OpenRevisionColumn:
        return row.open ? PolicyLabels::openRevision(*row.open) : QString();
    }
    return {};
}

QVariant PolicyTableModel::sortData(const Row& row, int column) const
{
    switch (column) {
    case InEffectColumn:
        // Findings first when sorted ascending, then by revision, retired last.
        if (row.policy.isRetired())
            return std::numeric_limits<int>::max();
        return row.inEffect ? row.inEffect->number : -1;
    case NextReviewColumn:
        return PolicyLabels::dateSortKey(row.review ? row.review->nextReviewOn : QDate());
    case OpenRevisionColumn:
        return row.open ? row.open->number : std::numeric_limits<int>::max();
    default:
        return displayData(row, column);
    }
}

QVariant PolicyTableModel::foreground(const Row& row, int column) const
{
    if (column == InEffectColumn && isFinding(row))
        return findingmark::color();
    if (column == NextReviewColumn && row.review) {
        if (row.review->overdue)
            return PolicyLabels::overdueColor();
        if (row.review->dueSoon)
            return PolicyLabels::dueSoonColor();
    }
    return {};
}

QVariant PolicyTableModel::toolTip(const Row& row, int column) const
{
    switch (column) {
    case CodeColumn:
    case TitleColumn:
    case CategoryColumn:
    case OwnerColumn:
        return displayData(row, column);
    case InEffectColumn:
        if (row.policy.isRetired())
            return tr("The policy was retired; its revisions are kept as records.");
        if (isFinding(row)) {
            if (row.scheduled)
                return tr("No revision is in effect today; %1 is approved and can take effect "
                          "(a finding until it does).")
                    .arg(PolicyLabels::revisionShort(row.scheduled->number));
            return tr("No approved revision is in effect: a finding (164.316(a)).");
        }
        return tr("Approved on %1").arg(PolicyLabels::date(row.inEffect->approvedOn));
    case NextReviewColumn:
        if (!row.review || !row.review->nextReviewOn.isValid())
            return {};
        if (row.review->overdue)
            return tr("Review overdue by %n day(s)", nullptr, row.review->daysOverdue);
        if (row.review->dueSoon)
            return tr("Review due within %n day(s)", nullptr,
                      int(m_today.daysTo(row.review->nextReviewOn)));
        return tr("Reviewed every %n month(s)", nullptr, row.policy.reviewCycleMonths);
    default:
        return {};
    }
}

QVariant PolicyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    const int column = index.column();
    const bool finding = column == InEffectColumn && isFinding(row);
    const bool overdue = column == NextReviewColumn && row.review && row.review->overdue;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::DecorationRole:
        if (finding)
            return findingmark::icon();
        break;
    case Qt::ForegroundRole:
        return foreground(row, column);
    case Qt::FontRole:
        if (finding || overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::AccessibleTextRole:
        if (finding)
            return tr("No revision in effect (finding)");
        if (overdue)
            return tr("Review overdue since %1").arg(displayData(row, column).toString());
        break;
    case policyrole::SortRole:
        return sortData(row, column);
    case policyrole::IdRole:
        return row.policy.id;
    case policyrole::SearchTextRole:
        return QStringList{row.policy.code, row.policy.title, row.policy.owner}.join(
            QLatin1Char('\n'));
    case policyrole::CategoryKeyRole:
        return policyCategoryKey(row.policy.category);
    case policyrole::ReviewDueRole:
        return needsReview(row);
    default:
        break;
    }
    return {};
}

QVariant PolicyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case InEffectColumn:
            return tr("The approved revision in effect today; a policy in use without one is a "
                      "finding");
        case NextReviewColumn:
            return tr("A review cycle after the revision in effect was approved: red when "
                      "overdue, amber within 30 days");
        case OpenRevisionColumn:
            return tr("The revision being written or reviewed");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Title");
    case CategoryColumn:
        return tr("Category");
    case OwnerColumn:
        return tr("Owner");
    case InEffectColumn:
        return tr("In Effect");
    case NextReviewColumn:
        return tr("Next Review");
    case OpenRevisionColumn:
        return tr("Open Revision");
    }
    return {};
}

} // namespace palisade::ui
