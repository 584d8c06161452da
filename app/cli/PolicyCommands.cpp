#include "app/cli/PolicyCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/PolicyLookup.h"
#include "app/cli/TextTable.h"
#include "core/policies/PolicyJson.h"
#include "core/policies/PolicyRegister.h"
#include "core/policies/PolicyTemplateLibrary.h"
#include "core/policies/WordDiff.h"
#include "core/policies/WordDiffPlainText.h"
#include "core/risk/RiskCsvValues.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace palisade::cli {
namespace {

QStringList listOption(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

std::optional<PolicyCategory> categoryFrom(const QString& text)
{
    const QString wanted = RiskCsvValues::normalized(text);
    for (const PolicyCategory category : allPolicyCategories()) {
        if (wanted == policyCategoryKey(category) ||
            wanted == RiskCsvValues::normalized(policyCategoryLabel(category)))
            return category;
    }
    return std::nullopt;
}

QString categoryChoices()
{
    QStringList keys;
    for (const PolicyCategory category : allPolicyCategories())
        keys << policyCategoryKey(category);
    return keys.join(QLatin1Char('|'));
}

// The Markdown of FILE, read as UTF-8.
Result<QString> readMarkdown(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Io,
                     PolicyCommands::tr("%1 cannot be read: %2").arg(path, file.errorString()),
                     {}};
    return QString::fromUtf8(file.readAll());
}

QString revisionLine(const PolicyRevision& revision)
{
    switch (revision.state) {
    case RevisionState::Effective:
        return PolicyCommands::tr("Revision %1, in effect since %2 (approved %3)")
            .arg(revision.number)
            .arg(isoDate(revision.effectiveOn), isoDate(revision.approvedOn));
    case RevisionState::Superseded:
    case RevisionState::Retired:
        return PolicyCommands::tr("Revision %1, %2: in effect %3 to %4")
            .arg(revision.number)
            .arg(revisionStateLabel(revision.state).toLower(), isoDate(revision.effectiveOn),
                 isoDate(revision.endedOn));
    case RevisionState::Approved:
        return PolicyCommands::tr("Revision %1, approved %2, not yet in effect")
            .arg(revision.number)
            .arg(isoDate(revision.approvedOn));
    case RevisionState::Draft:
    case RevisionState::InReview:
        break;
    }
    return PolicyCommands::tr("Revision %1, %2")
        .arg(revision.number)
        .arg(revisionStateLabel(revision.state).toLower());
}

QJsonObject policyJson(const Policy& policy)
{
    QJsonObject json = PolicyJson::toJson(policy);
    json.insert(QStringLiteral("category"), policyCategoryKey(policy.category));
    return json;
}

void printLines(CliContext& context, const TextTable& table)
{
    for (const QString& line : table.lines())
        context.output().print(line);
}

// Opens the file and finds the policy named by the first operand.
struct Opened
{
    std::unique_ptr<Program> program;
    std::optional<PolicyLookup> lookup;
    int exitCode = 0;
};

Opened openPolicy(CliContext& context, Vault::Access access)
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

std::optional<int> revisionNumber(CliContext& context, const QString& command,
                                  const QString& option, int& exitCode)
{
    if (!context.arguments().has(option))
        return 0;
    bool ok = false;
    const int number = context.arguments().value(option).toInt(&ok);
    if (ok && number >= 1)
        return number;
    exitCode =
        context.usage(command, PolicyCommands::tr("'--%1' needs a revision number, not '%2'.")
                                   .arg(option, context.arguments().value(option)));
    return std::nullopt;
}

CliCommandSpec command(const QString& verb, const QString& summary, const QString& description,
                       const std::function<int(CliContext&)>& run)
{
    CliCommandSpec spec;
    spec.words = {QStringLiteral("policy"), verb};
    spec.summary = summary;
    spec.description = description;
    spec.run = run;
    return spec;
}

const QStringList policyOperand{QStringLiteral("POLICY")};

} // namespace

