#include "core/training/CompletionStore.h"

#include "core/files/StoredFileStore.h"
#include "core/storage/Database.h"

namespace palisade {
namespace {

QString selectCompletion()
{
    return QStringLiteral("SELECT c.id, c.person_id, c.course_id, c.completed_on, c.score, "
                          "c.passed, c.attestation_text, c.attested_at, c.source, "
                          "c.import_batch_id, c.recorded_at, c.recorded_by, c.updated_at, ") +
           StoredFileStore::columns(QStringLiteral("f")) +
           QStringLiteral(" FROM completion c LEFT JOIN stored_file f ON f.id = c.file_id");
}

void bindFields(Statement& stmt, const Completion& completion)
{
    stmt.bind(1, completion.personId)
        .bind(2, completion.courseId)
        .bindDate(3, completion.completedOn)
        .bind(5, qint64(completion.passed ? 1 : 0))
        .bind(6, completion.attestationText)
        .bindTimestamp(7, completion.attestedAt)
        .bind(9, completionSourceKey(completion.source))
        .bindTimestamp(11, completion.updatedAt);
    if (completion.score)
        stmt.bind(4, *completion.score);
    else
        stmt.bindNull(4);
    if (completion.certificate)
        stmt.bind(8, completion.certificate->id);
    else
        stmt.bindNull(8);
    if (completion.importBatchId)
        stmt.bind(10, *completion.importBatchId);
    else
        stmt.bindNull(10);
}

} // namespace

CompletionStore::CompletionStore(Database& db)
    : m_db(db)
{
}

Completion CompletionStore::fromRow(const Statement& row)
{
    Completion completion;
    completion.id = row.int64(0);
    completion.personId = row.int64(1);
    completion.courseId = row.int64(2);
    completion.completedOn = row.date(3);
    if (!row.isNull(4))
        completion.score = row.real(4);
    completion.passed = row.int64(5) != 0;
    completion.attestationText = row.text(6);
    completion.attestedAt = row.timestamp(7);
    completion.source = completionSourceFromKey(row.text(8)).value_or(CompletionSource::Manual);
    if (!row.isNull(9))
        completion.importBatchId = row.int64(9);
    completion.recordedAt = row.timestamp(10);
    completion.recordedBy = row.text(11);
    completion.updatedAt = row.timestamp(12);
    completion.certificate = StoredFileStore::fromRow(row, 13);
    return completion;
}

std::vector<Completion> CompletionStore::select(const QString& where, qint64 id) const
{
    std::vector<Completion> out;
    Statement rows = m_db.prepare(selectCompletion() + QLatin1Char(' ') + where);
    rows.bind(1, id);
    while (rows.step())
        out.push_back(fromRow(rows));
    return out;
}

std::optional<Completion> CompletionStore::find(qint64 id) const
{
    std::vector<Completion> found = select(QStringLiteral("WHERE c.id = ?1"), id);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::optional<Completion> CompletionStore::find(qint64 personId, qint64 courseId,
                                                const QDate& completedOn) const
{
    Statement row = m_db.prepare(QStringLiteral(
        "SELECT id FROM completion WHERE person_id = ?1 AND course_id = ?2 AND completed_on = ?3"));
    row.bind(1, personId).bind(2, courseId).bindDate(3, completedOn);
    if (!row.step())
        return std::nullopt;
    return find(row.int64(0));
}

std::vector<Completion> CompletionStore::forPerson(qint64 personId) const
{
    return select(QStringLiteral("WHERE c.person_id = ?1 ORDER BY c.completed_on, c.course_id"),
                  personId);
}

std::vector<Completion> CompletionStore::forCourse(qint64 courseId) const
{
    return select(QStringLiteral("WHERE c.course_id = ?1 ORDER BY c.completed_on, c.person_id"),
                  courseId);
}

std::vector<Completion> CompletionStore::forBatch(qint64 importBatchId) const
{
    return select(QStringLiteral("WHERE c.import_batch_id = ?1 ORDER BY c.id"), importBatchId);
}

std::vector<Completion> CompletionStore::between(const QDate& from, const QDate& to) const
{
    std::vector<Completion> out;
    Statement rows = m_db.prepare(
        selectCompletion() +
        QStringLiteral(" WHERE c.completed_on BETWEEN ?1 AND ?2 ORDER BY c.completed_on, c.id"));
    rows.bindDate(1, from).bindDate(2, to);
    while (rows.step())
        out.push_back(fromRow(rows));
    return out;
}

std::vector<Completion> CompletionStore::facts() const
{
    std::vector<Completion> out;
    out.reserve(std::size_t(m_db.scalarInt(QStringLiteral("SELECT count(*) FROM completion"))));
    // The day as a Julian day number: parsing 300,000 ISO dates costs more
    // than reading them. The order is that of the completion_due index, which
    // covers the query.
    Statement rows = m_db.prepare(
        QStringLiteral("SELECT id, person_id, course_id, CAST(julianday(completed_on) + 0.5 AS "
                       "INTEGER), score, passed FROM completion "
                       "ORDER BY person_id, course_id, completed_on"));
    while (rows.step()) {
        Completion completion;
        completion.id = rows.int64(0);
        completion.personId = rows.int64(1);
        completion.courseId = rows.int64(2);
        completion.completedOn = QDate::fromJulianDay(rows.int64(3));
        if (!rows.isNull(4))
            completion.score = rows.real(4);
        completion.passed = rows.int64(5) != 0;
        out.push_back(std::move(completion));
    }
    return out;
}

void CompletionStore::insert(Completion& completion)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO completion (person_id, course_id, completed_on, score, passed, "
        "attestation_text, attested_at, file_id, source, import_batch_id, updated_at, "
        "recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
        "?13)"));
    bindFields(stmt, completion);
    stmt.bindTimestamp(12, completion.recordedAt).bind(13, completion.recordedBy);
    stmt.exec();
    completion.id = m_db.lastInsertRowId();
}

void CompletionStore::update(const Completion& completion)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "UPDATE completion SET person_id = ?1, course_id = ?2, completed_on = ?3, score = ?4, "
        "passed = ?5, attestation_text = ?6, attested_at = ?7, file_id = ?8, source = ?9, "
        "import_batch_id = ?10, updated_at = ?11 WHERE id = ?12"));
    bindFields(stmt, completion);
    stmt.bind(12, completion.id);
    stmt.exec();
}

void CompletionStore::removeWithCertificate(qint64 id)
{
    const std::optional<Completion> stored = find(id);
    if (!stored)
        return;
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM completion WHERE id = ?1"));
    stmt.bind(1, id).exec();
    if (stored->certificate)
        StoredFileStore(m_db).remove(stored->certificate->id);
}

} // namespace palisade
