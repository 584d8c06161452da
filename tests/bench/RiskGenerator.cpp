#include "tests/bench/RiskGenerator.h"

#include <QString>
#include <array>

namespace palisade::bench {

Risk RiskGenerator::next(int index)
{
    static const std::array assets = {QStringLiteral("billing laptop"),
                                      QStringLiteral("coder workstation"),
                                      QStringLiteral("clearinghouse SFTP"),
                                      QStringLiteral("practice management server"),
                                      QStringLiteral("fax line"),
                                      QStringLiteral("email gateway"),
                                      QStringLiteral("backup appliance"),
                                      QStringLiteral("payer portal account"),
                                      QStringLiteral("scanned EOB archive"),
                                      QStringLiteral("VPN concentrator"),
                                      QStringLiteral("mobile phone"),
                                      QStringLiteral("paper claim folder"),
                                      QStringLiteral("cloud file share"),
                                      QStringLiteral("remote coder home office"),
                                      QStringLiteral("printer"),
                                      QStringLiteral("database replica")};
    static const std::array threats = {QStringLiteral("stolen"),
                                       QStringLiteral("phishing"),
                                       QStringLiteral("ransomware"),
                                       QStringLiteral("misdirected"),
                                       QStringLiteral("misconfigured"),
                                       QStringLiteral("unpatched"),
                                       QStringLiteral("lost"),
                                       QStringLiteral("insider snooping"),
                                       QStringLiteral("credential reuse"),
                                       QStringLiteral("power failure"),
                                       QStringLiteral("vendor breach"),
                                       QStringLiteral("water damage")};
    static const std::array sources = {
        QStringLiteral("Organised criminals"), QStringLiteral("Careless employee"),
        QStringLiteral("Former employee"),     QStringLiteral("Business associate"),
        QStringLiteral("Natural hazard"),      QStringLiteral("Opportunistic thief")};
    static const std::array vulnerabilities = {
        QStringLiteral("No full-disk encryption"),
        QStringLiteral("Shared passwords and no multi-factor authentication"),
        QStringLiteral("Patches applied irregularly"),
        QStringLiteral("Access not removed at termination"),
        QStringLiteral("No data loss prevention on outbound mail"),
        QStringLiteral("Backups untested and kept on site")};
    static const std::array first = {QStringLiteral("Dana"),   QStringLiteral("Sam"),
                                     QStringLiteral("Priya"),  QStringLiteral("Jordan"),
                                     QStringLiteral("Lee"),    QStringLiteral("Maria"),
                                     QStringLiteral("Tomasz"), QStringLiteral("Aisha"),
                                     QStringLiteral("Chris"),  QStringLiteral("Hannah")};
    static const std::array last = {QStringLiteral("Whitfield"), QStringLiteral("Ortiz"),
                                    QStringLiteral("Nair"),      QStringLiteral("Becker"),
                                    QStringLiteral("Okafor"),    QStringLiteral("Lindqvist")};

    const auto pick = [this](const auto& list) -> const QString& {
        return list[std::uniform_int_distribution<size_t>(0, list.size() - 1)(m_random)];
    };
    const auto level = [this] {
        return allRiskLevels()[std::uniform_int_distribution<size_t>(0, 4)(m_random)];
    };
    const QString& asset = pick(assets);
    const QString& threat = pick(threats);
    Risk risk;
    risk.title = QStringLiteral("%1 %2 (site %3)").arg(asset, threat).arg(index % 997);
    risk.description =
        QStringLiteral("The %1 could be %2, exposing claims and diagnosis codes of up to "
                       "%3 patients.")
            .arg(asset, threat)
            .arg(100 + index % 5000);
    risk.owner = pick(first) + QLatin1Char(' ') + pick(last);
    risk.threatSource = pick(sources);
    risk.threatEvent = QStringLiteral("%1 %2").arg(asset, threat);
    risk.vulnerability = pick(vulnerabilities);
    risk.inherent = RiskRating{level(), level()};
    risk.identifiedOn =
        QDate(2024, 1, 1).addDays(std::uniform_int_distribution<int>(0, 780)(m_random));
    if (std::uniform_int_distribution<int>(0, 9)(m_random) < 8)
        risk.dueOn =
            risk.identifiedOn.addDays(std::uniform_int_distribution<int>(30, 720)(m_random));
    const int kind = std::uniform_int_distribution<int>(0, 9)(m_random);
    if (kind >= 4) {
        risk.treatment = RiskTreatment::Mitigate;
        risk.treatmentPlan = QStringLiteral("Encrypt, patch and train; check quarterly.");
        risk.status = RiskStatus::InRemediation;
    }
    if (kind >= 7)
        risk.residual = RiskRating{RiskLevel::Low, level()};
    if (kind == 9) {
        risk.status = RiskStatus::Closed;
    }
    return risk;
}

} // namespace palisade::bench