std::vector<CliCommandSpec> PolicyCommands::commands()
{
    std::vector<CliCommandSpec> list;

    list.push_back(command(
        QStringLiteral("list"), tr("List the policies with their revision in effect"),
        tr("Lists every policy by code with its category, owner, the revision in effect and "
           "since when, its next review date and any revision being drafted or reviewed. The "
           "file is opened read-only."),
        &PolicyCommands::list));

    CliCommandSpec show = command(
        QStringLiteral("show"), tr("Print a policy and the words of one revision"),
        tr("Prints the policy's details and the Markdown of its revision in effect (or, when "
           "none is, its newest revision), or of the revision given with --revision. POLICY is "
           "the policy's code, e.g. SEC-004. The file is opened read-only."),
        &PolicyCommands::show);
    show.operands = policyOperand;
    show.options = {{QStringLiteral("revision"), QStringLiteral("N"), tr("Show revision N.")}};
    list.push_back(show);

    CliCommandSpec history =
        command(QStringLiteral("history"), tr("List a policy's revisions and their approvals"),
                tr("Lists every revision of the policy with its state, approval, effective and "
                   "end dates, author and change summary, and under each the sign-offs it "
                   "received. The file is opened read-only."),
                &PolicyCommands::history);
    history.operands = policyOperand;
    list.push_back(history);

    CliCommandSpec diff =
        command(QStringLiteral("diff"), tr("Show what changed between two revisions, word by word"),
                tr("Compares two revisions of the policy word by word. Removed words are shown as "
                   "[-words-] and added words as {+words+}. Without options the newest revision is "
                   "compared with the one before it. The file is opened read-only."),
                &PolicyCommands::diff);
    diff.operands = policyOperand;
    diff.options = {
        {QStringLiteral("from"), QStringLiteral("N"),
         tr("The earlier revision (default: the one before --to).")},
        {QStringLiteral("to"), QStringLiteral("N"),
         tr("The later revision (default: the newest).")},
    };
    list.push_back(diff);

    CliCommandSpec templates = command(
        QStringLiteral("templates"), tr("List the starter policy templates"),
        tr("Lists the starter policies shipped with Palisade, by key, suggested code and title. "
           "'policy add --template KEY' adopts one as a new policy's first draft. No program "
           "file is needed."),
        &PolicyCommands::templates);
    templates.needsProgram = false;
    list.push_back(templates);

    CliCommandSpec add = command(
        QStringLiteral("add"), tr("Add a policy with its first draft revision"),
        tr("Adds a policy and its revision 1 as a draft. --template adopts a starter template: "
           "its code, title, category, review cycle, citations, approver roles and text, each of "
           "which the other options override. Without a template --code and --title are "
           "required. Submit the draft with 'policy submit' or replace its words with 'policy "
           "revise'."),
        &PolicyCommands::add);
    add.options = {
        {QStringLiteral("template"), QStringLiteral("KEY"),
         tr("Start from this starter template ('policy templates' lists them).")},
        {QStringLiteral("code"), QStringLiteral("CODE"), tr("The policy's code, e.g. SEC-004.")},
        {QStringLiteral("title"), QStringLiteral("TEXT"), tr("The policy's title.")},
        {QStringLiteral("category"), categoryChoices(), tr("The category (default: security).")},
        {QStringLiteral("owner"), QStringLiteral("NAME"), tr("Who owns the policy.")},
        {QStringLiteral("review-months"), QStringLiteral("N"),
         tr("Months between reviews, 1 to 60 (default: 12).")},
        {QStringLiteral("approvals"), QStringLiteral("ROLES"),
         tr("Comma-separated roles that must approve each revision.")},
        {QStringLiteral("citations"), QStringLiteral("LIST"),
         tr("Comma-separated Security Rule citations the policy addresses.")},
        {QStringLiteral("from-file"), QStringLiteral("FILE.md"),
         tr("The first draft's words, in Markdown.")},
    };
    list.push_back(add);

    CliCommandSpec revise = command(
        QStringLiteral("revise"), tr("Write a new revision from a Markdown file"),
        tr("Puts the words of FILE.md into the policy's open draft, or into a new draft "
           "numbered after the newest revision, and submits it for review unless --keep-draft "
           "is given. A revision in review must be approved or returned to draft in the program "
           "first. From revision 2 on a change summary is required."),
        &PolicyCommands::revise);
    revise.operands = policyOperand;
    revise.options = {
        {QStringLiteral("from-file"), QStringLiteral("FILE.md"),
         tr("The revision's words, in Markdown (required).")},
        {QStringLiteral("summary"), QStringLiteral("TEXT"), tr("What changed and why.")},
        {QStringLiteral("keep-draft"), QString(), tr("Save the draft without submitting it.")},
    };
    revise.requiredOptions = {QStringLiteral("from-file")};
    list.push_back(revise);

    CliCommandSpec submit =
        command(QStringLiteral("submit"), tr("Submit the open draft for review"),
                tr("Moves the policy's draft to review, where approvals are recorded."),
                &PolicyCommands::submit);
    submit.operands = policyOperand;
    list.push_back(submit);

    CliCommandSpec approve = command(
        QStringLiteral("approve"), tr("Record a sign-off of the revision in review"),
        tr("Records an approval of the revision in review. When the approvals cover every role "
           "the policy requires (or, when it names none, on the first approval) the revision "
           "becomes approved and can no longer change."),
        &PolicyCommands::approve);
    approve.operands = policyOperand;
    approve.options = {
        {QStringLiteral("approver"), QStringLiteral("NAME"), tr("Who approves (required).")},
        {QStringLiteral("role"), QStringLiteral("ROLE"), tr("In which role (required).")},
        {QStringLiteral("meaning"), QStringLiteral("TEXT"),
         tr("What the sign-off means (default: \"Approved as <role>\").")},
        {QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
         tr("The day of the approval (default: today).")},
    };
    approve.requiredOptions = {QStringLiteral("approver"), QStringLiteral("role")};
    list.push_back(approve);

    CliCommandSpec effective = command(
        QStringLiteral("make-effective"), tr("Put an approved revision into effect"),
        tr("Puts the newest approved revision (or revision --revision) into effect on --date, "
           "which may lie ahead. The revision in effect until then is superseded, with that day "
           "as its last."),
        &PolicyCommands::makeEffective);
    effective.operands = policyOperand;
    effective.options = {
        {QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
         tr("The first day in effect (required).")},
        {QStringLiteral("revision"), QStringLiteral("N"), tr("The approved revision to use.")},
    };
    effective.requiredOptions = {QStringLiteral("date")};
    list.push_back(effective);

    CliCommandSpec retire = command(
        QStringLiteral("retire"), tr("Retire a policy"),
        tr("Ends the policy: its revision in effect is retired with --date as its last day. "
           "Its revisions are kept for six years after that day."),
        &PolicyCommands::retire);
    retire.operands = policyOperand;
    retire.options = {
        {QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
         tr("The last day in effect (required).")},
        {QStringLiteral("reason"), QStringLiteral("TEXT"), tr("Why it is retired (required).")},
    };
    retire.requiredOptions = {QStringLiteral("date"), QStringLiteral("reason")};
    list.push_back(retire);

    return list;
}

