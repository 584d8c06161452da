#include "app/cli/ProgramCommands.h"

#include "app/cli/CliContext.h"
#include "core/program/PassphrasePolicy.h"
#include "core/storage/StorageError.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace palisade::cli {
namespace {

const QString lockReason = QStringLiteral("cli");

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

bool roleFromArgument(const QString& text, OfficerRole& role)
{
    if (text == QStringLiteral("privacy"))
        role = OfficerRole::PrivacyOfficer;
    else if (text == QStringLiteral("security"))
        role = OfficerRole::SecurityOfficer;
    else if (text == QStringLiteral("both"))
        role = OfficerRole::PrivacyAndSecurityOfficer;
    else
        return false;
    return true;
}

// The policy's verdict on a new passphrase; the decoded copy is wiped at once.
PassphraseAssessment assess(const SecretBuffer& passphrase, const QStringList& contextWords)
{
    QString candidate = QString::fromUtf8(passphrase.data(), passphrase.size());
    const PassphraseAssessment assessment = PassphrasePolicy().assess(candidate, contextWords);
    wipeString(candidate);
    return assessment;
}

qint64 eventCount(const Program& program, qint64 fallback)
{
    try {
        return program.auditTrail().count();
    } catch (const StorageError&) {
        return fallback;
    }
}

} // namespace

std::vector<CliCommandSpec> ProgramCommands::commands()
{
    std::vector<CliCommandSpec> list;

    CliCommandSpec init;
    init.words = {QStringLiteral("init")};
    init.summary = tr("Create a new, encrypted program file");
    init.description =
        tr("Creates a new program file for an organization, encrypted with a passphrase of your "
           "choice. The officer who keeps the file is named with --actor. The passphrase must have "
           "at "
           "least %1 characters and must not be a common password or contain the organization's or "
           "officer's name; several unrelated words work well. On a terminal you are asked for it "
           "twice. An existing file is never overwritten.")
            .arg(PassphrasePolicy::minimumLength);
    init.options = {
        {QStringLiteral("org"), QStringLiteral("NAME"), tr("The organization's name (required).")},
        {QStringLiteral("role"), QStringLiteral("ROLE"),
         tr("The officer's role: privacy, security or both (default: both).")},
    };
    init.requiredOptions = {QStringLiteral("org"), QStringLiteral("actor")};
    init.run = &ProgramCommands::init;
    list.push_back(init);

    CliCommandSpec check;
    check.words = {QStringLiteral("check")};
    check.summary = tr("Check the file's encryption, structure and audit trail");
    check.description =
        tr("Opens the file read-only, without recording anything, and runs every check: the page "
           "authentication codes of the encryption, the database structure, references between "
           "records and the audit trail's hash chain. Each problem found is listed and the exit "
           "code is 3.");
    check.run = &ProgramCommands::check;
    list.push_back(check);

    CliCommandSpec rekey;
    rekey.words = {QStringLiteral("rekey")};
    rekey.summary = tr("Change the passphrase");
    rekey.description = tr(
        "Re-encrypts the file under a new passphrase, which must meet the same rules as at init. "
        "The current passphrase is read as usual; the new one comes from --new-passphrase-file, "
        "or on a terminal you are asked for it twice. Backups made earlier keep the passphrase "
        "they were made with.");
    rekey.options = {
        {QStringLiteral("new-passphrase-file"), QStringLiteral("FILE"),
         tr("Read the new passphrase from the first line of FILE.")},
    };
    rekey.run = &ProgramCommands::rekey;
    list.push_back(rekey);

    CliCommandSpec backup;
    backup.words = {QStringLiteral("backup")};
    backup.summary = tr("Write an encrypted copy of the file");
    backup.description = tr(
        "Writes a consistent, encrypted copy of the program file to a new file. The copy opens "
        "with the same passphrase. An existing file is never overwritten. The backup is recorded "
        "in the audit trail of the original.");
    backup.options = {
        {QStringLiteral("out"), QStringLiteral("FILE"), tr("Where to write the copy (required).")},
    };
    backup.requiredOptions = {QStringLiteral("out")};
    backup.run = &ProgramCommands::backup;
    list.push_back(backup);

    return list;
}

