#include "core/evidence/RetentionPackSection.h"

#include "core/evidence/PackDates.h"
#include "core/program/Program.h"
#include "core/retention/RecordTypes.h"
#include "core/retention/RetentionRegister.h"
#include "core/training/PhishingRegister.h"
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
    fixture.clock().set(QDateTime(day, QTime(12, 0), Qt::UTC));
}

PackRequest period()
{
    PackRequest request;
    request.from = periodFrom;
    request.to = periodTo;
    request.sections = {PackSection::Retention};
    return request;
}

// Holds placed by the period's end and not released before it began, and
// disposals within it, counted from the register.
int recordsInDatabase(Program& program)
{
    int count = 0;
    const std::vector<LegalHold> holds = program.retention().holds(true).value();
    for (const LegalHold& hold : holds) {
        const bool releasedBefore =
            hold.releasedAt.isValid() && PackDates::localDay(hold.releasedAt) < periodFrom;
        count += PackDates::localDay(hold.placedAt) <= periodTo && !releasedBefore;
    }
    const std::vector<Disposal> disposals = program.retention().disposals().value();
    for (const Disposal& disposal : disposals) {
        const QDate day = PackDates::localDay(disposal.disposedAt);
        count += day >= periodFrom && day <= periodTo;
    }
    return count;
}

qint64 addCampaign(Program& program, const QString& templateName)
{
    PhishingCampaign campaign;
    campaign.runOn = QDate(2019, 3, 1);
    campaign.templateName = templateName;
    campaign.recipients = 12;
    return program.phishing().addCampaign(campaign).value().id;
}

// Phishing simulations of March 2019, kept until 1 March 2025: one disposed
// of before the period and one within it, a hold released before the period,
// one released within it and one on every risk placed within it.
struct RetentionProgram
{
    qint64 parcel = 0;
    qint64 password = 0;
    qint64 giftCard = 0;
    qint64 voicemail = 0;
    qint64 payroll = 0;
    qint64 riskHold = 0;

    explicit RetentionProgram(TemporaryProgram& fixture)
    {
        Program& program = fixture.program();
        RetentionRegister& retention = program.retention();
        setDay(fixture, QDate(2019, 3, 2));
        parcel = addCampaign(program, QStringLiteral("Parcel notice"));
        password = addCampaign(program, QStringLiteral("Password reset"));
        giftCard = addCampaign(program, QStringLiteral("Gift card"));
        voicemail = addCampaign(program, QStringLiteral("Voicemail"));
        payroll = addCampaign(program, QStringLiteral("Payroll update"));

        setDay(fixture, QDate(2025, 6, 1));
        const qint64 ocr = retention
                               .placeHold(recordtype::phishingCampaign(), voicemail,
                                          QStringLiteral("Records request from OCR"))
                               .value()
                               .id;
        setDay(fixture, QDate(2025, 10, 1));
        const qint64 dispute = retention
                                   .placeHold(recordtype::phishingCampaign(), giftCard,
                                              QStringLiteral("Vendor dispute"))
                                   .value()
                                   .id;
        setDay(fixture, QDate(2025, 11, 15));
        REQUIRE(retention.dispose(recordtype::phishingCampaign(), parcel).ok());
        setDay(fixture, QDate(2025, 12, 1));
        REQUIRE(retention.releaseHold(dispute, QStringLiteral("Dispute settled")).ok());
        setDay(fixture, QDate(2026, 2, 10));
        REQUIRE(retention.dispose(recordtype::phishingCampaign(), password).ok());
        setDay(fixture, QDate(2026, 3, 1));
        riskHold = retention
                       .placeHold(recordtype::risk(), std::nullopt,
                                  QStringLiteral("Litigation hold: Whitfield v. Riverbend"))
                       .value()
                       .id;
        setDay(fixture, QDate(2026, 4, 15));
        REQUIRE(retention.releaseHold(ocr, QStringLiteral("Closed by OCR")).ok());
    }
};

} // namespace

