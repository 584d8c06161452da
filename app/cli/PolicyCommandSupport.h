#pragma once

#include "app/cli/PolicyLookup.h"
#include "core/program/Program.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <memory>
#include <optional>

namespace palisade::cli {

class CliContext;

// What the policy commands share: opening the file on the policy a command
// names, reading a revision number option, and the JSON of a policy.
class PolicyCommandSupport
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::PolicyCommandSupport)

public:
    struct Opened
    {
        std::unique_ptr<Program> program;
        std::optional<PolicyLookup> lookup; // empty when opening failed
        int exitCode = 0;
    };

    // Opens the file and finds the policy named by the first operand.
    static Opened open(CliContext& context, Vault::Access access);
    // The revision number given with `option`, 0 when absent; nullopt (with
    // `exitCode` set) when it is not a number.
    static std::optional<int> revisionOption(CliContext& context, const QString& command,
                                             const QString& option, int& exitCode);
    static QJsonObject policyJson(const Policy& policy);
    // "privacy|security|..." for help texts and messages.
    static QString categoryChoices();
};

} // namespace palisade::cli
