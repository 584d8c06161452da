#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/retention/RetentionSamples.h"
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

qint64 insertPerson(Database& db, const QString& employeeId,
                    const QString& status = QStringLiteral("active"),
                    const QString& terminatedOn = QStringLiteral("NULL"))
{
    db.exec(
        QStringLiteral("INSERT INTO person (employee_id, name, status, hired_on, terminated_on, "
                       "created_at, updated_at) VALUES ('%1', 'Pat Lee', '%2', '2025-01-06', "
                       "%3, %4, %4)")
            .arg(employeeId, status, terminatedOn, stamp));
    return db.lastInsertRowId();
}

qint64 insertCourse(Database& db, const QString& title)
{
    db.exec(QStringLiteral("INSERT INTO course (title, kind, cadence, cadence_months, created_at, "
                           "updated_at) VALUES ('%1', 'annual_refresher', 'every_months', 12, %2, "
                           "%2)")
                .arg(title, stamp));
    return db.lastInsertRowId();
}

QString completionSql(qint64 person, qint64 course, const QString& on,
                      const QString& extraColumns = {}, const QString& extraValues = {})
{
    return QStringLiteral("INSERT INTO completion (person_id, course_id, completed_on, passed, "
                          "source, recorded_at, recorded_by, updated_at%5) VALUES (%1, %2, '%3', "
                          "1, 'manual', %4, 'Dana', %4%6)")
        .arg(QString::number(person), QString::number(course), on, stamp, extraColumns,
             extraValues);
}

} // namespace

TEST_CASE("Schema 7 seeds the seven workforce roles and keeps roles in use", "[training][schema]")
{
    TemporaryProgram fixture;
    Database& db = fixture.program().database();
    CHECK(db.column(QStringLiteral("SELECT key FROM workforce_role ORDER BY position")) ==
          QStringList{QStringLiteral("coder"), QStringLiteral("remote_coder"),
                      QStringLiteral("billing"), QStringLiteral("system_administrator"),
                      QStringLiteral("privacy_officer"), QStringLiteral("security_officer"),
                      QStringLiteral("manager")});
    CHECK_FALSE(runs(
        db, QStringLiteral(
                "INSERT INTO workforce_role (key, label) VALUES ('Front Desk', 'Front desk')")));
    CHECK_FALSE(runs(
        db, QStringLiteral("INSERT INTO workforce_role (key, label) VALUES ('coder2', 'CODER')")));
    const qint64 person = insertPerson(db, QStringLiteral("E-1"));
    db.exec(QStringLiteral("INSERT INTO person_role VALUES (%1, 'billing')").arg(person));
    CHECK_FALSE(runs(db, QStringLiteral("DELETE FROM workforce_role WHERE key = 'billing'")));
    CHECK_FALSE(
        runs(db, QStringLiteral("INSERT INTO person_role VALUES (%1, 'janitor')").arg(person)));
    CHECK(runs(db, QStringLiteral("DELETE FROM workforce_role WHERE key = 'manager'")));
}

TEST_CASE("People: unique employee IDs regardless of case, termination date exactly when "
          "terminated",
          "[training][schema]")
{
    TemporaryProgram fixture;
    Database& db = fixture.program().database();
    insertPerson(db, QStringLiteral("E-100"));
    CHECK_THROWS_AS(insertPerson(db, QStringLiteral("e-100")), StorageError);
    CHECK_THROWS_AS(insertPerson(db, QStringLiteral("E-2"), QStringLiteral("terminated")),
                    StorageError);
    CHECK_THROWS_AS(insertPerson(db, QStringLiteral("E-3"), QStringLiteral("active"),
                                 QStringLiteral("'2026-01-01'")),
                    StorageError);
    CHECK_THROWS_AS(insertPerson(db, QStringLiteral("E-4"), QStringLiteral("retired")),
                    StorageError);
    CHECK_THROWS_AS(insertPerson(db, QStringLiteral("E-5"), QStringLiteral("terminated"),
                                 QStringLiteral("'2024-12-31'")), // before the hire date
                    StorageError);
    CHECK_THROWS_AS(insertPerson(db, QStringLiteral("E-6"), QStringLiteral("terminated"),
                                 QStringLiteral("'2026-02-30'")), // not a date
                    StorageError);
    CHECK(insertPerson(db, QStringLiteral("E-7"), QStringLiteral("terminated"),
                       QStringLiteral("'2026-02-28'")) > 0);
}

