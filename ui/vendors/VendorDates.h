#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

namespace palisade::ui::vendordates {

// "2026-03-01", or an empty string for no date.
QString text(const QDate& date);
// A sort key that puts dates in calendar order and "no date" last.
QVariant sortKey(const QDate& date);

} // namespace palisade::ui::vendordates
