#include "core/policies/PolicyTemplateLibrary.h"

#include "core/policies/PolicyTemplateParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <algorithm>

namespace palisade {

PolicyTemplateLibrary::PolicyTemplateLibrary(std::vector<PolicyTemplate> templates)
    : m_templates(std::move(templates))
{
}

Result<PolicyTemplateLibrary> PolicyTemplateLibrary::load(const QString& directory)
{
    const QDir dir(directory);
    const QStringList names =
        dir.entryList({QStringLiteral("*.md")}, QDir::Files | QDir::Readable, QDir::Name);
    if (names.isEmpty())
        return Error{ErrorKind::Io,
                     QCoreApplication::translate("palisade::PolicyTemplateLibrary",
                                                 "No policy templates were found."),
                     directory};

    std::vector<PolicyTemplate> templates;
    QHash<QString, QString> fileOfKey;
    QHash<QString, QString> fileOfCode;
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Error{
                ErrorKind::Io,
                QCoreApplication::translate("palisade::PolicyTemplateLibrary",
                                            "The policy template \"%1\" could not be read.")
                    .arg(name),
                file.errorString()};
        Result<PolicyTemplate> parsed = PolicyTemplateParser::parse(file.readAll(), name);
        if (!parsed.ok())
            return parsed.error();
        PolicyTemplate& policy = parsed.value();
        if (fileOfKey.contains(policy.key))
            return Error{ErrorKind::Invalid,
                         QCoreApplication::translate(
                             "palisade::PolicyTemplateLibrary",
                             "The policy templates \"%1\" and \"%2\" have the same key.")
                             .arg(fileOfKey.value(policy.key), name),
                         policy.key};
        if (fileOfCode.contains(policy.code))
            return Error{ErrorKind::Invalid,
                         QCoreApplication::translate(
                             "palisade::PolicyTemplateLibrary",
                             "The policy templates \"%1\" and \"%2\" have the same code.")
                             .arg(fileOfCode.value(policy.code), name),
                         policy.code};
        fileOfKey.insert(policy.key, name);
        fileOfCode.insert(policy.code, name);
        templates.push_back(std::move(policy));
    }
    std::sort(templates.begin(), templates.end(),
              [](const PolicyTemplate& a, const PolicyTemplate& b) { return a.code < b.code; });
    return PolicyTemplateLibrary(std::move(templates));
}

const PolicyTemplate* PolicyTemplateLibrary::find(const QString& key) const
{
    const auto it = std::find_if(m_templates.begin(), m_templates.end(),
                                 [&key](const PolicyTemplate& t) { return t.key == key; });
    return it == m_templates.end() ? nullptr : &*it;
}

} // namespace palisade
