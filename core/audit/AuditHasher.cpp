#include "core/audit/AuditHasher.h"

#include "core/audit/AuditEvent.h"
#include "core/audit/RedactionMarker.h"
#include "core/util/IsoDate.h"

#include <QCryptographicHash>

namespace palisade {
namespace {

void appendField(QByteArray& out, const QByteArray& value)
{
    out += QByteArray::number(value.size());
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
    if (const std::optional<RedactionMarker> marker = RedactionMarker::parse(json))
        return marker->sha256.toLatin1();
    return QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex();
}

QByteArray AuditHasher::serialize(const AuditEvent& event)
{
    QByteArray out;
    appendField(out, formatTag(event.format));
    appendField(out, QByteArray::number(event.seq));
    appendField(out, timestamp(event.at).toUtf8());
    appendField(out, event.actor.toUtf8());
    appendField(out, event.action.toUtf8());
    appendField(out, event.entity.toUtf8());
    appendField(out, event.recordId.toUtf8());
    if (event.format == 1) {
        appendField(out, event.before);
        appendField(out, event.after);
    } else {
        appendField(out, sideDigest(event.before));
        appendField(out, sideDigest(event.after));
    }
    appendField(out, event.prevHash.toUtf8());
    return out;
}

QString AuditHasher::hash(const AuditEvent& event)
{
    // An unknown format never verifies.
    if (formatTag(event.format).isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(serialize(event), QCryptographicHash::Sha256).toHex());
}

} // namespace palisade
