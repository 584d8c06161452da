#include "core/risk/AssetCsvDataFlows.h"

#include "tests/core/CatchQtStrings.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;

TEST_CASE("Data flows are read from the compact syntax and written back the same way", "[csv]")
{
    const QString text = QStringLiteral(
        "Clinic EHR > Coding workstation via VPN [encrypted]; Referring clinics -> Fax ;"
        " Billing > Payers VIA clearing house [Not Encrypted]");
    Result<std::vector<DataFlow>> flows = AssetCsvDataFlows::parse(text);
    REQUIRE(flows.ok());
    REQUIRE(flows->size() == 3);
    CHECK((*flows)[0] == DataFlow{QStringLiteral("Clinic EHR"),
                                  QStringLiteral("Coding workstation"), QStringLiteral("VPN"),
                                  true});
    CHECK((*flows)[1] ==
          DataFlow{QStringLiteral("Referring clinics"), QStringLiteral("Fax"), QString(), false});
    CHECK((*flows)[2] == DataFlow{QStringLiteral("Billing"), QStringLiteral("Payers"),
                                  QStringLiteral("clearing house"), false});

    const QString written = AssetCsvDataFlows::format(*flows);
    CHECK(written ==
          QStringLiteral("Clinic EHR > Coding workstation via VPN [encrypted]; "
                         "Referring clinics > Fax; Billing > Payers via clearing house"));
    Result<std::vector<DataFlow>> again = AssetCsvDataFlows::parse(written);
    REQUIRE(again.ok());
    CHECK(*again == *flows);

    Result<std::vector<DataFlow>> none = AssetCsvDataFlows::parse(QStringLiteral(" ; "));
    REQUIRE(none.ok());
    CHECK(none->empty());
}

TEST_CASE("Malformed data flows are each named by their number", "[csv]")
{
    Result<std::vector<DataFlow>> flows = AssetCsvDataFlows::parse(
        QStringLiteral("A > B; no arrow here; A > B > C; A > B [maybe]; > B via fax"));
    REQUIRE_FALSE(flows.ok());
    const QStringList problems = flows.error().message.split(QLatin1Char('\n'));
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].startsWith(QStringLiteral("data flow 2 (\"no arrow here\") needs a '>'")));
    CHECK(problems[1].startsWith(QStringLiteral("data flow 3 (\"A > B > C\") has more than one")));
    CHECK(problems[2].startsWith(
        QStringLiteral("data flow 4 (\"A > B [maybe]\") ends with an unknown marker")));
    CHECK(problems[3].startsWith(QStringLiteral("data flow 5 (\"> B via fax\") needs both")));
}
