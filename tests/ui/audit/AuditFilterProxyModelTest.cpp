#include "ui/audit/AuditFilterProxyModel.h"

#include "core/audit/AuditTrail.h"
#include "tests/support/TemporaryProgram.h"
#include "ui/audit/AuditTrailModel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using palisade::ui::AuditFilterProxyModel;
using palisade::ui::AuditTrailModel;

namespace {

// created (day 0), then one event per day: two risks by two actors and a backup.
void recordEvents(test::TemporaryProgram& fixture)
{
    const auto record = [&](const QString& actor, const QString& action, const QString& entity,
                            const QString& id, const QJsonObject& after) {
        fixture.clock().advanceDays(1);
        REQUIRE(fixture.program().transact(QStringLiteral("test"), [&](AuditTrail& audit) {
            audit.record(actor, action, entity, id, {}, after);
        }));
    };
    record(QStringLiteral("Dana Whitfield"), QStringLiteral("risk_added"), QStringLiteral("risk"),
           QStringLiteral("R-1"), {{QStringLiteral("title"), QStringLiteral("Lost badge reader")}});
    record(QStringLiteral("Sam Ortiz"), QStringLiteral("risk_added"), QStringLiteral("risk"),
           QStringLiteral("R-2"), {{QStringLiteral("title"), QStringLiteral("Phishing")}});
    record(QStringLiteral("Sam Ortiz"), QStringLiteral("baa_signed"), QStringLiteral("baa"),
           QStringLiteral("B-7"),
           {{QStringLiteral("vendor"), QStringLiteral("Cloudlift Billing")}});
}

} // namespace

TEST_CASE("AuditFilterProxyModel narrows rows by text, actor, action, record type and date",
          "[ui][audit]")
{
    test::TemporaryProgram fixture;
    recordEvents(fixture);
    AuditTrailModel model(fixture.program().auditTrail());
    REQUIRE(model.reload());
    REQUIRE(model.rowCount() == 4);

    AuditFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(proxy.rowCount() == 4);
    REQUIRE_FALSE(proxy.isFiltering());

    SECTION("free text matches the changes, case-insensitively")
    {
        proxy.setText(QStringLiteral("phish"));
        REQUIRE(proxy.rowCount() == 1);
        CHECK(proxy.data(proxy.index(0, AuditTrailModel::RecordColumn)).toString() ==
              QStringLiteral("Risk #R-2"));
        proxy.setText(QStringLiteral("CLOUDLIFT"));
        CHECK(proxy.rowCount() == 1);
        proxy.setText(QStringLiteral("no such words"));
        CHECK(proxy.rowCount() == 0);
        proxy.setText({});
        CHECK(proxy.rowCount() == 4);
    }
    SECTION("free text matches the human action label")
    {
        proxy.setText(QStringLiteral("created"));
        CHECK(proxy.rowCount() == 1);
    }
    SECTION("action")
    {
        proxy.setAction(QStringLiteral("risk_added"));
        CHECK(proxy.rowCount() == 2);
        proxy.setActor(QStringLiteral("Sam Ortiz"));
        CHECK(proxy.rowCount() == 1);
        proxy.clearFilters();
        CHECK(proxy.rowCount() == 4);
    }
    SECTION("record type")
    {
        proxy.setEntity(QStringLiteral("baa"));
        CHECK(proxy.rowCount() == 1);
        proxy.setEntity(QStringLiteral("program"));
        CHECK(proxy.rowCount() == 1);
    }
    SECTION("dates are inclusive")
    {
        const QDate first = model.eventAt(1).at.toLocalTime().date();
        proxy.setDateRange(first, first.addDays(1));
        CHECK(proxy.rowCount() == 2);
        proxy.setDateRange(first.addDays(2), {});
        CHECK(proxy.rowCount() == 1);
        proxy.setDateRange({}, first.addDays(-1));
        CHECK(proxy.rowCount() == 1);
    }
}

TEST_CASE("AuditFilterProxyModel keeps filtering rows appended later", "[ui][audit]")
{
    test::TemporaryProgram fixture;
    AuditTrailModel model(fixture.program().auditTrail());
    REQUIRE(model.reload());
    AuditFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setAction(QStringLiteral("risk_added"));
    REQUIRE(proxy.rowCount() == 0);

    recordEvents(fixture);
    REQUIRE(model.refresh());
    CHECK(model.rowCount() == 4);
    CHECK(proxy.rowCount() == 2);
}
