#include "app/cli/PolicyCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/PolicyChangeCommands.h"
#include "app/cli/PolicyCommandSupport.h"
#include "app/cli/PolicyLookup.h"
#include "app/cli/TextTable.h"
#include "core/policies/PolicyJson.h"
#include "core/policies/PolicyRegister.h"
#include "core/policies/PolicyTemplateLibrary.h"
#include "core/policies/WordDiff.h"
#include "core/policies/WordDiffPlainText.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"

#include <QJsonArray>
#include <QJsonObject>

namespace palisade::cli {
namespace {

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

const QStringList policyOperand{QStringLiteral("POLICY")};

} // namespace

std::vector<CliCommandSpec> PolicyCommands::commands()
{
    std::vector<CliCommandSpec> list;

    list.push_back(CliCommandSpec::make(
        u"policy", QStringLiteral("list"), tr("List the policies with their revision in effect"),
        tr("Lists every policy by code with its category, owner, the revision in effect and "
           "since when, its next review date and any revision being drafted or reviewed. The "
           "file is opened read-only."),
        &PolicyCommands::list));

    CliCommandSpec show = CliCommandSpec::make(
        u"policy", QStringLiteral("show"), tr("Print a policy and the words of one revision"),
        tr("Prints the policy's details and the Markdown of its revision in effect (or, when "
           "none is, its newest revision), or of the revision given with --revision. POLICY is "
           "the policy's code, e.g. SEC-004. The file is opened read-only."),
        &PolicyCommands::show);
    show.operands = policyOperand;
    show.options = {{QStringLiteral("revision"), QStringLiteral("N"), tr("Show revision N.")}};
    list.push_back(show);

    CliCommandSpec history = CliCommandSpec::make(
        u"policy", QStringLiteral("history"), tr("List a policy's revisions and their approvals"),
        tr("Lists every revision of the policy with its state, approval, effective and "
           "end dates, author and change summary, and under each the sign-offs it "
           "received. The file is opened read-only."),
        &PolicyCommands::history);
    history.operands = policyOperand;
    list.push_back(history);

    CliCommandSpec diff = CliCommandSpec::make(
        u"policy", QStringLiteral("diff"),
        tr("Show what changed between two revisions, word by word"),
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

    CliCommandSpec templates = CliCommandSpec::make(
        u"policy", QStringLiteral("templates"), tr("List the starter policy templates"),
        tr("Lists the starter policies shipped with Palisade, by key, suggested code and title. "
           "'policy add --template KEY' adopts one as a new policy's first draft. No program "
           "file is needed."),
        &PolicyCommands::templates);
    templates.needsProgram = false;
    list.push_back(templates);

    CliCommandSpec add = CliCommandSpec::make(
        u"policy", QStringLiteral("add"), tr("Add a policy with its first draft revision"),
        tr("Adds a policy and its revision 1 as a draft. --template adopts a starter template: "
           "its code, title, category, review cycle, citations, approver roles and text, each of "
           "which the other options override. Without a template --code and --title are "
           "required. Submit the draft with 'policy submit' or replace its words with 'policy "
           "revise'."),
        &PolicyChangeCommands::add);
    add.options = {
        {QStringLiteral("template"), QStringLiteral("KEY"),
         tr("Start from this starter template ('policy templates' lists them).")},
        {QStringLiteral("code"), QStringLiteral("CODE"), tr("The policy's code, e.g. SEC-004.")},
        {QStringLiteral("title"), QStringLiteral("TEXT"), tr("The policy's title.")},
        {QStringLiteral("category"), PolicyCommandSupport::categoryChoices(),
         tr("The category (default: security).")},
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

    CliCommandSpec revise = CliCommandSpec::make(
        u"policy", QStringLiteral("revise"), tr("Write a new revision from a Markdown file"),
        tr("Puts the words of FILE.md into the policy's open draft, or into a new draft "
           "numbered after the newest revision, and submits it for review unless --keep-draft "
           "is given. A revision in review must be approved or returned to draft in the program "
           "first. From revision 2 on a change summary is required."),
        &PolicyChangeCommands::revise);
    revise.operands = policyOperand;
    revise.options = {
        {QStringLiteral("from-file"), QStringLiteral("FILE.md"),
         tr("The revision's words, in Markdown (required).")},
        {QStringLiteral("summary"), QStringLiteral("TEXT"), tr("What changed and why.")},
        {QStringLiteral("keep-draft"), QString(), tr("Save the draft without submitting it.")},
    };
    revise.requiredOptions = {QStringLiteral("from-file")};
    list.push_back(revise);

    CliCommandSpec submit = CliCommandSpec::make(
        u"policy", QStringLiteral("submit"), tr("Submit the open draft for review"),
        tr("Moves the policy's draft to review, where approvals are recorded."),
        &PolicyChangeCommands::submit);
    submit.operands = policyOperand;
    list.push_back(submit);

    CliCommandSpec approve = CliCommandSpec::make(
        u"policy", QStringLiteral("approve"), tr("Record a sign-off of the revision in review"),
        tr("Records an approval of the revision in review. When the approvals cover every role "
           "the policy requires (or, when it names none, on the first approval) the revision "
           "becomes approved and can no longer change."),
        &PolicyChangeCommands::approve);
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

    CliCommandSpec effective = CliCommandSpec::make(
        u"policy", QStringLiteral("make-effective"), tr("Put an approved revision into effect"),
        tr("Puts the newest approved revision (or revision --revision) into effect on --date, "
           "which may lie ahead. The revision in effect until then is superseded, with that day "
           "as its last."),
        &PolicyChangeCommands::makeEffective);
    effective.operands = policyOperand;
    effective.options = {
        {QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
         tr("The first day in effect (required).")},
        {QStringLiteral("revision"), QStringLiteral("N"), tr("The approved revision to use.")},
    };
    effective.requiredOptions = {QStringLiteral("date")};
    list.push_back(effective);

    CliCommandSpec retire = CliCommandSpec::make(
        u"policy", QStringLiteral("retire"), tr("Retire a policy"),
        tr("Ends the policy: its revision in effect is retired with --date as its last day. "
           "Its revisions are kept for six years after that day."),
        &PolicyChangeCommands::retire);
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
            QJsonObject json = PolicyCommandSupport::policyJson(policy);
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
    context.output().print(table);
    return 0;
}

int PolicyCommands::show(CliContext& context)
{
    int exitCode = 0;
    const std::optional<int> wanted = PolicyCommandSupport::revisionOption(
        context, QStringLiteral("policy show"), QStringLiteral("revision"), exitCode);
    if (!wanted)
        return exitCode;
    PolicyCommandSupport::Opened opened =
        PolicyCommandSupport::open(context, Vault::Access::ReadOnly);
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
        context.output().printJson(
            QJsonObject{{QStringLiteral("policy"), PolicyCommandSupport::policyJson(policy)},
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
    PolicyCommandSupport::Opened opened =
        PolicyCommandSupport::open(context, Vault::Access::ReadOnly);
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
        context.output().printJson(QJsonObject{
            {QStringLiteral("policy"), PolicyCommandSupport::policyJson(lookup.policy())},
            {QStringLiteral("revisions"), array}});
        return 0;
    }
    context.output().print(
        QStringLiteral("%1  %2").arg(lookup.policy().code, lookup.policy().title));
    context.output().print(table);
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
    const std::optional<int> from =
        PolicyCommandSupport::revisionOption(context, name, QStringLiteral("from"), exitCode);
    if (!from)
        return exitCode;
    const std::optional<int> to =
        PolicyCommandSupport::revisionOption(context, name, QStringLiteral("to"), exitCode);
    if (!to)
        return exitCode;
    PolicyCommandSupport::Opened opened =
        PolicyCommandSupport::open(context, Vault::Access::ReadOnly);
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
    context.output().print(table);
    return 0;
}

} // namespace palisade::cli
