#pragma once

#include "core/training/Completion.h"

#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the completion table (certificates join stored_file).
class CompletionStore
{
public:
    explicit CompletionStore(Database& db);

    std::optional<Completion> find(qint64 id) const;
    // By the natural key: one person, one course, one day.
    std::optional<Completion> find(qint64 personId, qint64 courseId,
                                   const QDate& completedOn) const;
    std::vector<Completion> forPerson(qint64 personId) const; // by date, then course
    std::vector<Completion> forCourse(qint64 courseId) const; // by date, then person
    std::vector<Completion> forBatch(qint64 importBatchId) const;
    // Completed on a day from `from` to `to`, both included; by date, then id.
    std::vector<Completion> between(const QDate& from, const QDate& to) const;
    // Every completion with only what the due rules read (id, person, course,
    // date, score, passed): no attestation, no certificate. For due lists;
    // ordered by person, course and date.
    std::vector<Completion> facts() const;
    void insert(Completion& completion); // sets completion.id
    void update(const Completion& completion);
    // Deletes the row and its certificate; schema triggers allow it only
    // during a disposal.
    void removeWithCertificate(qint64 id);

private:
    static Completion fromRow(const Statement& row);
    std::vector<Completion> select(const QString& where, qint64 id) const;

    Database& m_db;
};

} // namespace palisade
