#include "app/cli/PackCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/TableFileCommand.h"
#include "app/cli/TextTable.h"
#include "core/evidence/EvidencePackJson.h"
#include "core/evidence/EvidencePackRegister.h"
#include "core/evidence/PackBundleJson.h"
#include "core/evidence/PackBundleReader.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace palisade::cli {
namespace {

QString sectionKeys()
{
    QStringList keys;
    for (const PackSection section : allPackSections())
        keys << packSectionKey(section);
    return keys.join(QLatin1Char(','));
}

QString sectionList(const std::vector<PackSection>& sections)
{
    QStringList keys;
    for (const PackSection section : sections)
        keys << packSectionKey(section);
    return keys.join(QLatin1Char(','));
}

QString exportedAt(const EvidencePack& pack)
{
    return pack.exportedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString utcMinute(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// Whether `file` is to be checked as a bundle: a .zip name, or zip content
// under another name.
bool isBundle(const QString& file)
{
    if (file.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive))
        return true;
    QFile probe(file);
    return probe.open(QIODevice::ReadOnly) && PackBundleReader::looksLikeZip(probe.read(4));
}

} // namespace

std::vector<CliCommandSpec> PackCommands::commands()
{
    std::vector<CliCommandSpec> list;

    CliCommandSpec exportCommand = CliCommandSpec::make(
        u"pack", QStringLiteral("export"), tr("Export an evidence pack as a PDF"),
        tr("Writes the evidence pack of a period: the program as it stood on its last day and "
           "what happened within it, section by section, with a manifest of each section's "
           "record count and the SHA-256 of its data. The file's own SHA-256 is recorded in the "
           "program's audit trail, so `pack verify` can recognise it later. Sections: %1 "
           "(all unless --sections names some). With --bundle, also writes a zip holding the "
           "PDF, a manifest.json (the pack, each section's record count and SHA-256, and every "
           "file with its size and SHA-256) and the attachments of the records the chosen "
           "sections cover: the signed documents of the agreements in the BAA section, the "
           "evidence files and notice letters of the incidents in the incident section, and the "
           "text of each policy's revision in effect in the policy section (policies/CODE-revN"
           ".txt, with its signed copy when one is attached). The bundle's SHA-256 is recorded "
           "in the audit trail too. An existing file is left alone (exit code 5) unless "
           "--replace is given.")
            .arg(sectionKeys()),
        &PackCommands::exportPack);
    exportCommand.options = {
        {QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"),
         tr("The first day of the period (required).")},
        {QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"),
         tr("The last day of the period (required).")},
        {QStringLiteral("out"), QStringLiteral("FILE.pdf"),
         tr("Where to write the PDF (required).")},
        {QStringLiteral("sections"), QStringLiteral("a,b,c"),
         tr("The sections to include, by key.")},
        {QStringLiteral("paper"), QStringLiteral("a4|letter"), tr("The paper size (letter).")},
        {QStringLiteral("prepared-for"), QStringLiteral("NAME"),
         tr("The auditor or client the pack is for.")},
        {QStringLiteral("prepared-by"), QStringLiteral("NAME"),
         tr("Who prepared it (the actor unless given).")},
        {QStringLiteral("note"), QStringLiteral("TEXT"), tr("A note for the cover.")},
        {QStringLiteral("bundle"), QStringLiteral("FILE.zip"),
         tr("Also write the evidence bundle (the PDF, manifest.json and attachments) here.")},
        {QStringLiteral("replace"), QString(), tr("Replace existing files.")},
    };
    exportCommand.requiredOptions = {QStringLiteral("from"), QStringLiteral("to"),
                                     QStringLiteral("out")};
    list.push_back(exportCommand);

    CliCommandSpec verifyCommand = CliCommandSpec::make(
        u"pack", QStringLiteral("verify"),
        tr("Check that a PDF or bundle is exactly one this program exported"),
        tr("For a PDF: computes the SHA-256 of FILE and looks for the export of a pack with "
           "that hash in the program file and in its audit trail. Exit code 0 names the pack, "
           "who exported it and when; exit code 3 means this exact file was not exported from "
           "this program file (a single changed byte is enough). "
           "For a bundle (a .zip, or any file that is a zip): checks, in this order, that its "
           "manifest.json is one the audit trail recorded for a bundle of the pack it names, "
           "that the PDF inside has the size and SHA-256 the manifest lists and is that pack "
           "exactly as exported, that every attachment the manifest lists is there with its "
           "size and SHA-256, and that the zip holds nothing else. Exit code 0 names the pack "
           "and who exported the bundle and when, and says whether the zip is byte for byte "
           "the one exported (a zip repacked by another tool still verifies when every file in "
           "it matches); exit code 3 names the first thing that does not match. The program "
           "file is opened read-only."),
        &PackCommands::verify);
    verifyCommand.operands = {QStringLiteral("FILE.pdf|FILE.zip")};
    list.push_back(verifyCommand);

    list.push_back(CliCommandSpec::make(
        u"pack", QStringLiteral("list"), tr("List the evidence packs exported"),
        tr("Lists every evidence pack exported from the program file, "
           "newest first: pack ID, period, sections, pages, who exported it "
           "and when, and the file's SHA-256. The file is opened read-only."),
        &PackCommands::list));
    return list;
}

int PackCommands::exportPack(CliContext& context)
{
    const QString name = QStringLiteral("pack export");
    const CliArguments& arguments = context.arguments();
    int exitCode = 0;
    const std::optional<QDate> from =
        context.dateOption(name, QStringLiteral("from"), QDate(), exitCode);
    if (!from)
        return exitCode;
    const std::optional<QDate> to =
        context.dateOption(name, QStringLiteral("to"), QDate(), exitCode);
    if (!to)
        return exitCode;

    PackRequest request;
    request.from = *from;
    request.to = *to;
    const QString paper = arguments.value(QStringLiteral("paper"));
    if (!paper.isEmpty()) {
        const std::optional<PackPaper> chosen = packPaperFromKey(paper);
        if (!chosen)
            return context.usage(name, tr("'--paper' is a4 or letter, not '%1'.").arg(paper));
        request.paper = *chosen;
    }
    const QString sections = arguments.value(QStringLiteral("sections"));
    if (sections.trimmed().isEmpty()) {
        const auto all = allPackSections();
        request.sections.assign(all.begin(), all.end());
    } else {
        for (const QString& key : sections.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<PackSection> section = packSectionFromKey(key);
            if (!section)
                return context.usage(name, tr("'%1' is not a section; the sections are %2.")
                                               .arg(key.trimmed(), sectionKeys()));
            request.sections.push_back(*section);
        }
    }
    request.preparedFor = arguments.value(QStringLiteral("prepared-for"));
    request.preparedBy = arguments.value(QStringLiteral("prepared-by"));
    request.note = arguments.value(QStringLiteral("note"));
    const QString out = arguments.value(QStringLiteral("out"));
    const OverwritePolicy overwrite = arguments.has(QStringLiteral("replace"))
                                          ? OverwritePolicy::Replace
                                          : OverwritePolicy::Refuse;
    if (const QStringList problems = EvidencePackRegister::problems(request); !problems.isEmpty())
        return context.usage(name, problems.join(QLatin1Char(' ')));
    if (Result<void> target = ExportTarget::check(out, overwrite); !target)
        return context.fail(target.error());
    const QString bundlePath = arguments.value(QStringLiteral("bundle"));
    if (arguments.has(QStringLiteral("bundle"))) {
        if (bundlePath.trimmed().isEmpty())
            return context.usage(name, tr("'--bundle' needs the name of the zip to write."));
        if (QFileInfo(bundlePath).absoluteFilePath() == QFileInfo(out).absoluteFilePath())
            return context.usage(name, tr("'--bundle' and '--out' must name different files."));
        if (Result<void> target = ExportTarget::check(bundlePath, overwrite); !target)
            return context.fail(target.error());
    }

    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadWrite);
    if (!opened)
        return context.fail(opened.error());
    if (!arguments.has(QStringLiteral("prepared-by")))
        request.preparedBy = opened.value()->actor();
    EvidencePackRegister& packs = opened.value()->evidencePacks();
    Result<PreparedPack> prepared = packs.prepare(request);
    if (!prepared)
        return context.fail(prepared.error());
    Result<RenderedPack> rendered = EvidencePackRegister::render(*prepared);
    if (!rendered)
        return context.fail(rendered.error());
    Result<EvidencePack> pack = packs.save(*prepared, *rendered, out, overwrite);
    if (!pack)
        return context.fail(pack.error());
    context.output().message(
        tr("Wrote evidence pack %1 (%n page(s)) to %2; SHA-256 %3.", nullptr, pack->pageCount)
            .arg(pack->packId, TableFileCommand::nativePath(out), pack->sha256));

