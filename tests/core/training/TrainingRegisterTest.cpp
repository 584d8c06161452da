#include "core/training/TrainingRegister.h"

#include "core/policies/PolicyRegister.h"
#include "core/retention/RecordTypes.h"
#include "core/training/PhishingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/Sha256.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/policies/PolicySamples.h"
#include "tests/core/training/TrainingRegisterSamples.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/support/TestPdf.h"

#include <QFile>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

TEST_CASE_METHOD(TrainingFixture,
                 "Courses: unique titles, retirement, and no deletion once completed",
                 "[training][register]")
{

    Course draft = refresher();
    draft.roles = {QStringLiteral("coder")};
    draft.passingScore = 80;
    draft.policyIds = {1}; // dropped: not an on-policy-change course
    Result<Course> added = training.addCourse(draft);
    REQUIRE(added.ok());
    CHECK(added->policyIds.isEmpty());
    CHECK(training.course(added->id).value() == *added);
    CHECK_FALSE(training.addCourse(refresher(QStringLiteral("ANNUAL hipaa refresher"))).ok());

    Course briefing = refresher(QStringLiteral("Policy briefing"));
    briefing.cadence = Cadence::OnPolicyChange;
    briefing.policyIds = {99};
    Result<Course> unknownPolicy = training.addCourse(briefing);
    REQUIRE_FALSE(unknownPolicy.ok());
    CHECK(unknownPolicy.error().message.contains(QStringLiteral("no longer exists")));

    Course bad = refresher(QStringLiteral("Bad"));
    bad.cadenceMonths = 0;
    bad.passingScore = 120;
    CHECK(training.problems(bad).size() == 2);

    const Person person = workforce
                              .addPerson(newPerson(QStringLiteral("E-1"), QDate(2025, 1, 6),
                                                   {QStringLiteral("coder")}))
                              .value();
    Completion done = completionOf(person, *added, QDate(2026, 2, 1));
    done.score = 90;
    REQUIRE(training.addCompletion(done).ok());
    Result<void> refused = training.removeCourse(added->id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("retire the course instead")));

    Result<Course> retired = training.retireCourse(added->id, QDate(2026, 3, 1));
    REQUIRE(retired.ok());
    CHECK(retired->retiredOn == QDate(2026, 3, 1));
    Course renamed = *retired;
    renamed.title = QStringLiteral("Renamed");
    CHECK_FALSE(training.updateCourse(renamed).ok());
    CHECK(eventsOf(program, QStringLiteral("course"), QStringLiteral("retired")).size() == 1);

    Result<Course> unused = training.addCourse(refresher(QStringLiteral("Unused")));
    REQUIRE(unused.ok());
    REQUIRE(training.removeCourse(unused->id).ok());
    CHECK(eventsOf(program, QStringLiteral("course"), QStringLiteral("deleted")).size() == 1);
}

TEST_CASE_METHOD(TrainingFixture, "Completions: natural key, passing score, attestation, and audit",
                 "[training][register]")
{
    QSignalSpy changed(&training, &TrainingRegister::completionsChanged);
    const Person person =
        workforce.addPerson(newPerson(QStringLiteral("E-1"), QDate(2025, 1, 6))).value();
    Course draft = refresher();
    draft.passingScore = 80;
    const Course course = training.addCourse(draft).value();

    Completion completion = completionOf(person, course, QDate(2026, 2, 10));
    completion.score = 86.5;
    completion.attestationText = QStringLiteral("  I completed the course and understood it. ");
    completion.attestedAt = QDateTime(QDate(2026, 2, 10), QTime(14, 3), Qt::UTC);
    Result<Completion> added = training.addCompletion(completion);
    REQUIRE(added.ok());
    CHECK(changed.count() == 1);
    CHECK(added->attestationText == QStringLiteral("I completed the course and understood it."));
    CHECK(added->source == CompletionSource::Manual);
    CHECK(added->recordedBy == program.actor());
    CHECK(training.completion(added->id).value() == *added);

    const std::vector<AuditEvent> created =
        eventsOf(program, QStringLiteral("training_completion"), QStringLiteral("created"));
    REQUIRE(created.size() == 1);
    CHECK(json(created[0].after).value(QStringLiteral("score")).toDouble() == 86.5);
    CHECK(json(created[0].after).value(QStringLiteral("person_id")).toString() ==
          QString::number(person.id));

    Result<Completion> twice = training.addCompletion(completion);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("already on file")));

    Completion failing = completionOf(person, course, QDate(2026, 2, 11));
    failing.score = 70;
    CHECK_FALSE(training.addCompletion(failing).ok());
    failing.passed = false; // a recorded failure is allowed
    CHECK(training.addCompletion(failing).ok());
    Completion noScore = completionOf(person, course, QDate(2026, 2, 12));
    CHECK_FALSE(training.addCompletion(noScore).ok());
    Completion future = completionOf(person, course, QDate(2026, 3, 2));
    future.score = 90;
    Result<Completion> ahead = training.addCompletion(future);
    REQUIRE_FALSE(ahead.ok());
    CHECK(ahead.error().message.contains(QStringLiteral("in the future")));

    Completion corrected = *added;
    corrected.score = 91;
    Result<Completion> updated = training.updateCompletion(corrected);
    REQUIRE(updated.ok());
    const std::vector<AuditEvent> updates =
        eventsOf(program, QStringLiteral("training_completion"), QStringLiteral("updated"));
    REQUIRE(updates.size() == 1);
    CHECK(json(updates[0].before).value(QStringLiteral("score")).toDouble() == 86.5);
    CHECK(json(updates[0].after).value(QStringLiteral("score")).toDouble() == 91.0);
    CHECK(training.completionsOf(person.id)->size() == 2);
    CHECK(training.completionsOfCourse(course.id)->size() == 2);
}

