#include "ui/vendors/VendorFilterProxyModel.h"

#include "tests/support/TemporaryProgram.h"
#include "tests/support/TestPdf.h"
#include "tests/ui/vendors/VendorSamples.h"
#include "ui/vendors/AgreementTableModel.h"
#include "ui/vendors/CounterpartyTableModel.h"
#include "ui/vendors/VendorRoles.h"

#include <QAbstractItemModelTester>
#include <catch2/catch_test_macros.hpp>
#include <set>

using namespace palisade;
using namespace palisade::ui;

namespace {

std::set<qint64> ids(const QAbstractItemModel& model)
{
    std::set<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.insert(model.data(model.index(row, 0), vendorrole::IdRole).toLongLong());
    return out;
}

} // namespace

TEST_CASE("VendorFilterProxyModel filters agreements by words, status, direction and attention",
          "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    const test::VendorSample s = test::addBillingCompanyVendors(fixture.program());
    AgreementTableModel model(fixture.program());
    REQUIRE(model.reload());
    VendorFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK_FALSE(proxy.isFiltering());

    proxy.setText(QStringLiteral("  lakeside   coding "));
    CHECK(ids(proxy) == std::set<qint64>{s.lakesideBaa});
    proxy.setText(QStringLiteral("clearinghouse"));
    CHECK(ids(proxy) == std::set<qint64>{s.clearinghouseBaa});
    proxy.setText(QString());

    proxy.setStatusKey(agreementStatusKey(AgreementStatus::InNegotiation));
    CHECK(ids(proxy) == std::set<qint64>{s.shredBaa});
    proxy.setStatusKey(QString());

    proxy.setDirectionKey(agreementDirectionKey(AgreementDirection::Upstream));
    CHECK(ids(proxy) == std::set<qint64>{s.lakesideBaa, s.northgateBaa});
    proxy.setDirectionKey(QString());

    // On the due list: the overdue review, the clearinghouse (expiring, missing provision,
    // notice gap) and the unchecked draft; not the evergreen Northgate agreement.
    proxy.setAttentionOnly(true);
    CHECK(proxy.isFiltering());
    CHECK(ids(proxy) == std::set<qint64>{s.lakesideBaa, s.clearinghouseBaa, s.shredBaa});
    proxy.setAttentionOnly(false);
    CHECK(proxy.rowCount() == 4);
}

TEST_CASE("VendorFilterProxyModel finds agreements by the text of their signed documents",
          "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    const test::VendorSample s = test::addBillingCompanyVendors(fixture.program());
    REQUIRE(fixture.program().baas().attach(
        s.northgateBaa, QStringLiteral("northgate-signed.pdf"),
        test::makeTestPdf({QStringLiteral("Article 7. Indemnification by Quarterbackzyx Holdings"),
                           QStringLiteral("Signed for Northgate Orthopedics")}),
        DocumentKind::SignedAgreement));

    AgreementTableModel agreements(fixture.program());
    CounterpartyTableModel counterparties(fixture.program());
    REQUIRE(agreements.reload());
    REQUIRE(counterparties.reload());
    VendorFilterProxyModel agreementProxy;
    agreementProxy.setSourceModel(&agreements);
    VendorFilterProxyModel counterpartyProxy;
    counterpartyProxy.setSourceModel(&counterparties);
    QAbstractItemModelTester tester(&agreementProxy,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QString word = QStringLiteral("quarterbackzyx");
    // Nothing in the fields says it: without the document matches nothing is shown.
    agreementProxy.setText(word);
    CHECK(agreementProxy.rowCount() == 0);

    Result<std::set<qint64>> found = fixture.program().baas().agreementsWithText(word);
    REQUIRE(found);
    CHECK(*found == std::set<qint64>{s.northgateBaa});
    agreementProxy.setDocumentMatches(*found);
    CHECK(ids(agreementProxy) == std::set<qint64>{s.northgateBaa});

    counterpartyProxy.setText(word);
    counterpartyProxy.setDocumentMatches({s.northgate});
    CHECK(ids(counterpartyProxy) == std::set<qint64>{s.northgate});

    // The other filters still apply to a document match.
    agreementProxy.setDirectionKey(agreementDirectionKey(AgreementDirection::Downstream));
    CHECK(agreementProxy.rowCount() == 0);
}