int PolicyCommands::list(CliContext& context)
{
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    PolicyRegister& policies = opened.value()->policies();
    Result<std::vector<Policy>> all = policies.policies();
    if (!all)
        return context.fail(all.error());
    const QDate today = context.clock().today();
    Result<std::vector<PolicyReviewItem>> reviews = policies.reviewsDue(today);
    if (!reviews)
        return context.fail(reviews.error());

    QJsonArray array;
    TextTable table({tr("CODE"), tr("TITLE"), tr("CATEGORY"), tr("IN EFFECT"), tr("NEXT REVIEW"),
                     tr("OPEN REVISION")});
    for (const Policy& policy : *all) {
        Result<std::vector<PolicyRevision>> revisions = policies.revisions(policy.id);
        if (!revisions)
            return context.fail(revisions.error());
        const PolicyRevision* current = revisionInEffect(*revisions, today);
        const PolicyRevision* open = nullptr;
        for (const PolicyRevision& revision : *revisions) {
            if (revision.isOpen())
                open = &revision;
        }
        QDate nextReview;
        bool overdue = false;
        for (const PolicyReviewItem& item : *reviews) {
            if (item.policyId == policy.id) {
                nextReview = item.nextReviewOn;
                overdue = item.overdue;
            }
        }
        if (context.output().json()) {
            QJsonObject json = policyJson(policy);
            json.insert(QStringLiteral("revision_in_effect"),
                        current ? QJsonValue(current->number) : QJsonValue());
            json.insert(QStringLiteral("effective_on"),
                        current ? QJsonValue(isoDate(current->effectiveOn)) : QJsonValue());
            json.insert(QStringLiteral("next_review_on"),
                        nextReview.isValid() ? QJsonValue(isoDate(nextReview)) : QJsonValue());
            json.insert(QStringLiteral("review_overdue"), overdue);
            json.insert(QStringLiteral("open_revision"),
                        open ? QJsonValue(QJsonObject{
                                   {QStringLiteral("number"), open->number},
                                   {QStringLiteral("state"), revisionStateKey(open->state)}})
                             : QJsonValue());
            array.append(json);
            continue;
        }
        QString inEffect =
            policy.isRetired() ? tr("retired %1").arg(isoDate(policy.retiredOn)) : tr("none");
        if (current)
            inEffect =
                tr("rev %1 since %2").arg(current->number).arg(isoDate(current->effectiveOn));
        QString review = isoDate(nextReview);
        if (overdue)
            review = tr("%1 (overdue)").arg(review);
        table.addRow(
            {policy.code, policy.title, policyCategoryLabel(policy.category), inEffect, review,
             open ? tr("rev %1 %2").arg(open->number).arg(revisionStateLabel(open->state).toLower())
                  : QString()});
    }
    if (context.output().json()) {
        context.output().printJson(array);
        return 0;
    }
    if (all->empty()) {
        context.output().message(tr("No policies. 'palisade-cli policy templates' lists starter "
                                    "policies to adopt."));
        return 0;
    }
    printLines(context, table);
    return 0;
}

