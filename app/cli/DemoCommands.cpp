#include "app/cli/DemoCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/TextTable.h"
#include "core/demo/DemoClock.h"
#include "core/demo/DemoGenerator.h"
#include "core/demo/DemoScale.h"
#include "core/program/PassphrasePolicy.h"
#include "core/storage/Vault.h"
#include "core/util/SecretBuffer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

namespace palisade::cli {
namespace {

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString scaleChoices()
{
    QStringList keys;
    for (const DemoScale scale : allDemoScales())
        keys << demoScaleKey(scale);
    return keys.join(QStringLiteral(", "));
}

PassphraseAssessment assess(const SecretBuffer& passphrase, const QStringList& contextWords)
{
    QString candidate = QString::fromUtf8(passphrase.data(), passphrase.size());
    const PassphraseAssessment assessment = PassphrasePolicy().assess(candidate, contextWords);
    wipeString(candidate);
    return assessment;
}

} // namespace

std::vector<CliCommandSpec> DemoCommands::commands()
{
    CliCommandSpec demo;
    demo.words = {QStringLiteral("demo")};
    demo.summary = tr("Create a new program file filled with demonstration data");
    demo.description =
        tr("Creates a new, encrypted program file, like init, and fills it with six years of a "
           "medical coding and billing firm's compliance program: assets and risks, counterparties "
           "and BAAs, the workforce and its training, policies with revisions and "
           "acknowledgments, incidents with their notices, legal holds and the audit trail of "
           "every change, dated back from today. The same scale and seed give the same data on "
           "the same day. An existing file is never overwritten.");
    demo.options = {
        {QStringLiteral("org"), QStringLiteral("NAME"), tr("The organization's name (required).")},
        {QStringLiteral("scale"), QStringLiteral("SCALE"),
         tr("How much data: %1 (default: small).").arg(scaleChoices())},
        {QStringLiteral("seed"), QStringLiteral("N"),
         tr("The seed of the random choices (default: 1).")},
    };
    demo.requiredOptions = {QStringLiteral("org"), QStringLiteral("actor")};
    demo.run = &DemoCommands::demo;
    return {demo};
}

int DemoCommands::demo(CliContext& context)
{
    const CliArguments& arguments = context.arguments();
    const QString name = QStringLiteral("demo");
    const QString path = context.programPath();
    const QString scaleText = arguments.has(QStringLiteral("scale"))
                                  ? arguments.value(QStringLiteral("scale"))
                                  : QStringLiteral("small");
    const std::optional<DemoScale> scale = demoScaleFromKey(scaleText);
    if (!scale)
        return context.usage(name,
                             tr("Unknown scale '%1'; use %2.").arg(scaleText, scaleChoices()));
    quint32 seed = 1;
    if (arguments.has(QStringLiteral("seed"))) {
        bool ok = false;
        seed = arguments.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return context.usage(name, tr("'--seed' needs a whole number, not '%1'.")
                                           .arg(arguments.value(QStringLiteral("seed"))));
    }
    if (QFileInfo::exists(path)) {
        return context.fail(
            {ErrorKind::Io,
             tr("A file already exists at this location; Palisade will not overwrite it."),
             nativePath(path)});
    }

    ProgramProfile profile;
    profile.organization = arguments.value(QStringLiteral("org")).trimmed();
    profile.officerName = context.actor();
    profile.officerRole = OfficerRole::PrivacyAndSecurityOfficer;
    Result<SecretBuffer> passphrase = context.passphrases().readNew(
        tr("Passphrase for the new file: "), tr("Repeat the passphrase: "));
    if (!passphrase)
        return context.fail(passphrase.error());
    const PassphraseAssessment assessment =
        assess(passphrase.value(), {profile.organization, profile.officerName});
    if (!assessment.acceptable)
        return context.fail(
            {ErrorKind::Invalid, tr("The passphrase was refused: %1").arg(assessment.problem), {}});

    const DemoSettings settings = DemoSettings::forScale(*scale, seed);
    const QDateTime now = context.clock().nowUtc();
    DemoClock clock(DemoGenerator::startOf(settings, now));
    Result<std::unique_ptr<Program>> created =
        Program::create(path, passphrase.value(), profile, clock, DemoGenerator::vault());
    passphrase.value().wipe();
    if (!created)
        return context.fail(created.error());
    std::unique_ptr<Program> program = std::move(created).value();

    QElapsedTimer timer;
    timer.start();
    int shown = -1;
    DemoGenerator generator(*program, clock, settings, now);
    const Result<DemoTally> tally = generator.run([&](int percent, const QDate& day) {
        if (percent / 10 == shown)
            return;
        shown = percent / 10;
        context.output().message(
            tr("Generating %1: %2%").arg(day.toString(u"yyyy-MM")).arg(percent));
    });
    if (!tally) {
        program.reset();
        Vault::discardCreated(path);
        return context.fail(tally.error());
    }
    program->lock(QStringLiteral("cli"));
    program.reset();
    const double seconds = double(timer.elapsed()) / 1000.0;

    if (context.output().json()) {
        QJsonObject counts;
        for (int i = 0; i < DemoTally::itemCount; ++i)
            counts.insert(DemoTally::key(DemoTally::Item(i)), tally->count(DemoTally::Item(i)));
        context.output().printJson(QJsonObject{
            {QStringLiteral("ok"), true},
            {QStringLiteral("file"), nativePath(path)},
            {QStringLiteral("scale"), demoScaleKey(*scale)},
            {QStringLiteral("seed"), qint64(seed)},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("counts"), counts},
        });
    } else {
        TextTable table({tr("What"), tr("Count")});
        table.setRightAligned(1);
        for (int i = 0; i < DemoTally::itemCount; ++i) {
            const auto item = DemoTally::Item(i);
            table.addRow({DemoTally::label(item), QString::number(tally->count(item))});
        }
        context.output().print(table);
    }
    context.output().message(tr("Created the demonstration file %1 for %2 in %3 s.")
                                 .arg(nativePath(path), profile.organization)
                                 .arg(seconds, 0, 'f', 1));
    return 0;
}

} // namespace palisade::cli
