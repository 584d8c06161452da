// Renders the training matrix, trends and phishing tabs offscreen for visual
// review:
//   palisade_ui_tests "[.screenshot]"
// PNGs go to $PALISADE_SCREENSHOT_DIR, or to "screenshots" in the build folder.
#include "tests/ui/risk/RiskScreenshots.h"
#include "tests/ui/training/TrainingMatrixSamples.h"
#include "ui/training/PhishingCampaignDialog.h"
#include "ui/training/PhishingTab.h"
#include "ui/training/TrainingMatrixTab.h"
#include "ui/training/TrainingTrendsTab.h"

#include <QTableView>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using namespace palisade::test::trainingui;
using palisade::test::riskshots::save;

namespace {

struct Sample
{
    QString employeeId;
    QString name;
    QString department;
    QStringList roles;
    QDate hired;
    QDate phiAccess;
    QDate terminated;
};

// `last` and the yearly completions before it, three years back at most,
// none before the person started.
void yearly(Program& program, const Person& person, const Course& course, const QDate& last)
{
    for (int years = 0; years < 3; ++years) {
        const QDate on = last.addYears(-years);
        if (on < person.hiredOn)
            break;
        complete(program, person, course, on);
    }
}

} // namespace

TEST_CASE("Screenshots of the training matrix, trends and phishing tabs", "[.screenshot]")
{
    test::TemporaryProgram fixture;
    setToday(fixture, sampleToday());
    Program& program = fixture.program();
    {
        TrainingMatrixTab matrix(program);
        matrix.resize(1100, 560);
        CHECK(save(matrix, QStringLiteral("training-matrix-0-empty")));
        TrainingTrendsTab trends(program);
        trends.resize(1100, 640);
        CHECK(save(trends, QStringLiteral("training-trends-0-empty")));
        PhishingTab phishing(program);
        phishing.resize(1100, 480);
        CHECK(save(phishing, QStringLiteral("training-phishing-0-empty")));
    }

    const QString billing = QStringLiteral("Billing");
    const QString coding = QStringLiteral("Coding");
    const QString frontDesk = QStringLiteral("Front desk");
    const QString it = QStringLiteral("IT");
    const QString compliance = QStringLiteral("Compliance");
    const std::vector<Sample> samples{
        {QStringLiteral("E-201"),
         QStringLiteral("Avery Brooks"),
         billing,
         {QStringLiteral("billing")},
         QDate(2019, 4, 8),
         {},
         {}},
        {QStringLiteral("E-202"),
         QStringLiteral("Blake Chen"),
         coding,
         {QStringLiteral("remote_coder")},
         QDate(2021, 8, 16),
         {},
         {}},
        {QStringLiteral("E-203"),
         QStringLiteral("Casey Diaz"),
         coding,
         {QStringLiteral("coder")},
         QDate(2026, 2, 10),
         QDate(2026, 2, 10),
         {}},
        {QStringLiteral("E-204"),
         QStringLiteral("Dana Evans"),
         frontDesk,
         {},
         QDate(2022, 10, 3),
         {},
         {}},
        {QStringLiteral("E-205"),
         QStringLiteral("Emery Fox"),
         billing,
         {QStringLiteral("billing")},
         QDate(2020, 3, 2),
         {},
         {}},
        {QStringLiteral("E-206"),
         QStringLiteral("Finley Gray"),
         frontDesk,
         {},
         QDate(2018, 5, 14),
         {},
         QDate(2026, 1, 15)},
        {QStringLiteral("E-207"),
         QStringLiteral("Harper Ibarra"),
         it,
         {QStringLiteral("system_administrator")},
         QDate(2017, 11, 6),
         {},
         {}},
        {QStringLiteral("E-208"),
         QStringLiteral("Jordan Kim"),
         compliance,
         {QStringLiteral("privacy_officer")},
         QDate(2016, 2, 1),
         {},
         {}},
        {QStringLiteral("E-209"),
         QStringLiteral("Logan Mehta"),
         coding,
         {QStringLiteral("remote_coder")},
         QDate(2023, 6, 12),
         QDate(2023, 6, 12),
         {}},
        {QStringLiteral("E-210"),
         QStringLiteral("Morgan Nakamura"),
         billing,
         {QStringLiteral("billing"), QStringLiteral("manager")},
         QDate(2018, 9, 24),
         {},
         {}},
        {QStringLiteral("E-211"),
         QStringLiteral("Riley Okafor"),
         it,
         {QStringLiteral("security_officer")},
         QDate(2024, 1, 8),
         {},
         {}},
        {QStringLiteral("E-212"),
         QStringLiteral("Sam Patel"),
         frontDesk,
         {},
         QDate(2026, 2, 23),
         QDate(2026, 4, 20),
         {}},
    };
    std::vector<Person> people;
    for (const Sample& sample : samples)
        people.push_back(addPerson(program, sample.employeeId, sample.name, sample.department,
                                   sample.roles, sample.hired, sample.phiAccess,
                                   sample.terminated));
    const Course onboarding = addCourse(
        program, QStringLiteral("HIPAA privacy and security onboarding"), Cadence::AtHire);
    const Course refresher =
        addCourse(program, QStringLiteral("Annual HIPAA refresher"), Cadence::EveryMonths);
    const Course awareness =
        addCourse(program, QStringLiteral("Security awareness"), Cadence::EveryMonths);
    const Course remote = addCourse(program, QStringLiteral("Remote work security"),
                                    Cadence::EveryMonths, {QStringLiteral("remote_coder")});
    const Course minimum =
        addCourse(program, QStringLiteral("Billing privacy and minimum necessary"),
                  Cadence::EveryMonths, {QStringLiteral("billing")});

    const auto person = [&](const QString& id) {
        for (const Person& each : people) {
            if (each.employeeId == id)
                return each;
        }
        FAIL("no such person");
        return Person{};
    };
    for (const Person& each : people) {
        if (each.employeeId == QStringLiteral("E-203") ||
            each.employeeId == QStringLiteral("E-212"))
            continue;
        // Logan started a week before the onboarding course: an access finding.
        const QDate onboarded =
            each.employeeId == QStringLiteral("E-209") ? each.hiredOn.addDays(7) : each.hiredOn;
        complete(program, each, onboarding, onboarded);
    }
    yearly(program, person(QStringLiteral("E-201")), refresher, QDate(2025, 1, 20));
    yearly(program, person(QStringLiteral("E-201")), awareness, QDate(2025, 5, 10));
    yearly(program, person(QStringLiteral("E-201")), minimum, QDate(2025, 3, 20));
    yearly(program, person(QStringLiteral("E-202")), refresher, QDate(2025, 8, 20));
    yearly(program, person(QStringLiteral("E-202")), awareness, QDate(2025, 8, 21));
    yearly(program, person(QStringLiteral("E-202")), remote, QDate(2024, 11, 2));
    yearly(program, person(QStringLiteral("E-204")), refresher, QDate(2025, 10, 6));
    yearly(program, person(QStringLiteral("E-204")), awareness, QDate(2025, 3, 12));
    yearly(program, person(QStringLiteral("E-205")), refresher, QDate(2025, 3, 15));
    yearly(program, person(QStringLiteral("E-205")), awareness, QDate(2025, 6, 2));
    yearly(program, person(QStringLiteral("E-205")), minimum, QDate(2024, 12, 2));
    yearly(program, person(QStringLiteral("E-206")), refresher, QDate(2025, 6, 9));
    yearly(program, person(QStringLiteral("E-206")), awareness, QDate(2025, 6, 9));
    yearly(program, person(QStringLiteral("E-207")), refresher, QDate(2025, 11, 10));
    yearly(program, person(QStringLiteral("E-207")), awareness, QDate(2025, 11, 12));
    yearly(program, person(QStringLiteral("E-208")), refresher, QDate(2026, 1, 15));
    yearly(program, person(QStringLiteral("E-208")), awareness, QDate(2026, 1, 16));
    yearly(program, person(QStringLiteral("E-209")), refresher, QDate(2025, 6, 20));
    yearly(program, person(QStringLiteral("E-209")), awareness, QDate(2024, 12, 20));
    yearly(program, person(QStringLiteral("E-209")), remote, QDate(2025, 6, 25));
    yearly(program, person(QStringLiteral("E-210")), refresher, QDate(2025, 9, 30));
    yearly(program, person(QStringLiteral("E-210")), awareness, QDate(2025, 9, 30));
    yearly(program, person(QStringLiteral("E-210")), minimum, QDate(2025, 10, 1));
    yearly(program, person(QStringLiteral("E-211")), refresher, QDate(2025, 1, 9));
    yearly(program, person(QStringLiteral("E-211")), awareness, QDate(2025, 2, 20));

    const QStringList templates{QStringLiteral("Payroll portal password reset"),
                                QStringLiteral("Shared invoice (PDF)"),
                                QStringLiteral("EHR login expiring"),
                                QStringLiteral("Parcel delivery notice"),
                                QStringLiteral("Benefits enrollment update"),
                                QStringLiteral("CEO gift card request"),
                                QStringLiteral("Voicemail attachment"),
                                QStringLiteral("IT mailbox quota full")};
    for (int i = 0; i < int(templates.size()); ++i) {
        const int recipients = 38 + i;
        addCampaign(program, QDate(2024, 3, 12).addMonths(3 * i), templates.at(i), recipients,
                    recipients * (22 - 2 * i) / 100, recipients * (12 + 6 * i) / 100,
                    recipients * (22 - 2 * i) / 100 - (i % 3 == 0 ? 1 : 0));
    }

    TrainingMatrixTab matrix(program);
    matrix.resize(1180, 620);
    REQUIRE(matrix.table()->model()->rowCount() == 12);
    CHECK(save(matrix, QStringLiteral("training-matrix-1-overdue-first")));

    TrainingTrendsTab trends(program);
    trends.resize(1100, 720);
    CHECK_FALSE(trends.isShowingCompletionHint());
    CHECK_FALSE(trends.isShowingPhishingHint());
    CHECK(save(trends, QStringLiteral("training-trends-1")));

    PhishingTab phishing(program);
    phishing.resize(1100, 420);
    phishing.table()->selectRow(1);
    CHECK(save(phishing, QStringLiteral("training-phishing-1")));

    const Result<std::vector<PhishingCampaign>> campaigns = program.phishing().campaigns();
    REQUIRE(campaigns);
    REQUIRE_FALSE(campaigns->empty());
    PhishingCampaignDialog dialog(program.phishing(), campaigns->back(), sampleToday(), &phishing);
    CHECK(save(dialog, QStringLiteral("training-phishing-2-dialog")));
    dialog.close();

    phishing.setDeleteConfirmation([](const PhishingCampaign&) { return true; });
    CHECK_FALSE(phishing.deleteSelected());
    CHECK(save(phishing, QStringLiteral("training-phishing-3-delete-refused")));
}