    std::optional<PackBundle> bundle;
    if (!bundlePath.isEmpty()) {
        Result<PackBundle> written =
            packs.saveBundle(*prepared, *rendered, *pack, bundlePath, overwrite);
        if (!written) {
            Error error = written.error();
            error.message = tr("Evidence pack %1 was written, but its bundle was not: %2")
                                .arg(pack->packId, error.message);
            return context.fail(error);
        }
        bundle = *written;
        context.output().message(
            tr("Wrote its bundle with %n attachment(s) to %1; SHA-256 %2.", nullptr,
               int(bundle->attachments.size()))
                .arg(TableFileCommand::nativePath(bundlePath), bundle->sha256));
    }

    if (context.output().json()) {
        QJsonObject json = EvidencePackJson::toJson(*pack);
        json.insert(QStringLiteral("ok"), true);
        json.insert(QStringLiteral("file"), TableFileCommand::nativePath(out));
        if (bundle) {
            QJsonObject bundleJson = PackBundleJson::toJson(*bundle);
            bundleJson.insert(QStringLiteral("file"), TableFileCommand::nativePath(bundlePath));
            json.insert(QStringLiteral("bundle"), bundleJson);
        }
        context.output().printJson(json);
    }
    return 0;
}

int PackCommands::verifyBundle(CliContext& context, Program& program, const QString& file)
{
    const QString shown = TableFileCommand::nativePath(file);
    Result<PackBundleVerification> checked = program.evidencePacks().verifyBundle(file);
    if (!checked)
        return context.fail(checked.error());
    if (!checked->verified) {
        const Error error{ErrorKind::Integrity,
                          tr("%1 is not an evidence bundle exported from this program file, "
                             "unchanged: %2")
                              .arg(shown, checked->mismatch),
                          {}};
        if (!context.output().json())
            return context.fail(error);
        // One JSON document on standard output, the message on standard error.
        context.output().message(tr("palisade-cli: %1").arg(error.message));
        context.output().printJson(QJsonObject{{QStringLiteral("verified"), false},
                                               {QStringLiteral("file"), file},
                                               {QStringLiteral("mismatch"), checked->mismatch},
                                               {QStringLiteral("message"), error.message}});
        return exitCodeFor(error.kind);
    }
    const EvidencePack& pack = *checked->pack;
    const PackBundle& bundle = *checked->bundle;
    if (context.output().json()) {
        QJsonObject json{
            {QStringLiteral("verified"), true},
            {QStringLiteral("file"), file},
            {QStringLiteral("sha256"), checked->sha256},
            {QStringLiteral("exact_file"), checked->exactFile},
            {QStringLiteral("files_checked"), checked->filesChecked},
            {QStringLiteral("pack"), EvidencePackJson::toJson(pack)},
            {QStringLiteral("bundle"), PackBundleJson::toJson(bundle)},
        };
        context.output().printJson(json);
        return 0;
    }
    context.output().print(
        tr("%1 is the evidence bundle of pack %2: all %n file(s) match its manifest.", nullptr,
           checked->filesChecked)
            .arg(shown, pack.packId));
    context.output().print(checked->exactFile
                               ? tr("The zip is byte for byte the one exported.")
                               : tr("The zip is not byte for byte the one exported (it was "
                                    "repacked), but every file in it is."));
    context.output().print(tr("Bundle exported by %1 on %2; the pack by %3 on %4.")
                               .arg(bundle.exportedBy, utcMinute(bundle.exportedAt),
                                    pack.exportedBy, exportedAt(pack)));
    context.output().print(
        tr("Period %1 to %2; sections %3; %n attachment(s).", nullptr,
           int(bundle.attachments.size()))
            .arg(isoDate(pack.from), isoDate(pack.to), sectionList(pack.sections)));
    context.output().print(tr("SHA-256 %1").arg(checked->sha256));
    return 0;
}

