#include "core/retention/RetentionRegister.h"

#include "core/audit/AuditTrail.h"
#include "core/program/Program.h"
#include "core/retention/AgreementDisposer.h"
#include "core/retention/AgreementDocumentDisposer.h"
#include "core/retention/AssetDisposer.h"
#include "core/retention/CompletionDisposer.h"
#include "core/retention/CounterpartyDisposer.h"
#include "core/retention/DisposalOrder.h"
#include "core/retention/IncidentDisposer.h"
#include "core/retention/IncidentNotificationDisposer.h"
#include "core/retention/PersonDisposer.h"
#include "core/retention/PhishingCampaignDisposer.h"
#include "core/retention/PolicyAcknowledgmentDisposer.h"
#include "core/retention/PolicyDisposer.h"
#include "core/retention/PolicyRevisionDisposer.h"
#include "core/retention/RemediationTaskDisposer.h"
#include "core/retention/RetentionEntities.h"
#include "core/retention/RetentionJson.h"
#include "core/retention/RetentionRules.h"
#include "core/retention/RetentionStore.h"
#include "core/retention/RiskDisposer.h"
#include "core/storage/StorageGuard.h"
#include "core/util/CanonicalJson.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "core/util/Sha256.h"

#include <algorithm>
#include <set>

namespace palisade {
namespace {

void attachHold(RetentionRecord& record, const std::vector<LegalHold>& active)
{
    const std::optional<RecordRef> parent = record.parent();
    for (const LegalHold& hold : active) {
        if (hold.covers(record.ref()) || (parent && hold.covers(*parent))) {
            record.hold = hold;
            return;
        }
    }
}

QString withoutFinalStop(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

RetentionRegister::RetentionRegister(Program& program)
    : m_program(program)
{
    Database& db = program.database();
    addDisposer(std::make_unique<AssetDisposer>(db));
    addDisposer(std::make_unique<RiskDisposer>(db));
    addDisposer(std::make_unique<RemediationTaskDisposer>(db));
    addDisposer(std::make_unique<CounterpartyDisposer>(db));
    addDisposer(std::make_unique<AgreementDisposer>(db));
    addDisposer(std::make_unique<AgreementDocumentDisposer>(db));
    addDisposer(std::make_unique<PolicyRevisionDisposer>(db));
    addDisposer(std::make_unique<PolicyDisposer>(db));
    addDisposer(std::make_unique<CompletionDisposer>(db));
    addDisposer(std::make_unique<PolicyAcknowledgmentDisposer>(db));
    addDisposer(std::make_unique<PhishingCampaignDisposer>(db));
    addDisposer(std::make_unique<PersonDisposer>(db));
    addDisposer(std::make_unique<IncidentDisposer>(db));
    addDisposer(std::make_unique<IncidentNotificationDisposer>(db));
}

RetentionRegister::~RetentionRegister() = default;

std::vector<RetentionRule> RetentionRegister::rules()
{
    return RetentionRules::all();
}

void RetentionRegister::addDisposer(std::unique_ptr<RecordDisposer> disposer)
{
    const QString type = disposer->recordType();
    m_disposers[type] = std::move(disposer);
}

bool RetentionRegister::canDispose(const QString& recordType) const
{
    return disposerFor(recordType) != nullptr;
}

RecordDisposer* RetentionRegister::disposerFor(const QString& recordType) const
{
    const auto it = m_disposers.find(recordType);
    return it == m_disposers.end() ? nullptr : it->second.get();
}

Result<std::vector<RetentionRecord>> RetentionRegister::records() const
{
    return guardStorage(tr("Reading the retention records failed"), [&] {
        RetentionStore store(m_program.database());
        std::vector<RetentionRecord> all = store.records();
        const std::vector<LegalHold> active = store.holds(false);
        for (RetentionRecord& record : all)
            attachHold(record, active);
        return all;
    });
}

Result<RetentionRecord> RetentionRegister::record(const QString& recordType, qint64 id) const
{
    Result<std::optional<RetentionRecord>> found =
        guardStorage(tr("Reading the retention records failed"), [&] {
            RetentionStore store(m_program.database());
            std::optional<RetentionRecord> record = store.find(RecordRef{recordType, id});
            if (record)
                attachHold(*record, store.holds(false));
            return record;
        });
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{ErrorKind::Invalid, tr("The record no longer exists."), {}};
    return **found;
}

Result<std::vector<RetentionRecord>> RetentionRegister::eligible(const QDate& asOf) const
{
    Result<std::vector<RetentionRecord>> all = records();
    if (!all)
        return all;
    std::vector<RetentionRecord> out;
    for (RetentionRecord& record : *all) {
        if (record.status(asOf) == RetentionStatus::Eligible && canDispose(record.recordType))
            out.push_back(std::move(record));
    }
    return out;
}

QString RetentionRegister::refusal(const RetentionRecord& record, const QDate& asOf)
{
    const std::optional<RetentionRule> rule = RetentionRules::find(record.recordType);
    const QString citation = rule ? rule->citation : QStringLiteral("164.316(b)(2)(i)");
    switch (record.status(asOf)) {
    case RetentionStatus::Discardable:
    case RetentionStatus::Eligible:
        return {};
    case RetentionStatus::OnHold:
        return tr("%1 is under a legal hold: %2.")
            .arg(record.label, withoutFinalStop(record.hold->reason));
    case RetentionStatus::InEffect:
        return tr("%1 is kept while %2, and for six years after (%3).")
            .arg(record.label, rule ? rule->keptWhile : tr("it is in effect"), citation);
    case RetentionStatus::Retained:
        break;
    }
    const QDate until = record.retainUntil();
    if (!until.isValid())
        return tr("%1 is kept for six years after it was last in effect, a date that is not "
                  "recorded (%2).")
            .arg(record.label, citation);
    if (record.createdOn.isValid() && record.createdOn > record.lastInEffectOn)
        return tr("%1 must be kept until %2: six years after it was created on %3 (%4).")
            .arg(record.label, isoDate(until), isoDate(record.createdOn), citation);
    return tr("%1 must be kept until %2: six years after it was last in effect on %3 (%4).")
        .arg(record.label, isoDate(until), isoDate(record.lastInEffectOn), citation);
}

Result<std::vector<RetentionRecord>>
RetentionRegister::withParts(const RetentionRecord& record) const
{
    std::vector<RetentionRecord> out{record};
    RecordDisposer* disposer = disposerFor(record.recordType);
    if (!disposer)
        return out;
    Result<std::vector<RecordRef>> parts =
        guardStorage(tr("Reading the retention records failed"),
                     [&] { return disposer->parts(record.recordId); });
    if (!parts)
        return parts.error();
    for (const RecordRef& part : *parts) {
        Result<RetentionRecord> found = this->record(part.type, part.id);
        if (!found)
            return found.error();
        Result<std::vector<RetentionRecord>> nested = withParts(*found);
        if (!nested)
            return nested;
        out.insert(out.end(), nested->begin(), nested->end());
    }
    return out;
}

void RetentionRegister::recordRefusal(const RetentionRecord& record, const QString& reason)
{
    // The refusal stands whether or not it can be recorded (a read-only file).
    const Result<void> recorded =
        m_program.transact(tr("Recording the refusal failed"), [&](AuditTrail& audit) {
            audit.record(m_program.actor(), QStringLiteral("deletion_refused"),
                         retentionentity::retention(), record.ref().key(), {},
                         RetentionJson::refusal(record, reason));
        });
    Q_UNUSED(recorded);
}

Error RetentionRegister::refuse(const RetentionRecord& record, const QString& reason)
{
    recordRefusal(record, reason);
    return Error{ErrorKind::Invalid, reason, {}};
}

Result<DeletionPath> RetentionRegister::checkDeletion(const QString& recordType, qint64 id)
{
    Result<RetentionRecord> found = record(recordType, id);
    if (!found)
        return found.error();
    Result<std::vector<RetentionRecord>> going = withParts(*found);
    if (!going)
        return going.error();
    const QDate today = m_program.clock().today();
    for (const RetentionRecord& each : *going) {
        if (const QString why = refusal(each, today); !why.isEmpty())
            return refuse(*found, why);
    }
    return found->kept ? DeletionPath::Dispose : DeletionPath::Delete;
}

Result<std::vector<LegalHold>> RetentionRegister::holds(bool includeReleased) const
{
    return guardStorage(tr("Reading the legal holds failed"), [&] {
        return RetentionStore(m_program.database()).holds(includeReleased);
    });
}

Result<LegalHold> RetentionRegister::placeHold(const QString& recordType, std::optional<qint64> id,
                                               const QString& reason)
{
    const std::optional<RetentionRule> rule = RetentionRules::find(recordType);
    if (!rule || !rule->disposable)
        return Error{ErrorKind::Invalid,
                     tr("A legal hold cannot be placed on records of type \"%1\".").arg(recordType),
                     {}};
    if (reason.trimmed().isEmpty())
        return Error{ErrorKind::Invalid, tr("Say why the records are held."), {}};
    if (id) {
        Result<RetentionRecord> found = record(recordType, *id);
        if (!found)
            return found.error();
    }
    LegalHold hold;
    hold.recordType = recordType;
    hold.recordId = id.value_or(0);
    hold.reason = reason.trimmed();
    hold.placedBy = m_program.actor();
    hold.placedAt = m_program.clock().nowUtc();
    Result<void> written =
        m_program.transact(tr("Placing the legal hold failed"), [&](AuditTrail& audit) {
            RetentionStore(m_program.database()).insert(hold);
            audit.record(m_program.actor(), QStringLiteral("placed"), retentionentity::legalHold(),
                         QString::number(hold.id), {}, RetentionJson::toJson(hold));
        });
    if (!written)
        return written.error();
    emit holdsChanged();
    return hold;
}

Result<LegalHold> RetentionRegister::releaseHold(qint64 holdId, const QString& reason)
{
    Result<std::optional<LegalHold>> found =
        guardStorage(tr("Reading the legal holds failed"),
                     [&] { return RetentionStore(m_program.database()).hold(holdId); });
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{ErrorKind::Invalid, tr("The legal hold no longer exists."), {}};
    const LegalHold before = **found;
    if (!before.isActive())
        return Error{ErrorKind::Invalid,
                     tr("The legal hold was already released on %1.")
                         .arg(isoDate(before.releasedAt.toLocalTime().date())),
                     {}};
    if (reason.trimmed().isEmpty())
        return Error{ErrorKind::Invalid, tr("Say why the hold is released."), {}};
    LegalHold released = before;
    released.releasedBy = m_program.actor();
    released.releasedAt = m_program.clock().nowUtc();
    released.releaseReason = reason.trimmed();
    Result<void> written =
        m_program.transact(tr("Releasing the legal hold failed"), [&](AuditTrail& audit) {
            RetentionStore(m_program.database()).release(released);
            audit.record(m_program.actor(), QStringLiteral("released"),
                         retentionentity::legalHold(), QString::number(holdId),
                         RetentionJson::toJson(before), RetentionJson::toJson(released));
        });
    if (!written)
        return written.error();
    emit holdsChanged();
    return released;
}

Result<std::vector<RetentionRegister::Planned>>
RetentionRegister::plan(const RetentionRecord& record, const QDate& today) const
{
    Result<std::vector<RetentionRecord>> going = withParts(record);
    if (!going)
        return going.error();
    std::set<RecordRef> goingRefs;
    for (const RetentionRecord& each : *going)
        goingRefs.insert(each.ref());

    std::vector<Planned> planned;
    for (const RetentionRecord& each : *going) {
        if (const QString why = refusal(each, today); !why.isEmpty())
            return Error{ErrorKind::Invalid, why, {}};
        RecordDisposer* disposer = disposerFor(each.recordType);
        if (!disposer)
            return Error{ErrorKind::Invalid,
                         tr("%1 is not a kind of record Palisade disposes of.").arg(each.label),
                         {}};
        Result<std::pair<std::vector<RecordRef>, QJsonObject>> read =
            guardStorage(tr("Reading the record failed"), [&] {
                return std::pair{disposer->dependents(each.recordId),
                                 disposer->contentJson(each.recordId)};
            });
        if (!read)
            return read.error();
        QStringList holding;
        for (const RecordRef& dependent : read->first) {
            if (goingRefs.contains(dependent))
                continue;
            Result<RetentionRecord> named = this->record(dependent.type, dependent.id);
            holding << (named ? named->label : dependent.key());
        }
        if (!holding.isEmpty())
            return Error{ErrorKind::Invalid,
                         tr("%1 cannot be disposed of while these still refer to it: %2.")
                             .arg(each.label, holding.join(QStringLiteral(", "))),
                         {}};
        if (read->second.isEmpty())
            return Error{ErrorKind::Invalid, tr("The record no longer exists."), {}};
        planned.push_back(Planned{each, disposer, read->second});
    }
    // Parts first: they refer to the record they belong to.
    std::reverse(planned.begin(), planned.end());
    return planned;
}

Result<Disposal> RetentionRegister::dispose(const QString& recordType, qint64 id)
{
    Result<RetentionRecord> found = record(recordType, id);
    if (!found)
        return found.error();
    if (!found->kept)
        return Error{ErrorKind::Invalid,
                     tr("%1 is not a record under retention; delete it instead.").arg(found->label),
                     {}};
    const QDate today = m_program.clock().today();
    Result<std::vector<Planned>> planned = plan(*found, today);
    if (!planned) {
        if (planned.error().kind != ErrorKind::Invalid)
            return planned.error();
        return refuse(*found, planned.error().message);
    }

    const QDateTime now = m_program.clock().nowUtc();
    std::vector<Disposal> written;
    QStringList types;
    Result<void> done =
        m_program.transact(tr("Disposing of the record failed"), [&](AuditTrail& audit) {
            RetentionStore store(m_program.database());
            for (const Planned& item : *planned) {
                Disposal disposal;
                disposal.recordType = item.record.recordType;
                disposal.recordId = item.record.recordId;
                disposal.label = item.record.label;
                disposal.retainUntil = item.record.retainUntil();
                disposal.contentSha256 = sha256Hex(canonicalJson(item.content));
                disposal.disposedAt = now;
                disposal.disposedBy = m_program.actor();
                store.insert(disposal);
                store.disposing(disposal.record());
                // Read while the record's links (a revision's approvals) exist.
                const std::vector<AuditEvent> holding =
                    audit.eventsHoldingContent(item.disposer->auditSubjects(disposal.recordId));
                item.disposer->dispose(disposal.recordId);
                store.done(disposal.record());
                const AuditEvent tombstone = audit.record(
                    m_program.actor(), QStringLiteral("disposed"), retentionentity::retention(),
                    disposal.record().key(), {}, RetentionJson::tombstoneEvent(disposal, holding));
                audit.redact(holding, tombstone.seq);
                written.push_back(disposal);
                if (!types.contains(disposal.recordType))
                    types << disposal.recordType;
            }
        });
    if (!done)
        return done.error();
    const bool checkpointed = RetentionStore(m_program.database()).checkpoint();
    Q_UNUSED(checkpointed);
    emit disposed(types);
    return written.back();
}

std::vector<DisposalOutcome> RetentionRegister::dispose(const std::vector<RecordRef>& records)
{
    std::vector<DisposalOutcome> outcomes;
    bool disposedAny = false;
    for (const RecordRef& each : DisposalOrder::of(records)) {
        DisposalOutcome outcome;
        outcome.record = each;
        Result<RetentionRecord> found = record(each.type, each.id);
        // Gone already, as a part of a record disposed of before it.
        if (!found && disposedAny && found.error().kind == ErrorKind::Invalid)
            continue;
        if (found)
            outcome.label = found->label;
        Result<Disposal> disposal = dispose(each.type, each.id);
        if (disposal) {
            outcome.disposalId = disposal->id;
            disposedAny = true;
        } else
            outcome.refusal = disposal.error().message;
        outcomes.push_back(outcome);
    }
    return outcomes;
}

Result<std::vector<Disposal>> RetentionRegister::disposals() const
{
    return guardStorage(tr("Reading the disposal log failed"),
                        [&] { return RetentionStore(m_program.database()).disposals(); });
}

} // namespace palisade