int ProgramCommands::init(CliContext& context)
{
    const CliArguments& arguments = context.arguments();
    const QString path = context.programPath();
    const QString organization = arguments.value(QStringLiteral("org")).trimmed();
    const QString officer = context.actor();

    ProgramProfile profile;
    profile.organization = organization;
    profile.officerName = officer;
    const QString roleText = arguments.has(QStringLiteral("role"))
                                 ? arguments.value(QStringLiteral("role"))
                                 : QStringLiteral("both");
    if (!roleFromArgument(roleText, profile.officerRole)) {
        return context.fail({ErrorKind::Usage,
                             tr("Unknown role '%1'; use privacy, security or both.").arg(roleText),
                             {}});
    }
    if (QFileInfo::exists(path)) {
        return context.fail(
            {ErrorKind::Io,
             tr("A file already exists at this location; Palisade will not overwrite it."),
             nativePath(path)});
    }

    if (!arguments.has(QStringLiteral("passphrase-file")) && PassphraseSource::canPrompt()) {
        context.output().message(
            tr("Choose a passphrase of at least %1 characters. Several unrelated "
               "words work well. It cannot be recovered if it is lost.")
                .arg(PassphrasePolicy::minimumLength));
    }
    Result<SecretBuffer> passphrase = context.passphrases().readNew(
        tr("Passphrase for the new file: "), tr("Repeat the passphrase: "));
    if (!passphrase)
        return context.fail(passphrase.error());
    const PassphraseAssessment assessment = assess(passphrase.value(), {organization, officer});
    if (!assessment.acceptable)
        return context.fail(
            {ErrorKind::Invalid, tr("The passphrase was refused: %1").arg(assessment.problem), {}});

    Result<std::unique_ptr<Program>> created =
        Program::create(path, passphrase.value(), profile, context.clock());
    passphrase.value().wipe();
    if (!created)
        return context.fail(created.error());
    Program& program = *created.value();
    const qint64 events = eventCount(program, 1);
    program.lock(lockReason);

    if (context.output().json()) {
        context.output().printJson(QJsonObject{
            {QStringLiteral("ok"), true},
            {QStringLiteral("file"), nativePath(path)},
            {QStringLiteral("organization"), profile.organization},
            {QStringLiteral("officer"), profile.officerName},
            {QStringLiteral("role"), officerRoleKey(profile.officerRole)},
            {QStringLiteral("events"), events},
        });
    }
    context.output().message(tr("Created the program file %1 for %2, kept by %3 (%4).")
                                 .arg(nativePath(path), profile.organization, profile.officerName,
                                      officerRoleLabel(profile.officerRole)));
    return 0;
}

int ProgramCommands::check(CliContext& context)
{
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Program& program = *opened.value();
    const IntegrityReport report = program.check();
    const qint64 events = eventCount(program, report.chain.eventsChecked);
    const QString file = nativePath(context.programPath());

    if (context.output().json()) {
        QJsonArray findings;
        for (const IntegrityReport::Finding& finding : report.findings) {
            findings.append(QJsonObject{{QStringLiteral("check"), finding.check},
                                        {QStringLiteral("message"), finding.message}});
        }
        context.output().printJson(QJsonObject{
            {QStringLiteral("ok"), report.ok()},
            {QStringLiteral("file"), file},
            {QStringLiteral("cipher_version"), report.cipherVersion},
            {QStringLiteral("schema_version"), report.schemaVersion},
            {QStringLiteral("events"), events},
            {QStringLiteral("head_hash"), report.chain.headHash},
            {QStringLiteral("findings"), findings},
        });
    }

    CliOutput& output = context.output();
    if (report.ok()) {
        output.message(tr("%1: all checks passed.").arg(file));
        output.message(report.chain.describe());
        output.message(tr("SQLCipher %1, schema version %2. Head hash: %3")
                           .arg(report.cipherVersion)
                           .arg(report.schemaVersion)
                           .arg(report.chain.headHash));
        return 0;
    }
    output.message(tr("%1: integrity failure.").arg(file));
    for (const IntegrityReport::Finding& finding : report.findings)
        output.message(QStringLiteral("  - %1: %2").arg(finding.check, finding.message));
    output.message(tr("The file was not changed. Restore it from a backup, and keep this copy for "
                      "investigation."));
    return exitCodeFor(ErrorKind::Integrity);
}

