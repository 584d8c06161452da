#include "core/risk/RiskMatrix.h"

#include "tests/core/CatchQtStrings.h"
#include "tests/core/risk/CatchRiskLevel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch_test_macros.hpp>
#include <map>
#include <string>
#include <vector>

using namespace palisade;

namespace {

using enum RiskLevel;

constexpr RiskLevel ascending[] = {VeryLow, Low, Moderate, High, VeryHigh};

// NIST SP 800-30 Rev. 1 Table I-2, typed in as printed: rows are likelihood from
// Very High down to Very Low, columns impact from Very Low to Very High.
const std::vector<std::pair<RiskLevel, std::vector<std::string>>>& nistTable()
{
    static const std::vector<std::pair<RiskLevel, std::vector<std::string>>> table = {
        {VeryHigh, {"VL", "L", "M", "H", "VH"}}, //
        {High, {"VL", "L", "M", "H", "VH"}},     //
        {Moderate, {"VL", "L", "M", "M", "H"}},  //
        {Low, {"VL", "L", "L", "L", "M"}},       //
        {VeryLow, {"VL", "VL", "VL", "L", "L"}},
    };
    return table;
}

RiskLevel fromAbbreviation(const std::string& text)
{
    static const std::map<std::string, RiskLevel> map = {
        {"VL", VeryLow}, {"L", Low}, {"M", Moderate}, {"H", High}, {"VH", VeryHigh}};
    return map.at(text);
}

// Monotonic in the pairwise sense: any cell at or above and at or right of
// another is at least as severe. Written independently of RiskMatrix::validate,
// which only compares neighbours.
bool pairwiseMonotonic(const RiskMatrix& matrix)
{
    for (const RiskLevel l1 : ascending)
        for (const RiskLevel l2 : ascending)
            for (const RiskLevel i1 : ascending)
                for (const RiskLevel i2 : ascending)
                    if (l1 <= l2 && i1 <= i2 && matrix.level(l1, i1) > matrix.level(l2, i2))
                        return false;
    return true;
}

QJsonObject rowsOf(const QJsonObject& json)
{
    return json.value(QStringLiteral("rows")).toObject();
}

QJsonObject withRows(QJsonObject json, const QJsonObject& rows)
{
    json.insert(QStringLiteral("rows"), rows);
    return json;
}

QJsonObject withRow(const QJsonObject& json, const QString& key, const QJsonValue& row)
{
    QJsonObject rows = rowsOf(json);
    rows.insert(key, row);
    return withRows(json, rows);
}

void requireInvalid(const Result<RiskMatrix>& result, const QString& mentioned)
{
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorKind::Invalid);
    CHECK_FALSE(result.error().message.isEmpty());
    INFO(result.error().message.toStdString());
    CHECK(result.error().message.contains(mentioned));
}

} // namespace

TEST_CASE("The default matrix is NIST SP 800-30 Table I-2 in all 25 cells", "[risk]")
{
    const RiskMatrix matrix = RiskMatrix::defaultMatrix();
    int checked = 0;
    for (const auto& [likelihood, row] : nistTable()) {
        REQUIRE(row.size() == 5);
        for (std::size_t column = 0; column < row.size(); ++column) {
            const RiskLevel impact = ascending[column];
            INFO("likelihood " << riskLevelKey(likelihood).toStdString() << ", impact "
                               << riskLevelKey(impact).toStdString());
            CHECK(matrix.level(likelihood, impact) == fromAbbreviation(row[column]));
            ++checked;
        }
    }
    CHECK(checked == 25);
}

TEST_CASE("A default-constructed matrix is the default matrix", "[risk]")
{
    CHECK(RiskMatrix() == RiskMatrix::defaultMatrix());
    CHECK(RiskMatrix().isDefault());
    CHECK(RiskMatrix::defaultMatrix().isDefault());
}

