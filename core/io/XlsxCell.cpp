#include "core/io/XlsxCell.h"

#include <QLocale>

namespace palisade {

XlsxCell::XlsxCell(const QDate& date)
{
    // A null or invalid date is an empty cell, not a broken serial.
    if (date.isValid())
        m_value = date;
}

XlsxCell XlsxCell::boolean(bool value)
{
    XlsxCell cell;
    cell.m_value = value;
    return cell;
}

XlsxCell::Kind XlsxCell::kind() const
{
    switch (m_value.index()) {
    case 1:
        return Kind::Text;
    case 2:
        return Kind::Integer;
    case 3:
        return Kind::Number;
    case 4:
        return Kind::Date;
    case 5:
        return Kind::Boolean;
    default:
        return Kind::Empty;
    }
}

QString XlsxCell::text() const
{
    const auto* text = std::get_if<QString>(&m_value);
    return text ? *text : QString();
}

qint64 XlsxCell::integer() const
{
    const auto* value = std::get_if<qint64>(&m_value);
    return value ? *value : 0;
}

double XlsxCell::number() const
{
    if (const auto* value = std::get_if<double>(&m_value))
        return *value;
    return double(integer());
}

QDate XlsxCell::date() const
{
    const auto* date = std::get_if<QDate>(&m_value);
    return date ? *date : QDate();
}

bool XlsxCell::toBool() const
{
    const auto* value = std::get_if<bool>(&m_value);
    return value && *value;
}

QString XlsxCell::displayText() const
{
    switch (kind()) {
    case Kind::Text:
        return text();
    case Kind::Integer:
        return QString::number(integer());
    case Kind::Number:
        return QLocale::c().toString(number(), 'g', 10);
    case Kind::Date:
        return date().toString(Qt::ISODate);
    case Kind::Boolean:
        return toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case Kind::Empty:
        break;
    }
    return {};
}

} // namespace palisade
