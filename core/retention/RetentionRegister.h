#pragma once

#include "core/retention/DeletionPath.h"
#include "core/retention/Disposal.h"
#include "core/retention/DisposalOutcome.h"
#include "core/retention/LegalHold.h"
#include "core/retention/RecordDisposer.h"
#include "core/retention/RecordRef.h"
#include "core/retention/RetentionRecord.h"
#include "core/retention/RetentionRule.h"
#include "core/util/Result.h"

#include <QDate>
#include <QObject>
#include <QStringList>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace palisade {

class Program;

// Six-year retention over every record type: what must be kept until when,
// legal holds, and disposal with a tombstone in the audit trail. Every
// register asks checkDeletion before it deletes anything, so refusals read the
// same everywhere and are themselves audited.
class RetentionRegister : public QObject
{
    Q_OBJECT

public:
    explicit RetentionRegister(Program& program);
    ~RetentionRegister() override;

    // The rules of every record type, for the read-only rule table.
    static std::vector<RetentionRule> rules();

    // Makes records of disposer->recordType() disposable, replacing an
    // earlier disposer of that type. The constructor adds the built-in ones.
    void addDisposer(std::unique_ptr<RecordDisposer> disposer);
    bool canDispose(const QString& recordType) const;

    // Every record and draft, by type then id, with the active hold covering
    // it; RetentionRecord::status(asOf) says where each stands on a day.
    Result<std::vector<RetentionRecord>> records() const;
    Result<RetentionRecord> record(const QString& recordType, qint64 id) const;
    // The records that may be disposed of on `asOf`.
    Result<std::vector<RetentionRecord>> eligible(const QDate& asOf) const;
    // Why the record may not go on `asOf` (in effect, retained until a date,
    // on hold), or an empty string when it may.
    static QString refusal(const RetentionRecord& record, const QDate& asOf);

    // Whether the record (and every record deleted with it) may be deleted
    // today: Delete for a draft, Dispose for a record past its retention
    // period; otherwise an Invalid error saying until when it is kept, and
    // the refusal is recorded in the audit trail.
    Result<DeletionPath> checkDeletion(const QString& recordType, qint64 id);

    Result<std::vector<LegalHold>> holds(bool includeReleased = false) const;
    // A hold on one record, or on every record of the type when `id` is empty.
    Result<LegalHold> placeHold(const QString& recordType, std::optional<qint64> id,
                                const QString& reason);
    Result<LegalHold> releaseHold(qint64 holdId, const QString& reason);

    // Destroys a record past its retention period, with the records that go
    // with it, in one transaction: a disposal log row per record, the content
    // deleted through its domain store, and a tombstone audit event each.
    Result<Disposal> dispose(const QString& recordType, qint64 id);
    // Each record in its own transaction, in an order that lets every one go
    // (DisposalOrder); one outcome per record, in that order. A record that
    // went as a part of an earlier one has no outcome of its own.
    std::vector<DisposalOutcome> dispose(const std::vector<RecordRef>& records);
    Result<std::vector<Disposal>> disposals() const; // ascending id

signals:
    void holdsChanged();
    // After a disposal commits: the record types that lost records.
    void disposed(const QStringList& recordTypes);

private:
    struct Planned
    {
        RetentionRecord record;
        RecordDisposer* disposer = nullptr;
        QJsonObject content;
    };

    Result<std::vector<RetentionRecord>> withParts(const RetentionRecord& record) const;
    RecordDisposer* disposerFor(const QString& recordType) const;
    Result<std::vector<Planned>> plan(const RetentionRecord& record, const QDate& today) const;
    void recordRefusal(const RetentionRecord& record, const QString& reason);
    Error refuse(const RetentionRecord& record, const QString& reason);

    Program& m_program;
    std::map<QString, std::unique_ptr<RecordDisposer>> m_disposers;
};

} // namespace palisade
