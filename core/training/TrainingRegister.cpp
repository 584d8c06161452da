#include "core/training/TrainingRegister.h"

#include "core/audit/AuditTrail.h"
#include "core/files/StoredFileJson.h"
#include "core/program/Program.h"
#include "core/retention/RecordTypes.h"
#include "core/storage/StorageGuard.h"
#include "core/training/CompletionStore.h"
#include "core/training/CourseStore.h"
#include "core/training/ImportBatchStore.h"
#include "core/training/ImportMappingStore.h"
#include "core/training/PersonStore.h"
#include "core/training/TrainingEntities.h"
#include "core/training/TrainingJson.h"
#include "core/training/TrainingValidator.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/BatchProblems.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"

#include <QSet>
#include <algorithm>
#include <set>
#include <tuple>

namespace palisade {

TrainingRegister::TrainingRegister(Program& program)
    : m_program(program)
    , m_writer(program)
{
}

// Courses

Result<std::vector<Course>> TrainingRegister::courses() const
{
    return guardStorage(tr("Reading the courses failed"),
                        [&] { return CourseStore(m_program.database()).all(); });
}

Result<Course> TrainingRegister::course(qint64 id) const
{
    return TrainingWriter::required(
        guardStorage(tr("Reading the course failed"),
                     [&] { return CourseStore(m_program.database()).find(id); }),
        tr("The course no longer exists."));
}

QStringList TrainingRegister::problems(const Course& course) const
{
    Course candidate = course;
    TrainingValidator::normalize(candidate);
    QStringList found = TrainingValidator::problems(candidate) +
                        m_program.workforce().roleProblems(candidate.roles);
    Result<QStringList> stored = guardStorage(tr("Reading the courses failed"), [&] {
        CourseStore store(m_program.database());
        QStringList more;
        if (!candidate.title.isEmpty()) {
            const std::optional<qint64> owner = store.idForTitle(candidate.title);
            if (owner && *owner != candidate.id)
                more << tr("There is already a course titled %1.").arg(candidate.title);
        }
        for (qint64 policyId : candidate.policyIds) {
            if (!store.policyExists(policyId))
                more << tr("The policy linked to %1 no longer exists.").arg(candidate.title);
        }
        return more;
    });
    if (!stored)
        return found << stored.error().message;
    return found + *stored;
}

Result<Course> TrainingRegister::addCourse(Course course)
{
    course.id = 0;
    course.retiredOn = {};
    TrainingValidator::normalize(course);
    if (QStringList found = problems(course); !found.isEmpty())
        return BatchProblems::refusal(found);
    course.createdAt = course.updatedAt = m_program.clock().nowUtc();
    Result<void> written =
        m_writer.write(tr("Saving %1 failed").arg(course.title), [&](AuditTrail& audit) {
            CourseStore(m_program.database()).insert(course);
            m_writer.record(audit, QStringLiteral("created"), trainingentity::course(),
                            TrainingWriter::idText(course.id), {}, TrainingJson::toJson(course));
        });
    if (!written)
        return written.error();
    emit coursesChanged();
    return course;
}

Result<Course> TrainingRegister::updateCourse(Course course)
{
    Result<Course> stored = this->course(course.id);
    if (!stored)
        return stored.error();
    TrainingValidator::normalize(course);
    course.retiredOn = stored->retiredOn;
    course.createdAt = stored->createdAt;
    course.updatedAt = stored->updatedAt;
    if (course == *stored)
        return course;
    if (stored->isRetired())
        return TrainingWriter::refusal(tr("%1 was retired on %2 and is kept as it was.")
                                           .arg(stored->title, isoDate(stored->retiredOn)));
    if (QStringList found = problems(course); !found.isEmpty())
        return BatchProblems::refusal(found);
    course.updatedAt = m_program.clock().nowUtc();
    Result<void> written =
        m_writer.write(tr("Saving %1 failed").arg(course.title), [&](AuditTrail& audit) {
            CourseStore(m_program.database()).update(course);
            m_writer.record(audit, QStringLiteral("updated"), trainingentity::course(),
                            TrainingWriter::idText(course.id), TrainingJson::toJson(*stored),
                            TrainingJson::toJson(course));
        });
    if (!written)
        return written.error();
    emit coursesChanged();
    return course;
}

Result<Course> TrainingRegister::retireCourse(qint64 id, const QDate& on)
{
    Result<Course> stored = course(id);
    if (!stored)
        return stored.error();
    if (stored->isRetired())
        return TrainingWriter::refusal(
            tr("%1 was already retired on %2.").arg(stored->title, isoDate(stored->retiredOn)));
    if (!on.isValid())
        return TrainingWriter::refusal(tr("Enter the date %1 is retired.").arg(stored->title));
    Course retired = *stored;
    retired.retiredOn = on;
    retired.updatedAt = m_program.clock().nowUtc();
    Result<void> written =
        m_writer.write(tr("Retiring %1 failed").arg(stored->title), [&](AuditTrail& audit) {
            CourseStore(m_program.database()).update(retired);
            m_writer.record(audit, QStringLiteral("retired"), trainingentity::course(),
                            TrainingWriter::idText(id), TrainingJson::toJson(*stored),
                            TrainingJson::toJson(retired));
        });
    if (!written)
        return written.error();
    emit coursesChanged();
    return retired;
}

Result<void> TrainingRegister::removeCourse(qint64 id)
{
    Result<Course> stored = course(id);
    if (!stored)
        return stored.error();
    Result<qint64> used = guardStorage(tr("Reading the course failed"), [&] {
        return CourseStore(m_program.database()).completionCount(id);
    });
    if (!used)
        return used.error();
    if (*used > 0)
        return TrainingWriter::refusal(
            tr("%n completion(s) of %1 are on file; retire the course instead.", nullptr,
               int(*used))
                .arg(stored->title));
    Result<void> written =
        m_writer.write(tr("Deleting %1 failed").arg(stored->title), [&](AuditTrail& audit) {
            CourseStore(m_program.database()).remove(id);
            m_writer.record(audit, QStringLiteral("deleted"), trainingentity::course(),
                            TrainingWriter::idText(id), TrainingJson::toJson(*stored), {});
        });
    if (!written)
        return written;
    emit coursesChanged();
    return {};
}

// Completions

Result<Completion> TrainingRegister::completion(qint64 id) const
{
    return TrainingWriter::required(
        guardStorage(tr("Reading the completion failed"),
                     [&] { return CompletionStore(m_program.database()).find(id); }),
        tr("The completion no longer exists."));
}

Result<std::vector<Completion>> TrainingRegister::completionsOf(qint64 personId) const
{
    return guardStorage(tr("Reading the completions failed"),
                        [&] { return CompletionStore(m_program.database()).forPerson(personId); });
}

Result<std::vector<Completion>> TrainingRegister::completionsBetween(const QDate& from,
                                                                     const QDate& to) const
{
    return guardStorage(tr("Reading the completions failed"),
                        [&] { return CompletionStore(m_program.database()).between(from, to); });
}

Result<std::vector<Completion>> TrainingRegister::completionsOfCourse(qint64 courseId) const
{
    return guardStorage(tr("Reading the completions failed"),
                        [&] { return CompletionStore(m_program.database()).forCourse(courseId); });
}

QStringList TrainingRegister::completionKeyProblems(const Completion& completion) const
{
    QStringList found;
    const QDate today = m_program.clock().today();
    if (completion.completedOn.isValid() && completion.completedOn > today)
        found
            << tr("The completion date %1 is in the future.").arg(isoDate(completion.completedOn));
    Result<std::optional<Completion>> same =
        guardStorage(tr("Reading the completions failed"), [&] {
            return CompletionStore(m_program.database())
                .find(completion.personId, completion.courseId, completion.completedOn);
        });
    if (!same)
        found << same.error().message;
    else if (same->has_value() && (*same)->id != completion.id)
        found << tr("This completion is already on file for %1.")
                     .arg(isoDate(completion.completedOn));
    return found;
}

QStringList TrainingRegister::problems(const Completion& completion) const
{
    Completion candidate = completion;
    TrainingValidator::normalize(candidate);
    Result<Course> course = this->course(candidate.courseId);
    if (!course)
        return {course.error().message};
    QStringList found = TrainingValidator::problems(candidate, *course);
    if (Result<Person> who = m_program.workforce().person(candidate.personId); !who)
        found << who.error().message;
    return found + completionKeyProblems(candidate);
}

Result<Completion> TrainingRegister::addCompletion(Completion completion)
{
    completion.id = 0;
    completion.source = CompletionSource::Manual;
    completion.importBatchId.reset();
    completion.certificate.reset();
    TrainingValidator::normalize(completion);
    if (QStringList found = problems(completion); !found.isEmpty())
        return BatchProblems::refusal(found);
    const QDateTime now = m_program.clock().nowUtc();
    completion.recordedAt = completion.updatedAt = now;
    completion.recordedBy = m_program.actor();
    Result<void> written =
        m_writer.write(tr("Saving the completion failed"), [&](AuditTrail& audit) {
            CompletionStore(m_program.database()).insert(completion);
            m_writer.record(audit, QStringLiteral("created"), trainingentity::completion(),
                            TrainingWriter::idText(completion.id), {},
                            TrainingJson::toJson(completion));
        });
    if (!written)
        return written.error();
    emit completionsChanged();
    return completion;
}

Result<Completion> TrainingRegister::updateCompletion(Completion completion)
{
    Result<Completion> stored = this->completion(completion.id);
    if (!stored)
        return stored.error();
    TrainingValidator::normalize(completion);
    completion.source = stored->source;
    completion.importBatchId = stored->importBatchId;
    completion.certificate = stored->certificate;
    completion.recordedAt = stored->recordedAt;
    completion.recordedBy = stored->recordedBy;
    completion.updatedAt = stored->updatedAt;
    if (completion == *stored)
        return completion;
    if (QStringList found = problems(completion); !found.isEmpty())
        return BatchProblems::refusal(found);
    completion.updatedAt = m_program.clock().nowUtc();
    Result<void> written =
        m_writer.write(tr("Saving the completion failed"), [&](AuditTrail& audit) {
            CompletionStore(m_program.database()).update(completion);
            m_writer.record(audit, QStringLiteral("updated"), trainingentity::completion(),
                            TrainingWriter::idText(completion.id), TrainingJson::toJson(*stored),
                            TrainingJson::toJson(completion));
        });
    if (!written)
        return written.error();
    emit completionsChanged();
    return completion;
}

Result<void> TrainingRegister::removeCompletion(qint64 id)
{
    Result<Completion> stored = completion(id);
    if (!stored)
        return stored.error();
    Result<bool> disposed = m_writer.removeRecord(
        recordtype::trainingCompletion(), trainingentity::completion(), id,
        TrainingJson::toJson(*stored), tr("Deleting the completion failed"),
        [&] { CompletionStore(m_program.database()).removeWithCertificate(id); });
    if (!disposed)
        return disposed.error();
    emit completionsChanged();
    return {};
}

Result<Completion> TrainingRegister::attachCertificate(qint64 completionId, const QString& fileName,
                                                       const QByteArray& content)
{
    Result<Completion> stored = completion(completionId);
    if (!stored)
        return stored.error();
    if (stored->certificate)
        return TrainingWriter::refusal(
            tr("The completion already has its certificate %1, kept with the record.")
                .arg(stored->certificate->fileName));
    Result<PendingFile> pending =
        StoredFileKeeper::prepare(fileName, content, m_program.clock().nowUtc(), m_program.actor());
    if (!pending)
        return pending.error();
    Completion attached = *stored;
    attached.updatedAt = m_program.clock().nowUtc();
    Result<void> written =
        m_writer.write(tr("Storing the certificate failed"), [&](AuditTrail& audit) {
            Database& db = m_program.database();
            attached.certificate = StoredFileKeeper(db).store(*pending);
            CompletionStore(db).update(attached);
            m_writer.record(audit, QStringLiteral("file_attached"), trainingentity::completion(),
                            TrainingWriter::idText(completionId), TrainingJson::toJson(*stored),
                            TrainingJson::toJson(attached));
        });
    if (!written)
        return written.error();
    emit completionsChanged();
    return attached;
}

Result<QByteArray> TrainingRegister::certificateContent(qint64 completionId) const
{
    Result<Completion> stored = completion(completionId);
    if (!stored)
        return stored.error();
    if (!stored->certificate)
        return TrainingWriter::refusal(tr("The completion has no certificate attached."));
    return StoredFileKeeper(m_program.database()).content(stored->certificate->id);
}

Result<void> TrainingRegister::saveCertificateCopy(qint64 completionId, const QString& path)
{
    Result<Completion> stored = completion(completionId);
    if (!stored)
        return stored.error();
    Result<QByteArray> content = certificateContent(completionId);
    if (!content)
        return content.error();
    if (Result<void> saved = StoredFileKeeper::saveCopy(*content, path); !saved)
        return saved;
    const QJsonObject copied{
        {QStringLiteral("id"), TrainingWriter::idText(stored->id)},
        {QStringLiteral("person_id"), TrainingWriter::idText(stored->personId)},
        {QStringLiteral("file"), StoredFileJson::toJson(*stored->certificate)},
        {QStringLiteral("copied_to"), path},
    };
    // The copy is already written; only the record of it can fail here.
    return m_writer.write(tr("Recording the copy failed"), [&](AuditTrail& audit) {
        m_writer.record(audit, QStringLiteral("copied"), trainingentity::completion(),
                        TrainingWriter::idText(stored->id), {}, copied);
    });
}

// Imports

Result<CompletionImport> TrainingRegister::importCompletions(ImportBatch batch,
                                                             std::vector<Completion> rows)
{
    if (QStringList found = TrainingWriter::prepareBatch(batch, ImportKind::Completions);
        !found.isEmpty())
        return BatchProblems::refusal(found);

    struct Known
    {
        QSet<qint64> people;
        std::vector<Course> courses;
    };
    Result<Known> known = guardStorage(tr("Reading the workforce failed"), [&] {
        Known out;
        for (const Person& each : PersonStore(m_program.database()).all())
            out.people.insert(each.id);
        out.courses = CourseStore(m_program.database()).all();
        return out;
    });
    if (!known)
        return known.error();

    BatchProblems problems(rows.size(), tr("Row %1: %2"));
    std::set<std::tuple<qint64, qint64, QDate>> seen;
    std::vector<bool> fresh(rows.size(), false);
    CompletionStore store(m_program.database());
    const QDate today = m_program.clock().today();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        Completion& row = rows[i];
        row.id = 0;
        row.source = CompletionSource::Imported;
        row.importBatchId = 0; // set once the batch is stored
        row.certificate.reset();
        TrainingValidator::normalize(row);
        const auto course = std::find_if(known->courses.begin(), known->courses.end(),
                                         [&](const Course& c) { return c.id == row.courseId; });
        QStringList found;
        if (course == known->courses.end())
            found << tr("The course no longer exists.");
        else
            found << TrainingValidator::problems(row, *course);
        if (!known->people.contains(row.personId))
            found << tr("The person no longer exists.");
        if (row.completedOn.isValid() && row.completedOn > today)
            found << tr("The completion date %1 is in the future.").arg(isoDate(row.completedOn));
        problems.add(i, found);
        if (!found.isEmpty())
            continue;
        if (!seen.insert({row.personId, row.courseId, row.completedOn}).second)
            continue;
        Result<bool> stored = guardStorage(tr("Reading the completions failed"), [&] {
            return store.find(row.personId, row.courseId, row.completedOn).has_value();
        });
        if (!stored)
            return stored.error();
        fresh[i] = !*stored;
    }
    if (!problems.isEmpty())
        return problems.refusal();

