#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace palisade {

// The text forms dates and timestamps take in the database, JSON and CSV.
// An invalid date or time becomes an empty string and back.
QString isoDate(const QDate& date);              // "2026-03-01"
QDate dateFromIso(const QString& text);          // invalid unless exactly yyyy-MM-dd
QString isoTimestamp(const QDateTime& at);       // "2026-03-01T09:00:00.000Z", UTC
QDateTime timestampFromIso(const QString& text); // UTC
// Whether `text` is exactly the form isoTimestamp writes, of a valid instant.
bool isIsoTimestamp(QByteArrayView text);

} // namespace palisade
