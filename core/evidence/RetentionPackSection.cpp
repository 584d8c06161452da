#include "core/evidence/RetentionPackSection.h"

#include "core/evidence/PackDates.h"
#include "core/program/Program.h"
#include "core/retention/RetentionRegister.h"
#include "core/retention/RetentionRules.h"
#include "core/util/CanonicalJson.h"
#include "core/util/IsoDate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <tuple>

namespace palisade {
namespace {

QString subjectOf(const LegalHold& hold, const QHash<QString, QString>& labels)
{
    const QString type = RetentionRules::labelOf(hold.recordType);
    if (hold.coversEveryRecord())
        return RetentionPackSection::tr("Every record of the type %1").arg(type);
    const QString label = labels.value(RecordRef{hold.recordType, hold.recordId}.key());
    if (label.isEmpty())
        return RetentionPackSection::tr("%1 #%2").arg(type).arg(hold.recordId);
    return RetentionPackSection::tr("%1\n%2").arg(type, label);
}

// Split so that a narrow column breaks the digest in the middle, not anywhere.
QString digestText(const QString& sha256)
{
    if (sha256.size() <= 32)
        return sha256;
    return sha256.left(32) + QLatin1Char('\n') + sha256.mid(32);
}

QJsonObject holdJson(const LegalHold& hold, const QDate& asOf)
{
    const bool releasedBy =
        hold.releasedAt.isValid() && PackDates::localDay(hold.releasedAt) <= asOf;
    return QJsonObject{
        {QStringLiteral("id"), QString::number(hold.id)},
        {QStringLiteral("record_type"), hold.recordType},
        {QStringLiteral("record_id"), QString::number(hold.recordId)},
        {QStringLiteral("reason"), hold.reason},
        {QStringLiteral("placed_by"), hold.placedBy},
        {QStringLiteral("placed_at"), isoTimestamp(hold.placedAt)},
        {QStringLiteral("released_by"), releasedBy ? hold.releasedBy : QString()},
        {QStringLiteral("released_at"), releasedBy ? isoTimestamp(hold.releasedAt) : QString()},
        {QStringLiteral("release_reason"), releasedBy ? hold.releaseReason : QString()},
    };
}

QJsonObject disposalJson(const Disposal& disposal)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::number(disposal.id)},
        {QStringLiteral("record_type"), disposal.recordType},
        {QStringLiteral("record_id"), QString::number(disposal.recordId)},
        {QStringLiteral("label"), disposal.label},
        {QStringLiteral("retain_until"), isoDate(disposal.retainUntil)},
        {QStringLiteral("content_sha256"), disposal.contentSha256},
        {QStringLiteral("disposed_at"), isoTimestamp(disposal.disposedAt)},
        {QStringLiteral("disposed_by"), disposal.disposedBy},
    };
}

} // namespace