int PolicyCommands::show(CliContext& context)
{
    int exitCode = 0;
    const std::optional<int> wanted = revisionNumber(context, QStringLiteral("policy show"),
                                                     QStringLiteral("revision"), exitCode);
    if (!wanted)
        return exitCode;
    Opened opened = openPolicy(context, Vault::Access::ReadOnly);
    if (!opened.lookup)
        return opened.exitCode;
    const PolicyLookup& lookup = *opened.lookup;
    const Policy& policy = lookup.policy();
    PolicyRevision revision = lookup.latest();
    if (*wanted > 0) {
        Result<PolicyRevision> numbered = lookup.numbered(*wanted);
        if (!numbered)
            return context.fail(numbered.error());
        revision = *numbered;
    } else if (const PolicyRevision* current =
                   revisionInEffect(lookup.revisions(), context.clock().today())) {
        revision = *current;
    }
    Result<std::vector<PolicyApproval>> approvals =
        opened.program->policies().approvals(revision.id);
    if (!approvals)
        return context.fail(approvals.error());

    if (context.output().json()) {
        QJsonArray signoffs;
        for (const PolicyApproval& approval : *approvals)
            signoffs.append(PolicyJson::toJson(approval, policy.id));
        QJsonObject revisionJson = PolicyJson::toJson(revision);
        revisionJson.insert(QStringLiteral("approvals"), signoffs);
        context.output().printJson(QJsonObject{{QStringLiteral("policy"), policyJson(policy)},
                                               {QStringLiteral("revision"), revisionJson}});
        return 0;
    }
    context.output().print(QStringLiteral("%1  %2").arg(policy.code, policy.title));
    context.output().print(tr("Category: %1. Owner: %2. Reviewed every %n month(s).", nullptr,
                              policy.reviewCycleMonths)
                               .arg(policyCategoryLabel(policy.category),
                                    policy.owner.isEmpty() ? tr("not named") : policy.owner));
    if (!policy.requiredApprovalRoles.isEmpty())
        context.output().print(
            tr("Approved by: %1").arg(policy.requiredApprovalRoles.join(QStringLiteral(", "))));
    if (!policy.citations.isEmpty())
        context.output().print(
            tr("Addresses: %1").arg(policy.citations.join(QStringLiteral(", "))));
    context.output().print(revisionLine(revision));
    if (revision.file)
        context.output().print(
            tr("Signed copy: %1 (%n page(s), SHA-256 %2)", nullptr, revision.file->pageCount)
                .arg(revision.file->fileName, revision.file->sha256));
    context.output().print(QString());
    const QString content = revision.content.trimmed();
    context.output().print(content.isEmpty() ? tr("(This revision has no text.)") : content);
    return 0;
}

