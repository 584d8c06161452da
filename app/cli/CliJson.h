#pragma once

#include <QDate>
#include <QJsonValue>
#include <optional>

namespace palisade::cli {

// A date as the command line's JSON output gives it: "yyyy-MM-dd", or null
// when there is none.
QJsonValue jsonDateOrNull(const QDate& date);
QJsonValue jsonDateOrNull(const std::optional<QDate>& date);

} // namespace palisade::cli
