#include "ui/policies/PolicyHistoryList.h"

#include "core/policies/PolicyEntities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace palisade::ui {
namespace {

QJsonObject parsed(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

// The state a revision or policy is described by: its "after" side, or what
// it was before a deletion.
QJsonObject described(const AuditEvent& event)
{
    const QJsonObject after = parsed(event.after);
    return after.isEmpty() ? parsed(event.before) : after;
}

} // namespace

PolicyHistoryList::PolicyHistoryList(QWidget* parent)
    : AuditEventList(parent)
{
    setObjectName(QStringLiteral("policyHistory"));
}

QString PolicyHistoryList::sentence(const AuditEvent& event)
{
    QString text;
    if (event.entity == policyentity::policy())
        text = policySentence(event);
    else if (event.entity == policyentity::revision())
        text = revisionSentence(event);
    else if (event.entity == policyentity::approval())
        text = approvalSentence(event);
    if (text.isEmpty())
        text = tr("%1 recorded \u201c%2\u201d on %3 %4")
                   .arg(event.actor, event.action, event.entity, event.recordId);
    return tr("%1  %2").arg(when(event), text);
}

QString PolicyHistoryList::policySentence(const AuditEvent& event)
{
    const QJsonObject policy = described(event);
    const QString code = policy.value(QStringLiteral("code")).toString();
    const QString& who = event.actor;
    if (event.action == QLatin1String("created")) {
        const QString from = policy.value(QStringLiteral("template")).toString();
        return from.isEmpty() ? tr("%1 created %2").arg(who, code)
                              : tr("%1 adopted %2 from the starter policy \u201c%3\u201d")
                                    .arg(who, code, from);
    }
    if (event.action == QLatin1String("deleted"))
        return tr("%1 deleted %2").arg(who, code);
    if (event.action == QLatin1String("retired"))
        return tr("%1 retired %2 as of %3: %4")
            .arg(who, code, policy.value(QStringLiteral("retired_on")).toString(),
                 policy.value(QStringLiteral("reason")).toString());
    if (event.action == QLatin1String("updated")) {
        const QJsonObject before = parsed(event.before);
        QStringList changed;
        for (auto it = policy.begin(); it != policy.end(); ++it) {
            if (before.value(it.key()) != it.value())
                changed << QString(it.key()).replace(QLatin1Char('_'), QLatin1Char(' '));
        }
        return changed.isEmpty() ? tr("%1 updated %2").arg(who, code)
                                 : tr("%1 changed the %2 of %3")
                                       .arg(who, changed.join(QStringLiteral(", ")), code);
    }
    return {};
}

QString PolicyHistoryList::revisionSentence(const AuditEvent& event)
{
    const QJsonObject revision = described(event);
    const QJsonObject after = parsed(event.after);
    const int number = revision.value(QStringLiteral("number")).toInt();
    const QString& who = event.actor;
    const QString file = revision.value(QStringLiteral("file"))
                             .toObject()
                             .value(QStringLiteral("file_name"))
                             .toString();
    const QString action = event.action;
    if (action == QLatin1String("created"))
        return tr("%1 started revision %2 as a draft").arg(who).arg(number);
    if (action == QLatin1String("updated"))
        return tr("%1 edited the draft of revision %2").arg(who).arg(number);
    if (action == QLatin1String("deleted"))
        return tr("%1 discarded revision %2").arg(who).arg(number);
    if (action == QLatin1String("submitted"))
        return tr("%1 submitted revision %2 for review").arg(who).arg(number);
    if (action == QLatin1String("returned"))
        return tr("%1 returned revision %2 to draft: %3")
            .arg(who)
            .arg(number)
            .arg(after.value(QStringLiteral("reason")).toString());
    if (action == QLatin1String("approved"))
        return tr("Revision %1 was fully approved on %2")
            .arg(number)
            .arg(revision.value(QStringLiteral("approved_on")).toString());
    if (action == QLatin1String("made_effective"))
        return tr("%1 made revision %2 effective from %3")
            .arg(who)
            .arg(number)
            .arg(revision.value(QStringLiteral("effective_on")).toString());
    if (action == QLatin1String("superseded"))
        return tr("Revision %1 was superseded; its last day is %2")
            .arg(number)
            .arg(revision.value(QStringLiteral("ended_on")).toString());
    if (action == QLatin1String("retired"))
        return tr("Revision %1 was retired; its last day is %2")
            .arg(number)
            .arg(revision.value(QStringLiteral("ended_on")).toString());
    if (action == QLatin1String("file_attached"))
        return tr("%1 attached %2 to revision %3").arg(who, file).arg(number);
    if (action == QLatin1String("file_removed")) {
        const QString removed = parsed(event.before)
                                    .value(QStringLiteral("file"))
                                    .toObject()
                                    .value(QStringLiteral("file_name"))
                                    .toString();
        return tr("%1 removed %2 from revision %3").arg(who, removed).arg(number);
    }
    if (action == QLatin1String("copied"))
        return tr("%1 saved a decrypted copy of %2 (revision %3) to %4")
            .arg(who, file)
            .arg(number)
            .arg(after.value(QStringLiteral("copied_to")).toString());
    return {};
}

QString PolicyHistoryList::approvalSentence(const AuditEvent& event)
{
    const QJsonObject approval = described(event);
    const QString approver = approval.value(QStringLiteral("approver")).toString();
    const QString role = approval.value(QStringLiteral("role")).toString();
    const QString date = approval.value(QStringLiteral("approved_on")).toString();
    if (event.action == QLatin1String("recorded"))
        return tr("%1 recorded the approval of %2 as %3, given on %4 (\u201c%5\u201d)")
            .arg(event.actor, approver, role, date,
                 approval.value(QStringLiteral("meaning")).toString());
    if (event.action == QLatin1String("withdrawn"))
        return tr("The approval of %1 as %2 was withdrawn when the revision went back to draft")
            .arg(approver, role);
    if (event.action == QLatin1String("deleted"))
        return tr("The approval of %1 as %2 was deleted with its policy").arg(approver, role);
    return {};
}

} // namespace palisade::ui
