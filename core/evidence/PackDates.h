#pragma once

#include "core/evidence/PackRequest.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace palisade {

// How the sections of an evidence pack place records in time: the program as
// it stood at the end of the period's last local day, and what happened on
// the days from its first to its last.
class PackDates
{
    Q_DECLARE_TR_FUNCTIONS(palisade::PackDates)

public:
    // "2026-03-01", or a dash where there is no date, so an empty cell reads
    // as deliberate.
    static QString text(const QDate& day);
    // Whether `day` falls within the request's period, both ends included.
    static bool inPeriod(const QDate& day, const PackRequest& request);
    // The first moment after `day` (local time), in UTC: what was recorded
    // before it existed on that day.
    static QDateTime endOf(const QDate& day);
    // Whether a record created at `createdAt` (UTC) existed at the end of `day`.
    static bool existedOn(const QDateTime& createdAt, const QDate& day);
    // The local calendar day of a UTC moment, as the registers count days.
    static QDate localDay(const QDateTime& at);
};

} // namespace palisade