int ProgramCommands::rekey(CliContext& context)
{
    const CliArguments& arguments = context.arguments();
    std::optional<SecretBuffer> next;
    if (arguments.has(QStringLiteral("new-passphrase-file"))) {
        Result<SecretBuffer> fromFile =
            PassphraseSource::readFile(arguments.value(QStringLiteral("new-passphrase-file")));
        if (!fromFile)
            return context.fail(fromFile.error());
        next = std::move(fromFile).value();
    } else if (!PassphraseSource::canPrompt()) {
        return context.fail(
            {ErrorKind::Usage,
             tr("'rekey' needs --new-passphrase-file FILE when standard input is not a "
                "terminal. Run 'palisade-cli rekey --help' for its options."),
             {}});
    }

    Result<SecretBuffer> current = context.readPassphrase();
    if (!current)
        return context.fail(current.error());
    Result<std::unique_ptr<Program>> opened =
        context.openProgram(current.value(), Vault::Access::ReadWrite);
    if (!opened)
        return context.fail(opened.error());
    Program& program = *opened.value();
    const auto finish = [&](int exitCode) {
        program.lock(lockReason);
        return exitCode;
    };

    if (!next) {
        context.output().message(tr("Choose a new passphrase of at least %1 characters.")
                                     .arg(PassphrasePolicy::minimumLength));
        Result<SecretBuffer> prompted = PassphraseSource::promptTwice(
            tr("New passphrase: "), tr("Repeat the new passphrase: "));
        if (!prompted)
            return finish(context.fail(prompted.error()));
        next = std::move(prompted).value();
    }
    const PassphraseAssessment assessment = assess(
        *next, {program.profile().organization, program.profile().officerName, program.actor()});
    if (!assessment.acceptable) {
        return finish(
            context.fail({ErrorKind::Invalid,
                          tr("The new passphrase was refused: %1").arg(assessment.problem),
                          {}}));
    }
    if (Result<void> changed = program.changePassphrase(current.value(), *next); !changed)
        return finish(context.fail(changed.error()));

    if (context.output().json()) {
        context.output().printJson(
            QJsonObject{{QStringLiteral("ok"), true},
                        {QStringLiteral("file"), nativePath(context.programPath())}});
    }
    context.output().message(
        tr("The passphrase was changed. Backups made before keep the old one."));
    return finish(0);
}

int ProgramCommands::backup(CliContext& context)
{
    const QString out = context.arguments().value(QStringLiteral("out"));
    // Checked before unlocking too, so a mistyped target costs no passphrase.
    if (QFileInfo::exists(out)) {
        return context.fail(
            {ErrorKind::Io,
             tr("A file already exists at the backup location; it was not overwritten."),
             nativePath(out)});
    }
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadWrite);
    if (!opened)
        return context.fail(opened.error());
    Program& program = *opened.value();
    const auto finish = [&](int exitCode) {
        program.lock(lockReason);
        return exitCode;
    };

    const qint64 events = eventCount(program, 0);
    if (Result<void> done = program.backup(out); !done)
        return finish(context.fail(done.error()));

    if (context.output().json()) {
        context.output().printJson(
            QJsonObject{{QStringLiteral("ok"), true},
                        {QStringLiteral("file"), nativePath(context.programPath())},
                        {QStringLiteral("backup"), nativePath(out)},
                        {QStringLiteral("events"), events}});
    }
    context.output().message(tr("Backup written to %1 (%2 audit events). It opens with the current "
                                "passphrase.")
                                 .arg(nativePath(out))
                                 .arg(events));
    return finish(0);
}

} // namespace palisade::cli
