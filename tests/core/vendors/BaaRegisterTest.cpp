#include "core/vendors/BaaRegister.h"

#include "core/vendors/CounterpartyRegister.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/vendors/VendorSamples.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/support/TestPdf.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

struct Parties
{
    qint64 client = 0;
    qint64 sub = 0;
};

Parties addParties(Program& program)
{
    Parties parties;
    parties.client = program.counterparties().add(clinic())->id;
    parties.sub = program.counterparties().add(clearinghouse())->id;
    return parties;
}

QJsonObject json(const QByteArray& canonical)
{
    return QJsonDocument::fromJson(canonical).object();
}

} // namespace

TEST_CASE("Agreement status changes follow the agreement's life", "[vendors][agreement]")
{
    using S = AgreementStatus;
    CHECK(agreementStatusChangeAllowed(S::Draft, S::InNegotiation));
    CHECK(agreementStatusChangeAllowed(S::InNegotiation, S::Active));
    CHECK(agreementStatusChangeAllowed(S::Draft, S::Active));
    CHECK(agreementStatusChangeAllowed(S::Active, S::Expired));
    CHECK(agreementStatusChangeAllowed(S::Active, S::Terminated));
    CHECK(agreementStatusChangeAllowed(S::Expired, S::Active));
    CHECK_FALSE(agreementStatusChangeAllowed(S::Draft, S::Expired));
    CHECK_FALSE(agreementStatusChangeAllowed(S::Active, S::Draft));
    CHECK_FALSE(agreementStatusChangeAllowed(S::Active, S::InNegotiation));
    CHECK_FALSE(agreementStatusChangeAllowed(S::Terminated, S::Active));
    CHECK_FALSE(agreementStatusChangeAllowed(S::Expired, S::Draft));
    for (S status : allAgreementStatuses())
        CHECK(agreementStatusFromKey(agreementStatusKey(status)) == status);
}

TEST_CASE("An agreement is stored with a full checklist and its next review scheduled",
          "[vendors][agreement]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    const Parties parties = addParties(program);

    Agreement draft;
    draft.counterpartyId = parties.client;
    draft.title = QStringLiteral("  Coding services BAA ");
    draft.provisions = {ProvisionCheck{QStringLiteral("return_destroy"), ProvisionState::Present,
                                       QStringLiteral(" §12.3 ")}};
    Result<Agreement> added = program.baas().add(draft);
    REQUIRE(added.ok());
    CHECK(added->title == QStringLiteral("Coding services BAA"));
    CHECK(added->provisions.size() == 15);
    CHECK(added->breachNoticeDays == 60);
    CHECK(added->incidentReportDays == 60);
    CHECK_FALSE(added->nextReviewOn.isValid()); // unsigned: nothing to review yet

    Result<Agreement> read = program.baas().agreement(added->id);
    REQUIRE(read.ok());
    CHECK(*read == *added);
    CHECK(read->check(QStringLiteral("return_destroy"))->clauseReference ==
          QStringLiteral("§12.3"));

    Agreement signedUp = *read;
    signedUp.status = AgreementStatus::Active;
    signedUp.signedOn = QDate(2026, 1, 10);
    signedUp.effectiveOn = QDate(2026, 1, 15);
    signedUp.evergreen = true;
    signedUp.reviewCadenceMonths = 6;
    Result<Agreement> active = program.baas().update(signedUp);
    REQUIRE(active.ok());
    CHECK(active->nextReviewOn == QDate(2026, 7, 15));

    const std::vector<AuditEvent> history = program.baas().history(added->id).value();
    REQUIRE(history.size() == 2);
    CHECK(json(history[1].before).value(QStringLiteral("status")) == QStringLiteral("draft"));
    CHECK(json(history[1].after).value(QStringLiteral("status")) == QStringLiteral("active"));
    CHECK(json(history[1].after)
              .value(QStringLiteral(
                  "provisions"))[QStringLiteral("return_destroy")][QStringLiteral("clause")] ==
          QStringLiteral("§12.3"));
}

