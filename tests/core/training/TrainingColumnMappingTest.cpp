#include "core/training/TrainingColumnMapping.h"

#include "core/training/TrainingColumns.h"
#include "tests/core/CatchQtStrings.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using C = palisade::TrainingColumns;

TEST_CASE("TrainingColumnMapping: the default reads the canonical column names", "[training][csv]")
{
    const TrainingColumnMapping people(ImportKind::People);
    CHECK(people.column(C::hireDate) == QStringLiteral("hire_date"));
    const QStringList header{QStringLiteral("Employee ID"), QStringLiteral("NAME"),
                             QStringLiteral("hire date")};
    CHECK(people.indexIn(C::employeeId, header) == 0);
    CHECK(people.indexIn(C::hireDate, header) == 2);
    CHECK(people.indexIn(C::email, header) == -1);
    CHECK(TrainingColumnMapping::missingRequired(people, header).isEmpty());
    CHECK(TrainingColumnMapping::missingRequired(people, {QStringLiteral("name")}) ==
          QStringList{C::employeeId, C::hireDate});
}

TEST_CASE("TrainingColumnMapping proposes columns of common LMS exports", "[training][csv]")
{
    const QStringList header{QStringLiteral("Emp #"),         QStringLiteral("Learner"),
                             QStringLiteral("Course Title"),  QStringLiteral("Date Completed"),
                             QStringLiteral("Score (%)"),     QStringLiteral("Result"),
                             QStringLiteral("Internal notes")};
    const TrainingColumnMapping proposed =
        TrainingColumnMapping::proposeMapping(ImportKind::Completions, header);
    CHECK(proposed.column(C::employeeId) == QStringLiteral("Emp #"));
    CHECK(proposed.column(C::course) == QStringLiteral("Course Title"));
    CHECK(proposed.column(C::completedOn) == QStringLiteral("Date Completed"));
    CHECK(proposed.column(C::score) == QStringLiteral("Score (%)"));
    CHECK(proposed.column(C::passed) == QStringLiteral("Result"));
    CHECK(proposed.column(C::attestation).isEmpty());
    CHECK(TrainingColumnMapping::missingRequired(proposed, header).isEmpty());
    CHECK(TrainingColumnMapping::guessKind(header) == ImportKind::Completions);

    const TrainingColumnMapping users = TrainingColumnMapping::proposeMapping(
        ImportKind::Completions,
        {QStringLiteral("User ID"), QStringLiteral("Training"), QStringLiteral("Completion Date")});
    CHECK(users.column(C::employeeId) == QStringLiteral("User ID"));
    CHECK(users.column(C::course) == QStringLiteral("Training"));
    CHECK(users.column(C::completedOn) == QStringLiteral("Completion Date"));

    const QStringList hr{QStringLiteral("Employee ID"), QStringLiteral("Full Name"),
                         QStringLiteral("Dept"), QStringLiteral("Start Date"),
                         QStringLiteral("Status")};
    const TrainingColumnMapping people =
        TrainingColumnMapping::proposeMapping(ImportKind::People, hr);
    CHECK(people.column(C::name) == QStringLiteral("Full Name"));
    CHECK(people.column(C::department) == QStringLiteral("Dept"));
    CHECK(people.column(C::hireDate) == QStringLiteral("Start Date"));
    CHECK(people.column(C::status) == QStringLiteral("Status"));
    CHECK(TrainingColumnMapping::guessKind(hr) == ImportKind::People);
    CHECK_FALSE(TrainingColumnMapping::guessKind({QStringLiteral("a"), QStringLiteral("b")}));
}

TEST_CASE("TrainingColumnMapping: a canonical name wins over a synonym, each column used once",
          "[training][csv]")
{
    const QStringList header{QStringLiteral("Grade"), QStringLiteral("Score"),
                             QStringLiteral("employee_id"), QStringLiteral("course"),
                             QStringLiteral("completed_on")};
    const TrainingColumnMapping proposed =
        TrainingColumnMapping::proposeMapping(ImportKind::Completions, header);
    CHECK(proposed.column(C::score) == QStringLiteral("Score"));
    const TrainingColumnMapping missing = TrainingColumnMapping::proposeMapping(
        ImportKind::Completions, {QStringLiteral("Course"), QStringLiteral("Notes")});
    CHECK(TrainingColumnMapping::missingRequired(
              missing, {QStringLiteral("Course"), QStringLiteral("Notes")}) ==
          QStringList{C::employeeId, C::completedOn});
}

TEST_CASE("TrainingColumnMapping: saved JSON overrides the defaults field by field",
          "[training][csv]")
{
    const QJsonObject json{{C::employeeId, QStringLiteral("Emp #")},
                           {C::score, QString()},
                           {QStringLiteral("not_a_field"), QStringLiteral("x")}};
    const TrainingColumnMapping mapping =
        TrainingColumnMapping::fromJson(ImportKind::Completions, json);
    CHECK(mapping.column(C::employeeId) == QStringLiteral("Emp #"));
    CHECK(mapping.column(C::course) == QStringLiteral("course")); // left out: canonical
    CHECK(mapping.column(C::score).isEmpty());                    // empty: not imported
    CHECK_FALSE(mapping.toJson().contains(QStringLiteral("not_a_field")));
    CHECK(TrainingColumnMapping::fromJson(ImportKind::Completions, mapping.toJson()) == mapping);

    ImportMapping saved;
    saved.sourceName = QStringLiteral("Acme LMS");
    saved.kind = ImportKind::Completions;
    saved.mapping = json;
    CHECK(TrainingColumnMapping::fromSaved(saved) == mapping);

    CHECK(mapping.ambiguous({QStringLiteral("Emp"), QStringLiteral("EMP #"), QStringLiteral("emp")})
              .isEmpty()); // "EMP #" matches exactly
    CHECK(mapping.ambiguous({QStringLiteral("Emp"), QStringLiteral("emp.")}) ==
          QStringList{C::employeeId});
}
