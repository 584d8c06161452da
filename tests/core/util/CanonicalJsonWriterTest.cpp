#include "core/util/CanonicalJsonWriter.h"

#include "core/util/CanonicalJson.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {

// A string drawn from the characters JSON writers get wrong: controls, quotes,
// backslashes, two- and three-byte characters, pairs and lone halves of
// surrogates, the byte order mark and the highest code units.
QString awkwardString(QRandomGenerator& random)
{
    static const char16_t pool[] = {u'a',   u'Z',   u'0',   u' ',   u'"',   u'\\',  u'/',   0x00,
                                    0x01,   0x08,   0x09,   0x0A,   0x0C,   0x0D,   0x1F,   0x7F,
                                    0x80,   0xE9,   0x7FF,  0x800,  0x2028, 0xFEFF, 0xFFFD, 0xFFFF,
                                    0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xD83D, 0xDE00};
    QString text;
    const int length = random.bounded(12);
    for (int i = 0; i < length; ++i)
        text.append(QChar(pool[random.bounded(int(std::size(pool)))]));
    return text;
}

} // namespace

TEST_CASE("The canonical writer escapes strings exactly as QJsonDocument does", "[json]")
{
    QRandomGenerator random(20261125);
    for (int round = 0; round < 5000; ++round) {
        const QString value = awkwardString(random);
        CanonicalJsonWriter writer;
        writer.add("value", value);
        const QByteArray expected = canonicalJson(QJsonObject{{QStringLiteral("value"), value}});
        INFO("round " << round << ": " << expected.toStdString());
        REQUIRE(writer.finish().bytes() == expected);
    }
}

TEST_CASE("The canonical writer orders keys and writes nulls and string arrays like "
          "canonicalJson",
          "[json]")
{
    CanonicalJsonWriter writer;
    writer.add("title", u"Laptop theft")
        .addNull("due_on")
        .add("citations", QStringList{QStringLiteral("164.310(d)(1)"), QStringLiteral("b\"c")})
        .add("asset_ids", QStringList{})
        .add("id", u"42")
        .add("a_b", u"")
        .add("ab", u"x");
    const JsonText text = writer.finish();
    const QJsonObject object{
        {QStringLiteral("title"), QStringLiteral("Laptop theft")},
        {QStringLiteral("due_on"), QJsonValue()},
        {QStringLiteral("citations"),
         QJsonArray{QStringLiteral("164.310(d)(1)"), QStringLiteral("b\"c")}},
        {QStringLiteral("asset_ids"), QJsonArray{}},
        {QStringLiteral("id"), QStringLiteral("42")},
        {QStringLiteral("a_b"), QString()},
        {QStringLiteral("ab"), QStringLiteral("x")},
    };
    CHECK(text.bytes() == canonicalJson(object));
    CHECK(text.bytes().startsWith("{\"a_b\":\"\",\"ab\":\"x\",\"asset_ids\":[],"));
    CHECK(text.object() == object);

    // The writer starts over after finishing.
    writer.add("only", u"one");
    CHECK(writer.finish().bytes() == QByteArrayLiteral("{\"only\":\"one\"}"));
    CHECK(writer.finish().bytes() == QByteArrayLiteral("{}"));
}

TEST_CASE("JsonText is the canonical form of an object, and {} by default", "[json]")
{
    CHECK(JsonText().bytes() == QByteArrayLiteral("{}"));
    CHECK(JsonText().object().isEmpty());
    const QJsonObject object{{QStringLiteral("z"), 1}, {QStringLiteral("a"), true}};
    CHECK(JsonText(object).bytes() == QByteArrayLiteral("{\"a\":true,\"z\":1}"));
}