int PolicyCommands::history(CliContext& context)
{
    Opened opened = openPolicy(context, Vault::Access::ReadOnly);
    if (!opened.lookup)
        return opened.exitCode;
    const PolicyLookup& lookup = *opened.lookup;
    QJsonArray array;
    TextTable table({tr("REV"), tr("STATE"), tr("APPROVED"), tr("EFFECTIVE"), tr("LAST DAY"),
                     tr("AUTHOR"), tr("SUMMARY")});
    table.setRightAligned(0);
    QStringList signoffLines;
    for (const PolicyRevision& revision : lookup.revisions()) {
        Result<std::vector<PolicyApproval>> approvals =
            opened.program->policies().approvals(revision.id);
        if (!approvals)
            return context.fail(approvals.error());
        if (context.output().json()) {
            QJsonArray signoffs;
            for (const PolicyApproval& approval : *approvals)
                signoffs.append(PolicyJson::toJson(approval, lookup.policy().id));
            QJsonObject json = PolicyJson::toJson(revision);
            json.insert(QStringLiteral("approvals"), signoffs);
            array.append(json);
            continue;
        }
        table.addRow({QString::number(revision.number), revisionStateLabel(revision.state),
                      isoDate(revision.approvedOn), isoDate(revision.effectiveOn),
                      isoDate(revision.endedOn), revision.author, revision.changeSummary});
        for (const PolicyApproval& approval : *approvals)
            signoffLines << tr("Revision %1: %2 (%3) on %4: %5")
                                .arg(revision.number)
                                .arg(approval.approver, approval.role, isoDate(approval.approvedOn),
                                     approval.meaning);
    }
    if (context.output().json()) {
        context.output().printJson(
            QJsonObject{{QStringLiteral("policy"), policyJson(lookup.policy())},
                        {QStringLiteral("revisions"), array}});
        return 0;
    }
    context.output().print(
        QStringLiteral("%1  %2").arg(lookup.policy().code, lookup.policy().title));
    printLines(context, table);
    if (!signoffLines.isEmpty()) {
        context.output().print(QString());
        context.output().print(tr("Approvals:"));
        for (const QString& line : signoffLines)
            context.output().print(QStringLiteral("  ") + line);
    }
    return 0;
}

int PolicyCommands::diff(CliContext& context)
{
    const QString name = QStringLiteral("policy diff");
    int exitCode = 0;
    const std::optional<int> from = revisionNumber(context, name, QStringLiteral("from"), exitCode);
    if (!from)
        return exitCode;
    const std::optional<int> to = revisionNumber(context, name, QStringLiteral("to"), exitCode);
    if (!to)
        return exitCode;
    Opened opened = openPolicy(context, Vault::Access::ReadOnly);
    if (!opened.lookup)
        return opened.exitCode;
    const PolicyLookup& lookup = *opened.lookup;
    const int toNumber = *to > 0 ? *to : lookup.latest().number;
    const int fromNumber = *from > 0 ? *from : toNumber - 1;
    if (fromNumber < 1)
        return context.fail({ErrorKind::Invalid,
                             tr("%1 has only revision 1; there is nothing to compare it with.")
                                 .arg(lookup.policy().code),
                             {}});
    Result<PolicyRevision> before = lookup.numbered(fromNumber);
    if (!before)
        return context.fail(before.error());
    Result<PolicyRevision> after = lookup.numbered(toNumber);
    if (!after)
        return context.fail(after.error());

    const std::vector<DiffSegment> segments = WordDiff::compare(before->content, after->content);
    const WordDiffCounts counts = WordDiff::count(segments);
    if (context.output().json()) {
        QJsonArray parts;
        for (const DiffSegment& segment : segments) {
            const QString kind = segment.kind == DiffSegment::Same      ? QStringLiteral("same")
                                 : segment.kind == DiffSegment::Removed ? QStringLiteral("removed")
                                                                        : QStringLiteral("added");
            parts.append(QJsonObject{{QStringLiteral("kind"), kind},
                                     {QStringLiteral("text"), segment.text}});
        }
        context.output().printJson(
            QJsonObject{{QStringLiteral("policy"), lookup.policy().code},
                        {QStringLiteral("from"), fromNumber},
                        {QStringLiteral("to"), toNumber},
                        {QStringLiteral("words_added"), counts.wordsAdded},
                        {QStringLiteral("words_removed"), counts.wordsRemoved},
                        {QStringLiteral("segments"), parts}});
        return 0;
    }
    context.output().message(
        tr("%1 revision %2 \u2192 %3: %n word(s) added", nullptr, counts.wordsAdded)
            .arg(lookup.policy().code)
            .arg(fromNumber)
            .arg(toNumber) +
        tr(", %n removed.", nullptr, counts.wordsRemoved));
    context.output().print(WordDiffPlainText::render(segments));
    return 0;
}

