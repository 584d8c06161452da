#include "core/demo/DemoTally.h"

namespace palisade {
namespace {

const char* const keys[DemoTally::itemCount] = {
    "assets",
    "risks",
    "remediation_tasks",
    "accepted_risks",
    "counterparties",
    "agreements",
    "expired_agreements",
    "agreements_due_for_review",
    "people",
    "courses",
    "completions",
    "overdue_training",
    "phishing_campaigns",
    "policies",
    "policy_revisions",
    "policy_approvals",
    "policies_due_for_review",
    "acknowledgments",
    "incidents",
    "open_incidents",
    "notifications",
    "overdue_notices",
    "corrective_actions",
    "legal_holds",
    "records_past_retention",
    "audit_events",
};

} // namespace

QString DemoTally::key(Item item)
{
    return QString::fromLatin1(keys[std::size_t(item)]);
}

QString DemoTally::label(Item item)
{
    switch (item) {
    case Assets:
        return tr("Assets");
    case Risks:
        return tr("Risks");
    case RemediationTasks:
        return tr("Remediation tasks");
    case AcceptedRisks:
        return tr("Accepted risks");
    case Counterparties:
        return tr("Counterparties");
    case Agreements:
        return tr("Business associate agreements");
    case ExpiredAgreements:
        return tr("Agreements past their expiry");
    case AgreementsDueForReview:
        return tr("Agreements due for review");
    case People:
        return tr("Workforce members");
    case Courses:
        return tr("Training courses");
    case Completions:
        return tr("Training completions");
    case OverdueTraining:
        return tr("Overdue training items");
    case PhishingCampaigns:
        return tr("Phishing simulations");
    case Policies:
        return tr("Policies");
    case PolicyRevisions:
        return tr("Policy revisions");
    case PolicyApprovals:
        return tr("Policy approvals");
    case PoliciesDueForReview:
        return tr("Policies due for review");
    case Acknowledgments:
        return tr("Policy acknowledgments");
    case Incidents:
        return tr("Incidents");
    case OpenIncidents:
        return tr("Open incidents");
    case Notifications:
        return tr("Breach notices sent");
    case OverdueNotices:
        return tr("Breach notices overdue");
    case CorrectiveActions:
        return tr("Corrective actions");
    case LegalHolds:
        return tr("Legal holds");
    case RecordsPastRetention:
        return tr("Records past their retention");
    case AuditEvents:
        return tr("Audit events");
    }
    return {};
}

} // namespace palisade
