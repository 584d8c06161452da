#include "core/training/CourseStore.h"

#include "core/storage/Database.h"

#include <QHash>

namespace palisade {
namespace {

const QString selectCourse = QStringLiteral(
    "SELECT id, title, kind, cadence, cadence_months, passing_score, validity_months, "
    "description, retired_on, created_at, updated_at FROM course");

std::optional<int> optionalInt(const Statement& row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return int(row.int64(column));
}

void bindOptional(Statement& stmt, int index, const std::optional<int>& value)
{
    if (value)
        stmt.bind(index, *value);
    else
        stmt.bindNull(index);
}

} // namespace

CourseStore::CourseStore(Database& db)
    : m_db(db)
{
}

Course CourseStore::fromRow(const Statement& row)
{
    Course course;
    course.id = row.int64(0);
    course.title = row.text(1);
    course.kind = courseKindFromKey(row.text(2)).value_or(CourseKind::AnnualRefresher);
    course.cadence = cadenceFromKey(row.text(3)).value_or(Cadence::EveryMonths);
    if (!row.isNull(4))
        course.cadenceMonths = int(row.int64(4));
    course.passingScore = optionalInt(row, 5);
    course.validityMonths = optionalInt(row, 6);
    course.description = row.text(7);
    course.retiredOn = row.date(8);
    course.createdAt = row.timestamp(9);
    course.updatedAt = row.timestamp(10);
    return course;
}

void CourseStore::readChildren(std::vector<Course>& courses, const QString& where) const
{
    QHash<qint64, std::size_t> index;
    for (std::size_t i = 0; i < courses.size(); ++i)
        index.insert(courses[i].id, i);
    Statement roles = m_db.prepare(QStringLiteral("SELECT course_id, role_key FROM course_role ") +
                                   where + QStringLiteral(" ORDER BY course_id, role_key"));
    while (roles.step()) {
        if (const auto it = index.constFind(roles.int64(0)); it != index.constEnd())
            courses[*it].roles << roles.text(1);
    }
    Statement policies =
        m_db.prepare(QStringLiteral("SELECT course_id, policy_id FROM course_policy ") + where +
                     QStringLiteral(" ORDER BY course_id, policy_id"));
    while (policies.step()) {
        if (const auto it = index.constFind(policies.int64(0)); it != index.constEnd())
            courses[*it].policyIds << policies.int64(1);
    }
}

std::vector<Course> CourseStore::all() const
{
    std::vector<Course> courses;
    Statement rows = m_db.prepare(selectCourse + QStringLiteral(" ORDER BY title COLLATE NOCASE"));
    while (rows.step())
        courses.push_back(fromRow(rows));
    readChildren(courses, {});
    return courses;
}

std::optional<Course> CourseStore::find(qint64 id) const
{
    Statement row = m_db.prepare(selectCourse + QStringLiteral(" WHERE id = ?1"));
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    std::vector<Course> found{fromRow(row)};
    readChildren(found, QStringLiteral("WHERE course_id = %1").arg(id));
    return found.front();
}

std::optional<qint64> CourseStore::idForTitle(const QString& title) const
{
    Statement row =
        m_db.prepare(QStringLiteral("SELECT id FROM course WHERE title = ?1 COLLATE NOCASE"));
    row.bind(1, title);
    if (!row.step())
        return std::nullopt;
    return row.int64(0);
}

qint64 CourseStore::completionCount(qint64 id) const
{
    Statement row =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM completion WHERE course_id = ?1"));
    row.bind(1, id);
    row.step();
    return row.int64(0);
}

void CourseStore::insert(Course& course)
{
    Statement stmt = m_db.prepare(
        QStringLiteral("INSERT INTO course (title, kind, cadence, cadence_months, passing_score, "
                       "validity_months, description, retired_on, created_at, updated_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    stmt.bind(1, course.title)
        .bind(2, courseKindKey(course.kind))
        .bind(3, cadenceKey(course.cadence))
        .bind(7, course.description)
        .bindDate(8, course.retiredOn)
        .bindTimestamp(9, course.createdAt)
        .bindTimestamp(10, course.updatedAt);
    bindOptional(stmt, 4,
                 course.cadence == Cadence::EveryMonths ? std::optional<int>(course.cadenceMonths)
                                                        : std::nullopt);
    bindOptional(stmt, 5, course.passingScore);
    bindOptional(stmt, 6, course.validityMonths);
    stmt.exec();
    course.id = m_db.lastInsertRowId();
    writeChildren(course);
}

void CourseStore::update(const Course& course)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "UPDATE course SET title = ?2, kind = ?3, cadence = ?4, cadence_months = ?5, "
        "passing_score = ?6, validity_months = ?7, description = ?8, retired_on = ?9, "
        "updated_at = ?10 WHERE id = ?1"));
    stmt.bind(1, course.id)
        .bind(2, course.title)
        .bind(3, courseKindKey(course.kind))
        .bind(4, cadenceKey(course.cadence))
        .bind(8, course.description)
        .bindDate(9, course.retiredOn)
        .bindTimestamp(10, course.updatedAt);
    bindOptional(stmt, 5,
                 course.cadence == Cadence::EveryMonths ? std::optional<int>(course.cadenceMonths)
                                                        : std::nullopt);
    bindOptional(stmt, 6, course.passingScore);
    bindOptional(stmt, 7, course.validityMonths);
    stmt.exec();
    for (const QString& table : {QStringLiteral("course_role"), QStringLiteral("course_policy")}) {
        Statement clear =
            m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE course_id = ?1").arg(table));
        clear.bind(1, course.id).exec();
    }
    writeChildren(course);
}

void CourseStore::writeChildren(const Course& course)
{
    Statement role = m_db.prepare(
        QStringLiteral("INSERT INTO course_role (course_id, role_key) VALUES (?1, ?2)"));
    for (const QString& key : course.roles) {
        role.reset();
        role.bind(1, course.id).bind(2, key);
        role.exec();
    }
    Statement policy = m_db.prepare(
        QStringLiteral("INSERT INTO course_policy (course_id, policy_id) VALUES (?1, ?2)"));
    for (qint64 id : course.policyIds) {
        policy.reset();
        policy.bind(1, course.id).bind(2, id);
        policy.exec();
    }
}

void CourseStore::remove(qint64 id)
{
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM course WHERE id = ?1"));
    stmt.bind(1, id).exec();
}

std::vector<PolicyChange> CourseStore::policyChanges() const
{
    std::vector<PolicyChange> changes;
    Statement rows = m_db.prepare(QStringLiteral(
        "SELECT policy_id, effective_on FROM policy_revision "
        "WHERE effective_on IS NOT NULL AND state IN ('effective', 'superseded', 'retired') "
        "ORDER BY policy_id, effective_on"));
    while (rows.step())
        changes.push_back(PolicyChange{rows.int64(0), rows.date(1)});
    return changes;
}

bool CourseStore::policyExists(qint64 policyId) const
{
    Statement row = m_db.prepare(QStringLiteral("SELECT 1 FROM policy WHERE id = ?1"));
    row.bind(1, policyId);
    return row.step();
}

} // namespace palisade
