#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>
#include <set>

namespace palisade::ui {

// Filters the counterparty or the agreement table: every word of the text in
// the row's fields, or the row among those whose signed documents contain the
// text; optionally one agreement status, one direction, and only rows with
// something on the due list. Sorts dates as dates.
class VendorFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit VendorFilterProxyModel(QObject* parent = nullptr);

    void setText(const QString& text);
    QString text() const { return m_words.join(QLatin1Char(' ')); }
    // Rows (by id) whose documents contain `searchedText`, the whole text.
    void setDocumentMatches(const std::set<qint64>& ids, const QString& searchedText = {});
    const std::set<qint64>& documentMatches() const { return m_documentMatches; }
    const QString& documentSearchText() const { return m_documentSearchText; }
    // Empty for any.
    void setStatusKey(const QString& key);
    void setDirectionKey(const QString& key);
    void setAttentionOnly(bool only);

    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    std::set<qint64> m_documentMatches;
    QString m_documentSearchText;
    QString m_status;
    QString m_direction;
    bool m_attentionOnly = false;
};

} // namespace palisade::ui