Result<PackSectionContent> RetentionPackSection::build(Program& program, const PackRequest& request)
{
    RetentionRegister& retention = program.retention();
    Result<std::vector<LegalHold>> allHolds = retention.holds(true);
    if (!allHolds)
        return allHolds.error();
    Result<std::vector<Disposal>> allDisposals = retention.disposals();
    if (!allDisposals)
        return allDisposals.error();

    const QDate& to = request.to;
    const QString asOf = isoDate(to);
    const QLocale c = QLocale::c();

    // Placed by the period's end and not released before it began.
    std::vector<LegalHold> holds;
    for (const LegalHold& hold : *allHolds) {
        if (PackDates::localDay(hold.placedAt) > to)
            continue;
        if (hold.releasedAt.isValid() && PackDates::localDay(hold.releasedAt) < request.from)
            continue;
        holds.push_back(hold);
    }
    std::sort(holds.begin(), holds.end(), [](const LegalHold& a, const LegalHold& b) {
        return std::tie(a.placedAt, a.id) < std::tie(b.placedAt, b.id);
    });
    // The held records' labels, read one by one: a program holds few holds
    // and many records. A disposed record keeps its label in the log.
    QHash<QString, QString> labels;
    for (const Disposal& disposal : *allDisposals)
        labels.insert(disposal.record().key(), disposal.label);
    for (const LegalHold& hold : holds) {
        if (hold.coversEveryRecord())
            continue;
        const RecordRef ref{hold.recordType, hold.recordId};
        if (labels.contains(ref.key()))
            continue;
        const Result<RetentionRecord> record = retention.record(hold.recordType, hold.recordId);
        if (record)
            labels.insert(ref.key(), record->label);
    }
    std::vector<Disposal> disposals;
    std::copy_if(allDisposals->begin(), allDisposals->end(), std::back_inserter(disposals),
                 [&](const Disposal& disposal) {
                     return PackDates::inPeriod(PackDates::localDay(disposal.disposedAt), request);
                 });

    const auto releasedInPeriod = [&](const LegalHold& hold) {
        return hold.releasedAt.isValid() &&
               PackDates::inPeriod(PackDates::localDay(hold.releasedAt), request);
    };
    const int inForce = int(std::count_if(holds.begin(), holds.end(), [&](const LegalHold& hold) {
        return !hold.releasedAt.isValid() || PackDates::localDay(hold.releasedAt) > to;
    }));
    const int placed = int(std::count_if(holds.begin(), holds.end(), [&](const LegalHold& hold) {
        return PackDates::inPeriod(PackDates::localDay(hold.placedAt), request);
    }));
    const int released = int(std::count_if(holds.begin(), holds.end(), releasedInPeriod));

    PackSectionContent content;
    content.section = PackSection::Retention;
    content.blocks.push_back(packblock::Paragraph{
        tr("Documentation is kept for six years from the date of its creation or the date when "
           "it last was in effect, whichever is later (45 CFR 164.316(b)(2)(i) and "
           "164.530(j)(2)). A legal hold keeps a record, or every record of a type, however old "
           "it is. A disposal destroys a record's content and keeps the SHA-256 of what was "
           "destroyed in the disposal log.")});
    content.blocks.push_back(packblock::Facts{{
        {tr("Holds in force on %1").arg(asOf), c.toString(inForce)},
        {tr("Holds placed in the period"), c.toString(placed)},
        {tr("Holds released in the period"), c.toString(released)},
        {tr("Disposals in the period"), c.toString(int(disposals.size()))},
    }});

    // Rules
    content.blocks.push_back(packblock::Subheading{tr("Retention rules")});
    PackTable rules;
    rules.columns = {{tr("Record type"), 1.7, false},
                     {tr("What makes it a record"), 3.2, false},
                     {tr("Kept"), 2.2, false},
                     {tr("Six years from the later of"), 3.0, false}};
    for (const RetentionRule& rule : RetentionRegister::rules()) {
        const QString kept = rule.disposable
                                 ? tr("While %1, and six years after.").arg(rule.keptWhile)
                                 : tr("While %1; never disposed of.").arg(rule.keptWhile);
        rules.rows.push_back(
            {tr("%1\n%2").arg(rule.label, rule.citation), rule.record, kept,
             tr("Created: %1\nLast in effect: %2").arg(rule.createdBasis, rule.lastInEffectBasis)});
    }
    rules.emptyText = tr("No retention rule is defined.");
    content.blocks.push_back(rules);

    // Holds
    content.blocks.push_back(
        packblock::Subheading{tr("Legal holds placed, in force or released from %1 to %2")
                                  .arg(isoDate(request.from), asOf)});
    PackTable holdTable;
    holdTable.columns = {{tr("Subject"), 2.6, false},
                         {tr("Reason"), 3.0, false},
                         {tr("Placed"), 1.9, false},
                         {tr("Released"), 2.4, false}};
    for (const LegalHold& hold : holds) {
        QString releasedText = tr("In force on %1").arg(asOf);
        if (hold.releasedAt.isValid() && PackDates::localDay(hold.releasedAt) <= to) {
            releasedText =
                tr("%1 by %2").arg(isoDate(PackDates::localDay(hold.releasedAt)), hold.releasedBy);
            if (!hold.releaseReason.simplified().isEmpty())
                releasedText += QLatin1Char('\n') + hold.releaseReason.simplified();
        }
        holdTable.rows.push_back(
            {subjectOf(hold, labels), hold.reason.simplified(),
             tr("%1\nby %2").arg(isoDate(PackDates::localDay(hold.placedAt)), hold.placedBy),
             releasedText});
    }
    holdTable.emptyText = tr("No legal hold was placed, in force or released in the period.");
    content.blocks.push_back(holdTable);

    // Disposals
    content.blocks.push_back(packblock::Subheading{
        tr("Records disposed of from %1 to %2").arg(isoDate(request.from), asOf)});
    PackTable disposalTable;
    disposalTable.columns = {{tr("Disposed"), 1.9, false},
                             {tr("Record"), 3.1, false},
                             {tr("Kept until"), 1.3, false},
                             {tr("SHA-256 of the content"), 3.5, false, true}};
    for (const Disposal& disposal : disposals) {
        disposalTable.rows.push_back(
            {tr("%1\nby %2")
                 .arg(isoDate(PackDates::localDay(disposal.disposedAt)), disposal.disposedBy),
             tr("%1\n%2").arg(RetentionRules::labelOf(disposal.recordType), disposal.label),
             PackDates::text(disposal.retainUntil), digestText(disposal.contentSha256)});
    }
    disposalTable.emptyText = tr("No record was disposed of in the period.");
    content.blocks.push_back(disposalTable);

    QJsonArray holdsJson;
    for (const LegalHold& hold : holds)
        holdsJson.append(holdJson(hold, to));
    QJsonArray disposalsJson;
    for (const Disposal& disposal : disposals)
        disposalsJson.append(disposalJson(disposal));
    content.recordCount = int(holds.size() + disposals.size());
    content.canonicalData = canonicalJson(QJsonObject{
        {QStringLiteral("from"), isoDate(request.from)},
        {QStringLiteral("as_of"), asOf},
        {QStringLiteral("legal_holds"), holdsJson},
        {QStringLiteral("disposals"), disposalsJson},
    });
    return content;
}

} // namespace palisade
