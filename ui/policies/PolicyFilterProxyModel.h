#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace palisade::ui {

// Filters the policy table: every word of the text in the code, title or
// owner; optionally one category, and only policies whose review is due
// (overdue, within 30 days, or no revision in effect). Sorts dates as dates.
class PolicyFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PolicyFilterProxyModel(QObject* parent = nullptr);

    void setText(const QString& text);
    // Empty for any category.
    void setCategoryKey(const QString& key);
    void setReviewsDueOnly(bool only);
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QString m_category;
    bool m_reviewsDueOnly = false;
};

} // namespace palisade::ui
