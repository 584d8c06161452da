#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace palisade::ui {

// Filters the asset table as the user types: every word must appear somewhere
// in the asset (name, kind, owner, location, PHI, notes or a data flow).
// Optionally keeps only assets with a flow that is not encrypted in transit.
class AssetFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AssetFilterProxyModel(QObject* parent = nullptr);

    void setText(const QString& text);
    QString text() const { return m_words.join(QLatin1Char(' ')); }
    void setUnencryptedOnly(bool only);
    bool unencryptedOnly() const { return m_unencryptedOnly; }
    bool isFiltering() const { return !m_words.isEmpty() || m_unencryptedOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    bool m_unencryptedOnly = false;
};

} // namespace palisade::ui
