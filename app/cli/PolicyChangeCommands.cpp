#include "app/cli/PolicyChangeCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/PolicyCommandSupport.h"
#include "app/cli/PolicyCommands.h"
#include "app/cli/PolicyLookup.h"
#include "core/policies/PolicyJson.h"
#include "core/policies/PolicyRegister.h"
#include "core/policies/PolicyTemplateLibrary.h"
#include "core/policies/WordDiff.h"
#include "core/risk/RiskCsvValues.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"

#include <QFile>
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

} // namespace

int PolicyChangeCommands::add(CliContext& context)
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
            return context.usage(name, tr("Unknown category '%1'; use %2.")
                                           .arg(arguments.value(QStringLiteral("category")),
                                                PolicyCommandSupport::categoryChoices()));
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
        context.output().printJson(PolicyCommandSupport::policyJson(*added));
    context.output().message(
        tr("Added %1 \u201c%2\u201d with draft revision 1.").arg(added->code, added->title));
    return 0;
}

int PolicyChangeCommands::revise(CliContext& context)
{
    const CliArguments& arguments = context.arguments();
    Result<QString> text = readMarkdown(arguments.value(QStringLiteral("from-file")));
    if (!text)
        return context.fail(text.error());
    PolicyCommandSupport::Opened opened =
        PolicyCommandSupport::open(context, Vault::Access::ReadWrite);
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

int PolicyChangeCommands::submit(CliContext& context)
{
    PolicyCommandSupport::Opened opened =
        PolicyCommandSupport::open(context, Vault::Access::ReadWrite);
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

int PolicyChangeCommands::approve(CliContext& context)
{
    const CliArguments& arguments = context.arguments();
    int exitCode = 0;
    const std::optional<QDate> on =
        context.dateOption(QStringLiteral("policy approve"), QStringLiteral("date"),
                           context.clock().today(), exitCode);
    if (!on)
        return exitCode;
    PolicyCommandSupport::Opened opened =
        PolicyCommandSupport::open(context, Vault::Access::ReadWrite);
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

int PolicyChangeCommands::makeEffective(CliContext& context)
{
    const QString name = QStringLiteral("policy make-effective");
    int exitCode = 0;
    const std::optional<QDate> on =
        context.dateOption(name, QStringLiteral("date"), QDate(), exitCode);
    if (!on)
        return exitCode;
    const std::optional<int> number =
        PolicyCommandSupport::revisionOption(context, name, QStringLiteral("revision"), exitCode);
    if (!number)
        return exitCode;
    PolicyCommandSupport::Opened opened =
        PolicyCommandSupport::open(context, Vault::Access::ReadWrite);
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

int PolicyChangeCommands::retire(CliContext& context)
{
    int exitCode = 0;
    const std::optional<QDate> on = context.dateOption(QStringLiteral("policy retire"),
                                                       QStringLiteral("date"), QDate(), exitCode);
    if (!on)
        return exitCode;
    PolicyCommandSupport::Opened opened =
        PolicyCommandSupport::open(context, Vault::Access::ReadWrite);
    if (!opened.lookup)
        return opened.exitCode;
    Result<Policy> retired = opened.program->policies().retire(
        opened.lookup->policy().id, *on, context.arguments().value(QStringLiteral("reason")));
    if (!retired)
        return context.fail(retired.error());
    if (context.output().json())
        context.output().printJson(PolicyCommandSupport::policyJson(*retired));
    context.output().message(
        tr("%1 is retired; its last day in effect is %2.").arg(retired->code, isoDate(*on)));
    return 0;
}

} // namespace palisade::cli
