#pragma once

#include "core/audit/AuditTrail.h"
#include "core/catalog/SecurityRuleCatalog.h"
#include "core/program/IntegrityReport.h"
#include "core/program/ProgramProfile.h"
#include "core/storage/Database.h"
#include "core/storage/Vault.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <memory>
#include <vector>

namespace palisade {

class AcknowledgmentRegister;
class AssetRegister;
class BaaRegister;
class Clock;
class CounterpartyRegister;
class CorrectiveActionRegister;
class EvidencePackRegister;
class IncidentEvidenceRegister;
class IncidentNotificationRegister;
class IncidentRegister;
class PhishingRegister;
class PolicyRegister;
class RetentionRegister;
class StateRuleRegister;
class RiskRegister;
class SecretBuffer;
class TrainingRegister;
class WorkforceRegister;

// One unlocked program file and its services. The UI holds one of these while
// unlocked; locking destroys it, which closes the connection.
class Program : public QObject
{
    Q_OBJECT

public:
    struct UnlockOptions
    {
        QString actor;                         // defaults to the officer named in the file
        std::vector<QDateTime> failedAttempts; // earlier wrong passphrases, to record
        Vault::Access access = Vault::Access::ReadWrite;
    };

    static Result<std::unique_ptr<Program>> create(const QString& path,
                                                   const SecretBuffer& passphrase,
                                                   ProgramProfile profile, const Clock& clock,
                                                   const Vault& vault = Vault());
    static Result<std::unique_ptr<Program>> unlock(const QString& path,
                                                   const SecretBuffer& passphrase,
                                                   const UnlockOptions& options, const Clock& clock,
                                                   const Vault& vault = Vault());
    ~Program() override;

    QString path() const { return m_db.path(); }
    QString actor() const { return m_actor; }
    bool isReadOnly() const { return m_db.isReadOnly(); }
    const ProgramProfile& profile() const { return m_profile; }
    const Clock& clock() const { return m_clock; }
    AuditTrail& auditTrail() { return m_audit; }
    const AuditTrail& auditTrail() const { return m_audit; }
    // For the domain registers in core; the UI never touches SQL.
    Database& database() { return m_db; }
    const SecurityRuleCatalog& catalog() const { return m_catalog; }

    RiskRegister& risks() { return *m_risks; }
    AssetRegister& assets() { return *m_assets; }
    CounterpartyRegister& counterparties() { return *m_counterparties; }
    BaaRegister& baas() { return *m_baas; }
    PolicyRegister& policies() { return *m_policies; }
    RetentionRegister& retention() { return *m_retention; }
    WorkforceRegister& workforce() { return *m_workforce; }
    TrainingRegister& training() { return *m_training; }
    PhishingRegister& phishing() { return *m_phishing; }
    AcknowledgmentRegister& acknowledgments() { return *m_acknowledgments; }
    IncidentRegister& incidents() { return *m_incidents; }
    IncidentNotificationRegister& incidentNotifications() { return *m_incidentNotifications; }
    IncidentEvidenceRegister& incidentEvidence() { return *m_incidentEvidence; }
    CorrectiveActionRegister& correctiveActions() { return *m_correctiveActions; }
    StateRuleRegister& stateRules() { return *m_stateRules; }
    EvidencePackRegister& evidencePacks() { return *m_evidencePacks; }

    // Runs `work` in one transaction; `work` writes its rows and their audit
    // event. Emits changed() after the commit.
    Result<void> transact(const QString& failureContext,
                          const std::function<void(AuditTrail&)>& work);

    // Bulk writing (generating or migrating many records). Until endBatch(),
    // each transact() runs as a savepoint inside one outer transaction that
    // is committed after every `changesPerCommit` changes and at endBatch():
    // every change still stands or falls with its audit events, but the file
    // is not synced once per change. Locking ends the batch.
    Result<void> beginBatch(int changesPerCommit);
    Result<void> endBatch();
    bool inBatch() const { return m_batchSize > 0; }

    Result<void> changePassphrase(const SecretBuffer& current, const SecretBuffer& next);
    Result<void> backup(const QString& outPath);
    IntegrityReport check();
    // Records why the file is being locked ("idle", "manual", "exit"), then closes it.
    void lock(const QString& reason);
    bool isOpen() const { return m_db.isOpen(); }

signals:
    void changed();

private:
    Program(Database db, const Vault& vault, const Clock& clock, QString actor,
            SecurityRuleCatalog catalog);
    static Result<SecurityRuleCatalog> loadCatalog();
    Result<void> recordProgramEvent(const QString& action, const QJsonObject& details);
    void transactInBatch(const std::function<void(AuditTrail&)>& work);

    Database m_db;
    Vault m_vault;
    const Clock& m_clock;
    QString m_actor;
    AuditTrail m_audit;
    ProgramProfile m_profile;
    SecurityRuleCatalog m_catalog;
    std::unique_ptr<RiskRegister> m_risks;
    std::unique_ptr<AssetRegister> m_assets;
    std::unique_ptr<CounterpartyRegister> m_counterparties;
    std::unique_ptr<BaaRegister> m_baas;
    std::unique_ptr<PolicyRegister> m_policies;
    std::unique_ptr<RetentionRegister> m_retention;
    std::unique_ptr<WorkforceRegister> m_workforce;
    std::unique_ptr<TrainingRegister> m_training;
    std::unique_ptr<PhishingRegister> m_phishing;
    std::unique_ptr<AcknowledgmentRegister> m_acknowledgments;
    std::unique_ptr<IncidentRegister> m_incidents;
    std::unique_ptr<IncidentNotificationRegister> m_incidentNotifications;
    std::unique_ptr<IncidentEvidenceRegister> m_incidentEvidence;
    std::unique_ptr<CorrectiveActionRegister> m_correctiveActions;
    std::unique_ptr<StateRuleRegister> m_stateRules;
    std::unique_ptr<EvidencePackRegister> m_evidencePacks;
    int m_batchSize = 0; // changes per commit while a batch is open, else 0
    int m_batchPending = 0;
    QString m_cacheSizeBeforeBatch;
};

} // namespace palisade
