#pragma once

#include "core/catalog/CatalogEntry.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <utility>
#include <vector>

namespace palisade {

// Reads a Security Rule catalog document and checks it is complete and
// consistent: every field present, every value known, citations unique, and
// every specification attached to a standard of the same catalog.
class CatalogParser
{
public:
    static constexpr int supportedFormat = 1;

    // `source` names the document (a path) in error details.
    Result<void> parse(const QByteArray& bytes, const QString& source);

    const QString& title() const { return m_title; }
    std::vector<CatalogEntry> takeEntries() { return std::move(m_entries); }

private:
    Result<CatalogEntry> parseEntry(const QJsonValue& value, qsizetype position) const;
    Result<void> checkConsistency() const;
    Error problem(const QString& message) const;

    QString m_source;
    QString m_title;
    std::vector<CatalogEntry> m_entries;
};

} // namespace palisade