TEST_CASE("Courses: kind, cadence and scores are checked", "[training][schema]")
{
    TemporaryProgram fixture;
    Database& db = fixture.program().database();
    insertCourse(db, QStringLiteral("Annual HIPAA refresher"));
    CHECK_THROWS_AS(insertCourse(db, QStringLiteral("annual hipaa REFRESHER")), StorageError);
    const QString course = QStringLiteral(
        "INSERT INTO course (title, kind, cadence, cadence_months, passing_score, validity_months, "
        "created_at, updated_at) VALUES ('%1', '%2', '%3', %4, %5, %6, %7, %7)");
    const auto add = [&](const QString& title, const QString& kind, const QString& cadence,
                         const QString& months, const QString& passing, const QString& validity) {
        return runs(db, course.arg(title, kind, cadence, months, passing, validity, stamp));
    };
    CHECK(add(QStringLiteral("A"), QStringLiteral("hipaa_onboarding"), QStringLiteral("at_hire"),
              QStringLiteral("NULL"), QStringLiteral("80"), QStringLiteral("NULL")));
    CHECK_FALSE(add(QStringLiteral("B"), QStringLiteral("webinar"), QStringLiteral("at_hire"),
                    QStringLiteral("NULL"), QStringLiteral("NULL"), QStringLiteral("NULL")));
    CHECK_FALSE(add(QStringLiteral("C"), QStringLiteral("phishing"), QStringLiteral("every_months"),
                    QStringLiteral("NULL"), QStringLiteral("NULL"), QStringLiteral("NULL")));
    CHECK_FALSE(add(QStringLiteral("D"), QStringLiteral("phishing"), QStringLiteral("at_hire"),
                    QStringLiteral("12"), QStringLiteral("NULL"), QStringLiteral("NULL")));
    CHECK_FALSE(add(QStringLiteral("E"), QStringLiteral("phishing"), QStringLiteral("at_hire"),
                    QStringLiteral("NULL"), QStringLiteral("101"), QStringLiteral("NULL")));
    CHECK_FALSE(add(QStringLiteral("F"), QStringLiteral("phishing"), QStringLiteral("at_hire"),
                    QStringLiteral("NULL"), QStringLiteral("NULL"), QStringLiteral("0")));
    CHECK(add(QStringLiteral("G"), QStringLiteral("policy_change_briefing"),
              QStringLiteral("on_policy_change"), QStringLiteral("NULL"), QStringLiteral("NULL"),
              QStringLiteral("24")));
}

TEST_CASE("Completions: one per person, course and day; imported ones name their batch; kept",
          "[training][schema]")
{
    TemporaryProgram fixture;
    Database& db = fixture.program().database();
    const qint64 person = insertPerson(db, QStringLiteral("E-1"));
    const qint64 course = insertCourse(db, QStringLiteral("Refresher"));
    db.exec(completionSql(person, course, QStringLiteral("2026-01-10")));
    CHECK_FALSE(runs(db, completionSql(person, course, QStringLiteral("2026-01-10"))));
    CHECK(runs(db, completionSql(person, course, QStringLiteral("2026-01-11"))));
    CHECK_FALSE(runs(db, completionSql(person, course, QStringLiteral("2026-01-12"),
                                       QStringLiteral(", score"), QStringLiteral(", 100.5"))));
    CHECK_FALSE(runs(db, completionSql(person, course, QStringLiteral("2026-01-13"),
                                       QStringLiteral(", attestation_text"),
                                       QStringLiteral(", 'I have read the policy.'"))));
    CHECK(runs(db, completionSql(person, course, QStringLiteral("2026-01-14"),
                                 QStringLiteral(", attestation_text, attested_at"),
                                 QStringLiteral(", 'I have read the policy.', ") + stamp)));
    // Imported without a batch.
    CHECK_FALSE(runs(db, completionSql(person, course, QStringLiteral("2026-01-15"))
                             .replace(QStringLiteral("'manual'"), QStringLiteral("'imported'"))));
    db.exec(QStringLiteral("INSERT INTO import_batch (source_name, kind, file_name, file_sha256, "
                           "imported_at, imported_by, row_count) VALUES ('LMS', 'completions', "
                           "'lms.csv', '%1', %2, 'Dana', 3)")
                .arg(QString(64, QLatin1Char('a')), stamp));
    const qint64 batch = db.lastInsertRowId();
    CHECK(runs(db,
               completionSql(person, course, QStringLiteral("2026-01-15"),
                             QStringLiteral(", import_batch_id"), QStringLiteral(", %1").arg(batch))
                   .replace(QStringLiteral("'manual'"), QStringLiteral("'imported'"))));
    CHECK_FALSE(runs(db, QStringLiteral("UPDATE import_batch SET row_count = 4")));
    CHECK_FALSE(runs(db, QStringLiteral("DELETE FROM import_batch")));
    // Kept: neither the completion nor its person can be deleted by SQL.
    CHECK_FALSE(runs(db, QStringLiteral("DELETE FROM completion")));
    CHECK_FALSE(runs(db, QStringLiteral("DELETE FROM person WHERE id = %1").arg(person)));
    CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM completion")) == 4);
}