TEST_CASE("The default matrix is not symmetric", "[risk]")
{
    const RiskMatrix matrix = RiskMatrix::defaultMatrix();
    CHECK(matrix.level(High, Moderate) == Moderate);
    CHECK(matrix.level(Moderate, High) == Moderate);
    CHECK(matrix.level(Low, VeryHigh) == Moderate);
    CHECK(matrix.level(VeryHigh, Low) == Low);
    CHECK(matrix.level(VeryLow, High) == Low);
    CHECK(matrix.level(High, VeryLow) == VeryLow);
    CHECK(matrix.level(VeryHigh, VeryHigh) == VeryHigh);
    CHECK(matrix.level(VeryLow, VeryLow) == VeryLow);
}

TEST_CASE("setLevel changes only the addressed cell", "[risk]")
{
    const RiskMatrix original = RiskMatrix::defaultMatrix();
    for (const RiskLevel likelihood : ascending) {
        for (const RiskLevel impact : ascending) {
            INFO("likelihood " << riskLevelKey(likelihood).toStdString() << ", impact "
                               << riskLevelKey(impact).toStdString());
            const RiskLevel before = original.level(likelihood, impact);
            const RiskLevel replacement = before == VeryHigh ? VeryLow : VeryHigh;
            RiskMatrix edited = original;
            edited.setLevel(likelihood, impact, replacement);
            CHECK(edited.level(likelihood, impact) == replacement);
            CHECK_FALSE(edited.isDefault());
            CHECK_FALSE(edited == original);
            int unchanged = 0;
            for (const RiskLevel l : ascending)
                for (const RiskLevel i : ascending)
                    if ((l != likelihood || i != impact) &&
                        edited.level(l, i) == original.level(l, i))
                        ++unchanged;
            CHECK(unchanged == 24);

            edited.setLevel(likelihood, impact, before);
            CHECK(edited == original);
            CHECK(edited.isDefault());
        }
    }
}

TEST_CASE("The default matrix serializes to the documented JSON", "[risk]")
{
    const QJsonObject json = RiskMatrix::defaultMatrix().toJson();
    CHECK(json.value(QStringLiteral("format")).toInt() == 1);
    CHECK(json.keys() == QStringList{QStringLiteral("format"), QStringLiteral("rows")});
    const QJsonObject rows = rowsOf(json);
    CHECK(rows.size() == 5);

    auto keys = [](std::initializer_list<const char*> list) {
        QJsonArray array;
        for (const char* key : list)
            array.append(QString::fromLatin1(key));
        return array;
    };
    CHECK(rows.value(QStringLiteral("very_high")).toArray() ==
          keys({"very_low", "low", "moderate", "high", "very_high"}));
    CHECK(rows.value(QStringLiteral("high")).toArray() ==
          keys({"very_low", "low", "moderate", "high", "very_high"}));
    CHECK(rows.value(QStringLiteral("moderate")).toArray() ==
          keys({"very_low", "low", "moderate", "moderate", "high"}));
    CHECK(rows.value(QStringLiteral("low")).toArray() ==
          keys({"very_low", "low", "low", "low", "moderate"}));
    CHECK(rows.value(QStringLiteral("very_low")).toArray() ==
          keys({"very_low", "very_low", "very_low", "low", "low"}));
}

TEST_CASE("The default matrix survives a JSON round trip", "[risk]")
{
    const QByteArray bytes = QJsonDocument(RiskMatrix::defaultMatrix().toJson()).toJson();
    const Result<RiskMatrix> parsed = RiskMatrix::fromJson(QJsonDocument::fromJson(bytes).object());
    REQUIRE(parsed.ok());
    CHECK(parsed.value() == RiskMatrix::defaultMatrix());
    CHECK(parsed.value().isDefault());
}

TEST_CASE("An edited matrix survives a JSON round trip", "[risk]")
{
    RiskMatrix edited;
    edited.setLevel(Moderate, High, High);
    edited.setLevel(VeryLow, VeryHigh, Moderate);
    edited.setLevel(High, VeryLow, Low);
    REQUIRE_FALSE(edited.isDefault());

    const QByteArray bytes = QJsonDocument(edited.toJson()).toJson(QJsonDocument::Compact);
    const Result<RiskMatrix> parsed = RiskMatrix::fromJson(QJsonDocument::fromJson(bytes).object());
    REQUIRE(parsed.ok());
    CHECK(parsed.value() == edited);
    CHECK_FALSE(parsed.value().isDefault());
    CHECK(parsed.value().level(Moderate, High) == High);
    CHECK(parsed.value().level(VeryLow, VeryHigh) == Moderate);
    CHECK(parsed.value().level(High, VeryLow) == Low);
}