TEST_CASE_METHOD(TrainingFixture,
                 "Training records are kept six years: deletion is refused, then disposed of",
                 "[training][register][retention]")
{
    registerTrainingDisposers(program);
    setTrainingToday(fixture, QDate(2019, 6, 1));
    Person person =
        workforce.addPerson(newPerson(QStringLiteral("E-1"), QDate(2018, 1, 8))).value();
    const Course course = training.addCourse(refresher()).value();
    const Completion completion =
        training.addCompletion(completionOf(person, course, QDate(2019, 5, 20))).value();
    Result<Completion> withCertificate =
        training.attachCertificate(completion.id, QStringLiteral("certificate.pdf"),
                                   makeTestPdf({QStringLiteral("Certificate of completion")}));
    REQUIRE(withCertificate.ok());
    PhishingCampaign campaign;
    campaign.runOn = QDate(2019, 5, 20);
    campaign.templateName = QStringLiteral("Invoice overdue");
    campaign.recipients = 10;
    campaign.clicked = 2;
    const qint64 campaignId = phishing.addCampaign(campaign).value().id;

    setTrainingToday(fixture, QDate(2025, 5, 20));
    Result<void> refused = training.removeCompletion(completion.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("2025-05-20")));
    CHECK(training.completion(completion.id).ok());
    AuditQuery refusals;
    refusals.action = QStringLiteral("deletion_refused");
    CHECK(program.auditTrail().events(refusals).size() == 1);
    CHECK_FALSE(phishing.removeCampaign(campaignId).ok());
    // A person with training records is kept while on the workforce.
    Result<void> personRefused = workforce.removePerson(person.id);
    REQUIRE_FALSE(personRefused.ok());
    CHECK(personRefused.error().message.contains(QStringLiteral("on the workforce")));

    setTrainingToday(fixture, QDate(2025, 5, 21));
    REQUIRE(training.removeCompletion(completion.id).ok());
    CHECK_FALSE(training.completion(completion.id).ok());
    CHECK(program.database().scalarInt(QStringLiteral("SELECT count(*) FROM stored_file")) == 0);
    REQUIRE(phishing.removeCampaign(campaignId).ok());
    AuditQuery tombstones;
    tombstones.action = QStringLiteral("disposed");
    CHECK(program.auditTrail().events(tombstones).size() == 2);

    // Terminated and six years on, the person goes too.
    person.status = PersonStatus::Terminated;
    person.terminatedOn = QDate(2019, 5, 31);
    REQUIRE(workforce.updatePerson(person).ok());
    Result<void> tooEarly = workforce.removePerson(person.id);
    REQUIRE(tooEarly.ok()); // the only record left was the completion; now none: deleted
    CHECK(workforce.people()->empty());
}

TEST_CASE_METHOD(TrainingFixture,
                 "Certificates are kept encrypted, checked and copied out only on request",
                 "[training][register]")
{
    const Person person =
        workforce.addPerson(newPerson(QStringLiteral("E-1"), QDate(2025, 1, 6))).value();
    const Course course = training.addCourse(refresher()).value();
    const Completion completion =
        training.addCompletion(completionOf(person, course, QDate(2026, 2, 1))).value();
    CHECK_FALSE(training.certificateContent(completion.id).ok());
    CHECK_FALSE(training
                    .attachCertificate(completion.id, QStringLiteral("x.pdf"),
                                       QByteArrayLiteral("not a pdf"))
                    .ok());
    const QByteArray pdf = makeTestPdf({QStringLiteral("Certificate: Person E-1")});
    Result<Completion> attached =
        training.attachCertificate(completion.id, QStringLiteral("cert.pdf"), pdf);
    REQUIRE(attached.ok());
    REQUIRE(attached->certificate.has_value());
    CHECK(attached->certificate->sha256 == sha256Hex(pdf));
    CHECK(training.certificateContent(completion.id).value() == pdf);
    CHECK_FALSE(training.attachCertificate(completion.id, QStringLiteral("other.pdf"), pdf).ok());
    CHECK(eventsOf(program, QStringLiteral("training_completion"), QStringLiteral("file_attached"))
              .size() == 1);

    const QString copy = fixture.dir() + QStringLiteral("/copy.pdf");
    REQUIRE(training.saveCertificateCopy(completion.id, copy).ok());
    QFile file(copy);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == pdf);
    CHECK(
        eventsOf(program, QStringLiteral("training_completion"), QStringLiteral("copied")).size() ==
        1);
    // Updating the completion keeps its certificate.
    Completion edited = *attached;
    edited.certificate.reset();
    edited.passed = false;
    Result<Completion> updated = training.updateCompletion(edited);
    REQUIRE(updated.ok());
    CHECK(updated->certificate == attached->certificate);
}

