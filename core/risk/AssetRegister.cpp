#include "core/risk/AssetRegister.h"

#include "core/audit/AuditTrail.h"
#include "core/incidents/IncidentRegister.h"
#include "core/program/Program.h"
#include "core/retention/RecordTypes.h"
#include "core/retention/RetentionRegister.h"
#include "core/risk/AssetJson.h"
#include "core/risk/AssetStore.h"
#include "core/risk/AssetValidator.h"
#include "core/risk/RiskEntities.h"
#include "core/storage/StorageGuard.h"
#include "core/util/BatchProblems.h"
#include "core/util/Clock.h"

#include <utility>

namespace palisade {
namespace {

void trim(Asset& asset)
{
    for (QString* field : {&asset.name, &asset.location, &asset.owner})
        *field = field->trimmed();
    for (DataFlow& flow : asset.dataFlows) {
        flow.source = flow.source.trimmed();
        flow.destination = flow.destination.trimmed();
        flow.channel = flow.channel.trimmed();
    }
}

} // namespace

AssetRegister::AssetRegister(Program& program)
    : m_program(program)
{
}

Result<std::vector<Asset>> AssetRegister::assets() const
{
    return guardStorage(tr("Reading the assets failed"),
                        [&] { return AssetStore(m_program.database()).all(); });
}

Result<Asset> AssetRegister::asset(qint64 id) const
{
    Result<std::optional<Asset>> found = guardStorage(
        tr("Reading the asset failed"), [&] { return AssetStore(m_program.database()).find(id); });
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{ErrorKind::Invalid, tr("The asset no longer exists."), {}};
    return **found;
}

QStringList AssetRegister::duplicateNameProblem(const Asset& asset) const
{
    Result<std::optional<qint64>> existing = guardStorage(tr("Reading the assets failed"), [&] {
        return AssetStore(m_program.database()).idForName(asset.name);
    });
    if (!existing)
        return {existing.error().message};
    if (existing->has_value() && **existing != asset.id)
        return {tr("An asset named \"%1\" already exists.").arg(asset.name)};
    return {};
}

QStringList AssetRegister::problems(const Asset& asset) const
{
    Asset candidate = asset;
    trim(candidate);
    return AssetValidator().problems(candidate) + duplicateNameProblem(candidate);
}

Result<Asset> AssetRegister::add(Asset asset)
{
    Result<std::vector<Asset>> added = addAll({std::move(asset)});
    if (!added)
        return added.error();
    return added->front();
}

Result<std::vector<Asset>> AssetRegister::addAll(std::vector<Asset> incoming)
{
    BatchProblems refusals(incoming.size(), tr("Asset %1: %2"));
    const QDateTime now = m_program.clock().nowUtc();
    for (std::size_t i = 0; i < incoming.size(); ++i) {
        Asset& asset = incoming[i];
        asset.id = 0;
        trim(asset);
        asset.createdAt = asset.updatedAt = now;
        refusals.add(i, problems(asset) + refusals.repeatedName(asset.name));
    }
    if (!refusals.isEmpty())
        return refusals.refusal();

    const QString action =
        incoming.size() == 1 ? QStringLiteral("created") : QStringLiteral("imported");
    Result<void> written =
        m_program.transact(tr("Saving the asset failed"), [&](AuditTrail& audit) {
            AssetStore store(m_program.database());
            for (Asset& asset : incoming) {
                store.insert(asset);
                audit.record(m_program.actor(), action, riskentity::asset(),
                             QString::number(asset.id), {}, AssetJson::toJson(asset));
            }
        });
    if (!written)
        return written.error();
    emit assetsChanged();
    return incoming;
}

Result<Asset> AssetRegister::update(Asset asset)
{
    Result<Asset> stored = this->asset(asset.id);
    if (!stored)
        return stored.error();
    trim(asset);
    asset.createdAt = stored->createdAt;
    asset.updatedAt = stored->updatedAt;
    if (asset == *stored)
        return asset;
    if (QStringList found = problems(asset); !found.isEmpty())
        return BatchProblems::refusal(found);
    asset.updatedAt = m_program.clock().nowUtc();
    Result<void> written =
        m_program.transact(tr("Saving the asset failed"), [&](AuditTrail& audit) {
            AssetStore(m_program.database()).update(asset);
            audit.record(m_program.actor(), QStringLiteral("updated"), riskentity::asset(),
                         QString::number(asset.id), AssetJson::toJson(*stored),
                         AssetJson::toJson(asset));
        });
    if (!written)
        return written.error();
    emit assetsChanged();
    return asset;
}

Result<void> AssetRegister::remove(qint64 id)
{
    Result<Asset> stored = asset(id);
    if (!stored)
        return stored.error();
    if (Result<void> free =
            m_program.incidents().checkNotNamed(IncidentRegister::Named::Asset, id, stored->name);
        !free)
        return free;
    // An asset a risk names is a record: it goes only by disposal, after the
    // retention period of those risks.
    Result<DeletionPath> path = m_program.retention().checkDeletion(recordtype::asset(), id);
    if (!path)
        return path.error();
    if (*path == DeletionPath::Dispose) {
        Result<Disposal> disposed = m_program.retention().dispose(recordtype::asset(), id);
        if (!disposed)
            return disposed.error();
        emit assetsChanged();
        return {};
    }
    Result<std::pair<qint64, qint64>> linked = guardStorage(tr("Reading the assets failed"), [&] {
        AssetStore store(m_program.database());
        return std::pair{store.riskCount(id), store.counterpartyCount(id)};
    });
    if (!linked)
        return linked.error();
    if (linked->first > 0)
        return Error{ErrorKind::Invalid,
                     tr("\"%1\" is named by %n risk(s); unlink it from them before deleting it.",
                        nullptr, int(linked->first))
                         .arg(stored->name),
                     {}};
    if (linked->second > 0)
        return Error{ErrorKind::Invalid,
                     tr("\"%1\" is linked to %n counterparty(ies); unlink it from them before "
                        "deleting it.",
                        nullptr, int(linked->second))
                         .arg(stored->name),
                     {}};
    Result<void> written =
        m_program.transact(tr("Deleting the asset failed"), [&](AuditTrail& audit) {
            AssetStore(m_program.database()).remove(id);
            audit.record(m_program.actor(), QStringLiteral("deleted"), riskentity::asset(),
                         QString::number(id), AssetJson::toJson(*stored), {});
        });
    if (!written)
        return written;
    emit assetsChanged();
    return {};
}

Result<std::vector<AuditEvent>> AssetRegister::history(qint64 id) const
{
    return guardStorage(tr("Reading the asset's history failed"), [&] {
        AuditQuery query;
        query.entity = riskentity::asset();
        query.recordId = QString::number(id);
        return m_program.auditTrail().events(query);
    });
}

} // namespace palisade