TEST_CASE("fromJson refuses a missing or unsupported format", "[risk]")
{
    const QJsonObject good = RiskMatrix::defaultMatrix().toJson();

    QJsonObject noFormat = good;
    noFormat.remove(QStringLiteral("format"));
    requireInvalid(RiskMatrix::fromJson(noFormat), QStringLiteral("format"));

    QJsonObject future = good;
    future.insert(QStringLiteral("format"), 2);
    requireInvalid(RiskMatrix::fromJson(future), QStringLiteral("format"));

    QJsonObject text = good;
    text.insert(QStringLiteral("format"), QStringLiteral("1"));
    requireInvalid(RiskMatrix::fromJson(text), QStringLiteral("format"));
}

TEST_CASE("fromJson refuses missing rows", "[risk]")
{
    QJsonObject json = RiskMatrix::defaultMatrix().toJson();
    json.remove(QStringLiteral("rows"));
    requireInvalid(RiskMatrix::fromJson(json), QStringLiteral("no rows"));

    json.insert(QStringLiteral("rows"), QJsonArray{});
    requireInvalid(RiskMatrix::fromJson(json), QStringLiteral("no rows"));

    requireInvalid(RiskMatrix::fromJson(QJsonObject{}), QStringLiteral("format"));
}

TEST_CASE("fromJson names each missing likelihood row", "[risk]")
{
    const QJsonObject good = RiskMatrix::defaultMatrix().toJson();
    for (const RiskLevel likelihood : ascending) {
        const QString key = riskLevelKey(likelihood);
        INFO(key.toStdString());
        QJsonObject rows = rowsOf(good);
        rows.remove(key);
        requireInvalid(RiskMatrix::fromJson(withRows(good, rows)),
                       QStringLiteral("no row for likelihood \"%1\"").arg(key));
    }
}

TEST_CASE("fromJson refuses a row for an unknown likelihood", "[risk]")
{
    const QJsonObject good = RiskMatrix::defaultMatrix().toJson();
    const QJsonArray row = rowsOf(good).value(QStringLiteral("moderate")).toArray();
    requireInvalid(RiskMatrix::fromJson(withRow(good, QStringLiteral("medium"), row)),
                   QStringLiteral("\"medium\""));
}

TEST_CASE("fromJson refuses a row that is not a list of five cells", "[risk]")
{
    const QJsonObject good = RiskMatrix::defaultMatrix().toJson();
    const QString key = QStringLiteral("high");

    QJsonArray shortRow = rowsOf(good).value(key).toArray();
    shortRow.removeLast();
    requireInvalid(RiskMatrix::fromJson(withRow(good, key, shortRow)),
                   QStringLiteral("row for likelihood \"high\" must have 5 cells"));
    requireInvalid(RiskMatrix::fromJson(withRow(good, key, shortRow)), QStringLiteral("it has 4"));

    QJsonArray longRow = rowsOf(good).value(key).toArray();
    longRow.append(QStringLiteral("very_high"));
    requireInvalid(RiskMatrix::fromJson(withRow(good, key, longRow)), QStringLiteral("it has 6"));

    requireInvalid(RiskMatrix::fromJson(withRow(good, key, QJsonArray{})),
                   QStringLiteral("it has 0"));

    requireInvalid(RiskMatrix::fromJson(withRow(good, key, QStringLiteral("very_high"))),
                   QStringLiteral("row for likelihood \"high\" is not a list"));
}