int PolicyCommands::templates(CliContext& context)
{
    Result<PolicyTemplateLibrary> library = PolicyTemplateLibrary::load();
    if (!library)
        return context.fail(library.error());
    if (context.output().json()) {
        QJsonArray array;
        for (const PolicyTemplate& entry : library->templates()) {
            array.append(QJsonObject{
                {QStringLiteral("key"), entry.key},
                {QStringLiteral("code"), entry.code},
                {QStringLiteral("title"), entry.title},
                {QStringLiteral("category"), entry.category},
                {QStringLiteral("review_months"), entry.reviewMonths},
                {QStringLiteral("citations"), QJsonArray::fromStringList(entry.citations)},
                {QStringLiteral("approvals"), QJsonArray::fromStringList(entry.approvalRoles)}});
        }
        context.output().printJson(array);
        return 0;
    }
    TextTable table({tr("KEY"), tr("CODE"), tr("TITLE")});
    for (const PolicyTemplate& entry : library->templates())
        table.addRow({entry.key, entry.code, entry.title});
    printLines(context, table);
    return 0;
}

int PolicyCommands::add(CliContext& context)
{
    const CliArguments& arguments = context.arguments();
    const QString name = QStringLiteral("policy add");
    Policy policy;
    QString content;
    if (arguments.has(QStringLiteral("template"))) {
        Result<PolicyTemplateLibrary> library = PolicyTemplateLibrary::load();
        if (!library)
            return context.fail(library.error());
        const PolicyTemplate* chosen = library->find(arguments.value(QStringLiteral("template")));
        if (!chosen)
            return context.usage(name, tr("There is no template '%1'; 'palisade-cli policy "
                                          "templates' lists them.")
                                           .arg(arguments.value(QStringLiteral("template"))));
        policy.code = chosen->code;
        policy.title = chosen->title;
        policy.category =
            policyCategoryFromKey(chosen->category).value_or(PolicyCategory::Security);
        policy.reviewCycleMonths = chosen->reviewMonths;
        policy.requiredApprovalRoles = chosen->approvalRoles;
        policy.templateKey = chosen->key;
        content = chosen->body;
        policy.citations = chosen->citations;
    } else if (!arguments.has(QStringLiteral("code")) || !arguments.has(QStringLiteral("title"))) {
        return context.usage(name, tr("Give --code and --title, or --template."));
    }
    if (arguments.has(QStringLiteral("code")))
        policy.code = arguments.value(QStringLiteral("code")).trimmed();
    if (arguments.has(QStringLiteral("title")))
        policy.title = arguments.value(QStringLiteral("title")).trimmed();
    if (arguments.has(QStringLiteral("category"))) {
        const std::optional<PolicyCategory> category =
            categoryFrom(arguments.value(QStringLiteral("category")));
        if (!category)
            return context.usage(
                name, tr("Unknown category '%1'; use %2.")
                          .arg(arguments.value(QStringLiteral("category")), categoryChoices()));
        policy.category = *category;
    }
    if (arguments.has(QStringLiteral("owner")))
        policy.owner = arguments.value(QStringLiteral("owner")).trimmed();
    if (arguments.has(QStringLiteral("review-months"))) {
        bool ok = false;
        policy.reviewCycleMonths = arguments.value(QStringLiteral("review-months")).toInt(&ok);
        if (!ok)
            return context.usage(name, tr("'--review-months' needs a whole number, not '%1'.")
                                           .arg(arguments.value(QStringLiteral("review-months"))));
    }
    if (arguments.has(QStringLiteral("approvals")))
        policy.requiredApprovalRoles = listOption(arguments.value(QStringLiteral("approvals")));
    if (arguments.has(QStringLiteral("citations")))
        policy.citations = listOption(arguments.value(QStringLiteral("citations")));
    if (arguments.has(QStringLiteral("from-file"))) {
        Result<QString> text = readMarkdown(arguments.value(QStringLiteral("from-file")));
        if (!text)
            return context.fail(text.error());
        content = *text;
    }

    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadWrite);
    if (!opened)
        return context.fail(opened.error());
    // A template also cites Privacy Rule sections; only Security Rule entries link.
    if (!arguments.has(QStringLiteral("citations"))) {
        const SecurityRuleCatalog& catalog = opened.value()->catalog();
        policy.citations.removeIf(
            [&](const QString& citation) { return !catalog.contains(citation); });
    }
    Result<Policy> added = opened.value()->policies().add(policy, content);
    if (!added)
        return context.fail(added.error());
    if (context.output().json())
        context.output().printJson(policyJson(*added));
    context.output().message(
        tr("Added %1 \u201c%2\u201d with draft revision 1.").arg(added->code, added->title));
    return 0;
}

