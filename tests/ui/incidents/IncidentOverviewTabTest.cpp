#include "ui/incidents/IncidentOverviewTab.h"

#include "tests/ui/incidents/IncidentUiSamples.h"
#include "ui/widgets/MessageBanner.h"

#include <QPushButton>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("IncidentOverviewTab states the facts and the breach presumption", "[incidents][ui]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const qint64 id = test::addIncident(program, test::stolenLaptop());
    IncidentOverviewTab tab(program);
    tab.setIncident(program.incidents().incident(id).value());
    CHECK(tab.factsText().contains(QStringLiteral("Discovered: 2026-01-05")));
    CHECK(tab.factsText().contains(incidentKindLabel(IncidentKind::LostOrStolenDevice)));
    CHECK(tab.breachText().contains(QStringLiteral(
        "Presumed a breach: no four-factor assessment is on file (45 CFR 164.402)")));
    CHECK(tab.closeButton()->isVisibleTo(&tab));
    CHECK_FALSE(tab.reopenButton()->isVisibleTo(&tab));

    QSignalSpy edits(&tab, &IncidentOverviewTab::editRequested);
    tab.editButton()->click();
    REQUIRE(edits.count() == 1);
    CHECK(edits.front().front().toLongLong() == id);

    Incident secured = test::stolenLaptop();
    secured.phiSecured = true;
    secured.securedBasis = QStringLiteral("AES-256 full-disk encryption");
    tab.setIncident(secured);
    CHECK(tab.breachText().contains(QStringLiteral("AES-256 full-disk encryption")));
    CHECK(tab.breachText().contains(QStringLiteral("not unsecured PHI")));
}

TEST_CASE("IncidentOverviewTab closes and reopens", "[incidents][ui]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const qint64 id = test::addIncident(program, test::misdirectedFax());
    IncidentOverviewTab tab(program);
    tab.setIncident(program.incidents().incident(id).value());
    CHECK_FALSE(tab.closeIncident(QDate(2026, 2, 1))); // before the discovery
    CHECK(tab.banner()->kind() == MessageBanner::Kind::Error);
    REQUIRE(tab.closeIncident(QDate(2026, 3, 1)));
    CHECK(program.incidents().incident(id).value().closedOn == QDate(2026, 3, 1));
    tab.setIncident(program.incidents().incident(id).value());
    CHECK(tab.factsText().startsWith(QStringLiteral("Closed on 2026-03-01")));
    CHECK(tab.reopenButton()->isVisibleTo(&tab));
    REQUIRE(tab.reopenIncident());
    CHECK_FALSE(program.incidents().incident(id).value().isClosed());
}
