#pragma once

#include <QString>
#include <compare>

namespace palisade {

// Names one record under retention: its type (a RecordTypes key such as
// "agreement") and its id in that type's table.
struct RecordRef
{
    QString type;
    qint64 id = 0;

    // "agreement:3": how retention audit events name the record.
    QString key() const { return type + QLatin1Char(':') + QString::number(id); }

    friend bool operator==(const RecordRef&, const RecordRef&) = default;
    friend std::strong_ordering operator<=>(const RecordRef& a, const RecordRef& b)
    {
        if (const int order = QString::compare(a.type, b.type); order != 0)
            return order < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
        return a.id <=> b.id;
    }
};

} // namespace palisade
