#include "ui/risk/RiskFilterProxyModel.h"

#include "core/risk/RiskRegister.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/ui/risk/RiskTableSamples.h"
#include "ui/risk/RiskTableModel.h"

#include <QAbstractItemModelTester>
#include <catch2/catch_test_macros.hpp>
#include <set>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::riskpage::addRisk;
using palisade::test::riskpage::sampleRisk;
using enum RiskLevel;

namespace {

const QString dana = QStringLiteral("Dana Whitfield");
const QString sam = QStringLiteral("Sam Ortiz");

// A small register with one risk for each filter to find.
struct Register
{
    test::TemporaryProgram fixture;
    RiskTableModel model;
    RiskFilterProxyModel proxy;
    Risk laptop, phishing, fax, server, accepted;

    Register()
    {
        RiskRegister& risks = fixture.program().risks();
        const QDate today = fixture.clock().today();
        Risk laptopRisk =
            sampleRisk(QStringLiteral("Lost laptop"), dana, High, VeryHigh, today.addDays(-10));
        laptopRisk.description = QStringLiteral("A coder's laptop holds unencrypted claim exports");
        laptop = addRisk(risks, laptopRisk);
        Risk phishingRisk = sampleRisk(QStringLiteral("Phishing of coders"), sam, VeryHigh,
                                       Moderate, today.addDays(40), RiskRating{Low, Moderate});
        phishingRisk.threatSource = QStringLiteral("Organised criminals");
        phishingRisk.vulnerability = QStringLiteral("No multi-factor authentication on webmail");
        phishingRisk.treatment = RiskTreatment::Mitigate;
        phishingRisk.treatmentPlan = QStringLiteral("Enforce MFA and run phishing drills");
        phishingRisk.status = RiskStatus::InRemediation;
        phishing = addRisk(risks, phishingRisk);
        fax = addRisk(risks, sampleRisk(QStringLiteral("Fax misdirection"), sam, Moderate, Low));
        server = addRisk(risks, sampleRisk(QStringLiteral("Unpatched PM server"), dana, High,
                                           VeryHigh, today.addDays(5), RiskRating{Moderate, High}));
        Risk acceptedRisk = sampleRisk(QStringLiteral("Paper charts in the old archive"), dana, Low,
                                       Moderate, {}, RiskRating{Low, Moderate});
        acceptedRisk.status = RiskStatus::Accepted;
        acceptedRisk.treatment = RiskTreatment::Accept;
        acceptedRisk.acceptance = {dana, QDate(2026, 2, 1),
                                   QStringLiteral("The archive is locked and alarmed"),
                                   QDate(2027, 2, 1)};
        accepted = addRisk(risks, acceptedRisk);
        REQUIRE(model.load(risks, today).ok());
        proxy.setSourceModel(&model);
    }

    std::set<qint64> shown() const
    {
        std::set<qint64> ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.insert(proxy.index(row, 0).data(RiskTableModel::IdRole).toLongLong());
        return ids;
    }
};

} // namespace

TEST_CASE("RiskFilterProxyModel shows everything until a filter is set", "[risk]")
{
    Register r;
    QAbstractItemModelTester tester(&r.proxy,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK_FALSE(r.proxy.isFiltering());
    CHECK(r.proxy.rowCount() == 5);
    r.proxy.setText(QStringLiteral("laptop"));
    r.proxy.setOverdueOnly(true);
    CHECK(r.proxy.isFiltering());
    CHECK(r.proxy.rowCount() == 1);
    r.proxy.clearFilters();
    CHECK_FALSE(r.proxy.isFiltering());
    CHECK(r.proxy.rowCount() == 5);
}

TEST_CASE("RiskFilterProxyModel searches text in any case across the descriptive fields", "[risk]")
{
    Register r;
    r.proxy.setText(QStringLiteral("UNENCRYPTED"));
    CHECK(r.shown() == std::set<qint64>{r.laptop.id});
    r.proxy.setText(QStringLiteral("criminals"));
    CHECK(r.shown() == std::set<qint64>{r.phishing.id});
    r.proxy.setText(QStringLiteral("multi-factor"));
    CHECK(r.shown() == std::set<qint64>{r.phishing.id});
    r.proxy.setText(QStringLiteral("ortiz"));
    CHECK(r.shown() == std::set<qint64>{r.phishing.id, r.fax.id});
    r.proxy.setText(riskReference(r.server.id).toLower());
    CHECK(r.shown() == std::set<qint64>{r.server.id});
    // Every word must match, in any order.
    r.proxy.setText(QStringLiteral("  ortiz   fax "));
    CHECK(r.shown() == std::set<qint64>{r.fax.id});
    r.proxy.setText(QStringLiteral("fax laptop"));
    CHECK(r.shown().empty());
    r.proxy.setText(QString());
    CHECK(r.proxy.rowCount() == 5);
}

TEST_CASE("RiskFilterProxyModel filters by status, owner, level and overdue", "[risk]")
{
    Register r;
    r.proxy.setStatuses({RiskStatus::InRemediation});
    CHECK(r.shown() == std::set<qint64>{r.phishing.id});
    r.proxy.setStatuses({RiskStatus::Identified, RiskStatus::InRemediation});
    CHECK(r.shown().size() == 4);
    CHECK(r.proxy.acceptsStatus(RiskStatus::Identified));
    CHECK_FALSE(r.proxy.acceptsStatus(RiskStatus::Accepted));
    r.proxy.setStatuses({});

    r.proxy.setOwner(sam);
    CHECK(r.shown() == std::set<qint64>{r.phishing.id, r.fax.id});
    r.proxy.setOwner(QString());

    // The current level: residual where rated. The server is Very High before
    // treatment but only Moderate after it.
    r.proxy.setMinimumLevel(High);
    CHECK(r.shown() == std::set<qint64>{r.laptop.id});
    r.proxy.setMinimumLevel(Moderate);
    CHECK(r.shown() == std::set<qint64>{r.laptop.id, r.server.id});
    r.proxy.setMinimumLevel(Low);
    CHECK(r.shown().size() == 5);
    r.proxy.setMinimumLevel(std::nullopt);

    r.proxy.setOverdueOnly(true);
    CHECK(r.shown() == std::set<qint64>{r.laptop.id});
    r.proxy.setOverdueOnly(false);
    CHECK(r.proxy.rowCount() == 5);
}

TEST_CASE("RiskFilterProxyModel narrows to one heat-map cell, inherent or residual", "[risk]")
{
    Register r;
    r.proxy.setHeatMapCell(RiskFilterProxyModel::HeatMapCell{false, High, VeryHigh});
    CHECK(r.shown() == std::set<qint64>{r.laptop.id, r.server.id});
    r.proxy.setHeatMapCell(RiskFilterProxyModel::HeatMapCell{true, Low, Moderate});
    CHECK(r.shown() == std::set<qint64>{r.phishing.id, r.accepted.id});
    // Unrated risks are in no residual cell.
    r.proxy.setHeatMapCell(RiskFilterProxyModel::HeatMapCell{true, High, VeryHigh});
    CHECK(r.shown().empty());
    r.proxy.setHeatMapCell(std::nullopt);
    CHECK(r.proxy.rowCount() == 5);
}