TEST_CASE("Agreement rules name every problem", "[vendors][agreement]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    const Parties parties = addParties(program);
    const QDate today = fixture.clock().today();

    Agreement a = activeAgreement(parties.client, AgreementDirection::Upstream);
    CHECK(program.baas().problems(a).isEmpty());

    Agreement unsigned_ = a;
    unsigned_.signedOn = {};
    unsigned_.expiresOn = {};
    QString problems = program.baas().problems(unsigned_).join(QLatin1Char('\n'));
    CHECK(problems.contains(QStringLiteral("needs the date it was signed")));
    CHECK(problems.contains(QStringLiteral("or mark the agreement evergreen")));

    Agreement both = a;
    both.evergreen = true;
    CHECK(program.baas()
              .problems(both)
              .join(QLatin1Char('\n'))
              .contains(QStringLiteral("evergreen agreement has no expiration")));

    Agreement future = a;
    future.signedOn = today.addDays(1);
    CHECK(program.baas().problems(future).contains(
        QStringLiteral("The signing date is in the future.")));

    Agreement terminated = a;
    terminated.status = AgreementStatus::Terminated;
    CHECK(program.baas()
              .problems(terminated)
              .contains(QStringLiteral("A terminated agreement needs its termination date.")));
    terminated.terminatedOn = today;
    CHECK(program.baas().problems(terminated).isEmpty());

    Agreement attested = a;
    attested.disposition = PhiDisposition::Destroyed;
    problems = program.baas().problems(attested).join(QLatin1Char('\n'));
    CHECK(problems.contains(QStringLiteral("only once the agreement has ended")));
    CHECK(problems.contains(QStringLiteral("Give the date of the return-or-destroy attestation")));
    CHECK(problems.contains(QStringLiteral("Name who attested")));

    Agreement expiredEarly = a;
    expiredEarly.status = AgreementStatus::Expired;
    CHECK(program.baas()
              .problems(expiredEarly)
              .join(QLatin1Char('\n'))
              .contains(QStringLiteral("has not expired yet")));

    Agreement days = a;
    days.breachNoticeDays = 0;
    days.incidentReportDays = 400;
    CHECK(program.baas().problems(days).size() == 2);

    Agreement wrongWay = activeAgreement(parties.client, AgreementDirection::Downstream);
    CHECK(program.baas()
              .problems(wrongWay)
              .join(QLatin1Char('\n'))
              .contains(QStringLiteral("covered entity we serve")));

    Agreement orphan = a;
    orphan.counterpartyId = 4242;
    CHECK(program.baas().problems(orphan).contains(
        QStringLiteral("The counterparty no longer exists.")));
}

TEST_CASE("A subcontractor agreement flows down only from upstream agreements",
          "[vendors][agreement]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    const Parties parties = addParties(program);
    const qint64 upstream =
        program.baas().add(activeAgreement(parties.client, AgreementDirection::Upstream))->id;
    Agreement sub = activeAgreement(parties.sub, AgreementDirection::Downstream);
    sub.flowsDownFrom = {upstream, upstream};
    Result<Agreement> added = program.baas().add(sub);
    REQUIRE(added.ok());
    CHECK(added->flowsDownFrom == std::vector<qint64>{upstream});

    Agreement chained = activeAgreement(parties.sub, AgreementDirection::Downstream);
    chained.title = QStringLiteral("Second-tier BAA");
    chained.flowsDownFrom = {added->id, 777};
    const QString problems = program.baas().problems(chained).join(QLatin1Char('\n'));
    CHECK(problems.contains(agreementReference(added->id) +
                            QStringLiteral(" is itself a downstream agreement")));
    CHECK(problems.contains(QStringLiteral("BAA-0777 is not an agreement")));

    Agreement upward = activeAgreement(parties.client, AgreementDirection::Upstream);
    upward.flowsDownFrom = {upstream};
    CHECK(program.baas().problems(upward).contains(
        QStringLiteral("Only a downstream agreement flows down from upstream ones.")));
}

