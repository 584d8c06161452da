#include "core/evidence/RiskPackSection.h"

#include "core/evidence/PackDates.h"
#include "core/program/Program.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskRegister.h"
#include "core/util/Sha256.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/evidence/PackSectionTesting.h"
#include "tests/support/TemporaryProgram.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

const QDate periodFrom(2026, 1, 1);
const QDate periodTo(2026, 6, 30);

void setDay(TemporaryProgram& fixture, const QDate& day)
{
    // Midday UTC stays on the same calendar day in every time zone the tests run in.
    fixture.clock().set(QDateTime(day, QTime(12, 0), Qt::UTC));
}

PackRequest period()
{
    PackRequest request;
    request.from = periodFrom;
    request.to = periodTo;
    request.sections = {PackSection::Risks};
    return request;
}

Risk risk(const QString& title, RiskLevel likelihood, RiskLevel impact, const QDate& identified)
{
    Risk value;
    value.title = title;
    value.owner = QStringLiteral("Sam Ortiz");
    value.inherent = RiskRating{likelihood, impact};
    value.identifiedOn = identified;
    return value;
}

RemediationTask task(qint64 riskId, const QString& title, const QDate& due)
{
    RemediationTask value;
    value.riskId = riskId;
    value.title = title;
    value.owner = QStringLiteral("IT");
    value.dueOn = due;
    return value;
}

// A register with one risk and task of each kind the section reports on:
// remediation done before and inside the period, open tasks overdue and on
// schedule, and an acceptance that lapsed before the period's end.
struct RiskProgram
{
    Risk laptop;
    Risk phishing;
    Risk fax;
    RemediationTask doneBefore;
    RemediationTask doneInside;
    RemediationTask overdue;
    RemediationTask onSchedule;

    explicit RiskProgram(TemporaryProgram& fixture)
    {
        Program& program = fixture.program();
        RiskRegister& risks = program.risks();
        setDay(fixture, QDate(2025, 11, 3));
        Asset asset;
        asset.name = QStringLiteral("Coding laptops");
        asset.kind = AssetKind::WorkstationFleet;
        asset.owner = QStringLiteral("IT");
        asset = program.assets().add(asset).value();

        Risk stolen = risk(QStringLiteral("Stolen coding laptop"), RiskLevel::Moderate,
                           RiskLevel::High, QDate(2025, 11, 3));
        stolen.assetIds = {asset.id};
        laptop = risks.add(stolen).value();
        laptop.status = RiskStatus::InRemediation;
        laptop.treatment = RiskTreatment::Mitigate;
        laptop.treatmentPlan = QStringLiteral("Full-disk encryption on every laptop");
        laptop = risks.update(laptop).value();
        doneBefore = risks
                         .addTask(task(laptop.id, QStringLiteral("Inventory the laptops"),
                                       QDate(2025, 12, 1)))
                         .value();
        setDay(fixture, QDate(2025, 12, 10));
        doneBefore.status = TaskStatus::Done;
        doneBefore.completedOn = QDate(2025, 12, 10);
        doneBefore = risks.updateTask(doneBefore).value();

        setDay(fixture, QDate(2026, 2, 2));
        phishing = risks
                       .add(risk(QStringLiteral("Phishing of EHR credentials"), RiskLevel::High,
                                 RiskLevel::VeryHigh, QDate(2026, 2, 2)))
                       .value();
        doneInside =
            risks.addTask(task(laptop.id, QStringLiteral("Turn on BitLocker"), QDate(2026, 3, 1)))
                .value();
        overdue = risks
                      .addTask(task(laptop.id, QStringLiteral("Check encryption monthly"),
                                    QDate(2026, 5, 1)))
                      .value();
        onSchedule = risks
                         .addTask(task(laptop.id, QStringLiteral("Replace the oldest laptops"),
                                       QDate(2026, 9, 30)))
                         .value();

        setDay(fixture, QDate(2026, 2, 20));
        doneInside.status = TaskStatus::Done;
        doneInside.completedOn = QDate(2026, 2, 19);
        doneInside = risks.updateTask(doneInside).value();

        Risk misdirected = risk(QStringLiteral("Misdirected referral fax"), RiskLevel::Low,
                                RiskLevel::Moderate, QDate(2026, 2, 20));
        misdirected.status = RiskStatus::Accepted;
        misdirected.treatment = RiskTreatment::Accept;
        misdirected.residual = RiskRating{RiskLevel::VeryLow, RiskLevel::Moderate};
        misdirected.acceptance =
            RiskAcceptance{QStringLiteral("Dana Whitfield"), QDate(2026, 2, 20),
                           QStringLiteral("Few faxes, each with a cover"), QDate(2026, 5, 31)};
        fax = risks.add(misdirected).value();
    }
};

// Counted from the live register, not the replay: what existed at the end of
// the period's last day, and the tasks the section must show.
int recordsInDatabase(Program& program, const PackRequest& request)
{
    int count = 0;
    const std::vector<Risk> risks = program.risks().risks().value();
    const std::vector<RemediationTask> tasks = program.risks().allTasks().value();
    for (const Risk& each : risks)
        count += PackDates::existedOn(each.createdAt, request.to) ? 1 : 0;
    for (const RemediationTask& each : tasks) {
        if (!PackDates::existedOn(each.createdAt, request.to))
            continue;
        const bool doneInPeriod =
            each.status == TaskStatus::Done && PackDates::inPeriod(each.completedOn, request);
        count += doneInPeriod || isOpenTaskStatus(each.status) ? 1 : 0;
    }
    return count;
}

} // namespace

