#include "core/demo/DemoRiskLibrary.h"

namespace palisade {
namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList list(std::initializer_list<const char*> texts)
{
    QStringList out;
    for (const char* text : texts)
        out << QString::fromUtf8(text);
    return out;
}

} // namespace

const std::vector<DemoAssetType>& DemoRiskLibrary::assetTypes()
{
    using K = AssetKind;
    static const std::vector<DemoAssetType> types{
        {s("Coding platform (encoder and workflow)"), K::Application,
         s("encounters, diagnosis and procedure codes, patient demographics"), s("Client EHRs"),
         s("Coding platform"), s("HTTPS"), true},
        {s("EHR remote access workstations"), K::WorkstationFleet,
         s("charts viewed in client EHRs; cached documents"), s("Client EHRs"),
         s("Coder workstations"), s("Citrix over VPN"), true},
        {s("Coder laptops"), K::WorkstationFleet,
         s("working exports, coding queries, cached charts"), s("Coding platform"),
         s("Coder laptops"), s("VPN"), true},
        {s("SFTP server for client extracts"), K::Server,
         s("nightly encounter and charge extracts"), s("Client EHRs"), s("SFTP server"), s("SFTP"),
         true},
        {s("Billing and practice management system"), K::Application,
         s("claims, balances, insurance member numbers"), s("Coding platform"), s("Billing system"),
         s("Internal API"), true},
        {s("Claims clearinghouse connection"), K::CloudService, s("837 claims, 835 remittances"),
         s("Billing system"), s("Clearinghouse"), s("HTTPS"), true},
        {s("Backup appliance"), K::Server, s("nightly copies of every server"),
         s("File and application servers"), s("Backup appliance"), s("SMB"), false},
        {s("Off-site cloud backup"), K::CloudService, s("encrypted backup sets"),
         s("Backup appliance"), s("Cloud backup"), s("HTTPS"), true},
        {s("Hosted e-mail"), K::CloudService, s("coding queries, denial letters, appeals"),
         s("Workforce"), s("Clients and payers"), s("SMTP with TLS"), true},
        {s("File server"), K::Server, s("audit worksheets, denial reports"), s("Coders"),
         s("File server"), s("SMB"), false},
        {s("Fax server"), K::PaperFax, s("records requests, payer correspondence"),
         s("Payers and clinics"), s("Fax server"), s("Fax"), false},
        {s("Mailroom and paper intake"), K::PaperFax, s("paper remittances, correspondence"),
         s("Payers"), s("Scanning station"), s("Mail"), false},
        {s("Office network and VPN"), K::Network, s("all PHI in transit inside the office"),
         s("Remote workforce"), s("Office network"), s("IPsec VPN"), true},
        {s("Company mobile phones"), K::MobileDevices, s("e-mail, MFA tokens"), s("Hosted e-mail"),
         s("Phones"), s("HTTPS"), true},
        {s("Denials analytics database"), K::Server, s("claim lines, denial reasons, payer IDs"),
         s("Billing system"), s("Analytics database"), s("ODBC"), false},
        {s("Directory and single sign-on"), K::Application,
         s("no PHI; controls access to every system"), s("Workforce"), s("Identity provider"),
         s("HTTPS"), true},
    };
    return types;
}

const QStringList& DemoRiskLibrary::sites()
{
    static const QStringList list = {s("Tampa office"),        s("Orlando office"),
                                     s("Jacksonville office"), s("Remote coders"),
                                     s("Primary data center"), s("Secondary data center"),
                                     s("Client hosted"),       s("Miami office")};
    return list;
}

