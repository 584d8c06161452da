#include "core/storage/Database.h"
#include "core/storage/Migration.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/support/TemporaryProgram.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

const QString stamp = QStringLiteral("'2026-01-05T09:00:00.000Z'");

bool runs(Database& db, const QString& sql)
{
    return db.tryExec(sql).ok();
}

QString incidentSql(const QString& columns, const QString& values)
{
    return QStringLiteral("INSERT INTO incident (title, kind, discovered_on, created_at, "
                          "updated_at%1) VALUES ('Lost phone', 'lost_or_stolen_device', "
                          "'2026-01-05', %2, %2%3)")
        .arg(columns, stamp, values);
}

qint64 insertIncident(Database& db)
{
    db.exec(incidentSql({}, {}));
    return db.lastInsertRowId();
}

QString notificationSql(qint64 incident, const QString& recipient, const QString& jurisdiction,
                        const QString& counterparty = QStringLiteral("NULL"))
{
    return QStringLiteral("INSERT INTO incident_notification (incident_id, recipient, "
                          "jurisdiction, counterparty_id, sent_on, method, recorded_at, "
                          "recorded_by) VALUES (%1, '%2', '%3', %4, '2026-01-20', 'email', %5, "
                          "'Dana')")
        .arg(QString::number(incident), recipient, jurisdiction, counterparty, stamp);
}

} // namespace

TEST_CASE("Schema 8 seeds Florida's notice rule", "[incidents][schema]")
{
    TemporaryProgram fixture;
    Database& db = fixture.program().database();
    const std::vector<Migration> all = bundledMigrations();
    REQUIRE(all.size() >= 8);
    CHECK(all[7].version == 8);
    CHECK(db.scalarInt(QStringLiteral("PRAGMA user_version")) == all.back().version);
    CHECK(db.column(QStringLiteral("SELECT jurisdiction || ' ' || authority || ' ' || "
                                   "minimum_residents || ' ' || days FROM "
                                   "state_notification_rule")) ==
          QStringList{QStringLiteral("FL Florida Department of Legal Affairs 500 30")});
    CHECK_FALSE(runs(db, QStringLiteral("INSERT INTO state_notification_rule (jurisdiction, "
                                        "authority, minimum_residents, days, updated_at) VALUES "
                                        "('FL', 'Again', 1, 30, %1)")
                             .arg(stamp)));
    CHECK_FALSE(runs(db, QStringLiteral("INSERT INTO state_notification_rule (jurisdiction, "
                                        "authority, minimum_residents, days, updated_at) VALUES "
                                        "('tx', 'Texas', 1, 30, %1)")
                             .arg(stamp)));
    CHECK_FALSE(runs(db, QStringLiteral("INSERT INTO state_notification_rule (jurisdiction, "
                                        "authority, minimum_residents, days, updated_at) VALUES "
                                        "('TX', 'Texas', 0, 366, %1)")
                             .arg(stamp)));
    CHECK(runs(db, QStringLiteral("INSERT INTO state_notification_rule (jurisdiction, authority, "
                                  "minimum_residents, days, updated_at) VALUES ('TX', 'Texas', "
                                  "250, 30, %1)")
                       .arg(stamp)));
}

TEST_CASE("Incidents: ISO dates in order, a reason for secured PHI, known kinds",
          "[incidents][schema]")
{
    TemporaryProgram fixture;
    Database& db = fixture.program().database();
    CHECK(runs(db, incidentSql({}, {})));
    CHECK_FALSE(runs(db, QStringLiteral("INSERT INTO incident (title, kind, created_at, "
                                        "updated_at) VALUES ('No discovery', 'other', %1, %1)")
                             .arg(stamp)));
    CHECK_FALSE(
        runs(db, incidentSql(QStringLiteral(", closed_on"), QStringLiteral(", '2026-01-04'"))));
    CHECK_FALSE(
        runs(db, incidentSql(QStringLiteral(", occurred_on"), QStringLiteral(", '2026-01-06'"))));
    CHECK_FALSE(
        runs(db, incidentSql(QStringLiteral(", closed_on"), QStringLiteral(", '2026-1-9'"))));
    CHECK_FALSE(runs(db, incidentSql(QStringLiteral(", occurred_on, contained_on"),
                                     QStringLiteral(", '2026-01-03', '2026-01-02'"))));
    CHECK_FALSE(runs(db, incidentSql(QStringLiteral(", phi_secured"), QStringLiteral(", 1"))));
    CHECK(runs(db, incidentSql(QStringLiteral(", phi_secured, secured_basis"),
                               QStringLiteral(", 1, 'AES-256 full-disk encryption'"))));
    CHECK_FALSE(runs(db, incidentSql(QStringLiteral(", phi_types"), QStringLiteral(", 'names'"))));
    CHECK_FALSE(runs(db, QStringLiteral("INSERT INTO incident (title, kind, discovered_on, "
                                        "created_at, updated_at) VALUES ('x', 'flood', "
                                        "'2026-01-05', %1, %1)")
                             .arg(stamp)));

    const qint64 id = insertIncident(db);
    CHECK_FALSE(
        runs(db, QStringLiteral("INSERT INTO incident_affected VALUES (%1, 'Fl', 3)").arg(id)));
    CHECK_FALSE(
        runs(db, QStringLiteral("INSERT INTO incident_affected VALUES (%1, 'FL', -1)").arg(id)));
    CHECK(runs(db, QStringLiteral("INSERT INTO incident_affected VALUES (%1, 'FL', 3)").arg(id)));
    CHECK_FALSE(
        runs(db, QStringLiteral("INSERT INTO incident_affected VALUES (%1, 'FL', 4)").arg(id)));
    CHECK_FALSE(runs(db, QStringLiteral("INSERT INTO incident_asset VALUES (%1, 999)").arg(id)));
    CHECK_FALSE(
        runs(db, QStringLiteral("INSERT INTO incident_covered_entity VALUES (%1, 999)").arg(id)));
    CHECK_FALSE(runs(db, QStringLiteral("INSERT INTO breach_assessment (incident_id, "
                                        "nature_rating, nature_narrative, person_rating, "
                                        "person_narrative, acquired_rating, acquired_narrative, "
                                        "mitigation_rating, mitigation_narrative, "
                                        "low_probability, conclusion, assessed_by, assessed_on, "
                                        "recorded_at) VALUES (%1, 'severe', 'a', 'low', 'b', "
                                        "'low', 'c', 'low', 'd', 1, 'e', 'Dana', '2026-01-06', "
                                        "%2)")
                             .arg(QString::number(id), stamp)));
    CHECK_FALSE(runs(db, QStringLiteral("INSERT INTO breach_assessment (incident_id, "
                                        "nature_rating, nature_narrative, person_rating, "
                                        "person_narrative, acquired_rating, acquired_narrative, "
                                        "mitigation_rating, mitigation_narrative, "
                                        "low_probability, conclusion, assessed_by, assessed_on, "
                                        "recorded_at) VALUES (%1, 'low', ' ', 'low', 'b', "
                                        "'low', 'c', 'low', 'd', 1, 'e', 'Dana', '2026-01-06', "
                                        "%2)")
                             .arg(QString::number(id), stamp)));
}

