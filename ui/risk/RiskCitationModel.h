#pragma once

#include <QAbstractListModel>
#include <QSet>
#include <QStringList>
#include <vector>

namespace palisade {
class SecurityRuleCatalog;
struct CatalogEntry;
} // namespace palisade

namespace palisade::ui {

// The standards and implementation specifications of the Security Rule
// catalog, in catalog order, each checkable, e.g.
// "164.308(a)(1)(ii)(A) Risk analysis (Required)".
class RiskCitationModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        CitationRole = Qt::UserRole + 1,
        SearchTextRole, // citation, title and requirement, for filtering
    };

    explicit RiskCitationModel(const SecurityRuleCatalog& catalog, QObject* parent = nullptr);

    // Ascending.
    QStringList citations() const;
    void setCitations(const QStringList& citations);
    void setCheckable(bool checkable);

    static QString entryLabel(const CatalogEntry& entry);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void citationsChanged();

private:
    std::vector<const CatalogEntry*> m_entries;
    QSet<QString> m_checked;
    // Citations set from a record but not in this catalog; kept, not shown.
    QStringList m_unknown;
    bool m_checkable = true;
};

} // namespace palisade::ui
