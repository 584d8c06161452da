#include "core/evidence/PolicyPackSection.h"

#include "core/evidence/PackDates.h"
#include "core/policies/PolicyRegister.h"
#include "core/program/Program.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/evidence/PackSectionTesting.h"
#include "tests/core/policies/PolicySamples.h"
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
    request.sections = {PackSection::Policies};
    return request;
}

Policy samplePolicy(const QString& code, const QString& title)
{
    Policy policy = accessControlPolicy();
    policy.code = code;
    policy.title = title;
    return policy;
}

// Adopts a policy and puts its first revision in effect on the clock's day.
qint64 adoptInEffect(TemporaryProgram& fixture, const Policy& policy)
{
    PolicyRegister& policies = fixture.program().policies();
    const qint64 id = policies.add(policy, QStringLiteral("The rule."))->id;
    const qint64 first = policies.revisions(id)->front().id;
    const QDate today = fixture.clock().today();
    approveRevision(policies, first, today);
    REQUIRE(policies.makeEffective(first, today).ok());
    return id;
}

// Counted from the stored records: the policies in use at the end of the
// period, and the revisions created, approved, put in effect or ended in it.
int recordsInDatabase(Program& program, const PackRequest& request)
{
    int count = 0;
    const std::vector<Policy> policies = program.policies().policies().value();
    for (const Policy& policy : policies) {
        if (!PackDates::existedOn(policy.createdAt, request.to) ||
            (policy.isRetired() && policy.retiredOn < request.to))
            continue;
        ++count;
        const std::vector<PolicyRevision> revisions =
            program.policies().revisions(policy.id).value();
        for (const PolicyRevision& revision : revisions) {
            const bool active =
                PackDates::inPeriod(PackDates::localDay(revision.createdAt), request) ||
                PackDates::inPeriod(revision.approvedOn, request) ||
                PackDates::inPeriod(revision.effectiveOn, request) ||
                PackDates::inPeriod(revision.endedOn, request);
            count += active ? 1 : 0;
        }
    }
    return count;
}

// A privacy policy overdue for review, an access control policy revised in
// the period, and a sanctions policy adopted in it but never approved.
struct PolicyProgram
{
    qint64 privacy = 0;
    qint64 access = 0;
    qint64 sanctions = 0;

    explicit PolicyProgram(TemporaryProgram& fixture)
    {
        PolicyRegister& policies = fixture.program().policies();
        setDay(fixture, QDate(2025, 5, 1));
        privacy = adoptInEffect(
            fixture, samplePolicy(QStringLiteral("PRV-002"), QStringLiteral("Minimum Necessary")));
        setDay(fixture, QDate(2025, 10, 1));
        access = adoptInEffect(fixture, accessControlPolicy());

        setDay(fixture, QDate(2026, 2, 1));
        sanctions =
            policies.add(samplePolicy(QStringLiteral("ADM-001"), QStringLiteral("Sanctions")))->id;

        setDay(fixture, QDate(2026, 3, 2));
        PolicyRevision second = policies.addRevision(access).value();
        second.content = QStringLiteral("The rule, with multi-factor authentication.");
        second.changeSummary = QStringLiteral("Adds multi-factor authentication.");
        REQUIRE(policies.updateDraft(second).ok());
        setDay(fixture, QDate(2026, 3, 10));
        approveRevision(policies, second.id, QDate(2026, 3, 10));
        REQUIRE(policies.makeEffective(second.id, QDate(2026, 3, 10)).ok());
    }
};

} // namespace

