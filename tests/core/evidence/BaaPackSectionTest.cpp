#include "core/evidence/BaaPackSection.h"

#include "core/evidence/PackDates.h"
#include "core/program/Program.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/evidence/PackSectionTesting.h"
#include "tests/core/vendors/VendorSamples.h"
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
    request.sections = {PackSection::Baas};
    return request;
}

int recordsInDatabase(Program& program, const QDate& to)
{
    int count = 0;
    const std::vector<Counterparty> counterparties =
        program.counterparties().counterparties().value();
    const std::vector<Agreement> agreements = program.baas().agreements().value();
    for (const Counterparty& each : counterparties)
        count += PackDates::existedOn(each.createdAt, to) ? 1 : 0;
    for (const Agreement& each : agreements)
        count += PackDates::existedOn(each.createdAt, to) ? 1 : 0;
    return count;
}

const PackTable* tableWithFirstColumn(const PackSectionContent& content, const QString& title)
{
    for (const PackBlock& block : content.blocks) {
        const auto* table = std::get_if<PackTable>(&block);
        if (table && !table->columns.empty() && table->columns.front().title == title)
            return table;
    }
    return nullptr;
}

// A clinic served since before the period, a clearinghouse signed within it
// and a former clearinghouse terminated within it.
struct VendorProgram
{
    Agreement clinicBaa;
    Agreement clearinghouseBaa;
    Agreement formerBaa;

    explicit VendorProgram(TemporaryProgram& fixture)
    {
        Program& program = fixture.program();
        setDay(fixture, QDate(2025, 11, 3));
        const qint64 client = program.counterparties().add(clinic())->id;
        const qint64 sub = program.counterparties().add(clearinghouse())->id;
        Counterparty keystone = clearinghouse();
        keystone.name = QStringLiteral("Keystone Claims Network");
        keystone.sharesPhi = false;
        const qint64 former = program.counterparties().add(keystone)->id;

        clinicBaa =
            program.baas().add(activeAgreement(client, AgreementDirection::Upstream)).value();
        Agreement old = activeAgreement(former, AgreementDirection::Downstream, QDate(2024, 6, 15));
        old.title = QStringLiteral("Former clearinghouse BAA");
        old.flowsDownFrom = {clinicBaa.id};
        old.provisions = BaaProvision::checklist({});
        formerBaa = program.baas().add(old).value();

        setDay(fixture, QDate(2026, 2, 10));
        Agreement downstream =
            activeAgreement(sub, AgreementDirection::Downstream, QDate(2026, 2, 10));
        downstream.flowsDownFrom = {clinicBaa.id};
        clearinghouseBaa = program.baas().add(downstream).value();

        setDay(fixture, QDate(2026, 4, 1));
        formerBaa.status = AgreementStatus::Terminated;
        formerBaa.terminatedOn = QDate(2026, 3, 31);
        formerBaa = program.baas().update(formerBaa).value();
    }
};

} // namespace