    const QDateTime now = m_program.clock().nowUtc();
    CompletionImport result;
    Result<void> written =
        m_writer.write(tr("Importing the completions failed"), [&](AuditTrail& audit) {
            m_writer.storeBatch(audit, batch, now);
            for (std::size_t i = 0; i < rows.size(); ++i) {
                if (!fresh[i])
                    continue;
                Completion& row = rows[i];
                row.importBatchId = batch.id;
                row.recordedAt = row.updatedAt = now;
                row.recordedBy = m_program.actor();
                store.insert(row);
                m_writer.record(audit, QStringLiteral("imported"), trainingentity::completion(),
                                TrainingWriter::idText(row.id), {}, TrainingJson::toJson(row));
                result.addedIds.push_back(row.id);
            }
        });
    if (!written)
        return written.error();
    result.batch = batch;
    result.alreadyPresent = int(rows.size() - result.addedIds.size());
    if (!result.addedIds.empty())
        emit completionsChanged();
    return result;
}

Result<std::vector<ImportBatch>> TrainingRegister::importBatches() const
{
    return guardStorage(tr("Reading the imports failed"),
                        [&] { return ImportBatchStore(m_program.database()).all(); });
}

Result<std::vector<ImportBatch>> TrainingRegister::importsOfFile(const QString& sha256) const
{
    return guardStorage(tr("Reading the imports failed"), [&] {
        return ImportBatchStore(m_program.database()).withSha256(sha256.toLower());
    });
}

