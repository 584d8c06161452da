#include "core/program/Program.h"

#include "core/evidence/EvidencePackRegister.h"
#include "core/incidents/CorrectiveActionRegister.h"
#include "core/incidents/IncidentEvidenceRegister.h"
#include "core/incidents/IncidentNotificationRegister.h"
#include "core/incidents/IncidentRegister.h"
#include "core/incidents/StateRuleRegister.h"
#include "core/policies/PolicyRegister.h"
#include "core/program/IntegrityChecker.h"
#include "core/program/ProgramSettingsStore.h"
#include "core/retention/RetentionRegister.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskRegister.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"
#include "core/training/AcknowledgmentRegister.h"
#include "core/training/PhishingRegister.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/Clock.h"
#include "core/util/SecretBuffer.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <algorithm>

namespace palisade {
namespace {

const QString programEntity = QStringLiteral("program");

// One change of a batch: released when it succeeds, rolled back (and
// released) when its work throws, so a failed change leaves nothing behind.
class BatchSavepoint
{
public:
    explicit BatchSavepoint(Database& db)
        : m_db(db)
    {
        m_db.prepare(QStringLiteral("SAVEPOINT batch_change")).exec();
    }
    ~BatchSavepoint()
    {
        if (!m_released) {
            (void)m_db.tryExec(QStringLiteral("ROLLBACK TO batch_change"));
            (void)m_db.tryExec(QStringLiteral("RELEASE batch_change"));
        }
    }
    BatchSavepoint(const BatchSavepoint&) = delete;
    BatchSavepoint& operator=(const BatchSavepoint&) = delete;
    void release()
    {
        m_db.prepare(QStringLiteral("RELEASE batch_change")).exec();
        m_released = true;
    }

private:
    Database& m_db;
    bool m_released = false;
};

// A larger page cache while a batch writes, so index pages stay decrypted.
const QString batchCacheSize = QStringLiteral("-131072");

} // namespace

Program::Program(Database db, const Vault& vault, const Clock& clock, QString actor,
                 SecurityRuleCatalog catalog)
    : m_db(std::move(db))
    , m_vault(vault)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_audit(m_db, m_clock)
    , m_catalog(std::move(catalog))
    , m_risks(std::make_unique<RiskRegister>(*this, m_catalog))
    , m_assets(std::make_unique<AssetRegister>(*this))
    , m_counterparties(std::make_unique<CounterpartyRegister>(*this))
    , m_baas(std::make_unique<BaaRegister>(*this))
    , m_policies(std::make_unique<PolicyRegister>(*this))
    , m_retention(std::make_unique<RetentionRegister>(*this))
    , m_workforce(std::make_unique<WorkforceRegister>(*this))
    , m_training(std::make_unique<TrainingRegister>(*this))
    , m_phishing(std::make_unique<PhishingRegister>(*this))
    , m_acknowledgments(std::make_unique<AcknowledgmentRegister>(*this))
    , m_incidents(std::make_unique<IncidentRegister>(*this))
    , m_incidentNotifications(std::make_unique<IncidentNotificationRegister>(*this))
    , m_incidentEvidence(std::make_unique<IncidentEvidenceRegister>(*this))
    , m_correctiveActions(std::make_unique<CorrectiveActionRegister>(*this))
    , m_stateRules(std::make_unique<StateRuleRegister>(*this))
    , m_evidencePacks(std::make_unique<EvidencePackRegister>(*this))
{
    // Every change prepares the same few statements again; keeping them
    // prepared saves SQLite's parse and plan on each of them.
    m_db.setStatementReuse(true);
}

Result<SecurityRuleCatalog> Program::loadCatalog()
{
    Result<SecurityRuleCatalog> catalog = SecurityRuleCatalog::load();
    if (!catalog)
        return Error{ErrorKind::Io,
                     tr("The Security Rule catalog shipped with Palisade cannot be read."),
                     catalog.error().text()};
    return catalog;
}

Program::~Program() = default;

Result<std::unique_ptr<Program>> Program::create(const QString& path,
                                                 const SecretBuffer& passphrase,
                                                 ProgramProfile profile, const Clock& clock,
                                                 const Vault& vault)
{
    profile.organization = profile.organization.trimmed();
    profile.officerName = profile.officerName.trimmed();
    if (profile.organization.isEmpty())
        return Error{ErrorKind::Invalid, tr("Enter the organization's name."), {}};
    if (profile.officerName.isEmpty())
        return Error{ErrorKind::Invalid, tr("Enter your name."), {}};
    if (passphrase.isEmpty())
        return Error{ErrorKind::Invalid, tr("Enter a passphrase."), {}};

    Result<SecurityRuleCatalog> catalog = loadCatalog();
    if (!catalog)
        return catalog.error();
    Result<Database> db = vault.create(path, passphrase);
    if (!db)
        return db.error();
    std::unique_ptr<Program> program(new Program(std::move(db).value(), vault, clock,
                                                 profile.officerName, std::move(catalog).value()));
    profile.createdAt = clock.nowUtc().toUTC();
    try {
        Transaction tx(program->m_db);
        ProgramSettingsStore(program->m_db).saveProfile(profile);
        program->m_audit.record(program->m_actor, QStringLiteral("created"), programEntity,
                                QStringLiteral("1"), {}, profile.toJson());
        tx.commit();
    } catch (const StorageError& e) {
        program.reset();
        Vault::discardCreated(path);
        return e.toError(tr("Creating the program file failed"));
    }
    program->m_profile = profile;
    return program;
}

Result<std::unique_ptr<Program>> Program::unlock(const QString& path,
                                                 const SecretBuffer& passphrase,
                                                 const UnlockOptions& options, const Clock& clock,
                                                 const Vault& vault)
{
    Result<SecurityRuleCatalog> catalog = loadCatalog();
    if (!catalog)
        return catalog.error();
    Result<Database> db = vault.unlock(path, passphrase, options.access);
    if (!db)
        return db.error();
    std::unique_ptr<Program> program(new Program(std::move(db).value(), vault, clock, options.actor,
                                                 std::move(catalog).value()));
    try {
        program->m_profile = ProgramSettingsStore(program->m_db).loadProfile();
        if (program->m_actor.trimmed().isEmpty())
            program->m_actor = program->m_profile.officerName;
        if (!program->isReadOnly()) {
            Transaction tx(program->m_db);
            if (!options.failedAttempts.empty()) {
                QJsonArray times;
                for (const QDateTime& at : options.failedAttempts)
                    times.append(at.toUTC().toString(Qt::ISODateWithMs));
                program->m_audit.record(
                    program->m_actor, QStringLiteral("unlock_failed"), programEntity,
                    QStringLiteral("1"), {},
                    {{QStringLiteral("attempts"), qint64(options.failedAttempts.size())},
                     {QStringLiteral("times"), times}});
            }
            program->m_audit.record(program->m_actor, QStringLiteral("unlocked"), programEntity,
                                    QStringLiteral("1"));
            tx.commit();
        }
    } catch (const StorageError& e) {
        return e.toError(tr("Opening the program file failed"));
    }
    return program;
}

Result<void> Program::transact(const QString& failureContext,
                               const std::function<void(AuditTrail&)>& work)
{
    if (!isOpen())
        return Error{ErrorKind::Usage, tr("The program file is locked."), {}};
    if (isReadOnly())
        return Error{ErrorKind::Usage, tr("The program file is open read-only."), {}};
    try {
        if (inBatch()) {
            transactInBatch(work);
        } else {
            Transaction tx(m_db);
            work(m_audit);
            tx.commit();
        }
    } catch (const StorageError& e) {
        return e.toError(failureContext);
    }
    emit changed();
    return {};
}

void Program::transactInBatch(const std::function<void(AuditTrail&)>& work)
{
    BatchSavepoint change(m_db);
    work(m_audit);
    change.release();
    if (++m_batchPending >= m_batchSize) {
        m_db.exec(QStringLiteral("COMMIT"));
        m_batchPending = 0;
        m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
}

Result<void> Program::beginBatch(int changesPerCommit)
{
    if (!isOpen())
        return Error{ErrorKind::Usage, tr("The program file is locked."), {}};
    if (isReadOnly())
        return Error{ErrorKind::Usage, tr("The program file is open read-only."), {}};
    if (inBatch())
        return Error{ErrorKind::Usage, tr("A batch of changes is already open."), {}};
    try {
        m_cacheSizeBeforeBatch = m_db.scalar(QStringLiteral("PRAGMA cache_size"));
        m_db.exec(QStringLiteral("PRAGMA cache_size = ") + batchCacheSize);
        m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    } catch (const StorageError& e) {
        return e.toError(tr("Starting a batch of changes failed"));
    }
    m_batchSize = std::max(1, changesPerCommit);
    m_batchPending = 0;
    return {};
}

Result<void> Program::endBatch()
{
    if (!inBatch())
        return {};
    m_batchSize = 0;
    m_batchPending = 0;
    try {
        m_db.exec(QStringLiteral("COMMIT"));
        bool numeric = false;
        if (const int pages = m_cacheSizeBeforeBatch.toInt(&numeric); numeric)
            m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(pages));
    } catch (const StorageError& e) {
        (void)m_db.tryExec(QStringLiteral("ROLLBACK"));
        return e.toError(tr("Saving a batch of changes failed"));
    }
    return {};
}

Result<void> Program::recordProgramEvent(const QString& action, const QJsonObject& details)
{
    return transact(tr("Recording the event failed"), [&](AuditTrail& audit) {
        audit.record(m_actor, action, programEntity, QStringLiteral("1"), {}, details);
    });
}

Result<void> Program::changePassphrase(const SecretBuffer& current, const SecretBuffer& next)
{
    if (current.equals(next))
        return Error{
            ErrorKind::Invalid, tr("The new passphrase is the same as the current one."), {}};
    if (Result<void> rekeyed = m_vault.rekey(m_db, current, next); !rekeyed)
        return rekeyed;
    return recordProgramEvent(QStringLiteral("rekeyed"), {});
}

Result<void> Program::backup(const QString& outPath)
{
    if (Result<void> done = m_vault.backup(m_db, outPath); !done)
        return done;
    return recordProgramEvent(QStringLiteral("backed_up"),
                              {{QStringLiteral("file"),
                                QDir::toNativeSeparators(QFileInfo(outPath).absoluteFilePath())}});
}

IntegrityReport Program::check()
{
    return IntegrityChecker(m_db, m_audit).run();
}

void Program::lock(const QString& reason)
{
    if (!isOpen())
        return;
    (void)endBatch();
    if (!isReadOnly())
        (void)recordProgramEvent(QStringLiteral("locked"), {{QStringLiteral("reason"), reason}});
    m_audit.releaseStatements();
    m_db.close();
}

} // namespace palisade
