#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace palisade::ui {

// Filters AuditTrailModel rows by free text, exact actor, action and record
// type, and an inclusive range of local dates. Empty criteria do not filter.
class AuditFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AuditFilterProxyModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setActor(const QString& actor);
    void setAction(const QString& action);
    void setEntity(const QString& entity);
    void setDateRange(const QDate& from, const QDate& to);
    void clearFilters();
    bool isFiltering() const;

    QString text() const { return m_text; }
    QString actor() const { return m_actor; }
    QString action() const { return m_action; }
    QString entity() const { return m_entity; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QString m_actor;
    QString m_action;
    QString m_entity;
    QDate m_from;
    QDate m_to;
};

} // namespace palisade::ui