int PolicyCommands::revise(CliContext& context)
{
    const CliArguments& arguments = context.arguments();
    Result<QString> text = readMarkdown(arguments.value(QStringLiteral("from-file")));
    if (!text)
        return context.fail(text.error());
    Opened opened = openPolicy(context, Vault::Access::ReadWrite);
    if (!opened.lookup)
        return opened.exitCode;
    PolicyRegister& policies = opened.program->policies();
    const PolicyLookup& lookup = *opened.lookup;

    std::optional<PolicyRevision> draft = lookup.open();
    if (draft && draft->state == RevisionState::InReview)
        return context.fail({ErrorKind::Invalid,
                             tr("%1 is in review; approve it or return it to draft before "
                                "revising it again.")
                                 .arg(PolicyRegister::revisionName(lookup.policy(), *draft)),
                             {}});
    if (!draft) {
        Result<PolicyRevision> created = policies.addRevision(lookup.policy().id);
        if (!created)
            return context.fail(created.error());
        draft = *created;
    }
    Result<PolicyRevision> predecessor = lookup.numbered(draft->number - 1);
    const QString before = predecessor ? predecessor->content : QString();
    draft->content = *text;
    if (arguments.has(QStringLiteral("summary")))
        draft->changeSummary = arguments.value(QStringLiteral("summary")).trimmed();
    Result<PolicyRevision> saved = policies.updateDraft(*draft);
    if (!saved)
        return context.fail(saved.error());
    if (!arguments.has(QStringLiteral("keep-draft"))) {
        saved = policies.submitForReview(saved->id);
        if (!saved)
            return context.fail(saved.error());
    }
    const WordDiffCounts counts = WordDiff::count(WordDiff::compare(before, saved->content));
    if (context.output().json())
        context.output().printJson(PolicyJson::toJson(*saved));
    context.output().message(tr("%1 is %2: %n word(s) added", nullptr, counts.wordsAdded)
                                 .arg(PolicyRegister::revisionName(lookup.policy(), *saved),
                                      revisionStateLabel(saved->state).toLower()) +
                             tr(", %n removed.", nullptr, counts.wordsRemoved));
    return 0;
}

int PolicyCommands::submit(CliContext& context)
{
    Opened opened = openPolicy(context, Vault::Access::ReadWrite);
    if (!opened.lookup)
        return opened.exitCode;
    const std::optional<PolicyRevision> draft = opened.lookup->newestIn(RevisionState::Draft);
    if (!draft)
        return context.fail({ErrorKind::Invalid,
                             tr("%1 has no draft to submit.").arg(opened.lookup->policy().code),
                             {}});
    Result<PolicyRevision> submitted = opened.program->policies().submitForReview(draft->id);
    if (!submitted)
        return context.fail(submitted.error());
    if (context.output().json())
        context.output().printJson(PolicyJson::toJson(*submitted));
    context.output().message(
        tr("%1 is in review.")
            .arg(PolicyRegister::revisionName(opened.lookup->policy(), *submitted)));
    return 0;
}

