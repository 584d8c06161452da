#pragma once

#include "core/training/ImportKind.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace palisade {

// The fields of a people or completions CSV import, by their canonical column
// names (a file format, so never translated; documented in
// docs/csv-import.md). A file whose header uses these names imports without a
// mapping; files exported by a learning-management system use their own
// names, which TrainingColumnMapping maps to these fields.
class TrainingColumns
{
    Q_DECLARE_TR_FUNCTIONS(palisade::TrainingColumns)

public:
    // People
    static inline const QString employeeId = QStringLiteral("employee_id");
    static inline const QString name = QStringLiteral("name");
    static inline const QString email = QStringLiteral("email");
    static inline const QString department = QStringLiteral("department");
    static inline const QString roles = QStringLiteral("roles");
    static inline const QString hireDate = QStringLiteral("hire_date");
    static inline const QString phiAccessDate = QStringLiteral("phi_access_date");
    static inline const QString terminationDate = QStringLiteral("termination_date");
    static inline const QString status = QStringLiteral("status");

    // Completions (employee_id as for people)
    static inline const QString course = QStringLiteral("course");
    static inline const QString completedOn = QStringLiteral("completed_on");
    static inline const QString score = QStringLiteral("score");
    static inline const QString passed = QStringLiteral("passed");
    static inline const QString attestation = QStringLiteral("attestation");
    static inline const QString attestedAt = QStringLiteral("attested_at");

    // Every field of the kind, in the order they are shown.
    static QStringList fields(ImportKind kind);
    static QStringList required(ImportKind kind);
    static bool isRequired(ImportKind kind, const QString& field);
    // What the field holds, for the mapping step (translated).
    static QString label(const QString& field);

    // Header names other systems use for the field, folded (see fold()), most
    // specific first; the canonical name is not among them.
    static QStringList synonyms(ImportKind kind, const QString& field);

    // A header cell reduced to its letters and digits, case-folded: "Emp #",
    // "EMP" and "emp" are the same, so are "Score (%)" and "score".
    static QString fold(const QString& header);
};

} // namespace palisade
