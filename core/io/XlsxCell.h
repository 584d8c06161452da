#pragma once

#include <QDate>
#include <QString>
#include <variant>

namespace palisade {

// One typed spreadsheet cell. Dates become real date serials so spreadsheet
// users can sort and filter by them; booleans become native TRUE/FALSE cells,
// which spreadsheets show in the reader's language.
class XlsxCell
{
public:
    enum class Kind
    {
        Empty,
        Text,
        Integer,
        Number,
        Date,
        Boolean,
    };

    XlsxCell() = default;
    XlsxCell(const QString& text)
        : m_value(text)
    {
    }
    XlsxCell(const QDate& date);
    XlsxCell(int value)
        : m_value(qint64(value))
    {
    }
    XlsxCell(qint64 value)
        : m_value(value)
    {
    }
    XlsxCell(double value)
        : m_value(value)
    {
    }

    // Named, because an implicit bool constructor would accept pointers.
    static XlsxCell boolean(bool value);

    Kind kind() const;
    bool isEmpty() const { return kind() == Kind::Empty; }

    QString text() const;
    qint64 integer() const;
    double number() const;
    QDate date() const;
    bool toBool() const;

    // The value as a spreadsheet shows it by default, for sizing columns.
    QString displayText() const;

    friend bool operator==(const XlsxCell&, const XlsxCell&) = default;

private:
    std::variant<std::monostate, QString, qint64, double, QDate, bool> m_value;
};

} // namespace palisade
