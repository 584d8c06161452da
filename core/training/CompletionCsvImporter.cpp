#include "core/training/CompletionCsvImporter.h"

#include "core/risk/ImportProblems.h"
#include "core/risk/RiskCsvValues.h"
#include "core/training/Course.h"
#include "core/training/TrainingColumns.h"
#include "core/training/TrainingCsvRows.h"
#include "core/training/TrainingCsvTable.h"
#include "core/training/TrainingRegister.h"
#include "core/training/TrainingValidator.h"
#include "core/training/WorkforceRegister.h"
#include "core/vendors/VendorCsvValues.h"

#include <QRegularExpression>

namespace palisade {
namespace {

QString titleKey(const QString& title)
{
    return title.simplified().toCaseFolded();
}

// "85", "85.5", "85 %"; nullopt for anything else.
std::optional<double> scoreValue(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,3}(?:[.,]\\d+)?)\\s*%?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString number = match.captured(1);
    number.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = number.toDouble(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

// yes/no as VendorCsvValues reads it, plus the words LMS exports use.
std::optional<bool> passedValue(const QString& text)
{
    if (const std::optional<bool> yes = VendorCsvValues::yesNo(text))
        return yes;
    const QString word = RiskCsvValues::normalized(text);
    if (word == QLatin1String("pass") || word == QLatin1String("passed"))
        return true;
    if (word == QLatin1String("fail") || word == QLatin1String("failed"))
        return false;
    return std::nullopt;
}

// "2026-03-01T14:05:00Z", "2026-03-01 14:05" (UTC when no zone is given) or a
// date alone (its start, UTC). Invalid for an empty text; nullopt when unreadable.
std::optional<QDateTime> timestampValue(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QDateTime();
    if (const std::optional<QDate> date = RiskCsvValues::date(trimmed); date && date->isValid())
        return QDateTime(*date, QTime(0, 0), Qt::UTC);
    QString iso = trimmed;
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(iso, Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return at.toUTC();
}

} // namespace

CompletionCsvImporter::CompletionCsvImporter(TrainingRegister& training,
                                             const WorkforceRegister& workforce)
    : m_training(training)
    , m_workforce(workforce)
{
}

Result<std::vector<Completion>>
CompletionCsvImporter::read(const QByteArray& data, const TrainingColumnMapping& mapping) const
{
    Result<TrainingCsvTable> table = TrainingCsvTable::parse(data, mapping);
    if (!table)
        return table.error();
    Result<Rows> rows = parseTable(*table);
    if (!rows)
        return rows.error();
    return std::move(*rows).values();
}

Result<CompletionImport> CompletionCsvImporter::importFile(const QString& path,
                                                           const QString& sourceName,
                                                           const TrainingColumnMapping& mapping)
{
    return importRead(TrainingCsvTable::readFile(path, mapping), sourceName);
}

Result<CompletionImport> CompletionCsvImporter::importData(const QByteArray& data,
                                                           const QString& fileName,
                                                           const QString& sourceName,
                                                           const TrainingColumnMapping& mapping)
{
    return importRead(TrainingCsvTable::parse(data, mapping, fileName), sourceName);
}

Result<CompletionImport> CompletionCsvImporter::importRead(const Result<TrainingCsvTable>& table,
                                                           const QString& sourceName)
{
    if (!table)
        return table.error();
    return importTable(*table, sourceName);
}

Result<CompletionImport> CompletionCsvImporter::importTable(const TrainingCsvTable& table,
                                                            const QString& sourceName)
{
    if (sourceName.simplified().isEmpty())
        return Error{ErrorKind::Invalid, tr("Name the source the file comes from."), {}};
    Result<Rows> rows = parseTable(table);
    if (!rows)
        return rows.error();
    return std::move(*rows).store(
        table, sourceName, ImportKind::Completions,
        QCoreApplication::translate("palisade::TrainingRegister", "Row %1: %2"),
        [this](ImportBatch batch, std::vector<Completion> completions) {
            return m_training.importCompletions(std::move(batch), std::move(completions));
        });
}

Result<CompletionCsvImporter::Rows>
CompletionCsvImporter::parseTable(const TrainingCsvTable& table) const
{
    Result<std::vector<Person>> people = m_workforce.people();
    if (!people)
        return people.error();
    Result<std::vector<Course>> courses = m_training.courses();
    if (!courses)
        return courses.error();
    Lookup lookup;
    for (const Person& person : *people)
        lookup.people.insert(person.employeeId.toCaseFolded(), person.id);
    for (const Course& course : *courses)
        lookup.courses.insert(titleKey(course.title), &course);

    return Rows::read(
        table,
        [&](const CsvRecord& record, ImportProblems& problems) {
            return parseRow(table, record, lookup, problems);
        },
        tr("The file has a header row but no completions below it; nothing was imported."));
}

std::optional<Completion> CompletionCsvImporter::parseRow(const TrainingCsvTable& table,
                                                          const CsvRecord& record,
                                                          const Lookup& lookup,
                                                          ImportProblems& problems) const
{
    using C = TrainingColumns;
    QStringList reasons;
    const auto text = [&](const QString& field) {
        return table.value(record, field);
    };
    const auto column = [&](const QString& field) {
        return table.columnName(field);
    };

    Completion completion;
    completion.source = CompletionSource::Imported;
    completion.importBatchId = 0; // the register sets the batch

    const QString employeeId = text(C::employeeId);
    if (employeeId.isEmpty())
        reasons << tr("%1 is empty; give the person's employee ID.").arg(column(C::employeeId));
    else if (const auto found = lookup.people.constFind(employeeId.toCaseFolded());
             found != lookup.people.constEnd())
        completion.personId = found.value();
    else
        reasons << tr("%1: there is no person with the employee ID \"%2\"; import the people "
                      "first, or correct the ID.")
                       .arg(column(C::employeeId), employeeId);

    const Course* course = nullptr;
    const QString title = text(C::course);
    if (title.isEmpty())
        reasons << tr("%1 is empty; give the course's title.").arg(column(C::course));
    else if (const auto found = lookup.courses.constFind(titleKey(title));
             found != lookup.courses.constEnd()) {
        course = found.value();
        completion.courseId = course->id;
    } else
        reasons << tr("%1: there is no course titled \"%2\"; add the course first, or correct "
                      "the title.")
                       .arg(column(C::course), title);

    const QString day = text(C::completedOn);
    if (day.isEmpty())
        reasons << tr("%1 is empty; give the date the course was completed.")
                       .arg(column(C::completedOn));
    else if (const std::optional<QDate> found = RiskCsvValues::date(day))
        completion.completedOn = *found;
    else
        reasons << tr("%1 \"%2\" is not a date written year first, as YYYY-MM-DD (for example "
                      "2026-03-01).")
                       .arg(column(C::completedOn), day);

    if (const QString value = text(C::score); !value.isEmpty()) {
        const std::optional<double> score = scoreValue(value);
        if (!score)
            reasons << tr("%1 \"%2\" is not a number.").arg(column(C::score), value);
        else if (*score < 0 || *score > 100)
            reasons << tr("%1 %2 is out of range; a score is between 0 and 100.")
                           .arg(column(C::score), value);
        else
            completion.score = *score;
    }

    std::optional<bool> passed;
    if (const QString value = text(C::passed); !value.isEmpty()) {
        passed = passedValue(value);
        if (!passed)
            reasons << tr("%1 \"%2\" is not yes or no; use %3.")
                           .arg(column(C::passed), value, VendorCsvValues::acceptedYesNo());
    }
    if (course && course->passingScore && completion.score)
        completion.passed = *completion.score >= *course->passingScore;
    else if (course && course->passingScore && passed.value_or(true))
        reasons << tr("%1 has a passing score of %2; give the score (or mark the row as not "
                      "passed).")
                       .arg(course->title)
                       .arg(*course->passingScore);
    else
        completion.passed = passed.value_or(true);

    completion.attestationText = text(C::attestation);
    const QString attested = text(C::attestedAt);
    if (const std::optional<QDateTime> at = timestampValue(attested); !at)
        reasons << tr("%1 \"%2\" is not a date or a time such as 2026-03-01T14:05:00Z.")
                       .arg(column(C::attestedAt), attested);
    else if (at->isValid())
        completion.attestedAt = *at;
    else if (!completion.attestationText.isEmpty() && completion.completedOn.isValid())
        // An LMS that records the attestation with the completion gives no separate time.
        completion.attestedAt = QDateTime(completion.completedOn, QTime(0, 0), Qt::UTC);

    if (reasons.isEmpty() && course) {
        TrainingValidator::normalize(completion);
        reasons = TrainingValidator::problems(completion, *course);
    }
    if (!reasons.isEmpty()) {
        problems.add(record.line, reasons);
        return std::nullopt;
    }
    return completion;
}

} // namespace palisade
