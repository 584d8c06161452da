#pragma once

#include "core/files/StoredFileKeeper.h"
#include "core/training/Completion.h"
#include "core/training/CompletionImport.h"
#include "core/training/CompletionRate.h"
#include "core/training/Course.h"
#include "core/training/DueItem.h"
#include "core/training/ImportBatch.h"
#include "core/training/ImportMapping.h"
#include "core/training/TrainingDueList.h"
#include "core/training/TrainingWriter.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QObject>
#include <QStringList>
#include <optional>
#include <vector>

namespace palisade {

class Program;

// Workforce training: courses, completions with attestations and
// certificates, their imports and saved column mappings; and who is due for
// what on any day (TrainingDueRules). The people and roles it applies to are
// in WorkforceRegister.
//
// Every change is one transaction with its audit event(s); the entity names
// are in TrainingEntities.h. Rule violations come back as Invalid errors with
// translated messages. Completions are records kept six years
// (164.316(b)(2)(i)): removing one goes through RetentionRegister, which
// refuses (and audits the refusal) until its retention period is over, and
// then disposes of it with a tombstone.
class TrainingRegister : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maximumCertificateBytes = StoredFileKeeper::maximumBytes;

    explicit TrainingRegister(Program& program);

    // Courses
    Result<std::vector<Course>> courses() const; // by title
    Result<Course> course(qint64 id) const;
    QStringList problems(const Course& course) const;
    Result<Course> addCourse(Course course);
    // Changes a course in use; its retirement date is set by retireCourse() only.
    Result<Course> updateCourse(Course course);
    // From `on`, the course is no longer required; its completions stay.
    Result<Course> retireCourse(qint64 id, const QDate& on);
    // Only a course nobody has completed; retire one that has completions.
    Result<void> removeCourse(qint64 id);

    // Completions
    Result<Completion> completion(qint64 id) const;
    Result<std::vector<Completion>> completionsOf(qint64 personId) const;       // by date
    Result<std::vector<Completion>> completionsOfCourse(qint64 courseId) const; // by date
    // Completed from `from` to `to`, both days included; by date, then id.
    Result<std::vector<Completion>> completionsBetween(const QDate& from, const QDate& to) const;
    QStringList problems(const Completion& completion) const;
    // Records a completion entered by hand (source Manual). Refused when the
    // person already has a completion of the course on that day.
    Result<Completion> addCompletion(Completion completion);
    // Corrects a completion; its source, import batch, certificate and who
    // recorded it are kept.
    Result<Completion> updateCompletion(Completion completion);
    Result<void> removeCompletion(qint64 id);
    // The certificate PDF, kept inside the encrypted file. A completion has
    // at most one; it is part of the record and is not replaced.
    Result<Completion> attachCertificate(qint64 completionId, const QString& fileName,
                                         const QByteArray& content);
    // The stored bytes, checked against their SHA-256.
    Result<QByteArray> certificateContent(qint64 completionId) const;
    // The one way a certificate leaves the encrypted file decrypted; audited.
    Result<void> saveCertificateCopy(qint64 completionId, const QString& path);

    // Completion imports. `batch` says where the rows came from (source name, file name
    // and its SHA-256, rows read); its id, time and actor are set here. Every
    // row is checked first and the whole import is refused when any has a
    // problem (worded "Row N: ..."). Rows already on file by (person, course,
    // date) are skipped; the rest are stored as Imported with the batch, all
    // in one transaction.
    Result<CompletionImport> importCompletions(ImportBatch batch, std::vector<Completion> rows);
    // Imports of completions and of people (WorkforceRegister), newest first.
    Result<std::vector<ImportBatch>> importBatches() const;
    // Earlier imports of a file with the same SHA-256, newest first.
    Result<std::vector<ImportBatch>> importsOfFile(const QString& sha256) const;

    // Column mappings saved per source, unique by source name (ignoring case).
    Result<std::vector<ImportMapping>> mappings() const; // by source name
    Result<std::optional<ImportMapping>> mapping(const QString& sourceName) const;
    // Stores the mapping for its source, replacing the one saved before.
    Result<ImportMapping> saveMapping(ImportMapping mapping);

    // Who is due for what. Everything is loaded in a few queries, then
    // computed in memory (TrainingDueList).
    Result<TrainingDueList> dueList() const;
    // Every person and each course that applies to their roles, whatever the state.
    Result<std::vector<DueItem>> dueItems(const QDate& asOf) const;
    Result<std::vector<DueItem>> overdue(const QDate& asOf) const;
    // Items whose PHI access began before their at-hire training.
    Result<std::vector<DueItem>> accessFindings(const QDate& asOf) const;
    // One rate per month end, from the end of `from`'s month, `months` of them.
    Result<std::vector<CompletionRate>> completionRateByMonth(const QDate& from, int months) const;

signals:
    void coursesChanged();
    void completionsChanged();
    void mappingsChanged();

private:
    QStringList completionKeyProblems(const Completion& completion) const;

    Program& m_program;
    TrainingWriter m_writer;
};

} // namespace palisade
