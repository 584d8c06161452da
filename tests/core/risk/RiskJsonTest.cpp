#include "core/risk/RiskJson.h"

#include "core/util/CanonicalJson.h"

#include <QJsonArray>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {

Risk fullRisk()
{
    Risk risk;
    risk.id = 42;
    risk.title = QStringLiteral("Lost laptop with \"claims\" export");
    risk.description = QStringLiteral("Line one\nline two, café");
    risk.assetIds = {3, 17};
    risk.threatSource = QStringLiteral("Accidental");
    risk.threatEvent = QStringLiteral("Device left in a taxi");
    risk.vulnerability = QStringLiteral("No disk encryption");
    risk.existingControls = QStringLiteral("Asset tags");
    risk.inherent = RiskRating{RiskLevel::High, RiskLevel::VeryHigh};
    risk.inherentLevel = RiskLevel::VeryHigh;
    risk.treatment = RiskTreatment::Accept;
    risk.treatmentPlan = QStringLiteral("Accept until the fleet is replaced");
    risk.residual = RiskRating{RiskLevel::Low, RiskLevel::Moderate};
    risk.residualLevel = RiskLevel::Low;
    risk.owner = QStringLiteral("Dana Whitfield");
    risk.status = RiskStatus::Accepted;
    risk.identifiedOn = QDate(2025, 3, 4);
    risk.dueOn = QDate(2026, 1, 31);
    risk.acceptance.approver = QStringLiteral("Chief Executive");
    risk.acceptance.acceptedOn = QDate(2025, 4, 1);
    risk.acceptance.rationale = QStringLiteral("Replacement budgeted");
    risk.acceptance.expiresOn = QDate(2026, 4, 1);
    risk.lastAssessedOn = QDate(2025, 4, 1);
    risk.nextReassessmentOn = QDate(2026, 4, 1);
    risk.citations = {QStringLiteral("164.308(a)(1)(ii)(B)"), QStringLiteral("164.310(d)(1)")};
    return risk;
}

// The form the audit trail has always recorded, member for member.
QJsonObject recordedForm(const Risk& risk)
{
    const auto date = [](const QDate& day) {
        return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue();
    };
    const auto level = [](const std::optional<RiskLevel>& value) {
        return value ? QJsonValue(riskLevelKey(*value)) : QJsonValue();
    };
    QJsonArray assets;
    for (const qint64 id : risk.assetIds)
        assets.append(QString::number(id));
    return QJsonObject{
        {QStringLiteral("id"), QString::number(risk.id)},
        {QStringLiteral("title"), risk.title},
        {QStringLiteral("description"), risk.description},
        {QStringLiteral("asset_ids"), assets},
        {QStringLiteral("threat_source"), risk.threatSource},
        {QStringLiteral("threat_event"), risk.threatEvent},
        {QStringLiteral("vulnerability"), risk.vulnerability},
        {QStringLiteral("existing_controls"), risk.existingControls},
        {QStringLiteral("likelihood"), riskLevelKey(risk.inherent.likelihood)},
        {QStringLiteral("impact"), riskLevelKey(risk.inherent.impact)},
        {QStringLiteral("inherent_level"), riskLevelKey(risk.inherentLevel)},
        {QStringLiteral("treatment"), riskTreatmentKey(risk.treatment)},
        {QStringLiteral("treatment_plan"), risk.treatmentPlan},
        {QStringLiteral("residual_likelihood"),
         level(risk.residual ? std::optional(risk.residual->likelihood) : std::nullopt)},
        {QStringLiteral("residual_impact"),
         level(risk.residual ? std::optional(risk.residual->impact) : std::nullopt)},
        {QStringLiteral("residual_level"), level(risk.residualLevel)},
        {QStringLiteral("owner"), risk.owner},
        {QStringLiteral("status"), riskStatusKey(risk.status)},
        {QStringLiteral("identified_on"), date(risk.identifiedOn)},
        {QStringLiteral("due_on"), date(risk.dueOn)},
        {QStringLiteral("accepted_by"), risk.acceptance.approver},
        {QStringLiteral("accepted_on"), date(risk.acceptance.acceptedOn)},
        {QStringLiteral("acceptance_rationale"), risk.acceptance.rationale},
        {QStringLiteral("acceptance_expires_on"), date(risk.acceptance.expiresOn)},
        {QStringLiteral("last_assessed_on"), date(risk.lastAssessedOn)},
        {QStringLiteral("next_reassessment_on"), date(risk.nextReassessmentOn)},
        {QStringLiteral("closed_on"), date(risk.closedOn)},
        {QStringLiteral("citations"), QJsonArray::fromStringList(risk.citations)},
    };
}

} // namespace

TEST_CASE("A risk's audit JSON is written byte for byte as it has always been recorded",
          "[risk][json]")
{
    SECTION("every field set")
    {
        const Risk risk = fullRisk();
        CHECK(RiskJson::toJsonText(risk).bytes() == canonicalJson(recordedForm(risk)));
    }
    SECTION("a new risk with nothing optional")
    {
        Risk risk;
        risk.id = 7;
        risk.title = QStringLiteral("Unpatched server");
        risk.identifiedOn = QDate(2026, 1, 2);
        const QByteArray text = RiskJson::toJsonText(risk).bytes();
        CHECK(text == canonicalJson(recordedForm(risk)));
        CHECK(text.contains("\"residual_level\":null"));
        CHECK(text.contains("\"due_on\":null"));
        CHECK(text.contains("\"asset_ids\":[]"));
    }
}

TEST_CASE("A risk read back from its audit JSON is the risk written", "[risk][json]")
{
    Risk risk = fullRisk();
    const Result<Risk> read = RiskJson::riskFromJson(RiskJson::toJson(risk));
    REQUIRE(read);
    // Levels are recomputed by the register, and timestamps are not recorded.
    Risk expected = risk;
    expected.inherentLevel = read->inherentLevel;
    expected.residualLevel = read->residualLevel;
    CHECK(*read == expected);
}
