#pragma once

#include "core/training/Course.h"
#include "core/training/PolicyChange.h"

#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the course, course_role and course_policy tables, and the policy
// changes on-policy-change courses react to.
class CourseStore
{
public:
    explicit CourseStore(Database& db);

    std::vector<Course> all() const; // by title
    std::optional<Course> find(qint64 id) const;
    std::optional<qint64> idForTitle(const QString& title) const; // ignoring case
    qint64 completionCount(qint64 id) const;
    void insert(Course& course); // sets course.id
    void update(const Course& course);
    void remove(qint64 id);

    // The effective date of every policy revision that took effect (effective,
    // superseded or retired), by policy.
    std::vector<PolicyChange> policyChanges() const;
    // Whether a policy with this id exists.
    bool policyExists(qint64 policyId) const;

private:
    static Course fromRow(const Statement& row);
    void readChildren(std::vector<Course>& courses, const QString& where) const;
    void writeChildren(const Course& course);

    Database& m_db;
};

} // namespace palisade
