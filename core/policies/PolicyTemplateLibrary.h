#pragma once

#include "core/policies/PolicyTemplate.h"
#include "core/util/Result.h"

#include <QString>
#include <vector>

namespace palisade {

// The starter policies shipped with the program (or read from a folder of
// template files), sorted by their suggested code.
class PolicyTemplateLibrary
{
public:
    static QString defaultDirectory() { return QStringLiteral(":/templates"); }

    // Reads every *.md file in `directory`. Fails on the first malformed file
    // (in file-name order), naming it, or when two files share a key or code.
    static Result<PolicyTemplateLibrary> load(const QString& directory = defaultDirectory());

    const std::vector<PolicyTemplate>& templates() const { return m_templates; }
    std::size_t size() const { return m_templates.size(); }
    const PolicyTemplate* find(const QString& key) const;

private:
    explicit PolicyTemplateLibrary(std::vector<PolicyTemplate> templates);

    std::vector<PolicyTemplate> m_templates;
};

} // namespace palisade
