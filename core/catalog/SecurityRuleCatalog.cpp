#include "core/catalog/SecurityRuleCatalog.h"

#include "core/catalog/CatalogParser.h"

#include <QCoreApplication>
#include <QFile>

namespace palisade {

SecurityRuleCatalog::SecurityRuleCatalog(QString title, std::vector<CatalogEntry> entries)
    : m_title(std::move(title))
    , m_entries(std::move(entries))
{
    m_index.reserve(static_cast<qsizetype>(m_entries.size()));
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        m_index.insert(m_entries[i].citation, i);
}

Result<SecurityRuleCatalog> SecurityRuleCatalog::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Io,
                     QCoreApplication::translate("palisade::SecurityRuleCatalog",
                                                 "The Security Rule catalog could not be read."),
                     path + QStringLiteral(": ") + file.errorString()};
    return fromJson(file.readAll(), path);
}

Result<SecurityRuleCatalog> SecurityRuleCatalog::fromJson(const QByteArray& bytes,
                                                          const QString& source)
{
    CatalogParser parser;
    if (Result<void> parsed = parser.parse(bytes, source); !parsed.ok())
        return parsed.error();
    return SecurityRuleCatalog(parser.title(), parser.takeEntries());
}

const CatalogEntry* SecurityRuleCatalog::find(const QString& citation) const
{
    const auto it = m_index.constFind(citation);
    return it == m_index.cend() ? nullptr : &m_entries[it.value()];
}

std::vector<const CatalogEntry*> SecurityRuleCatalog::standards() const
{
    std::vector<const CatalogEntry*> result;
    for (const CatalogEntry& entry : m_entries) {
        if (entry.isStandard())
            result.push_back(&entry);
    }
    return result;
}

std::vector<const CatalogEntry*>
SecurityRuleCatalog::specificationsOf(const QString& standardCitation) const
{
    std::vector<const CatalogEntry*> result;
    for (const CatalogEntry& entry : m_entries) {
        if (!entry.isStandard() && entry.standardCitation == standardCitation)
            result.push_back(&entry);
    }
    return result;
}

Requirement SecurityRuleCatalog::effectiveRequirement(const CatalogEntry& entry,
                                                      RequirementMode mode)
{
    return mode == RequirementMode::AllRequired ? Requirement::Required : entry.requirement;
}

} // namespace palisade
