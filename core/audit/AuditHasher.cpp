#include "core/audit/AuditHasher.h"

#include "core/audit/AuditEvent.h"
#include "core/audit/RedactionMarker.h"
#include "core/audit/StoredAuditEvent.h"
#include "core/util/IsoDate.h"
#include "core/util/Sha256.h"

#include <charconv>
#include <iterator>

namespace palisade {
namespace {

void appendField(QByteArray& out, QByteArrayView value)
{
    char digits[24];
    const auto written = std::to_chars(std::begin(digits), std::end(digits), value.size());
    out.append(digits, written.ptr - digits);
    out += ':';
    out += value;
    out += '\n';
}

} // namespace

QByteArray AuditHasher::formatTag(int format)
{
    switch (format) {
    case 1:
        return QByteArrayLiteral("palisade-audit-v1");
    case 2:
        return QByteArrayLiteral("palisade-audit-v2");
    }
    return {};
}

QString AuditHasher::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditHasher::timestamp(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    return isoTimestamp(utc);
}

QByteArray AuditHasher::sideDigest(const QByteArray& json)
{
    // Most events have an empty side (a creation's before, a deletion's after).
    static const QByteArray emptySide = sha256HexBytes(QByteArrayLiteral("{}"));
    if (json == "{}")
        return emptySide;
    if (const std::optional<RedactionMarker> marker = RedactionMarker::parse(json))
        return marker->sha256.toLatin1();
    return sha256HexBytes(json);
}

StoredAuditEvent AuditHasher::stored(const AuditEvent& event)
{
    StoredAuditEvent stored;
    stored.seq = event.seq;
    stored.format = event.format;
    stored.at = timestamp(event.at).toUtf8();
    stored.actor = event.actor.toUtf8();
    stored.action = event.action.toUtf8();
    stored.entity = event.entity.toUtf8();
    stored.recordId = event.recordId.toUtf8();
    stored.before = event.before;
    stored.after = event.after;
    stored.prevHash = event.prevHash.toUtf8();
    stored.hash = event.hash.toUtf8();
    return stored;
}

QByteArray AuditHasher::serialize(const StoredAuditEvent& event)
{
    QByteArray out;
    out.reserve(256 + event.actor.size() + event.entity.size() + event.recordId.size() +
                (event.format == 1 ? event.before.size() + event.after.size() : 128));
    char seq[24];
    const auto written = std::to_chars(std::begin(seq), std::end(seq), event.seq);
    appendField(out, formatTag(event.format));
    appendField(out, QByteArrayView(seq, written.ptr - seq));
    appendField(out, isIsoTimestamp(event.at) ? QByteArrayView(event.at) : QByteArrayView());
    appendField(out, event.actor);
    appendField(out, event.action);
    appendField(out, event.entity);
    appendField(out, event.recordId);
    if (event.format == 1) {
        appendField(out, event.before);
        appendField(out, event.after);
    } else {
        appendField(out, sideDigest(event.before));
        appendField(out, sideDigest(event.after));
    }
    appendField(out, event.prevHash);
    return out;
}

QByteArray AuditHasher::hash(const StoredAuditEvent& event)
{
    // An unknown format never verifies.
    if (formatTag(event.format).isEmpty())
        return {};
    return sha256HexBytes(serialize(event));
}

QByteArray AuditHasher::serialize(const AuditEvent& event)
{
    return serialize(stored(event));
}

QString AuditHasher::hash(const AuditEvent& event)
{
    return QString::fromLatin1(hash(stored(event)));
}

} // namespace palisade