TEST_CASE("Acknowledgments are of approved revisions, once per person", "[training][schema]")
{
    TemporaryProgram fixture;
    Database& db = fixture.program().database();
    const qint64 person = insertPerson(db, QStringLiteral("E-1"));
    const qint64 policy = insertPolicy(db, QStringLiteral("SEC-1"), QStringLiteral("Access"),
                                       QStringLiteral("2025-01-01T09:00:00.000Z"));
    const qint64 draft =
        insertRevision(db, policy, 2, QStringLiteral("draft"), QStringLiteral("2025-06-01"));
    const qint64 effective =
        insertRevision(db, policy, 1, QStringLiteral("effective"), QStringLiteral("2025-01-01"));
    const QString ack = QStringLiteral("INSERT INTO policy_acknowledgment (person_id, revision_id, "
                                       "acknowledged_on, recorded_at, recorded_by) VALUES (%1, "
                                       "%2, '2025-02-01', %3, 'Dana')");
    CHECK_FALSE(runs(db, ack.arg(person).arg(draft).arg(stamp)));
    CHECK(runs(db, ack.arg(person).arg(effective).arg(stamp)));
    CHECK_FALSE(runs(db, ack.arg(person).arg(effective).arg(stamp)));
    CHECK_FALSE(runs(db, QStringLiteral("DELETE FROM policy_acknowledgment")));
}

TEST_CASE("Phishing campaigns: counts stay within the recipients", "[training][schema]")
{
    TemporaryProgram fixture;
    Database& db = fixture.program().database();
    const QString campaign = QStringLiteral(
        "INSERT INTO phishing_campaign (run_on, template_name, recipients, clicked, reported, "
        "trained_after_click, created_at, updated_at) VALUES ('2026-01-20', 'Invoice', %1, %2, "
        "%3, %4, %5, %5)");
    const auto add = [&](int recipients, int clicked, int reported, int trained) {
        return runs(db,
                    campaign.arg(recipients).arg(clicked).arg(reported).arg(trained).arg(stamp));
    };
    CHECK(add(40, 6, 20, 6));
    CHECK_FALSE(add(0, 0, 0, 0));
    CHECK_FALSE(add(40, 41, 0, 0));
    CHECK_FALSE(add(40, 5, 41, 0));
    CHECK_FALSE(add(40, 5, 0, 6));
    CHECK_FALSE(add(40, -1, 0, 0));
}

TEST_CASE("Column mappings are unique by source regardless of case and hold a JSON object",
          "[training][schema]")
{
    TemporaryProgram fixture;
    Database& db = fixture.program().database();
    const QString mapping = QStringLiteral(
        "INSERT INTO import_mapping (source_name, kind, mapping, updated_at, updated_by) VALUES "
        "('%1', '%2', '%3', %4, 'Dana')");
    CHECK(runs(db, mapping.arg(QStringLiteral("KnowBe4"), QStringLiteral("completions"),
                               QStringLiteral("{\"employee_id\":\"Emp #\"}"), stamp)));
    CHECK_FALSE(runs(db, mapping.arg(QStringLiteral("knowbe4"), QStringLiteral("completions"),
                                     QStringLiteral("{}"), stamp)));
    CHECK_FALSE(runs(db, mapping.arg(QStringLiteral("HR"), QStringLiteral("people"),
                                     QStringLiteral("[1, 2]"), stamp)));
    CHECK_FALSE(runs(db, mapping.arg(QStringLiteral("HR"), QStringLiteral("people"),
                                     QStringLiteral("{not json"), stamp)));
    CHECK_FALSE(runs(db, mapping.arg(QStringLiteral("HR"), QStringLiteral("vendors"),
                                     QStringLiteral("{}"), stamp)));
}

TEST_CASE("Training records appear in the retention view with their dates", "[training][schema]")
{
    TemporaryProgram fixture;
    Database& db = fixture.program().database();
    const qint64 person = insertPerson(db, QStringLiteral("E-1"), QStringLiteral("terminated"),
                                       QStringLiteral("'2026-01-31'"));
    const qint64 other = insertPerson(db, QStringLiteral("E-2"));
    const qint64 course = insertCourse(db, QStringLiteral("Refresher"));
    db.exec(completionSql(person, course, QStringLiteral("2025-03-10")));
    const auto row = [&](const QString& type, qint64 id) {
        return db.column(QStringLiteral("SELECT created_on || '|' || coalesce(last_in_effect_on, "
                                        "'-') || '|' || in_effect || '|' || kept || '|' || "
                                        "coalesce(parent_type, '-') FROM retention_record WHERE "
                                        "record_type = '%1' AND record_id = %2")
                             .arg(type)
                             .arg(id));
    };
    CHECK(row(QStringLiteral("person"), person) ==
          QStringList{QStringLiteral("2025-01-06|2026-01-31|0|1|-")});
    CHECK(row(QStringLiteral("person"), other) ==
          QStringList{QStringLiteral("2025-01-06|-|1|0|-")});
    const qint64 completion = db.scalarInt(QStringLiteral("SELECT id FROM completion"));
    CHECK(row(QStringLiteral("training_completion"), completion) ==
          QStringList{QStringLiteral("2025-03-10|2025-03-10|0|1|person")});
}