TEST_CASE("The retention section lists the rules, the period's holds and its disposals",
          "[evidence][retention]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    RetentionProgram sample(fixture);
    setDay(fixture, QDate(2026, 6, 1));
    const QString actor = program.actor();

    Result<PackSectionContent> first = RetentionPackSection::build(program, period());
    REQUIRE(first.ok());
    CHECK(first->section == PackSection::Retention);
    // The risk hold, the OCR hold and the Password reset disposal.
    CHECK(first->recordCount == 3);
    CHECK(first->recordCount == recordsInDatabase(program));

    const QString text = sectionText(*first);
    CHECK(text.contains(QStringLiteral("Training completion")));
    CHECK(text.contains(QStringLiteral("While it is open, and six years after.")));
    CHECK(text.contains(QStringLiteral("Every record of the type Risk Litigation hold: Whitfield "
                                       "v. Riverbend 2026-03-01 by %1 In force on 2026-06-30")
                            .arg(actor)));
    CHECK(text.contains(QStringLiteral("Phishing simulation Voicemail, 2019-03-01 Records request "
                                       "from OCR 2025-06-01 by %1 2026-04-15 by %1 Closed by OCR")
                            .arg(actor)));
    const std::vector<Disposal> log = program.retention().disposals().value();
    REQUIRE(log.size() == 2);
    const Disposal& password = log[1];
    CHECK(password.recordId == sample.password);
    CHECK(text.contains(
        QStringLiteral("2026-02-10 by %1 Phishing simulation Password reset, "
                       "2019-03-01 2025-03-01 %2 %3")
            .arg(actor, password.contentSha256.left(32), password.contentSha256.mid(32))));
    CHECK_FALSE(text.contains(QStringLiteral("Parcel notice")));
    CHECK_FALSE(text.contains(QStringLiteral("Vendor dispute")));

    // Releasing a hold within the period changes the section's data.
    setDay(fixture, QDate(2026, 6, 15));
    REQUIRE(
        program.retention().releaseHold(sample.riskHold, QStringLiteral("Case dismissed")).ok());
    Result<PackSectionContent> second = RetentionPackSection::build(program, period());
    REQUIRE(second.ok());
    CHECK(second->canonicalData != first->canonicalData);
    CHECK(second->recordCount == 3);
    CHECK(sectionText(*second).contains(
        QStringLiteral("2026-06-15 by %1 Case dismissed").arg(actor)));

    // Holds and disposals after the period are left out.
    setDay(fixture, QDate(2026, 8, 1));
    REQUIRE(program.retention()
                .placeHold(recordtype::phishingCampaign(), sample.payroll,
                           QStringLiteral("Audit of payroll phishing"))
                .ok());
    setDay(fixture, QDate(2026, 8, 5));
    REQUIRE(program.retention().dispose(recordtype::phishingCampaign(), sample.giftCard).ok());
    Result<PackSectionContent> third = RetentionPackSection::build(program, period());
    REQUIRE(third.ok());
    CHECK(third->canonicalData == second->canonicalData);
    CHECK(third->recordCount == recordsInDatabase(program));
    const QString thirdText = sectionText(*third);
    CHECK_FALSE(thirdText.contains(QStringLiteral("Audit of payroll phishing")));
    CHECK_FALSE(thirdText.contains(QStringLiteral("Gift card")));

    const PdfDocument pdf =
        exportAndRead(program, periodFrom, periodTo, {PackSection::Retention}, fixture.dir());
    const QString pdfText = readableText(pdf);
    CHECK(pdfText.contains(packSectionTitle(PackSection::Retention)));
    CHECK(pdfText.contains(QStringLiteral("Records request from OCR")));
    CHECK(pdfText.contains(password.contentSha256.left(32)));
    CHECK_FALSE(pdfText.contains(QStringLiteral("Gift card")));
    CHECK(manifestCount(pdf, PackSection::Retention) == recordsInDatabase(program));
}

TEST_CASE("The retention section of an empty program says it holds no records",
          "[evidence][retention]")
{
    TemporaryProgram fixture;
    setDay(fixture, QDate(2026, 7, 1));
    Result<PackSectionContent> content = RetentionPackSection::build(fixture.program(), period());
    REQUIRE(content.ok());
    CHECK(content->recordCount == 0);
    const QString text = sectionText(*content);
    CHECK(text.contains(
        QStringLiteral("No legal hold was placed, in force or released in the period.")));
    CHECK(text.contains(QStringLiteral("No record was disposed of in the period.")));
    // The rules are stated whether or not anything was held or disposed of.
    CHECK(text.contains(QStringLiteral("Business associate agreement")));

    const PdfDocument pdf = exportAndRead(fixture.program(), periodFrom, periodTo,
                                          {PackSection::Retention}, fixture.dir());
    CHECK(readableText(pdf).contains(QStringLiteral("No record was disposed of in the period.")));
    CHECK(manifestCount(pdf, PackSection::Retention) == 0);
}