Result<std::vector<ImportMapping>> TrainingRegister::mappings() const
{
    return guardStorage(tr("Reading the saved mappings failed"),
                        [&] { return ImportMappingStore(m_program.database()).all(); });
}

Result<std::optional<ImportMapping>> TrainingRegister::mapping(const QString& sourceName) const
{
    return guardStorage(tr("Reading the saved mappings failed"), [&] {
        return ImportMappingStore(m_program.database()).find(sourceName.simplified());
    });
}

Result<ImportMapping> TrainingRegister::saveMapping(ImportMapping mapping)
{
    mapping.sourceName = mapping.sourceName.simplified();
    if (QStringList found = TrainingValidator::problems(mapping); !found.isEmpty())
        return BatchProblems::refusal(found);
    Result<std::optional<ImportMapping>> stored = this->mapping(mapping.sourceName);
    if (!stored)
        return stored.error();
    mapping.id = stored->has_value() ? (*stored)->id : 0;
    if (stored->has_value()) {
        ImportMapping same = mapping;
        same.updatedAt = (*stored)->updatedAt;
        same.updatedBy = (*stored)->updatedBy;
        if (same == **stored)
            return **stored;
    }
    mapping.updatedAt = m_program.clock().nowUtc();
    mapping.updatedBy = m_program.actor();
    Result<void> written = m_writer.write(
        tr("Saving the mapping for %1 failed").arg(mapping.sourceName), [&](AuditTrail& audit) {
            ImportMappingStore store(m_program.database());
            if (stored->has_value()) {
                store.update(mapping);
                m_writer.record(audit, QStringLiteral("updated"), trainingentity::importMapping(),
                                TrainingWriter::idText(mapping.id), TrainingJson::toJson(**stored),
                                TrainingJson::toJson(mapping));
            } else {
                store.insert(mapping);
                m_writer.record(audit, QStringLiteral("created"), trainingentity::importMapping(),
                                TrainingWriter::idText(mapping.id), {},
                                TrainingJson::toJson(mapping));
            }
        });
    if (!written)
        return written.error();
    emit mappingsChanged();
    return mapping;
}