TEST_CASE("The BAA section lists the inventory at the period's end and the period's changes",
          "[evidence][baas]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    VendorProgram sample(fixture);
    setDay(fixture, QDate(2026, 4, 2));

    Result<PackSectionContent> first = BaaPackSection::build(program, period());
    REQUIRE(first.ok());
    CHECK(first->section == PackSection::Baas);
    CHECK(first->recordCount == 6); // three counterparties, three agreements
    CHECK(first->recordCount == recordsInDatabase(program, periodTo));

    const QString text = sectionText(*first);
    CHECK(text.contains(QStringLiteral("Lakeside Family Clinic (Covered Entity We Serve)")));
    CHECK(text.contains(QStringLiteral("Northgate Claims Exchange (Subcontractor We Use)")));
    CHECK(text.contains(QStringLiteral("subcontractor BAA Downstream (Our Subcontractor) Active "
                                       "2026-02-10 2028-02-10 60 15 of 15")));
    CHECK(
        text.contains(QStringLiteral("Terminated on 2026-03-31 2024-06-15 2026-06-15 60 0 of 15")));
    CHECK(text.contains(QStringLiteral("Terminated on 2026-03-31")));
    CHECK(text.contains(
        QStringLiteral("2026-02-07 Signed %1 Clearinghouse subcontractor BAA Northgate")
            .arg(agreementReference(sample.clearinghouseBaa.id))));
    CHECK(text.contains(QStringLiteral("2026-03-31 Terminated %1 Former clearinghouse BAA")
                            .arg(agreementReference(sample.formerBaa.id))));
    // Signed before the period: in the inventory, not among its changes.
    CHECK_FALSE(
        text.contains(QStringLiteral("Signed %1").arg(agreementReference(sample.clinicBaa.id))));

    // What was due on the period's last day, overdue first.
    const PackTable* due = tableWithFirstColumn(*first, QStringLiteral("Standing"));
    REQUIRE(due != nullptr);
    REQUIRE_FALSE(due->rows.empty());
    bool seenComingDue = false;
    for (const QStringList& row : due->rows) {
        if (row.front() == QStringLiteral("Coming due"))
            seenComingDue = true;
        else
            CHECK_FALSE(seenComingDue);
    }
    CHECK(due->rows.front().front() == QStringLiteral("Overdue"));

    // A change within the period changes the section's data.
    Agreement changed = program.baas().agreement(sample.clinicBaa.id).value();
    changed.breachNoticeDays = 10;
    REQUIRE(program.baas().update(changed).ok());
    Result<PackSectionContent> second = BaaPackSection::build(program, period());
    REQUIRE(second.ok());
    CHECK(second->canonicalData != first->canonicalData);

    // Counterparties and agreements entered after the period are left out.
    setDay(fixture, QDate(2026, 7, 10));
    Counterparty pediatrics = clinic();
    pediatrics.name = QStringLiteral("Northfield Pediatrics");
    const qint64 lateId = program.counterparties().add(pediatrics)->id;
    Agreement draft;
    draft.counterpartyId = lateId;
    draft.title = QStringLiteral("BAA with Northfield Pediatrics");
    REQUIRE(program.baas().add(draft).ok());
    Result<PackSectionContent> third = BaaPackSection::build(program, period());
    REQUIRE(third.ok());
    CHECK(third->canonicalData == second->canonicalData);
    CHECK(third->recordCount == recordsInDatabase(program, periodTo));
    CHECK_FALSE(sectionText(*third).contains(QStringLiteral("Northfield")));

    const PdfDocument pdf =
        exportAndRead(program, periodFrom, periodTo, {PackSection::Baas}, fixture.dir());
    const QString pdfText = readableText(pdf);
    CHECK(pdfText.contains(packSectionTitle(PackSection::Baas)));
    CHECK(pdfText.contains(QStringLiteral("Lakeside Family Clinic")));
    CHECK(pdfText.contains(QStringLiteral("Clearinghouse subcontractor BAA")));
    CHECK_FALSE(pdfText.contains(QStringLiteral("Northfield")));
    CHECK(manifestCount(pdf, PackSection::Baas) == recordsInDatabase(program, periodTo));
}

TEST_CASE("The BAA section of an empty program says it holds no records", "[evidence][baas]")
{
    TemporaryProgram fixture;
    setDay(fixture, QDate(2026, 7, 1));
    Result<PackSectionContent> content = BaaPackSection::build(fixture.program(), period());
    REQUIRE(content.ok());
    CHECK(content->recordCount == 0);
    const QString text = sectionText(*content);
    CHECK(text.contains(QStringLiteral(
        "No covered entity, subcontractor or agreement was on record on 2026-06-30.")));
    CHECK(text.contains(QStringLiteral("Nothing was due or overdue on 2026-06-30.")));
    CHECK(text.contains(QStringLiteral("No agreement was signed or terminated in the period.")));

    const PdfDocument pdf =
        exportAndRead(fixture.program(), periodFrom, periodTo, {PackSection::Baas}, fixture.dir());
    CHECK(readableText(pdf).contains(QStringLiteral("No covered entity, subcontractor")));
    CHECK(manifestCount(pdf, PackSection::Baas) == 0);
}