TEST_CASE("fromJson names the cell holding an unknown level key", "[risk]")
{
    const QJsonObject good = RiskMatrix::defaultMatrix().toJson();
    const QString key = QStringLiteral("low");

    QJsonArray row = rowsOf(good).value(key).toArray();
    row[2] = QStringLiteral("medium");
    requireInvalid(RiskMatrix::fromJson(withRow(good, key, row)),
                   QStringLiteral("likelihood \"low\" and impact \"moderate\""));
    requireInvalid(RiskMatrix::fromJson(withRow(good, key, row)), QStringLiteral("\"medium\""));

    QJsonArray numeric = rowsOf(good).value(key).toArray();
    numeric[4] = 3;
    requireInvalid(RiskMatrix::fromJson(withRow(good, key, numeric)),
                   QStringLiteral("likelihood \"low\" and impact \"very_high\""));

    QJsonArray empty = rowsOf(good).value(key).toArray();
    empty[0] = QString();
    requireInvalid(RiskMatrix::fromJson(withRow(good, key, empty)),
                   QStringLiteral("likelihood \"low\" and impact \"very_low\""));
}

TEST_CASE("The default matrix passes validation", "[risk]")
{
    const Result<void> result = RiskMatrix::defaultMatrix().validate();
    CHECK(result.ok());
}

TEST_CASE("validate refuses a cell lower than the one below it", "[risk]")
{
    RiskMatrix matrix;
    matrix.setLevel(High, VeryHigh, Low); // Moderate likelihood, Very High impact is High
    const Result<void> result = matrix.validate();
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorKind::Invalid);
    CHECK(result.error().message.contains(QStringLiteral("likelihood High and impact Very High")));
    CHECK(result.error().message.contains(QStringLiteral("Raising the likelihood")));
}

TEST_CASE("validate refuses a cell lower than the one left of it", "[risk]")
{
    RiskMatrix matrix;
    // Very Low likelihood row: raising the Very Low impact cell above its right
    // neighbour breaks the impact direction first.
    matrix.setLevel(VeryLow, VeryLow, Low);
    const Result<void> result = matrix.validate();
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorKind::Invalid);
    CHECK(result.error().message.contains(QStringLiteral("likelihood Very Low and impact Low")));
    CHECK(result.error().message.contains(QStringLiteral("Raising the impact")));
}

TEST_CASE("validate accepts monotonic edits", "[risk]")
{
    RiskMatrix matrix;
    matrix.setLevel(Moderate, High, High);
    matrix.setLevel(VeryLow, VeryHigh, Moderate);
    CHECK_FALSE(matrix.isDefault());
    CHECK(matrix.validate().ok());

    RiskMatrix flat;
    for (const RiskLevel l : ascending)
        for (const RiskLevel i : ascending)
            flat.setLevel(l, i, Moderate);
    CHECK(flat.validate().ok());
}

TEST_CASE("validate agrees with a pairwise check for every single-cell edit", "[risk]")
{
    int refused = 0;
    int accepted = 0;
    for (const RiskLevel likelihood : ascending) {
        for (const RiskLevel impact : ascending) {
            for (const RiskLevel level : ascending) {
                RiskMatrix matrix;
                matrix.setLevel(likelihood, impact, level);
                const bool expected = pairwiseMonotonic(matrix);
                INFO("likelihood " << riskLevelKey(likelihood).toStdString() << ", impact "
                                   << riskLevelKey(impact).toStdString() << " set to "
                                   << riskLevelKey(level).toStdString());
                const Result<void> result = matrix.validate();
                CHECK(result.ok() == expected);
                if (!result.ok()) {
                    // The first offender is the edited cell or a neighbour sharing its
                    // likelihood or its impact.
                    const QString& message = result.error().message;
                    CHECK((message.contains(
                               QStringLiteral("likelihood %1 ").arg(riskLevelLabel(likelihood))) ||
                           message.contains(
                               QStringLiteral("impact %1 ").arg(riskLevelLabel(impact)))));
                }
                ++(expected ? accepted : refused);
            }
        }
    }
    // Both outcomes occur, so the comparison above is not vacuous.
    CHECK(accepted > 25);
    CHECK(refused > 25);
}
