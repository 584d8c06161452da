#include "core/catalog/CatalogParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace palisade {

namespace {

// A missing field and a field of the wrong type are the same defect to the
// reader of the message: the entry does not say what it should.
QString textField(const QJsonObject& object, QLatin1String name)
{
    const QJsonValue value = object.value(name);
    return value.isString() ? value.toString().trimmed() : QString();
}

} // namespace

Error CatalogParser::problem(const QString& message) const
{
    return Error{ErrorKind::Integrity, message, m_source};
}

Result<void> CatalogParser::parse(const QByteArray& bytes, const QString& source)
{
    m_source = source;
    m_title.clear();
    m_entries.clear();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return problem(QCoreApplication::translate(
                           "palisade::SecurityRuleCatalog",
                           "The Security Rule catalog is not valid JSON: %1 at offset %2.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!document.isObject())
        return problem(QCoreApplication::translate(
            "palisade::SecurityRuleCatalog", "The Security Rule catalog is not a JSON object."));

    const QJsonObject root = document.object();
    const QJsonValue format = root.value(QLatin1String("format"));
    if (!format.isDouble())
        return problem(
            QCoreApplication::translate("palisade::SecurityRuleCatalog",
                                        "The Security Rule catalog has no \"format\" number."));
    if (format.toInt() != supportedFormat)
        return problem(QCoreApplication::translate(
                           "palisade::SecurityRuleCatalog",
                           "The Security Rule catalog has format %1; this version reads format %2.")
                           .arg(format.toInt())
                           .arg(supportedFormat));

    m_title = textField(root, QLatin1String("title"));
    if (m_title.isEmpty())
        return problem(QCoreApplication::translate("palisade::SecurityRuleCatalog",
                                                   "The Security Rule catalog has no \"title\"."));

    const QJsonValue entries = root.value(QLatin1String("entries"));
    if (!entries.isArray())
        return problem(QCoreApplication::translate(
            "palisade::SecurityRuleCatalog", "The Security Rule catalog has no \"entries\" list."));

    const QJsonArray array = entries.toArray();
    m_entries.reserve(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<CatalogEntry> entry = parseEntry(array.at(i), i + 1);
        if (!entry.ok()) {
            m_entries.clear();
            return entry.error();
        }
        m_entries.push_back(std::move(entry).value());
    }

    if (Result<void> consistent = checkConsistency(); !consistent.ok()) {
        m_entries.clear();
        return consistent;
    }
    return {};
}

Result<CatalogEntry> CatalogParser::parseEntry(const QJsonValue& value, qsizetype position) const
{
    if (!value.isObject())
        return problem(QCoreApplication::translate(
                           "palisade::SecurityRuleCatalog",
                           "Entry %1 of the Security Rule catalog is not a JSON object.")
                           .arg(position));
    const QJsonObject object = value.toObject();

    CatalogEntry entry;
    entry.citation = textField(object, QLatin1String("citation"));
    if (entry.citation.isEmpty())
        return problem(QCoreApplication::translate(
                           "palisade::SecurityRuleCatalog",
                           "Entry %1 of the Security Rule catalog has no \"citation\".")
                           .arg(position));

    const auto missing = [&](const char* field) {
        return problem(QCoreApplication::translate("palisade::SecurityRuleCatalog",
                                                   "Catalog entry %1 has no \"%2\".")
                           .arg(entry.citation, QLatin1String(field)));
    };
    const auto unknown = [&](const char* field, const QString& found) {
        return problem(
            QCoreApplication::translate("palisade::SecurityRuleCatalog",
                                        "Catalog entry %1 has an unknown \"%2\" value \"%3\".")
                .arg(entry.citation, QLatin1String(field), found));
    };

    entry.title = textField(object, QLatin1String("title"));
    if (entry.title.isEmpty())
        return missing("title");

    const QString kind = textField(object, QLatin1String("kind"));
    if (kind.isEmpty())
        return missing("kind");
    if (!entryKindFromKey(kind, entry.kind))
        return unknown("kind", kind);

    const QString requirement = textField(object, QLatin1String("requirement"));
    if (requirement.isEmpty())
        return missing("requirement");
    if (!requirementFromKey(requirement, entry.requirement))
        return unknown("requirement", requirement);

    const QString safeguard = textField(object, QLatin1String("safeguard"));
    if (safeguard.isEmpty())
        return missing("safeguard");
    if (!safeguardFromKey(safeguard, entry.safeguard))
        return unknown("safeguard", safeguard);

    entry.standardCitation = textField(object, QLatin1String("standard"));
    if (entry.isStandard()) {
        if (object.contains(QLatin1String("standard")))
            return problem(
                QCoreApplication::translate(
                    "palisade::SecurityRuleCatalog",
                    "Catalog entry %1 is a standard but names a \"standard\" of its own.")
                    .arg(entry.citation));
        if (entry.requirement != Requirement::Required)
            return problem(QCoreApplication::translate(
                               "palisade::SecurityRuleCatalog",
                               "Catalog entry %1 is a standard but its \"requirement\" is not "
                               "\"required\".")
                               .arg(entry.citation));
    } else if (entry.standardCitation.isEmpty()) {
        return missing("standard");
    }
    return entry;
}

Result<void> CatalogParser::checkConsistency() const
{
    QHash<QString, const CatalogEntry*> byCitation;
    for (const CatalogEntry& entry : m_entries) {
        if (byCitation.contains(entry.citation))
            return problem(QCoreApplication::translate("palisade::SecurityRuleCatalog",
                                                       "Catalog entry %1 appears more than once.")
                               .arg(entry.citation));
        byCitation.insert(entry.citation, &entry);
    }

    for (const CatalogEntry& entry : m_entries) {
        if (entry.isStandard())
            continue;
        const CatalogEntry* standard = byCitation.value(entry.standardCitation, nullptr);
        if (standard == nullptr)
            return problem(QCoreApplication::translate(
                               "palisade::SecurityRuleCatalog",
                               "Catalog entry %1 belongs to standard %2, which is not in the "
                               "catalog.")
                               .arg(entry.citation, entry.standardCitation));
        if (!standard->isStandard())
            return problem(QCoreApplication::translate(
                               "palisade::SecurityRuleCatalog",
                               "Catalog entry %1 belongs to %2, which is not a standard.")
                               .arg(entry.citation, entry.standardCitation));
        if (standard->safeguard != entry.safeguard)
            return problem(QCoreApplication::translate(
                               "palisade::SecurityRuleCatalog",
                               "Catalog entry %1 has a different \"safeguard\" than its standard "
                               "%2.")
                               .arg(entry.citation, entry.standardCitation));
    }
    return {};
}

} // namespace palisade
