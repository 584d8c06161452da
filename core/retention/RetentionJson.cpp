#include "core/retention/RetentionJson.h"

#include "core/audit/RedactionMarker.h"
#include "core/util/IsoDate.h"

#include <QJsonArray>

namespace palisade {
namespace {

QJsonValue optionalDate(const QDate& date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject RetentionJson::toJson(const LegalHold& hold)
{
    QJsonObject json{
        {QStringLiteral("id"), QString::number(hold.id)},
        {QStringLiteral("record_type"), hold.recordType},
        {QStringLiteral("record_id"), hold.coversEveryRecord()
                                          ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(QString::number(hold.recordId))},
        {QStringLiteral("reason"), hold.reason},
        {QStringLiteral("placed_by"), hold.placedBy},
        {QStringLiteral("placed_at"), isoTimestamp(hold.placedAt)},
    };
    if (!hold.isActive()) {
        json.insert(QStringLiteral("released_by"), hold.releasedBy);
        json.insert(QStringLiteral("released_at"), isoTimestamp(hold.releasedAt));
        json.insert(QStringLiteral("release_reason"), hold.releaseReason);
    }
    return json;
}

QJsonObject RetentionJson::tombstone(const Disposal& disposal)
{
    return QJsonObject{
        {QStringLiteral("disposal_id"), QString::number(disposal.id)},
        {QStringLiteral("record_type"), disposal.recordType},
        {QStringLiteral("record_id"), QString::number(disposal.recordId)},
        {QStringLiteral("label"), disposal.label},
        {QStringLiteral("retain_until"), optionalDate(disposal.retainUntil)},
        {QStringLiteral("content_sha256"), disposal.contentSha256},
        {QStringLiteral("disposed_by"), disposal.disposedBy},
    };
}

QJsonObject RetentionJson::tombstoneEvent(const Disposal& disposal,
                                          const std::vector<AuditEvent>& holding)
{
    QJsonArray redacted;
    QJsonArray unredacted;
    for (const AuditEvent& event : holding)
        (event.format >= 2 ? redacted : unredacted).append(event.seq);
    QJsonObject json = tombstone(disposal);
    json.insert(RedactionMarker::listKey(), redacted);
    if (!unredacted.isEmpty())
        json.insert(QStringLiteral("unredacted_events"), unredacted);
    return json;
}

QJsonObject RetentionJson::refusal(const RetentionRecord& record, const QString& reason)
{
    return QJsonObject{
        {QStringLiteral("record_type"), record.recordType},
        {QStringLiteral("record_id"), QString::number(record.recordId)},
        {QStringLiteral("label"), record.label},
        {QStringLiteral("retain_until"), optionalDate(record.retainUntil())},
        {QStringLiteral("reason"), reason},
    };
}

} // namespace palisade
