#pragma once

#include "core/training/ImportKind.h"
#include "core/training/ImportMapping.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace palisade {

// Which column of a file holds each field of a people or completions import
// (TrainingColumns). A field maps to the header text of one column, or to
// nothing when the file does not provide it.
//
// Saved as an ImportMapping per source, its JSON is an object from field to
// header text, e.g. {"employee_id": "Emp #", "completed_on": "Date
// Completed"}; a field left out keeps its canonical column name, and an
// empty text means the field is not imported. Headers match ignoring case,
// spaces and punctuation (TrainingColumns::fold).
class TrainingColumnMapping
{
public:
    // The canonical mapping: every field from the column of its own name.
    explicit TrainingColumnMapping(ImportKind kind = ImportKind::Completions);

    static TrainingColumnMapping fromJson(ImportKind kind, const QJsonObject& json);
    static TrainingColumnMapping fromSaved(const ImportMapping& saved);
    // Every field, with "" for those not imported.
    QJsonObject toJson() const;

    ImportKind kind() const { return m_kind; }
    // The header text the field is read from; empty when it is not imported.
    QString column(const QString& field) const { return m_columns.value(field); }
    void setColumn(const QString& field, const QString& header);

    // The index of the field's column in `header`, -1 when it is not mapped
    // or not there. A column whose text matches exactly (ignoring case and
    // surrounding spaces) wins over one that matches only once folded.
    int indexIn(const QString& field, const QStringList& header) const;
    // Fields mapped to a column that `header` holds more than once once folded.
    QStringList ambiguous(const QStringList& header) const;

    // A mapping for a file with `header`: each field takes the column named
    // like it, else the first column named by one of its usual synonyms
    // ("Emp #", "Date Completed", "Course Title"...), each column used once.
    // Fields without a match are left unmapped.
    static TrainingColumnMapping proposeMapping(ImportKind kind, const QStringList& header);
    // The required fields the mapping leaves without a column of `header`.
    static QStringList missingRequired(const TrainingColumnMapping& mapping,
                                       const QStringList& header);
    // Completions when the header has a course column (by name or synonym),
    // People when it has a hire date column; nullopt otherwise.
    static std::optional<ImportKind> guessKind(const QStringList& header);

    friend bool operator==(const TrainingColumnMapping&, const TrainingColumnMapping&) = default;

private:
    ImportKind m_kind;
    QHash<QString, QString> m_columns; // field -> header text
};

} // namespace palisade