int PolicyCommands::approve(CliContext& context)
{
    const CliArguments& arguments = context.arguments();
    int exitCode = 0;
    const std::optional<QDate> on =
        context.dateOption(QStringLiteral("policy approve"), QStringLiteral("date"),
                           context.clock().today(), exitCode);
    if (!on)
        return exitCode;
    Opened opened = openPolicy(context, Vault::Access::ReadWrite);
    if (!opened.lookup)
        return opened.exitCode;
    const PolicyLookup& lookup = *opened.lookup;
    const std::optional<PolicyRevision> inReview = lookup.newestIn(RevisionState::InReview);
    if (!inReview) {
        const std::optional<PolicyRevision> draft = lookup.newestIn(RevisionState::Draft);
        return context.fail(
            {ErrorKind::Invalid,
             draft ? tr("%1 is a draft; submit it for review first ('palisade-cli policy submit "
                        "%2').")
                         .arg(PolicyRegister::revisionName(lookup.policy(), *draft),
                              lookup.policy().code)
                   : tr("%1 has no revision in review.").arg(lookup.policy().code),
             {}});
    }
    PolicyApproval approval;
    approval.approver = arguments.value(QStringLiteral("approver")).trimmed();
    approval.role = arguments.value(QStringLiteral("role")).trimmed();
    for (const QString& role : lookup.policy().requiredApprovalRoles) {
        if (role.compare(approval.role, Qt::CaseInsensitive) == 0)
            approval.role = role;
    }
    approval.approvedOn = *on;
    approval.meaning = arguments.has(QStringLiteral("meaning"))
                           ? arguments.value(QStringLiteral("meaning")).trimmed()
                           : tr("Approved as %1").arg(approval.role);
    PolicyRegister& policies = opened.program->policies();
    Result<PolicyApproval> recorded = policies.recordApproval(inReview->id, approval);
    if (!recorded)
        return context.fail(recorded.error());
    Result<PolicyRevision> now = policies.revision(inReview->id);
    if (!now)
        return context.fail(now.error());
    Result<std::vector<PolicyApproval>> all = policies.approvals(inReview->id);
    if (!all)
        return context.fail(all.error());
    const QStringList outstanding = PolicyRegister::outstandingRoles(lookup.policy(), *all);
    if (context.output().json()) {
        context.output().printJson(QJsonObject{
            {QStringLiteral("approval"), PolicyJson::toJson(*recorded, lookup.policy().id)},
            {QStringLiteral("state"), revisionStateKey(now->state)},
            {QStringLiteral("outstanding_roles"), QJsonArray::fromStringList(outstanding)}});
    }
    const QString revisionName = PolicyRegister::revisionName(lookup.policy(), *now);
    context.output().message(
        now->state == RevisionState::Approved
            ? tr("%1 is approved; put it into effect with 'palisade-cli policy make-effective %2 "
                 "--date YYYY-MM-DD'.")
                  .arg(revisionName, lookup.policy().code)
            : tr("Recorded the approval of %1; still needed: %2.")
                  .arg(revisionName, outstanding.join(QStringLiteral(", "))));
    return 0;
}

int PolicyCommands::makeEffective(CliContext& context)
{
    const QString name = QStringLiteral("policy make-effective");
    int exitCode = 0;
    const std::optional<QDate> on =
        context.dateOption(name, QStringLiteral("date"), QDate(), exitCode);
    if (!on)
        return exitCode;
    const std::optional<int> number =
        revisionNumber(context, name, QStringLiteral("revision"), exitCode);
    if (!number)
        return exitCode;
    Opened opened = openPolicy(context, Vault::Access::ReadWrite);
    if (!opened.lookup)
        return opened.exitCode;
    const PolicyLookup& lookup = *opened.lookup;
    std::optional<PolicyRevision> chosen = lookup.newestIn(RevisionState::Approved);
    if (*number > 0) {
        Result<PolicyRevision> numbered = lookup.numbered(*number);
        if (!numbered)
            return context.fail(numbered.error());
        chosen = *numbered;
    }
    if (!chosen)
        return context.fail(
            {ErrorKind::Invalid,
             tr("%1 has no approved revision waiting to take effect.").arg(lookup.policy().code),
             {}});
    const PolicyRevision* previous = revisionInEffect(lookup.revisions(), *on);
    Result<PolicyRevision> effective = opened.program->policies().makeEffective(chosen->id, *on);
    if (!effective)
        return context.fail(effective.error());
    if (context.output().json())
        context.output().printJson(PolicyJson::toJson(*effective));
    const QString revisionName = PolicyRegister::revisionName(lookup.policy(), *effective);
    context.output().message(
        previous && previous->id != effective->id
            ? tr("%1 takes effect on %2; revision %3 is superseded, %2 being its last day.")
                  .arg(revisionName, isoDate(*on))
                  .arg(previous->number)
            : tr("%1 takes effect on %2.").arg(revisionName, isoDate(*on)));
    return 0;
}

int PolicyCommands::retire(CliContext& context)
{
    int exitCode = 0;
    const std::optional<QDate> on = context.dateOption(QStringLiteral("policy retire"),
                                                       QStringLiteral("date"), QDate(), exitCode);
    if (!on)
        return exitCode;
    Opened opened = openPolicy(context, Vault::Access::ReadWrite);
    if (!opened.lookup)
        return opened.exitCode;
    Result<Policy> retired = opened.program->policies().retire(
        opened.lookup->policy().id, *on, context.arguments().value(QStringLiteral("reason")));
    if (!retired)
        return context.fail(retired.error());
    if (context.output().json())
        context.output().printJson(policyJson(*retired));
    context.output().message(
        tr("%1 is retired; its last day in effect is %2.").arg(retired->code, isoDate(*on)));
    return 0;
}

} // namespace palisade::cli