int PackCommands::verify(CliContext& context)
{
    const QString file = context.arguments().operands().value(0);
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    if (isBundle(file))
        return verifyBundle(context, *opened.value(), file);
    Result<std::optional<EvidencePack>> found = opened.value()->evidencePacks().recognise(file);
    if (!found)
        return context.fail(found.error());
    if (!found->has_value()) {
        const Error error{ErrorKind::Integrity,
                          tr("%1 is not an evidence pack exported from this program file: no "
                             "export has its SHA-256. It may have been changed after export, or "
                             "come from another program file.")
                              .arg(TableFileCommand::nativePath(file)),
                          {}};
        if (!context.output().json())
            return context.fail(error);
        // One JSON document on standard output, the message on standard error.
        context.output().message(tr("palisade-cli: %1").arg(error.message));
        context.output().printJson(QJsonObject{{QStringLiteral("verified"), false},
                                               {QStringLiteral("file"), file},
                                               {QStringLiteral("message"), error.message}});
        return exitCodeFor(error.kind);
    }
    const EvidencePack& pack = **found;
    if (context.output().json()) {
        QJsonObject json = EvidencePackJson::toJson(pack);
        json.insert(QStringLiteral("verified"), true);
        context.output().printJson(json);
        return 0;
    }
    context.output().print(tr("%1 is evidence pack %2, exactly as exported.")
                               .arg(TableFileCommand::nativePath(file), pack.packId));
    context.output().print(tr("Exported by %1 on %2.").arg(pack.exportedBy, exportedAt(pack)));
    context.output().print(
        tr("Period %1 to %2; sections %3; %n page(s).", nullptr, pack.pageCount)
            .arg(isoDate(pack.from), isoDate(pack.to), sectionList(pack.sections)));
    if (!pack.preparedFor.isEmpty() || !pack.preparedBy.isEmpty())
        context.output().print(
            tr("Prepared for %1 by %2.")
                .arg(pack.preparedFor.isEmpty() ? tr("(not stated)") : pack.preparedFor,
                     pack.preparedBy.isEmpty() ? tr("(not stated)") : pack.preparedBy));
    context.output().print(tr("SHA-256 %1").arg(pack.sha256));
    return 0;
}

int PackCommands::list(CliContext& context)
{
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Result<std::vector<EvidencePack>> packs = opened.value()->evidencePacks().packs();
    if (!packs)
        return context.fail(packs.error());
    if (context.output().json()) {
        QJsonArray array;
        for (const EvidencePack& pack : *packs)
            array.append(EvidencePackJson::toJson(pack));
        context.output().printJson(array);
        return 0;
    }
    if (packs->empty()) {
        context.output().message(tr("No evidence pack has been exported from this program file."));
        return 0;
    }
    TextTable table({tr("PACK"), tr("PERIOD"), tr("SECTIONS"), tr("PAGES"), tr("EXPORTED"),
                     tr("BY"), tr("SHA-256")});
    table.setRightAligned(3);
    for (const EvidencePack& pack : *packs)
        table.addRow({pack.packId, tr("%1 to %2").arg(isoDate(pack.from), isoDate(pack.to)),
                      sectionList(pack.sections), QString::number(pack.pageCount), exportedAt(pack),
                      pack.exportedBy, pack.sha256});
    for (const QString& line : table.lines())
        context.output().print(line);
    return 0;
}

} // namespace palisade::cli
