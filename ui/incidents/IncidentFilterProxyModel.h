#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace palisade::ui {

// Filters the incident log: every word of the text in the reference, title,
// description, reporter or handler; open, closed or all incidents; and one
// breach status. Sorts by the model's sort role, so the next deadline sorts
// by days left and dates as dates.
class IncidentFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Shown
    {
        Open,
        Closed,
        All,
    };

    explicit IncidentFilterProxyModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setShown(Shown shown);
    Shown shown() const { return m_shown; }
    // A BreachStatus key; empty for any status.
    void setBreachStatusKey(const QString& key);
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    Shown m_shown = Shown::Open;
    QString m_breachStatus;
};

} // namespace palisade::ui