TEST_CASE("Notices name their State or covered entity and keep their incident",
          "[incidents][schema]")
{
    TemporaryProgram fixture;
    Database& db = fixture.program().database();
    const qint64 id = insertIncident(db);
    CHECK_FALSE(runs(db, notificationSql(id, QStringLiteral("media"), {})));
    CHECK_FALSE(
        runs(db, notificationSql(id, QStringLiteral("state_authority"), QStringLiteral("fl"))));
    CHECK_FALSE(runs(db, notificationSql(id, QStringLiteral("covered_entity"), {})));
    CHECK_FALSE(runs(db, notificationSql(id, QStringLiteral("press"), {})));
    CHECK(runs(db, notificationSql(id, QStringLiteral("media"), QStringLiteral("FL"))));
    CHECK(runs(db, notificationSql(id, QStringLiteral("individuals"), {})));
    CHECK(runs(db, notificationSql(id, QStringLiteral("individuals"), {}))); // supplemental

    // Neither a notice nor its incident can be deleted outside disposal.
    CHECK_FALSE(runs(db, QStringLiteral("DELETE FROM incident_notification")));
    CHECK_FALSE(runs(db, QStringLiteral("DELETE FROM incident WHERE id = %1").arg(id)));
    const qint64 bare = insertIncident(db);
    CHECK_FALSE(runs(db, QStringLiteral("DELETE FROM incident WHERE id = %1").arg(bare)));
    CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM incident")) == 2);

    // Evidence is a note or a file, and never changes.
    CHECK_FALSE(runs(db, QStringLiteral("INSERT INTO incident_evidence (incident_id, note, "
                                        "added_at, added_by) VALUES (%1, ' ', %2, 'Dana')")
                             .arg(QString::number(id), stamp)));
    CHECK(runs(db, QStringLiteral("INSERT INTO incident_evidence (incident_id, note, added_at, "
                                  "added_by) VALUES (%1, 'Called the clinic', %2, 'Dana')")
                       .arg(QString::number(id), stamp)));
    CHECK_FALSE(runs(db, QStringLiteral("UPDATE incident_evidence SET note = 'Edited'")));
}

TEST_CASE("Retention sees incidents and their notices", "[incidents][schema][retention]")
{
    TemporaryProgram fixture;
    Database& db = fixture.program().database();
    const qint64 id = insertIncident(db);
    db.exec(notificationSql(id, QStringLiteral("individuals"), {}));
    CHECK(db.column(QStringLiteral("SELECT record_type || ' ' || created_on || ' ' || in_effect "
                                   "|| ' ' || kept || ' ' || coalesce(parent_type, '-') FROM "
                                   "retention_record WHERE record_type LIKE 'incident%' ORDER "
                                   "BY record_type")) ==
          (QStringList{QStringLiteral("incident 2026-01-05 1 1 -"),
                       QStringLiteral("incident_notification 2026-01-05 1 1 incident")}));
    db.exec(QStringLiteral("UPDATE incident SET closed_on = '2026-02-01' WHERE id = %1").arg(id));
    CHECK(db.column(QStringLiteral("SELECT last_in_effect_on || ' ' || in_effect FROM "
                                   "retention_record WHERE record_type = 'incident'")) ==
          QStringList{QStringLiteral("2026-02-01 0")});
}
