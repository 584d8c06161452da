#pragma once

#include "core/policies/PolicyTemplate.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace palisade {

// Reads one template file: a header of `name: value` lines ended by a line
// `---`, then the Markdown body. Every header field is required and checked,
// so a mistake in a shipped template is caught by the tests, not by a user.
class PolicyTemplateParser
{
public:
    static Result<PolicyTemplate> parse(const QByteArray& bytes, const QString& fileName);

    static QStringList categoryKeys();
};

} // namespace palisade
