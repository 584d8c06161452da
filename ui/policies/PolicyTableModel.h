#pragma once

#include "core/policies/Policy.h"
#include "core/policies/PolicyReviewItem.h"
#include "core/policies/PolicyRevision.h"
#include "core/util/Result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <optional>
#include <vector>

namespace palisade {
class Program;
}

namespace palisade::ui {

// The policy library, one row per policy: which revision is in effect, when
// the next review is due and which revision is being written or reviewed. A
// policy in use with no revision in effect is a finding.
class PolicyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        TitleColumn,
        CategoryColumn,
        OwnerColumn,
        InEffectColumn,
        NextReviewColumn,
        OpenRevisionColumn,
        ColumnCount
    };

    explicit PolicyTableModel(Program& program, QObject* parent = nullptr);

    // Reads the policies, their revisions and the review schedule again.
    bool reload();
    QString lastError() const { return m_lastError; }
    QDate today() const { return m_today; }

    const Policy& policyAt(int row) const { return m_rows.at(size_t(row)).policy; }
    int rowForId(qint64 id) const;
    // Policies in use with no revision in effect today.
    int findingCount() const;
    // Policies overdue for review today.
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Policy policy;
        std::optional<PolicyRevision> inEffect;
        std::optional<PolicyRevision> scheduled; // approved or effective, starting later
        std::optional<PolicyRevision> open;
        std::optional<PolicyReviewItem> review; // none for a retired policy
    };

    static bool isFinding(const Row& row)
    {
        return !row.policy.isRetired() && !row.inEffect.has_value();
    }
    static bool needsReview(const Row& row);
    Result<std::vector<Row>> readRows(const QDate& today) const;
    QVariant displayData(const Row& row, int column) const;
    QVariant sortData(const Row& row, int column) const;
    QVariant foreground(const Row& row, int column) const;
    QVariant toolTip(const Row& row, int column) const;

    Program& m_program;
    std::vector<Row> m_rows;
    QDate m_today;
    QString m_lastError;
};

} // namespace palisade::ui
