#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace palisade::ui {

// Filters the roster: every word of the text in the name, employee ID, email,
// department or roles; optionally one department and one status. Sorts dates
// as dates.
class PersonFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PersonFilterProxyModel(QObject* parent = nullptr);

    void setText(const QString& text);
    // Empty for any department.
    void setDepartment(const QString& department);
    // A PersonStatus key; empty for any status.
    void setStatusKey(const QString& key);
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QString m_department;
    QString m_status;
};

} // namespace palisade::ui
