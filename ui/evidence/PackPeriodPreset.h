#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <array>
#include <optional>
#include <utility>

namespace palisade::ui {

// The periods an evidence pack is most often asked for, counted from today.
class PackPeriodPreset
{
    Q_DECLARE_TR_FUNCTIONS(palisade::ui::PackPeriodPreset)

public:
    enum class Id
    {
        LastTwelveMonths,
        PreviousCalendarYear,
        YearToDate,
    };

    static std::array<Id, 3> all();
    static QString label(Id id);
    // First and last day of the period.
    static std::pair<QDate, QDate> range(Id id, const QDate& today);
    // The preset whose range is exactly [from, to] as of today, if any.
    static std::optional<Id> matching(const QDate& from, const QDate& to, const QDate& today);
};

} // namespace palisade::ui