TEST_CASE("The policy section lists the policies in use at the period's end and its revisions",
          "[evidence][policies]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    PolicyProgram sample(fixture);
    setDay(fixture, QDate(2026, 4, 1));

    Result<PackSectionContent> first = PolicyPackSection::build(program, period());
    REQUIRE(first.ok());
    CHECK(first->section == PackSection::Policies);
    // Three policies; revision 1 and 2 of SEC-004 and revision 1 of ADM-001.
    CHECK(first->recordCount == 6);
    CHECK(first->recordCount == recordsInDatabase(program, period()));

    const QString text = sectionText(*first);
    // No revision in effect comes first, flagged.
    CHECK(text.indexOf(QStringLiteral("ADM-001 Sanctions")) <
          text.indexOf(QStringLiteral("PRV-002 Minimum Necessary")));
    CHECK(text.contains(QStringLiteral("None — — — No revision in effect")));
    CHECK(text.contains(QStringLiteral("2025-05-01 2025-05-01 2026-05-01 Overdue")));
    CHECK(text.contains(QStringLiteral("2 2026-03-10 2026-03-10 2027-03-10 Up to date")));
    CHECK(text.contains(QStringLiteral("Policies with no revision in effect on 2026-06-30: 1.")));

    CHECK(text.contains(QStringLiteral("2026-03-10: Effective → Superseded")));
    CHECK(text.contains(QStringLiteral("2026-03-02: created as Draft")));
    CHECK(text.contains(QStringLiteral("2026-03-10: Draft → In Review")));
    CHECK(
        text.contains(QStringLiteral("2026-03-10: Approver of Privacy Officer, Privacy Officer")));
    // Approvals before the period are not its activity.
    CHECK_FALSE(text.contains(QStringLiteral("2025-05-01: Approver")));
    CHECK_FALSE(text.contains(QStringLiteral("2025-10-01: Approver")));
    CHECK_FALSE(text.contains(QStringLiteral("2025-10-01: ")));

    // A change within the period changes the section's data.
    setDay(fixture, QDate(2026, 4, 2));
    Policy renamed = program.policies().policy(sample.access).value();
    renamed.title = QStringLiteral("Access Management");
    REQUIRE(program.policies().update(renamed).ok());
    Result<PackSectionContent> second = PolicyPackSection::build(program, period());
    REQUIRE(second.ok());
    CHECK(second->canonicalData != first->canonicalData);

    // A policy adopted and a revision started after the period are left out.
    setDay(fixture, QDate(2026, 7, 10));
    REQUIRE(program.policies()
                .add(samplePolicy(QStringLiteral("BRN-009"), QStringLiteral("Late Policy")))
                .ok());
    REQUIRE(program.policies().addRevision(sample.access).ok());
    Result<PackSectionContent> third = PolicyPackSection::build(program, period());
    REQUIRE(third.ok());
    CHECK(third->canonicalData == second->canonicalData);
    CHECK(third->recordCount == 6);
    CHECK(third->recordCount == recordsInDatabase(program, period()));
    CHECK_FALSE(sectionText(*third).contains(QStringLiteral("BRN-009")));

    const PdfDocument pdf =
        exportAndRead(program, periodFrom, periodTo, {PackSection::Policies}, fixture.dir());
    const QString pdfText = readableText(pdf);
    CHECK(pdfText.contains(packSectionTitle(PackSection::Policies)));
    CHECK(pdfText.contains(QStringLiteral("Access Management")));
    CHECK(pdfText.contains(QStringLiteral("Minimum Necessary")));
    CHECK_FALSE(pdfText.contains(QStringLiteral("Late Policy")));
    CHECK(manifestCount(pdf, PackSection::Policies) == recordsInDatabase(program, period()));
}

TEST_CASE("The policy section of an empty program says it holds no records", "[evidence][policies]")
{
    TemporaryProgram fixture;
    setDay(fixture, QDate(2026, 7, 1));
    Result<PackSectionContent> content = PolicyPackSection::build(fixture.program(), period());
    REQUIRE(content.ok());
    CHECK(content->recordCount == 0);
    const QString text = sectionText(*content);
    CHECK(text.contains(QStringLiteral("No policy was in use on 2026-06-30.")));
    CHECK(
        text.contains(QStringLiteral("No revision changed state or was approved in the period.")));

    const PdfDocument pdf = exportAndRead(fixture.program(), periodFrom, periodTo,
                                          {PackSection::Policies}, fixture.dir());
    CHECK(readableText(pdf).contains(QStringLiteral("No policy was in use on 2026-06-30.")));
    CHECK(manifestCount(pdf, PackSection::Policies) == 0);
}
