#pragma once

// The shipped example files of docs/examples and a few helpers shared by the
// vendor CSV tests.

#include "core/program/Program.h"
#include "core/risk/AssetCsvImporter.h"
#include "core/risk/AssetRegister.h"
#include "core/vendors/AgreementCsvImporter.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyCsvImporter.h"
#include "core/vendors/CounterpartyRegister.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>

namespace palisade::test {

inline QString vendorExamplePath(const QString& name)
{
    const QDir tests = QFileInfo(QStringLiteral(__FILE__)).dir();
    return QDir::cleanPath(tests.filePath(QStringLiteral("../../../docs/examples/")) +
                           QLatin1Char('/') + name);
}

inline QByteArray csvLines(const QStringList& lines)
{
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

template <typename T> std::string describe(const Result<T>& result)
{
    return result.ok() ? std::string("ok") : result.error().message.toStdString();
}

// Assets, then counterparties, then agreements, as the documentation says.
inline void importVendorExamples(Program& program, bool withAgreements = true)
{
    Result<ImportReport> assets = AssetCsvImporter(program.assets())
                                      .importFile(vendorExamplePath(QStringLiteral("assets.csv")));
    INFO(describe(assets));
    REQUIRE(assets.ok());
    Result<ImportReport> counterparties =
        CounterpartyCsvImporter(program.counterparties(), program.assets())
            .importFile(vendorExamplePath(QStringLiteral("counterparties.csv")));
    INFO(describe(counterparties));
    REQUIRE(counterparties.ok());
    if (!withAgreements)
        return;
    Result<ImportReport> agreements =
        AgreementCsvImporter(program.baas(), program.counterparties())
            .importFile(vendorExamplePath(QStringLiteral("agreements.csv")));
    INFO(describe(agreements));
    REQUIRE(agreements.ok());
}

inline Counterparty counterpartyNamed(Program& program, const QString& name)
{
    Result<std::vector<Counterparty>> all = program.counterparties().counterparties();
    REQUIRE(all.ok());
    const auto found = std::find_if(all->begin(), all->end(),
                                    [&](const Counterparty& c) { return c.name == name; });
    REQUIRE(found != all->end());
    return *found;
}

inline Agreement agreementTitled(Program& program, const QString& title)
{
    Result<std::vector<Agreement>> all = program.baas().agreements();
    REQUIRE(all.ok());
    const auto found = std::find_if(all->begin(), all->end(),
                                    [&](const Agreement& a) { return a.title == title; });
    REQUIRE(found != all->end());
    return *found;
}

inline qint64 assetIdNamed(Program& program, const QString& name)
{
    Result<std::vector<Asset>> all = program.assets().assets();
    REQUIRE(all.ok());
    for (const Asset& asset : *all) {
        if (asset.name == name)
            return asset.id;
    }
    FAIL("no asset " << name.toStdString());
    return 0;
}

} // namespace palisade::test