TEST_CASE("The risk section states the register as it stood at the end of the period",
          "[evidence][risks]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    RiskProgram sample(fixture);
    setDay(fixture, QDate(2026, 4, 1));

    Result<PackSectionContent> first = RiskPackSection::build(program, period());
    REQUIRE(first.ok());
    CHECK(first->section == PackSection::Risks);
    // Three risks, plus one task done in the period and two open at its end.
    CHECK(first->recordCount == 6);
    CHECK(first->recordCount == recordsInDatabase(program, period()));

    const QString text = sectionText(*first);
    CHECK(text.contains(QStringLiteral("NIST SP 800-30")));
    CHECK(text.contains(QStringLiteral("Stolen coding laptop")));
    CHECK(text.contains(QStringLiteral("Coding laptops")));
    CHECK(text.contains(QStringLiteral("Turn on BitLocker")));
    CHECK(text.contains(QStringLiteral("Check encryption monthly %1 Stolen coding laptop IT "
                                       "Open 2026-05-01 Overdue")
                            .arg(riskReference(sample.laptop.id))));
    CHECK(text.contains(QStringLiteral("2026-09-30 On schedule")));
    // Work finished before the period is not its activity.
    CHECK_FALSE(text.contains(QStringLiteral("Inventory the laptops")));
    CHECK(text.contains(QStringLiteral("Dana Whitfield 2026-02-20 2026-05-31 Expired")));
    // The most severe inherent level first.
    CHECK(text.indexOf(QStringLiteral("Phishing of EHR credentials")) <
          text.indexOf(QStringLiteral("Stolen coding laptop")));

    const auto figures =
        std::count_if(first->blocks.begin(), first->blocks.end(), [](const PackBlock& block) {
            return std::holds_alternative<packblock::Figure>(block);
        });
    CHECK(figures == 1);

    // A change inside the period changes the data the manifest vouches for.
    setDay(fixture, QDate(2026, 4, 2));
    Risk changed = program.risks().risk(sample.phishing.id).value();
    changed.owner = QStringLiteral("Dana Whitfield");
    REQUIRE(program.risks().update(changed).ok());
    Result<PackSectionContent> second = RiskPackSection::build(program, period());
    REQUIRE(second.ok());
    CHECK(second->canonicalData != first->canonicalData);
    CHECK(second->recordCount == first->recordCount);

    // A risk and a task recorded after the period's end are not in it.
    setDay(fixture, QDate(2026, 7, 10));
    const Risk later = program.risks()
                           .add(risk(QStringLiteral("Ransomware on the billing server"),
                                     RiskLevel::VeryHigh, RiskLevel::VeryHigh, QDate(2026, 7, 10)))
                           .value();
    REQUIRE(program.risks()
                .addTask(task(later.id, QStringLiteral("Offline backups"), QDate(2026, 8, 1)))
                .ok());
    Result<PackSectionContent> third = RiskPackSection::build(program, period());
    REQUIRE(third.ok());
    CHECK(third->canonicalData == second->canonicalData);
    CHECK(third->recordCount == 6);
    CHECK(third->recordCount == recordsInDatabase(program, period()));
    CHECK_FALSE(sectionText(*third).contains(QStringLiteral("Ransomware")));
    CHECK_FALSE(sectionText(*third).contains(QStringLiteral("Offline backups")));
    CHECK_FALSE(third->canonicalData.contains("Ransomware"));

    // Exported whole and read back.
    const PdfDocument pdf = exportAndRead(
        program, periodFrom, periodTo, {PackSection::Overview, PackSection::Risks}, fixture.dir());
    const QString pdfText = readableText(pdf);
    CHECK(pdfText.contains(packSectionTitle(PackSection::Risks)));
    CHECK(pdfText.contains(QStringLiteral("Stolen coding laptop")));
    CHECK(pdfText.contains(QStringLiteral("Inherent risk")));
    CHECK(pdfText.contains(QStringLiteral("Residual risk")));
    CHECK_FALSE(pdfText.contains(QStringLiteral("Ransomware")));
    CHECK(manifestCount(pdf, PackSection::Risks) == recordsInDatabase(program, period()));
}

TEST_CASE("The risk section of an empty program says it holds no records", "[evidence][risks]")
{
    TemporaryProgram fixture;
    setDay(fixture, QDate(2026, 7, 1));
    Result<PackSectionContent> content = RiskPackSection::build(fixture.program(), period());
    REQUIRE(content.ok());
    CHECK(content->recordCount == 0);
    const QString text = sectionText(*content);
    CHECK(text.contains(QStringLiteral("The register held no risks on 2026-06-30.")));
    CHECK(text.contains(QStringLiteral("No remediation task was completed in the period.")));
    CHECK(text.contains(QStringLiteral("No risk was accepted on 2026-06-30.")));
    CHECK(sha256Hex(content->canonicalData).size() == 64);

    const PdfDocument pdf =
        exportAndRead(fixture.program(), periodFrom, periodTo, {PackSection::Risks}, fixture.dir());
    CHECK(readableText(pdf).contains(QStringLiteral("The register held no risks on 2026-06-30.")));
    CHECK(manifestCount(pdf, PackSection::Risks) == 0);
}
