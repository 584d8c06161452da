#include "core/demo/DemoIncidentLibrary.h"

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

using R = FactorRating;
using K = IncidentKind;

} // namespace

const std::vector<DemoIncidentScenario>& DemoIncidentLibrary::scenarios()
{
    static const std::vector<DemoIncidentScenario> list_{
        {s("Remittance advice e-mailed to the wrong clinic"),
         K::MisdirectedCommunication,
         s("A billing specialist sent an 835 remittance summary for one client to another client "
           "practice with a similar name. The recipient's office manager reported it and deleted "
           "the message."),
         list({"Names", "Claim numbers", "Payment amounts"}),
         false,
         true,
         20,
         60,
         {R::Moderate, R::Low, R::Low, R::Low},
         {s("Names with claim numbers and paid amounts; no diagnoses or SSNs."),
          s("Another covered entity, itself bound by HIPAA."),
          s("The recipient confirmed it opened the file only to identify it."),
          s("Written attestation of deletion received the next day.")},
         s("Low probability of compromise: another covered entity received it and attested its "
           "deletion."),
         s("Recipient attested deletion; the address book entry was corrected."),
         list({"Remove auto-complete for external addresses", "Coach the billing team"})},
        {s("Coding laptop stolen from a car"),
         K::LostOrStolenDevice,
         s("A coder's laptop was taken from a parked car. It held a working export of encounters "
           "for coding review."),
         list({"Names", "Dates of birth", "Diagnosis codes", "Procedure codes"}),
         false,
         false,
         80,
         420,
         {R::High, R::High, R::Moderate, R::Moderate},
         {s("Names with dates of birth, diagnosis and procedure codes: identifying and sensitive."),
          s("An unknown thief with no duty to protect the information."),
          s("Not recovered; whether the files were opened is unknown."),
          s("Accounts and VPN access revoked within hours; remote wipe queued.")},
         s("Unsecured PHI in the hands of an unknown person: a breach."),
         s("Police report filed; accounts, VPN certificate and EHR access revoked."),
         list({"Enforce full-disk encryption on every laptop",
               "Remind the workforce never to leave devices in vehicles"})},
        {s("Phishing gives access to a billing mailbox"),
         K::PhishingCompromise,
         s("A billing specialist entered credentials on a fake payer portal page. The attacker "
           "read the mailbox for two days before a forwarding rule was noticed."),
         list({"Names", "Account numbers", "Explanations of benefits"}),
         false,
         false,
         30,
         350,
         {R::Moderate, R::High, R::Moderate, R::Moderate},
         {s("Explanations of benefits and statements in the mailbox."),
          s("A criminal group harvesting mailboxes."),
          s("Sign-in logs show the mailbox was read; attachments may have been downloaded."),
          s("Password reset, sessions revoked and the forwarding rule removed.")},
         s("The mailbox was accessed by an attacker: a breach."),
         s("Password reset, sessions revoked, forwarding rule removed, MFA enforced."),
         list({"Enforce MFA on every mailbox", "Block automatic forwarding outside the firm"})},
        {s("Chart attached to the wrong patient's coding query"),
         K::WrongPatientAttachment,
         s("A coder attached the wrong patient's operative note to a query sent through a "
           "client's EHR messaging."),
         list({"Names", "Operative notes"}),
         false,
         true,
         1,
         3,
         {R::High, R::Low, R::Low, R::Low},
         {s("A full operative note of one patient."), s("A physician of the same covered entity."),
          s("The physician recognised the error before reading it."),
          s("The message was recalled inside the EHR.")},
         s("Low probability: disclosed within the same covered entity to a physician bound by "
           "HIPAA, and recalled."),
         s("Message recalled; the clinic's privacy officer informed."),
         list({"Add a patient-match check to the query template"})},
        {s("Former coder used an old client EHR account"),
         K::UnauthorizedAccess,
         s("A client's access review found logins by a coder who had left the firm; the clinic's "
           "account had not been disabled."),
         list({"Names", "Dates of birth", "Clinical notes"}),
         false,
         false,
         40,
         300,
         {R::High, R::Moderate, R::High, R::Low},
         {s("Clinical notes with names and dates of birth."),
          s("A former workforce member no longer bound by our policies."),
          s("The EHR audit log shows charts were opened."),
          s("The account was disabled once found, weeks after the termination.")},
         s("Charts were viewed without authorization: a breach."),
         s("The account was disabled and the clinic's audit log preserved."),
         list({"Track every client EHR account per coder",
               "Confirm EHR account removal at each termination"})},
        {s("Ransomware on a file server"),
         K::Ransomware,
         s("Ransomware encrypted the file server holding audit worksheets. Backups were restored "
           "the same week."),
         list({"Names", "Account numbers", "Diagnosis codes"}),
         false,
         false,
         150,
         480,
         {R::Moderate, R::High, R::Moderate, R::Moderate},
         {s("Audit worksheets with names and codes."),
          s("A criminal group; exfiltration could not be ruled out."),
          s("No evidence of exfiltration, but logs were incomplete."),
          s("The server was isolated and rebuilt from backup.")},
         s("Exfiltration cannot be ruled out: presumed a breach."),
         s("Server isolated, rebuilt from backup; credentials rotated."),
         list({"Segment the server network", "Make the off-site backup immutable"})},
        {s("Encrypted phone lost on a trip"),
         K::LostOrStolenDevice,
         s("A manager lost a company phone at an airport. The phone was encrypted and wiped "
           "remotely the same day."),
         list({"E-mail"}),
         true,
         true,
         0,
         0,
         {R::Low, R::Low, R::Low, R::Low},
         {s("E-mail on an encrypted device."), s("Unknown finder."),
          s("The device was locked and wiped."), s("Remote wipe confirmed.")},
         s("Secured PHI: encrypted per NIST SP 800-111 and wiped."),
         s("Remote wipe confirmed the same day."),
         list({"Confirm the phone's replacement is enrolled in device management"})},
    };
    return list_;
}

const DemoIncidentScenario& DemoIncidentLibrary::openBreach()
{
    return scenarios()[1];
}

const DemoIncidentScenario& DemoIncidentLibrary::overdueBreach()
{
    return scenarios()[4];
}

const DemoIncidentScenario& DemoIncidentLibrary::securedDevice()
{
    return scenarios()[6];
}

} // namespace palisade
