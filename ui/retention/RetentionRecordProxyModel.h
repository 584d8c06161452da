#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace palisade::ui {

// Filters the retention records: every word of the text in the row's fields,
// optionally one status (as of the source model's day) and one record type.
// Sorts dates as dates.
class RetentionRecordProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RetentionRecordProxyModel(QObject* parent = nullptr);

    void setText(const QString& text);
    // Empty for any.
    void setStatusKey(const QString& key);
    void setRecordType(const QString& recordType);

    QString statusKey() const { return m_status; }
    QString recordType() const { return m_type; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QString m_status;
    QString m_type;
};

} // namespace palisade::ui