TEST_CASE("The register refuses status changes the agreement's life does not allow",
          "[vendors][agreement]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    const Parties parties = addParties(program);
    Agreement active =
        *program.baas().add(activeAgreement(parties.client, AgreementDirection::Upstream));

    Agreement back = active;
    back.status = AgreementStatus::Draft;
    Result<Agreement> refused = program.baas().update(back);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("cannot go from Active to Draft")));

    Agreement ended = active;
    ended.status = AgreementStatus::Terminated;
    ended.terminatedOn = fixture.clock().today().addDays(-1);
    ended.disposition = PhiDisposition::Returned;
    ended.dispositionAttestedOn = fixture.clock().today();
    ended.dispositionAttestedBy = QStringLiteral("Dana Whitfield");
    REQUIRE(program.baas().update(ended).ok());

    Agreement revived = *program.baas().agreement(active.id);
    revived.status = AgreementStatus::Active;
    revived.terminatedOn = {};
    revived.disposition = PhiDisposition::Pending;
    revived.dispositionAttestedOn = {};
    revived.dispositionAttestedBy.clear();
    CHECK_FALSE(program.baas().update(revived).ok());
    CHECK(program.baas().agreement(active.id)->status == AgreementStatus::Terminated);
}

TEST_CASE("Importing agreements is all or nothing", "[vendors][agreement]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    const Parties parties = addParties(program);
    Agreement bad = activeAgreement(parties.sub, AgreementDirection::Downstream);
    bad.effectiveOn = {};
    Result<std::vector<Agreement>> refused =
        program.baas().addAll({activeAgreement(parties.client, AgreementDirection::Upstream), bad});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(QStringLiteral("Agreement 2: ")));
    CHECK(program.baas().agreements()->empty());

    Result<std::vector<Agreement>> added =
        program.baas().addAll({activeAgreement(parties.client, AgreementDirection::Upstream),
                               activeAgreement(parties.sub, AgreementDirection::Downstream)});
    REQUIRE(added.ok());
    CHECK(program.baas().agreements()->size() == 2);
    CHECK(program.baas().history(added->front().id)->front().action == QStringLiteral("imported"));
}

TEST_CASE("A signed agreement is kept; a draft may be deleted with its documents",
          "[vendors][agreement][retention]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    const Parties parties = addParties(program);
    Agreement active =
        *program.baas().add(activeAgreement(parties.client, AgreementDirection::Upstream));
    CHECK(BaaRegister::retainUntil(active).isValid());
    CHECK(BaaRegister::retainUntil(active) == active.expiresOn.addYears(6));

    Result<void> refused = program.baas().remove(active.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().message.contains(
        QStringLiteral("is kept while it is active, and for six years after")));
    CHECK(program.baas().agreement(active.id).ok());

    Agreement evergreen = active;
    evergreen.expiresOn = {};
    evergreen.evergreen = true;
    CHECK_FALSE(BaaRegister::retainUntil(evergreen).isValid());
    evergreen.status = AgreementStatus::Terminated;
    evergreen.terminatedOn = QDate(2026, 2, 1);
    CHECK(BaaRegister::retainUntil(evergreen) == QDate(2032, 2, 1));

    Agreement draft;
    draft.counterpartyId = parties.sub;
    draft.title = QStringLiteral("Clearinghouse BAA, redline 2");
    draft.direction = AgreementDirection::Downstream;
    draft = *program.baas().add(draft);
    REQUIRE(program.baas()
                .attach(draft.id, QStringLiteral("redline.pdf"),
                        makeTestPdf({QStringLiteral("Redline of the clearinghouse BAA")}),
                        DocumentKind::Other)
                .ok());
    REQUIRE(program.baas().remove(draft.id).ok());
    CHECK_FALSE(program.baas().agreement(draft.id).ok());
    CHECK(program.baas().allDocuments()->empty());
    const std::vector<AuditEvent> history = program.baas().history(draft.id).value();
    REQUIRE(history.size() == 4);
    CHECK(history[2].entity == QStringLiteral("agreement_document"));
    CHECK(history[2].action == QStringLiteral("deleted"));
    CHECK(history[3].action == QStringLiteral("deleted"));
}

