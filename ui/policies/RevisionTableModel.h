#pragma once

#include "core/policies/PolicyRevision.h"

#include <QAbstractTableModel>
#include <QDate>
#include <vector>

namespace palisade::ui {

// The numbered revisions of one policy, oldest first, with the dates of
// their lives: approved, in effect from, last day.
class RevisionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        StateColumn,
        ApprovedColumn,
        EffectiveColumn,
        LastDayColumn,
        AuthorColumn,
        SummaryColumn,
        ColumnCount
    };

    enum Role
    {
        RevisionIdRole = Qt::UserRole + 1,
    };

    explicit RevisionTableModel(QObject* parent = nullptr);

    // `today` decides which effective revision is still only scheduled.
    void setRevisions(std::vector<PolicyRevision> revisions, const QDate& today);
    const std::vector<PolicyRevision>& revisions() const { return m_revisions; }
    const PolicyRevision& revisionAt(int row) const { return m_revisions.at(size_t(row)); }
    int rowForId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const PolicyRevision& revision, int column) const;

    std::vector<PolicyRevision> m_revisions;
    QDate m_today;
};

} // namespace palisade::ui
