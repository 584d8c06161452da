#include "core/util/IsoDate.h"

namespace palisade {
namespace {

// The canonical forms are read and written by hand: they are parsed and
// formatted for every row of every table and every audit event hashed, and
// Qt's general parser and formatter cost a microsecond or more each time.
// Anything outside the canonical form goes to Qt, which decides.

char16_t unitAt(const QString& text, qsizetype i)
{
    return text.at(i).unicode();
}

char16_t unitAt(QByteArrayView text, qsizetype i)
{
    return char16_t(uchar(text.at(i)));
}

template <typename Text> bool readDigits(const Text& text, qsizetype from, int count, int& value)
{
    value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = unitAt(text, i);
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + int(c - u'0');
    }
    return true;
}

void writeDigits(char16_t*& out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out += count;
}

// yyyy-MM-dd at the start of `text`.
template <typename Text> QDate readDate(const Text& text)
{
    int year = 0;
    int month = 0;
    int day = 0;
    if (!readDigits(text, 0, 4, year) || unitAt(text, 4) != u'-' ||
        !readDigits(text, 5, 2, month) || unitAt(text, 7) != u'-' || !readDigits(text, 8, 2, day))
        return {};
    return QDate(year, month, day);
}

// Exactly "2026-03-01T09:00:00.000Z", the form isoTimestamp writes, of a
// valid instant; anything else is invalid.
template <typename Text> QDateTime readCanonicalTimestamp(const Text& text)
{
    if (text.size() != 24 || unitAt(text, 10) != u'T' || unitAt(text, 13) != u':' ||
        unitAt(text, 16) != u':' || unitAt(text, 19) != u'.' || unitAt(text, 23) != u'Z')
        return {};
    int hour = 0;
    int minute = 0;
    int second = 0;
    int msec = 0;
    const QDate date = readDate(text);
    if (!date.isValid() || !readDigits(text, 11, 2, hour) || !readDigits(text, 14, 2, minute) ||
        !readDigits(text, 17, 2, second) || !readDigits(text, 20, 3, msec))
        return {};
    const QTime time(hour, minute, second, msec);
    return time.isValid() ? QDateTime(date, time, Qt::UTC) : QDateTime();
}

void writeDate(char16_t*& out, int year, int month, int day)
{
    writeDigits(out, year, 4);
    *out++ = u'-';
    writeDigits(out, month, 2);
    *out++ = u'-';
    writeDigits(out, day, 2);
}

bool fourDigitYear(int year)
{
    return year >= 0 && year <= 9999;
}

} // namespace

QString isoDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!fourDigitYear(year))
        return date.toString(Qt::ISODate);
    QString text(10, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    writeDate(out, year, month, day);
    return text;
}

QDate dateFromIso(const QString& text)
{
    if (text.size() != 10)
        return {};
    return readDate(text);
}

QString isoTimestamp(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    const QDateTime utc = at.toUTC();
    int year = 0;
    int month = 0;
    int day = 0;
    utc.date().getDate(&year, &month, &day);
    if (!fourDigitYear(year))
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    const QTime time = utc.time();
    QString text(24, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    writeDate(out, year, month, day);
    *out++ = u'T';
    writeDigits(out, time.hour(), 2);
    *out++ = u':';
    writeDigits(out, time.minute(), 2);
    *out++ = u':';
    writeDigits(out, time.second(), 2);
    *out++ = u'.';
    writeDigits(out, time.msec(), 3);
    *out = u'Z';
    return text;
}

QDateTime timestampFromIso(const QString& text)
{
    if (const QDateTime canonical = readCanonicalTimestamp(text); canonical.isValid())
        return canonical;
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

bool isIsoTimestamp(QByteArrayView text)
{
    return readCanonicalTimestamp(text).isValid();
}

} // namespace palisade
