#include "ui/evidence/PackPeriodPreset.h"

namespace palisade::ui {

std::array<PackPeriodPreset::Id, 3> PackPeriodPreset::all()
{
    return {Id::LastTwelveMonths, Id::PreviousCalendarYear, Id::YearToDate};
}

QString PackPeriodPreset::label(Id id)
{
    switch (id) {
    case Id::LastTwelveMonths:
        return tr("Last 12 months");
    case Id::PreviousCalendarYear:
        return tr("Previous calendar year");
    case Id::YearToDate:
        return tr("This year to date");
    }
    return {};
}

std::pair<QDate, QDate> PackPeriodPreset::range(Id id, const QDate& today)
{
    switch (id) {
    case Id::LastTwelveMonths:
        return {today.addYears(-1).addDays(1), today};
    case Id::PreviousCalendarYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case Id::YearToDate:
        return {QDate(today.year(), 1, 1), today};
    }
    return {};
}

std::optional<PackPeriodPreset::Id> PackPeriodPreset::matching(const QDate& from, const QDate& to,
                                                               const QDate& today)
{
    for (const Id id : all()) {
        if (range(id, today) == std::pair<QDate, QDate>(from, to))
            return id;
    }
    return std::nullopt;
}

} // namespace palisade::ui
