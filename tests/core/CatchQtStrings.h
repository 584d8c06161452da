#pragma once

// Lets Catch2 print Qt strings in failed assertions instead of "{?}".

#include <QByteArray>
#include <QString>
#include <catch2/catch_tostring.hpp>
#include <string>

namespace Catch {

template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};

template <> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray& value)
    {
        for (const char c : value) {
            if (c < 0x20 || c == 0x7f)
                return "0x" + value.toHex().toStdString();
        }
        return '"' + value.toStdString() + '"';
    }
};

} // namespace Catch
