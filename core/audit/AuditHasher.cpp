#include "core/audit/AuditHasher.h"

#include "core/audit/AuditEvent.h"
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

QByteArray AuditHasher::serialize(const AuditEvent& event)
{
    QByteArray out;
    appendField(out, QByteArray(formatTag));
    appendField(out, QByteArray::number(event.seq));
    appendField(out, timestamp(event.at).toUtf8());
    appendField(out, event.actor.toUtf8());
    appendField(out, event.action.toUtf8());
    appendField(out, event.entity.toUtf8());
    appendField(out, event.recordId.toUtf8());
    appendField(out, event.before);
    appendField(out, event.after);
    appendField(out, event.prevHash.toUtf8());
    return out;
}

QString AuditHasher::hash(const AuditEvent& event)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(serialize(event), QCryptographicHash::Sha256).toHex());
}

} // namespace palisade