const std::vector<DemoRiskScenario>& DemoRiskLibrary::scenarios()
{
    using K = AssetKind;
    static const std::vector<DemoRiskScenario> all{
        {s("Phishing leads to a compromised mailbox"),
         {K::CloudService, K::Application},
         s("Adversarial: outsider (criminal group)"),
         s("Conduct phishing attacks to obtain workforce credentials"),
         s("Multi-factor authentication not enforced for every mailbox"),
         s("Spam filtering; annual security awareness training"),
         s("Enforce MFA for every account and add a banner on external mail."),
         list({"Enforce MFA on all mailboxes", "Run quarterly phishing simulations",
               "Add external-sender banner"}),
         list({"164.308(a)(5)(ii)(A)", "164.312(d)"})},
        {s("Ransomware encrypts servers and backups"),
         {K::Server, K::CloudService},
         s("Adversarial: outsider (criminal group)"),
         s("Deliver known malware (ransomware) to internal information systems"),
         s("Backups reachable from the domain; restores not tested"),
         s("Endpoint protection; nightly backups"),
         s("Keep an immutable off-site copy and test restores quarterly."),
         list({"Make the off-site backup immutable", "Test a full restore",
               "Segment the backup network"}),
         list({"164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)", "164.308(a)(5)(ii)(B)"})},
        {s("Stolen laptop exposes working exports"),
         {K::WorkstationFleet, K::MobileDevices},
         s("Adversarial: outsider (individual)"),
         s("Steal portable devices holding cached PHI"),
         s("Full-disk encryption not verified on every laptop"),
         s("Laptops imaged with encryption at issue"),
         s("Enforce and report full-disk encryption; block unencrypted devices from the VPN."),
         list({"Report encryption status for every laptop", "Block unencrypted devices at the VPN",
               "Enable remote wipe"}),
         list({"164.312(a)(2)(iv)", "164.310(d)(1)"})},
        {s("Former coder keeps access to client EHRs"),
         {K::WorkstationFleet, K::Application},
         s("Adversarial: insider (former workforce member)"),
         s("Use retained credentials to access client EHRs after termination"),
         s("Client EHR accounts are removed by each clinic, often late"),
         s("HR termination checklist"),
         s("Track every client EHR account and confirm its removal within one business day."),
         list({"Build an inventory of client EHR accounts",
               "Add EHR removal to the termination checklist", "Review access monthly"}),
         list({"164.308(a)(3)(ii)(C)", "164.308(a)(4)(ii)(C)"})},
        {s("Shared service account on the SFTP server"),
         {K::Server},
         s("Accidental: privileged user or administrator"),
         s("Incorrect privilege settings expose every client's extracts"),
         s("One account and password shared by all client upload jobs"),
         s("SFTP restricted to client IP addresses"),
         s("Give each client its own key-based account with a chrooted folder."),
         list({"Create per-client SFTP accounts", "Rotate the shared password",
               "Enable SFTP audit logging"}),
         list({"164.312(a)(2)(i)", "164.312(b)"})},
        {s("Unpatched internet-facing system is exploited"),
         {K::Server, K::Network, K::Application},
         s("Adversarial: outsider (criminal group)"),
         s("Exploit vulnerabilities in internet-facing systems"),
         s("Patches applied quarterly rather than within 30 days"),
         s("Firewall; managed IT patching"),
         s("Patch critical vulnerabilities within 14 days and scan monthly."),
         list({"Set a 14-day patch window for critical fixes", "Run monthly vulnerability scans"}),
         list({"164.308(a)(1)(ii)(B)", "164.308(a)(5)(ii)(B)"})},
        {s("Misdirected fax or mail discloses PHI"),
         {K::PaperFax},
         s("Accidental: user (workforce member)"),
         s("Mishandling of sensitive information by authorized users"),
         s("Fax numbers typed by hand; no cover-sheet check"),
         s("Fax cover sheet with confidentiality notice"),
         s("Use stored, verified fax numbers and a second check before sending."),
         list({"Load verified numbers into the fax server",
               "Train intake staff on the second check"}),
         list({"164.308(a)(5)(i)", "164.310(d)(1)"})},
        {s("Audit logs not reviewed"),
         {K::Application, K::Server, K::CloudService},
         s("Adversarial: insider (workforce member)"),
         s("Browse records without a business need, unnoticed"),
         s("Access logs collected but never reviewed"),
         s("Logging enabled on the coding platform"),
         s("Review access reports monthly and alert on unusual volumes."),
         list({"Schedule a monthly access review", "Alert on record volumes above baseline"}),
         list({"164.308(a)(1)(ii)(D)", "164.312(b)"})},
        {s("Hurricane closes the primary office"),
         {K::Network, K::Server},
         s("Environmental: natural disaster (hurricane)"),
         s("Hurricane at the primary facility"),
         s("Single site for servers and internet circuit"),
         s("Generator; remote work possible for coders"),
         s("Fail over to the secondary data center and test the plan yearly."),
         list({"Document the failover runbook", "Hold a tabletop exercise",
               "Add a second internet circuit"}),
         list({"164.308(a)(7)(ii)(C)", "164.308(a)(7)(ii)(D)", "164.310(a)(2)(i)"})},
        {s("Disk failure corrupts the billing database"),
         {K::Server, K::Application},
         s("Structural: IT equipment (storage)"),
         s("Disk error corrupts stored claims data"),
         s("No integrity checks on restored data"),
         s("RAID storage; nightly backups"),
         s("Check database integrity nightly and verify restores."),
         list({"Enable nightly integrity checks", "Verify a restore each quarter"}),
         list({"164.312(c)(1)", "164.308(a)(7)(ii)(A)"})},
        {s("Clearinghouse breach exposes claims"),
         {K::CloudService},
         s("Adversarial: outsider (compromise of a supplier)"),
         s("Compromise of a business associate holding our clients' PHI"),
         s("No review of the clearinghouse's security reports"),
         s("Signed BAA with breach notice terms"),
         s("Obtain and review the vendor's SOC 2 report each year."),
         list({"Request the vendor's SOC 2 report", "Add vendor review to the annual calendar"}),
         list({"164.308(b)(1)", "164.314(a)(1)"})},
        {s("Unencrypted e-mail of PHI to clients"),
         {K::CloudService},
         s("Accidental: user (workforce member)"),
         s("Send PHI over unencrypted e-mail"),
         s("Encryption depends on the sender typing a keyword"),
         s("Encryption gateway available"),
         s("Encrypt automatically on PHI patterns and block plain attachments."),
         list({"Turn on automatic encryption rules", "Train coders on secure messaging"}),
         list({"164.312(e)(1)", "164.312(e)(2)(ii)"})},
        {s("Weak passwords on workstations"),
         {K::WorkstationFleet, K::Application},
         s("Adversarial: outsider (individual)"),
         s("Conduct brute-force login and password-guessing attacks"),
         s("Eight-character passwords without lockout"),
         s("Password complexity rules"),
         s("Require 14-character passphrases, lockout and MFA for remote access."),
         list({"Raise the password length", "Enable account lockout"}),
         list({"164.308(a)(5)(ii)(D)", "164.312(d)"})},
        {s("Paper left unattended at the intake desk"),
         {K::PaperFax},
         s("Accidental: user (workforce member)"),
         s("Sensitive paper viewed by visitors or cleaning staff"),
         s("No clean-desk rule; shred bin far from the desk"),
         s("Office badge access"),
         s("Adopt a clean-desk rule and place locked shred bins at each station."),
         list({"Place locked shred bins", "Walk-through checks each month"}),
         list({"164.310(b)", "164.310(c)", "164.310(d)(2)(i)"})},
        {s("Workstations left logged in"),
         {K::WorkstationFleet},
         s("Adversarial: insider (workforce member)"),
         s("Use another workforce member's unattended session"),
         s("Automatic logoff set to 60 minutes"),
         s("Screen lock policy"),
         s("Lock screens after 10 minutes of inactivity."),
         list({"Set 10-minute screen lock by policy"}),
         list({"164.312(a)(2)(iii)", "164.310(b)"})},
        {s("Emergency access to coding platform not planned"),
         {K::Application},
         s("Structural: software (application failure)"),
         s("Identity provider outage blocks every login"),
         s("No break-glass accounts"),
         s("Vendor support line"),
         s("Create sealed break-glass accounts and test them twice a year."),
         list({"Create break-glass accounts", "Test emergency access"}),
         list({"164.312(a)(2)(ii)", "164.308(a)(7)(ii)(C)"})},
    };
    return all;
}

const QStringList& DemoRiskLibrary::acceptanceRationales()
{
    static const QStringList list = {
        s("Residual risk is low; the remaining control costs more than the exposure."),
        s("Compensating controls are in place until the platform is replaced next year."),
        s("The client hosts the system and controls this setting; documented in the BAA."),
        s("Likelihood is very low given the volume; reviewed with the Chief Executive."),
    };
    return list;
}

const QStringList& DemoRiskLibrary::transferPlans()
{
    static const QStringList list = {
        s("Transferred to the hosting provider under the BAA and covered by cyber insurance."),
        s("Cyber liability policy covers notification and credit monitoring costs."),
        s("The clearinghouse assumes this risk contractually; we review its SOC 2 yearly."),
    };
    return list;
}

} // namespace palisade