TEST_CASE_METHOD(TrainingFixture, "Importing the same completions twice adds them once",
                 "[training][register][import]")
{
    const Person a =
        workforce.addPerson(newPerson(QStringLiteral("E-1"), QDate(2025, 1, 6))).value();
    const Person b =
        workforce.addPerson(newPerson(QStringLiteral("E-2"), QDate(2025, 1, 6))).value();
    const Course course = training.addCourse(refresher()).value();
    REQUIRE(training.addCompletion(completionOf(a, course, QDate(2026, 1, 5))).ok());

    ImportBatch batch;
    batch.sourceName = QStringLiteral("LMS export");
    batch.fileName = QStringLiteral("completions.csv");
    batch.fileSha256 = sha256Hex(QByteArrayLiteral("file bytes")).toUpper();
    batch.rows = 4;
    const std::vector<Completion> rows{
        completionOf(a, course, QDate(2026, 1, 5)), // already entered by hand
        completionOf(b, course, QDate(2026, 1, 6)),
        completionOf(b, course, QDate(2026, 1, 6)), // twice in the file
        completionOf(a, course, QDate(2026, 2, 2)),
    };
    Result<CompletionImport> first = training.importCompletions(batch, rows);
    REQUIRE(first.ok());
    CHECK(first->addedIds.size() == 2);
    CHECK(first->alreadyPresent == 2);
    CHECK(first->batch.id > 0);
    CHECK(first->batch.fileSha256 == sha256Hex(QByteArrayLiteral("file bytes")));
    const Completion imported = training.completion(first->addedIds.front()).value();
    CHECK(imported.source == CompletionSource::Imported);
    CHECK(imported.importBatchId == first->batch.id);

    Result<CompletionImport> second = training.importCompletions(batch, rows);
    REQUIRE(second.ok());
    CHECK(second->addedIds.empty());
    CHECK(second->alreadyPresent == 4);
    CHECK(training.completionsOfCourse(course.id)->size() == 3);
    CHECK(training.importBatches()->size() == 2);
    CHECK(training.importsOfFile(batch.fileSha256)->size() == 2);
    CHECK(eventsOf(program, QStringLiteral("training_completion"), QStringLiteral("imported"))
              .size() == 2);
    CHECK(eventsOf(program, QStringLiteral("import_batch"), QStringLiteral("imported")).size() ==
          2);

    std::vector<Completion> bad = rows;
    bad[1].completedOn = QDate(2027, 1, 1);
    bad[3].personId = 999;
    Result<CompletionImport> refused = training.importCompletions(batch, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Row 2:")));
    CHECK(refused.error().message.contains(QStringLiteral("Row 4:")));
    CHECK(training.importBatches()->size() == 2);
}

TEST_CASE_METHOD(TrainingFixture,
                 "Column mappings are saved per source and found regardless of case",
                 "[training][register][import]")
{
    ImportMapping mapping;
    mapping.sourceName = QStringLiteral(" KnowBe4 ");
    mapping.kind = ImportKind::Completions;
    mapping.mapping = QJsonObject{{QStringLiteral("employee_id"), QStringLiteral("Emp #")}};
    Result<ImportMapping> saved = training.saveMapping(mapping);
    REQUIRE(saved.ok());
    CHECK(saved->sourceName == QStringLiteral("KnowBe4"));
    Result<std::optional<ImportMapping>> found = training.mapping(QStringLiteral("knowbe4"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->mapping == mapping.mapping);

    mapping.sourceName = QStringLiteral("KNOWBE4");
    mapping.mapping.insert(QStringLiteral("completed_on"), QStringLiteral("Finished"));
    Result<ImportMapping> replaced = training.saveMapping(mapping);
    REQUIRE(replaced.ok());
    CHECK(replaced->id == saved->id);
    CHECK(training.mappings()->size() == 1);
    CHECK(training.mapping(QStringLiteral("KnowBe4"))->value().mapping.size() == 2);
    CHECK(eventsOf(program, QStringLiteral("import_mapping"), QStringLiteral("updated")).size() ==
          1);
    ImportMapping empty;
    empty.sourceName = QStringLiteral("HR");
    CHECK_FALSE(training.saveMapping(empty).ok());
}

TEST_CASE_METHOD(TrainingFixture, "Due items, overdue and monthly completion rates from the file",
                 "[training][register][due]")
{
    setTrainingToday(fixture, QDate(2026, 1, 2));

    Person coderPerson =
        newPerson(QStringLiteral("E-1"), QDate(2025, 1, 6), {QStringLiteral("coder")});
    coderPerson.phiAccessOn = QDate(2025, 1, 13);
    const Person coder = workforce.addPerson(coderPerson).value();
    const Person billing = workforce
                               .addPerson(newPerson(QStringLiteral("E-2"), QDate(2025, 1, 6),
                                                    {QStringLiteral("billing")}))
                               .value();
    Course onboardingCourse = refresher(QStringLiteral("HIPAA onboarding"));
    onboardingCourse.cadence = Cadence::AtHire;
    onboardingCourse.kind = CourseKind::HipaaOnboarding;
    const Course onboarding = training.addCourse(onboardingCourse).value();
    Course codingCourse = refresher(QStringLiteral("Coding privacy module"));
    codingCourse.roles = {QStringLiteral("coder")};
    codingCourse.kind = CourseKind::RoleBased;
    const Course coding = training.addCourse(codingCourse).value();
    const Policy policy = policies.add(accessControlPolicy(), QStringLiteral("Rules.")).value();
    Course briefingCourse = refresher(QStringLiteral("Access control briefing"));
    briefingCourse.cadence = Cadence::OnPolicyChange;
    briefingCourse.kind = CourseKind::PolicyChangeBriefing;
    briefingCourse.policyIds = {policy.id};
    const Course briefing = training.addCourse(briefingCourse).value();

    REQUIRE(training.addCompletion(completionOf(coder, onboarding, QDate(2025, 1, 20))).ok());
    REQUIRE(training.addCompletion(completionOf(billing, onboarding, QDate(2025, 1, 6))).ok());
    REQUIRE(training.addCompletion(completionOf(coder, coding, QDate(2025, 2, 1))).ok());

    const qint64 revisionId = policies.revisions(policy.id)->front().id;
    approveRevision(policies, revisionId, QDate(2026, 1, 2));
    REQUIRE(policies.makeEffective(revisionId, QDate(2026, 1, 2)).ok());

    const std::vector<DueItem> items = training.dueItems(QDate(2026, 2, 15)).value();
    // Coder: onboarding, coding, briefing; billing: onboarding, briefing.
    REQUIRE(items.size() == 5);
    const auto find = [&](qint64 personId, qint64 courseId) {
        const auto it = std::find_if(items.begin(), items.end(), [&](const DueItem& item) {
            return item.personId == personId && item.courseId == courseId;
        });
        REQUIRE(it != items.end());
        return *it;
    };
    const DueItem coderOnboarding = find(coder.id, onboarding.id);
    CHECK(coderOnboarding.state == DueState::Complete);
    CHECK(coderOnboarding.accessBeforeTraining);
    CHECK_FALSE(find(billing.id, onboarding.id).accessBeforeTraining);
    const DueItem coderCoding = find(coder.id, coding.id);
    CHECK(coderCoding.state == DueState::Overdue);
    CHECK(coderCoding.nextDue == QDate(2026, 2, 1));
    CHECK(coderCoding.daysOverdue == 14);
    const DueItem billingBriefing = find(billing.id, briefing.id);
    CHECK(billingBriefing.nextDue == QDate(2026, 2, 1));
    CHECK(billingBriefing.state == DueState::Overdue);

    CHECK(training.overdue(QDate(2026, 2, 15))->size() == 3);
    CHECK(training.accessFindings(QDate(2026, 2, 15))->size() == 1);

    const std::vector<CompletionRate> rates =
        training.completionRateByMonth(QDate(2025, 12, 10), 3).value();
    REQUIRE(rates.size() == 3);
    CHECK(rates[0].monthEnd == QDate(2025, 12, 31));
    CHECK(rates[0].required == 3); // no policy change yet
    CHECK(rates[0].complete == 3);
    CHECK(rates[1].monthEnd == QDate(2026, 1, 31));
    CHECK(rates[1].required == 5);
    CHECK(rates[1].complete == 3);
    CHECK(rates[2].monthEnd == QDate(2026, 2, 28));
    CHECK(rates[2].complete == 2);
    CHECK(rates[2].rate() == 0.4);
}
