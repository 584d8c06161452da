#include "core/util/IsoDate.h"

#include "tests/core/CatchQtStrings.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;

TEST_CASE("isoDate and dateFromIso read and write yyyy-MM-dd", "[util]")
{
    CHECK(isoDate(QDate(2026, 3, 1)) == QStringLiteral("2026-03-01"));
    CHECK(isoDate(QDate(1, 1, 1)) == QStringLiteral("0001-01-01"));
    CHECK(isoDate(QDate()).isEmpty());
    CHECK(dateFromIso(QStringLiteral("2024-02-29")) == QDate(2024, 2, 29));
    CHECK_FALSE(dateFromIso(QStringLiteral("2023-02-29")).isValid());
    CHECK_FALSE(dateFromIso(QStringLiteral("2023-13-01")).isValid());
    CHECK_FALSE(dateFromIso(QStringLiteral("2023/01/01")).isValid());
    CHECK_FALSE(dateFromIso(QStringLiteral("2023-1-01")).isValid());
    CHECK_FALSE(dateFromIso(QStringLiteral("2023-01-1x")).isValid());
    CHECK_FALSE(dateFromIso(QString()).isValid());

    // Every day of a leap year and its neighbours, against Qt's own forms.
    for (QDate day(2023, 12, 30); day <= QDate(2025, 1, 2); day = day.addDays(1)) {
        INFO(day.toString(Qt::ISODate).toStdString());
        CHECK(isoDate(day) == day.toString(Qt::ISODate));
        CHECK(dateFromIso(day.toString(Qt::ISODate)) == day);
    }
}

TEST_CASE("isoTimestamp writes UTC with milliseconds and timestampFromIso reads it back", "[util]")
{
    const QDateTime at(QDate(2026, 3, 1), QTime(9, 5, 7, 42), Qt::UTC);
    CHECK(isoTimestamp(at) == QStringLiteral("2026-03-01T09:05:07.042Z"));
    CHECK(timestampFromIso(QStringLiteral("2026-03-01T09:05:07.042Z")) == at);
    CHECK(timestampFromIso(QStringLiteral("2026-03-01T09:05:07.042Z")).timeSpec() == Qt::UTC);
    CHECK(isoTimestamp(QDateTime()).isEmpty());

    // Another zone is written as the same instant in UTC.
    const QDateTime plusTwo(QDate(2026, 3, 1), QTime(11, 5, 7, 42), Qt::OffsetFromUTC, 7200);
    CHECK(isoTimestamp(plusTwo) == QStringLiteral("2026-03-01T09:05:07.042Z"));

    // Other ISO spellings are still read, by Qt, as the same instant.
    CHECK(timestampFromIso(QStringLiteral("2026-03-01T11:05:07.042+02:00")) == at);
    CHECK(timestampFromIso(QStringLiteral("2026-03-01T09:05:07Z")) ==
          QDateTime(QDate(2026, 3, 1), QTime(9, 5, 7), Qt::UTC));
    CHECK_FALSE(timestampFromIso(QStringLiteral("2026-02-30T09:05:07.042Z")).isValid());
    CHECK_FALSE(timestampFromIso(QStringLiteral("2026-03-01T25:05:07.042Z")).isValid());
    CHECK_FALSE(timestampFromIso(QStringLiteral("yesterday")).isValid());

    // A spread of instants agrees with Qt's formatter and parser.
    QDateTime each(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 500; ++i) {
        each = each.addMSecs(qint64(i) * 7919 * 1013 + 1);
        const QString qt = each.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        INFO(qt.toStdString());
        CHECK(isoTimestamp(each) == qt);
        CHECK(timestampFromIso(qt) == each);
    }
}
