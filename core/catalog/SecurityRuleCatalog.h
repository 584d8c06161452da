#pragma once

#include "core/catalog/CatalogEntry.h"
#include "core/catalog/RequirementMode.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <vector>

namespace palisade {

// The standards and implementation specifications of the HIPAA Security Rule
// (45 CFR 164.308 to 164.316), read from a checked data file. Pointers handed
// out stay valid for the lifetime of the catalog they came from.
class SecurityRuleCatalog
{
public:
    static QString defaultPath() { return QStringLiteral(":/catalog/security-rule.json"); }

    static Result<SecurityRuleCatalog> load(const QString& path = defaultPath());
    static Result<SecurityRuleCatalog> fromJson(const QByteArray& bytes, const QString& source);

    const QString& title() const { return m_title; }
    const std::vector<CatalogEntry>& entries() const { return m_entries; } // in file order

    const CatalogEntry* find(const QString& citation) const;
    bool contains(const QString& citation) const { return m_index.contains(citation); }
    std::vector<const CatalogEntry*> standards() const;
    std::vector<const CatalogEntry*> specificationsOf(const QString& standardCitation) const;

    static Requirement effectiveRequirement(const CatalogEntry& entry, RequirementMode mode);

private:
    SecurityRuleCatalog(QString title, std::vector<CatalogEntry> entries);

    QString m_title;
    std::vector<CatalogEntry> m_entries;
    QHash<QString, std::size_t> m_index;
};

} // namespace palisade
