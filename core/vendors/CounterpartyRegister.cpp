#include "core/vendors/CounterpartyRegister.h"

#include "core/audit/AuditTrail.h"
#include "core/incidents/IncidentRegister.h"
#include "core/program/Program.h"
#include "core/retention/RecordTypes.h"
#include "core/retention/RetentionRegister.h"
#include "core/risk/AssetStore.h"
#include "core/storage/StorageGuard.h"
#include "core/util/BatchProblems.h"
#include "core/util/Clock.h"
#include "core/vendors/Agreement.h"
#include "core/vendors/CounterpartyJson.h"
#include "core/vendors/CounterpartyStore.h"
#include "core/vendors/CounterpartyValidator.h"
#include "core/vendors/VendorEntities.h"

#include <algorithm>

namespace palisade {
namespace {

void tidy(Counterparty& counterparty)
{
    for (QString* field : {&counterparty.name, &counterparty.services, &counterparty.phiTypes})
        *field = field->trimmed();
    for (Contact& contact : counterparty.contacts) {
        for (QString* field : {&contact.name, &contact.role, &contact.email, &contact.phone})
            *field = field->trimmed();
    }
    std::sort(counterparty.assetIds.begin(), counterparty.assetIds.end());
    counterparty.assetIds.erase(
        std::unique(counterparty.assetIds.begin(), counterparty.assetIds.end()),
        counterparty.assetIds.end());
}

} // namespace

CounterpartyRegister::CounterpartyRegister(Program& program)
    : m_program(program)
{
}

Result<std::vector<Counterparty>> CounterpartyRegister::counterparties() const
{
    return guardStorage(tr("Reading the counterparties failed"),
                        [&] { return CounterpartyStore(m_program.database()).all(); });
}

Result<Counterparty> CounterpartyRegister::counterparty(qint64 id) const
{
    Result<std::optional<Counterparty>> found =
        guardStorage(tr("Reading the counterparty failed"),
                     [&] { return CounterpartyStore(m_program.database()).find(id); });
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{ErrorKind::Invalid, tr("The counterparty no longer exists."), {}};
    return **found;
}

QStringList CounterpartyRegister::storedProblems(const Counterparty& counterparty) const
{
    Result<QStringList> found = guardStorage(tr("Reading the counterparties failed"), [&] {
        QStringList out;
        const std::optional<qint64> existing =
            CounterpartyStore(m_program.database()).idForName(counterparty.name);
        if (existing && *existing != counterparty.id)
            out << tr("A counterparty named \"%1\" already exists.").arg(counterparty.name);
        const std::set<qint64> assets = AssetStore(m_program.database()).ids();
        for (qint64 id : counterparty.assetIds) {
            if (!assets.contains(id))
                out << tr("Linked asset %1 does not exist.").arg(id);
        }
        return out;
    });
    return found ? *found : QStringList{found.error().message};
}

QStringList CounterpartyRegister::problems(const Counterparty& counterparty) const
{
    Counterparty candidate = counterparty;
    tidy(candidate);
    return CounterpartyValidator().problems(candidate) + storedProblems(candidate);
}

Result<Counterparty> CounterpartyRegister::add(Counterparty counterparty)
{
    Result<std::vector<Counterparty>> added = addAll({std::move(counterparty)});
    if (!added)
        return added.error();
    return added->front();
}

Result<std::vector<Counterparty>> CounterpartyRegister::addAll(std::vector<Counterparty> incoming)
{
    BatchProblems refusals(incoming.size(), tr("Counterparty %1: %2"));
    const QDateTime now = m_program.clock().nowUtc();
    for (std::size_t i = 0; i < incoming.size(); ++i) {
        Counterparty& counterparty = incoming[i];
        counterparty.id = 0;
        tidy(counterparty);
        counterparty.createdAt = counterparty.updatedAt = now;
        refusals.add(i, problems(counterparty) + refusals.repeatedName(counterparty.name));
    }
    if (!refusals.isEmpty())
        return refusals.refusal();

    const QString action =
        incoming.size() == 1 ? QStringLiteral("created") : QStringLiteral("imported");
    Result<void> written =
        m_program.transact(tr("Saving the counterparty failed"), [&](AuditTrail& audit) {
            CounterpartyStore store(m_program.database());
            for (Counterparty& counterparty : incoming) {
                store.insert(counterparty);
                audit.record(m_program.actor(), action, vendorentity::counterparty(),
                             QString::number(counterparty.id), {},
                             CounterpartyJson::toJson(counterparty));
            }
        });
    if (!written)
        return written.error();
    emit counterpartiesChanged();
    return incoming;
}

Result<Counterparty> CounterpartyRegister::update(Counterparty counterparty)
{
    Result<Counterparty> stored = this->counterparty(counterparty.id);
    if (!stored)
        return stored.error();
    tidy(counterparty);
    counterparty.createdAt = stored->createdAt;
    counterparty.updatedAt = stored->updatedAt;
    if (counterparty == *stored)
        return counterparty;
    if (QStringList found = problems(counterparty); !found.isEmpty())
        return BatchProblems::refusal(found);
    counterparty.updatedAt = m_program.clock().nowUtc();
    Result<void> written =
        m_program.transact(tr("Saving the counterparty failed"), [&](AuditTrail& audit) {
            CounterpartyStore(m_program.database()).update(counterparty);
            audit.record(m_program.actor(), QStringLiteral("updated"), vendorentity::counterparty(),
                         QString::number(counterparty.id), CounterpartyJson::toJson(*stored),
                         CounterpartyJson::toJson(counterparty));
        });
    if (!written)
        return written.error();
    emit counterpartiesChanged();
    return counterparty;
}

Result<void> CounterpartyRegister::remove(qint64 id)
{
    Result<Counterparty> stored = counterparty(id);
    if (!stored)
        return stored.error();
    if (Result<void> free = m_program.incidents().checkNotNamed(
            IncidentRegister::Named::Counterparty, id, stored->name);
        !free)
        return free;
    // A counterparty with a signed agreement is a record kept with it.
    Result<DeletionPath> path = m_program.retention().checkDeletion(recordtype::counterparty(), id);
    if (!path)
        return path.error();
    if (*path == DeletionPath::Dispose) {
        Result<Disposal> disposed = m_program.retention().dispose(recordtype::counterparty(), id);
        if (!disposed)
            return disposed.error();
        emit counterpartiesChanged();
        return {};
    }
    Result<std::vector<qint64>> agreements = guardStorage(tr("Reading the agreements failed"), [&] {
        return CounterpartyStore(m_program.database()).agreementIds(id);
    });
    if (!agreements)
        return agreements.error();
    if (!agreements->empty()) {
        QStringList references;
        for (const qint64 agreement : *agreements)
            references << agreementReference(agreement);
        return Error{ErrorKind::Invalid,
                     tr("\"%1\" still has unsigned agreements (%2); delete them first.")
                         .arg(stored->name, references.join(QStringLiteral(", "))),
                     {}};
    }
    Result<void> written =
        m_program.transact(tr("Deleting the counterparty failed"), [&](AuditTrail& audit) {
            CounterpartyStore(m_program.database()).remove(id);
            audit.record(m_program.actor(), QStringLiteral("deleted"), vendorentity::counterparty(),
                         QString::number(id), CounterpartyJson::toJson(*stored), {});
        });
    if (!written)
        return written;
    emit counterpartiesChanged();
    return {};
}

Result<std::vector<AuditEvent>> CounterpartyRegister::history(qint64 id) const
{
    return guardStorage(tr("Reading the counterparty's history failed"), [&] {
        AuditQuery query;
        query.entity = vendorentity::counterparty();
        query.recordId = QString::number(id);
        return m_program.auditTrail().events(query);
    });
}

} // namespace palisade