TEST_CASE("Marking a review schedules the next one a cadence later", "[vendors][agreement]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    const Parties parties = addParties(program);
    Agreement active =
        *program.baas().add(activeAgreement(parties.client, AgreementDirection::Upstream));
    CHECK(active.nextReviewOn == QDate(2026, 6, 1));

    Result<Agreement> reviewed = program.baas().markReviewed(active.id, QDate(2026, 2, 20));
    REQUIRE(reviewed.ok());
    CHECK(reviewed->lastReviewedOn == QDate(2026, 2, 20));
    CHECK(reviewed->nextReviewOn == QDate(2027, 2, 20));
    CHECK(program.baas().history(active.id)->back().action == QStringLiteral("reviewed"));

    CHECK_FALSE(program.baas().markReviewed(active.id, fixture.clock().today().addDays(1)).ok());
    Agreement draft;
    draft.counterpartyId = parties.sub;
    draft.title = QStringLiteral("Draft");
    draft.direction = AgreementDirection::Downstream;
    draft = *program.baas().add(draft);
    CHECK_FALSE(program.baas().markReviewed(draft.id, fixture.clock().today()).ok());
}

TEST_CASE("The due list is read from the stored inventory", "[vendors][due]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    const Parties parties = addParties(program);
    Agreement active = activeAgreement(parties.client, AgreementDirection::Upstream);
    active.expiresOn = fixture.clock().today().addDays(45);
    REQUIRE(program.baas().add(active).ok());

    const std::vector<BaaDueItem> due = program.baas().due(fixture.clock().today()).value();
    REQUIRE(due.size() == 2);
    CHECK(due[0].kind == BaaDueItem::Kind::NoAgreementInEffect);
    CHECK(due[0].counterpartyId == parties.sub);
    CHECK(due[1].kind == BaaDueItem::Kind::Expiring);
}

TEST_CASE("A batch may link a subcontractor agreement to an earlier upstream one in it",
          "[vendors][agreement]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    const Parties parties = addParties(program);
    Agreement upstream = activeAgreement(parties.client, AgreementDirection::Upstream);
    Agreement downstream = activeAgreement(parties.sub, AgreementDirection::Downstream);

    downstream.flowsDownFrom = {Agreement::batchLink(1)};
    Result<std::vector<Agreement>> later = program.baas().addAll({downstream, upstream});
    REQUIRE_FALSE(later.ok());
    CHECK(later.error().message.contains(QStringLiteral("Agreement 1: It flows down from agreement "
                                                        "2 of the same batch, which must come "
                                                        "before it.")));
    downstream.flowsDownFrom = {Agreement::batchLink(0)};
    Result<std::vector<Agreement>> chained = program.baas().addAll({downstream, downstream});
    REQUIRE_FALSE(chained.ok());
    CHECK(chained.error().message.contains(
        QStringLiteral("Agreement 2: Agreement 1 of the same batch is itself a downstream")));
    CHECK(program.baas().agreements()->empty());

    Result<std::vector<Agreement>> added = program.baas().addAll({upstream, downstream});
    REQUIRE(added.ok());
    CHECK((*added)[1].flowsDownFrom == std::vector<qint64>{(*added)[0].id});
    CHECK(program.baas().agreement((*added)[1].id)->flowsDownFrom ==
          std::vector<qint64>{(*added)[0].id});
}
