#include "core/vendors/BaaProvision.h"

#include <QCoreApplication>

namespace palisade {
namespace {

QString label(const char* text)
{
    return QCoreApplication::translate("palisade::BaaProvision", text);
}

std::vector<BaaProvision> build()
{
    return {
        {QStringLiteral("permitted_uses"), QStringLiteral("164.504(e)(2)(i)"),
         label(QT_TRANSLATE_NOOP(
             "palisade::BaaProvision",
             "Establishes the permitted and required uses and disclosures of PHI"))},
        {QStringLiteral("no_other_uses"), QStringLiteral("164.504(e)(2)(ii)(A)"),
         label(QT_TRANSLATE_NOOP("palisade::BaaProvision", "Forbids any other use or disclosure"))},
        {QStringLiteral("safeguards"), QStringLiteral("164.504(e)(2)(ii)(B)"),
         label(QT_TRANSLATE_NOOP(
             "palisade::BaaProvision",
             "Requires appropriate safeguards, and Security Rule compliance for ePHI"))},
        {QStringLiteral("report_disclosures"), QStringLiteral("164.504(e)(2)(ii)(C)"),
         label(QT_TRANSLATE_NOOP(
             "palisade::BaaProvision",
             "Requires reporting of non-permitted uses or disclosures, security incidents "
             "and breaches"))},
        {QStringLiteral("subcontractors"), QStringLiteral("164.504(e)(2)(ii)(D)"),
         label(QT_TRANSLATE_NOOP(
             "palisade::BaaProvision",
             "Flows the same restrictions and conditions down to subcontractors"))},
        {QStringLiteral("individual_access"), QStringLiteral("164.504(e)(2)(ii)(E)"),
         label(QT_TRANSLATE_NOOP("palisade::BaaProvision",
                                 "Makes PHI available for individuals' access (164.524)"))},
        {QStringLiteral("amendment"), QStringLiteral("164.504(e)(2)(ii)(F)"),
         label(QT_TRANSLATE_NOOP("palisade::BaaProvision",
                                 "Makes PHI available for amendment (164.526)"))},
        {QStringLiteral("accounting"), QStringLiteral("164.504(e)(2)(ii)(G)"),
         label(QT_TRANSLATE_NOOP("palisade::BaaProvision",
                                 "Provides what an accounting of disclosures needs (164.528)"))},
        {QStringLiteral("privacy_duties"), QStringLiteral("164.504(e)(2)(ii)(H)"),
         label(QT_TRANSLATE_NOOP(
             "palisade::BaaProvision",
             "Complies with the Privacy Rule when carrying out the covered entity's duties"))},
        {QStringLiteral("hhs_access"), QStringLiteral("164.504(e)(2)(ii)(I)"),
         label(QT_TRANSLATE_NOOP("palisade::BaaProvision",
                                 "Opens internal practices, books and records to HHS"))},
        {QStringLiteral("return_destroy"), QStringLiteral("164.504(e)(2)(ii)(J)"),
         label(QT_TRANSLATE_NOOP(
             "palisade::BaaProvision",
             "Returns or destroys PHI at termination, or extends protections if that is "
             "infeasible"))},
        {QStringLiteral("termination"), QStringLiteral("164.504(e)(2)(iii)"),
         label(QT_TRANSLATE_NOOP("palisade::BaaProvision",
                                 "Allows termination for a material breach"))},
        {QStringLiteral("security_rule"), QStringLiteral("164.314(a)(2)(i)(A)"),
         label(
             QT_TRANSLATE_NOOP("palisade::BaaProvision",
                               "Complies with the applicable requirements of the Security Rule"))},
        {QStringLiteral("subcontractor_security"), QStringLiteral("164.314(a)(2)(i)(B)"),
         label(QT_TRANSLATE_NOOP(
             "palisade::BaaProvision",
             "Ensures subcontractors that handle ePHI agree to the same requirements"))},
        {QStringLiteral("incident_reporting"), QStringLiteral("164.314(a)(2)(i)(C)"),
         label(QT_TRANSLATE_NOOP(
             "palisade::BaaProvision",
             "Reports security incidents, including breaches of unsecured PHI (164.410)"))},
    };
}

} // namespace

const std::vector<BaaProvision>& BaaProvision::all()
{
    // Built on first use so the labels follow the translator installed at start.
    static const std::vector<BaaProvision> provisions = build();
    return provisions;
}

const BaaProvision* BaaProvision::find(const QString& key)
{
    for (const BaaProvision& provision : all()) {
        if (provision.key == key)
            return &provision;
    }
    return nullptr;
}

std::vector<ProvisionCheck> BaaProvision::checklist(const std::vector<ProvisionCheck>& marked)
{
    std::vector<ProvisionCheck> out;
    for (const BaaProvision& provision : all()) {
        ProvisionCheck check{provision.key, ProvisionState::Unchecked, {}};
        for (const ProvisionCheck& given : marked) {
            if (given.provision == provision.key)
                check = given;
        }
        out.push_back(check);
    }
    return out;
}

} // namespace palisade
