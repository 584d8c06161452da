#include "app/cli/PolicyCommandSupport.h"

#include "app/cli/CliContext.h"
#include "core/policies/PolicyJson.h"
#include "core/policies/PolicyRegister.h"

namespace palisade::cli {

PolicyCommandSupport::Opened PolicyCommandSupport::open(CliContext& context, Vault::Access access)
{
    Opened result;
    Result<std::unique_ptr<Program>> opened = context.openProgram(access);
    if (!opened) {
        result.exitCode = context.fail(opened.error());
        return result;
    }
    result.program = std::move(opened.value());
    Result<PolicyLookup> lookup =
        PolicyLookup::find(result.program->policies(), context.arguments().operands().value(0));
    if (!lookup) {
        result.exitCode = context.fail(lookup.error());
        return result;
    }
    result.lookup = std::move(*lookup);
    return result;
}

std::optional<int> PolicyCommandSupport::revisionOption(CliContext& context, const QString& command,
                                                        const QString& option, int& exitCode)
{
    if (!context.arguments().has(option))
        return 0;
    bool ok = false;
    const int number = context.arguments().value(option).toInt(&ok);
    if (ok && number >= 1)
        return number;
    exitCode = context.usage(command, tr("'--%1' needs a revision number, not '%2'.")
                                          .arg(option, context.arguments().value(option)));
    return std::nullopt;
}

QJsonObject PolicyCommandSupport::policyJson(const Policy& policy)
{
    QJsonObject json = PolicyJson::toJson(policy);
    json.insert(QStringLiteral("category"), policyCategoryKey(policy.category));
    return json;
}

QString PolicyCommandSupport::categoryChoices()
{
    QStringList keys;
    for (const PolicyCategory category : allPolicyCategories())
        keys << policyCategoryKey(category);
    return keys.join(QLatin1Char('|'));
}

} // namespace palisade::cli