// Due

Result<TrainingDueList> TrainingRegister::dueList() const
{
    return guardStorage(tr("Reading the training records failed"), [&] {
        Database& db = m_program.database();
        CourseStore courses(db);
        return TrainingDueList(PersonStore(db).all(), courses.all(), CompletionStore(db).facts(),
                               courses.policyChanges());
    });
}

Result<std::vector<DueItem>> TrainingRegister::dueItems(const QDate& asOf) const
{
    Result<TrainingDueList> list = dueList();
    if (!list)
        return list.error();
    return list->items(asOf);
}

Result<std::vector<DueItem>> TrainingRegister::overdue(const QDate& asOf) const
{
    Result<std::vector<DueItem>> all = dueItems(asOf);
    if (!all)
        return all;
    std::vector<DueItem> out;
    std::copy_if(all->begin(), all->end(), std::back_inserter(out),
                 [](const DueItem& item) { return item.state == DueState::Overdue; });
    return out;
}

Result<std::vector<DueItem>> TrainingRegister::accessFindings(const QDate& asOf) const
{
    Result<std::vector<DueItem>> all = dueItems(asOf);
    if (!all)
        return all;
    std::vector<DueItem> out;
    std::copy_if(all->begin(), all->end(), std::back_inserter(out),
                 [](const DueItem& item) { return item.accessBeforeTraining; });
    return out;
}

Result<std::vector<CompletionRate>> TrainingRegister::completionRateByMonth(const QDate& from,
                                                                            int months) const
{
    Result<TrainingDueList> list = dueList();
    if (!list)
        return list.error();
    return list->rateByMonth(from, months);
}

} // namespace palisade
