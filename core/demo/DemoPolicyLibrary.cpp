#include "core/demo/DemoPolicyLibrary.h"

#include "core/demo/DemoRandom.h"

namespace palisade {
namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

const std::vector<DemoPolicyTopic>& DemoPolicyLibrary::topics()
{
    using C = PolicyCategory;
    static const std::vector<DemoPolicyTopic> list{
        {s("Client EHR account management"),
         C::Security,
         s("Outpatient Coding"),
         {s("164.308(a)(4)(ii)(B)"), s("164.308(a)(4)(ii)(C)")}},
        {s("Remote coding workspace"), C::Security, {}, {s("164.310(b)"), s("164.310(c)")}},
        {s("Coding query communication"), C::Privacy, s("Inpatient Coding"), {}},
        {s("Chart retrieval from client systems"), C::Privacy, s("Professional Fee Coding"), {}},
        {s("Coding audit sampling"), C::Administrative, s("Coding Quality and Education"), {}},
        {s("Clinical documentation queries"),
         C::Privacy,
         s("Clinical Documentation Improvement"),
         {}},
        {s("Claim submission and correction"), C::Administrative, s("Billing and Claims"), {}},
        {s("Patient statement handling"), C::Privacy, s("Billing and Claims"), {}},
        {s("Payer portal credentials"),
         C::Security,
         s("Accounts Receivable Follow-up"),
         {s("164.312(d)")}},
        {s("Appeal letter preparation"), C::Privacy, s("Denials Management"), {}},
        {s("Remittance and lockbox handling"),
         C::Security,
         s("Payment Posting"),
         {s("164.310(d)(1)")}},
        {s("Release of information requests"), C::Privacy, s("Release of Information"), {}},
        {s("Client onboarding and data intake"),
         C::Administrative,
         s("Client Services"),
         {s("164.308(b)(1)")}},
        {s("Server hardening"),
         C::Security,
         s("Information Technology"),
         {s("164.308(a)(1)(ii)(B)")}},
        {s("Patch management"),
         C::Security,
         s("Information Technology"),
         {s("164.308(a)(5)(ii)(B)")}},
        {s("Backup and restore testing"),
         C::Security,
         s("Information Technology"),
         {s("164.308(a)(7)(ii)(A)"), s("164.308(a)(7)(ii)(D)")}},
        {s("Firewall and VPN administration"),
         C::Security,
         s("Information Technology"),
         {s("164.312(e)(1)")}},
        {s("Log review"),
         C::Security,
         s("Information Technology"),
         {s("164.308(a)(1)(ii)(D)"), s("164.312(b)")}},
        {s("Encryption key management"),
         C::Security,
         s("Information Technology"),
         {s("164.312(a)(2)(iv)")}},
        {s("Media disposal and re-use"),
         C::Security,
         s("Information Technology"),
         {s("164.310(d)(2)(i)"), s("164.310(d)(2)(ii)")}},
        {s("Workforce clearance and onboarding"),
         C::Administrative,
         s("Human Resources"),
         {s("164.308(a)(3)(ii)(B)")}},
        {s("Termination and access removal"),
         C::Administrative,
         s("Human Resources"),
         {s("164.308(a)(3)(ii)(C)")}},
        {s("Vendor payment records"), C::Administrative, s("Finance"), {}},
        {s("Acceptable use of company systems"), C::Security, {}, {s("164.310(b)")}},
        {s("Clean desk and clear screen"), C::Security, {}, {s("164.310(c)")}},
        {s("Password and passphrase"), C::Security, {}, {s("164.308(a)(5)(ii)(D)")}},
        {s("Mobile device use"), C::Security, {}, {s("164.310(d)(1)")}},
        {s("E-mail and secure messaging"), C::Security, {}, {s("164.312(e)(1)")}},
        {s("Reporting security incidents"), C::BreachNotification, {}, {s("164.308(a)(6)(ii)")}},
        {s("Visitor access"), C::Security, {}, {s("164.310(a)(2)(iii)")}},
        {s("Social media and public statements"), C::Privacy, {}, {}},
        {s("Use of artificial intelligence tools"), C::Privacy, {}, {}},
    };
    return list;
}

const QStringList& DemoPolicyLibrary::documentKinds()
{
    static const QStringList list = {s("Policy"),    s("Procedure"),        s("Standard"),
                                     s("Guideline"), s("Checklist"),        s("Work instruction"),
                                     s("Playbook"),  s("Review procedure"), s("Quick reference")};
    return list;
}

QString DemoPolicyLibrary::codePrefix(PolicyCategory category)
{
    switch (category) {
    case PolicyCategory::Privacy:
        return s("PRV");
    case PolicyCategory::Security:
        return s("SEC");
    case PolicyCategory::BreachNotification:
        return s("BRN");
    case PolicyCategory::Administrative:
        return s("ADM");
    }
    return s("ADM");
}

QString DemoPolicyLibrary::content(const QString& title, const QString& organization,
                                   const QString& audience)
{
    const QString who =
        audience.isEmpty() ? s("every workforce member") : s("every member of %1").arg(audience);
    return s("## Purpose\n\nThis document sets out how %1 handles %2, so that protected health "
             "information stays confidential, intact and available.\n\n"
             "## Scope\n\nIt applies to %3, including remote staff and contractors.\n\n"
             "## Requirements\n\n"
             "1. Follow the steps below every time; do not work around them.\n"
             "2. Use only company systems and accounts for this work.\n"
             "3. Keep the minimum necessary PHI, and only for as long as the work needs it.\n"
             "4. Report anything unusual to the Privacy and Security Officer the same day.\n\n"
             "## Review\n\nThe owner reviews this document at least once a year and after any "
             "incident that involves it.\n")
        .arg(organization, title.toLower(), who);
}

QString DemoPolicyLibrary::revise(const QString& content, int number, DemoRandom& random,
                                  QString& changeSummary)
{
    static const struct
    {
        const char* summary;
        const char* paragraph;
    } changes[] = {
        {"Added multi-factor authentication for remote access.",
         "Sign in with multi-factor authentication whenever you work from outside the office.\n"},
        {"Shortened the incident reporting window to one hour.",
         "Report a suspected incident within one hour of noticing it.\n"},
        {"Named the new ticketing system for requests.",
         "Log each request in the service desk so that it can be traced.\n"},
        {"Clarified the minimum necessary rule for exports.",
         "Export only the fields the task needs; never whole charts.\n"},
        {"Added the annual attestation step.",
         "Confirm once a year, in the learning system, that you have read this document.\n"},
        {"Updated for the move to the secondary data center.",
         "Use the secondary data center's address for any recovery work.\n"},
    };
    const auto& change = changes[random.between(0, int(std::size(changes)) - 1)];
    changeSummary = s("Annual review (revision %1): %2").arg(number).arg(s(change.summary));
    // Each revision replaces the previous revision's note of what changed.
    const QString heading = s("\n## Changes in this revision\n\n");
    QString revised = content;
    const int previous = revised.indexOf(heading);
    if (previous >= 0)
        revised.truncate(previous);
    return revised.trimmed() + QLatin1Char('\n') + heading + s(change.paragraph);
}

} // namespace palisade
