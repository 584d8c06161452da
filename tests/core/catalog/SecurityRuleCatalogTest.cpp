#include "core/catalog/SecurityRuleCatalog.h"

#include "tests/core/CatchQtStrings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {

// Counted from 45 CFR 164.308 to 164.316: 9 + 4 + 5 + 2 + 2 standards and
// 21 + 8 + 7 + 0 + 3 implementation specifications.
constexpr std::size_t expectedStandards = 22;
constexpr std::size_t expectedSpecifications = 39;
constexpr std::size_t expectedAddressable = 22;

QString sectionOf(Safeguard safeguard)
{
    switch (safeguard) {
    case Safeguard::Administrative:
        return QStringLiteral("164.308");
    case Safeguard::Physical:
        return QStringLiteral("164.310");
    case Safeguard::Technical:
        return QStringLiteral("164.312");
    case Safeguard::Organizational:
        return QStringLiteral("164.314");
    case Safeguard::Documentation:
        return QStringLiteral("164.316");
    }
    return {};
}

SecurityRuleCatalog shippedCatalog()
{
    Result<SecurityRuleCatalog> catalog = SecurityRuleCatalog::load();
    if (!catalog.ok())
        FAIL(catalog.error().text().toStdString());
    return std::move(catalog).value();
}

QJsonObject entry(const QString& citation, const QString& title, const QString& kind,
                  const QString& requirement, const QString& standard = {})
{
    QJsonObject object{{QStringLiteral("citation"), citation},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("requirement"), requirement},
                       {QStringLiteral("safeguard"), QStringLiteral("technical")}};
    if (!standard.isEmpty())
        object.insert(QStringLiteral("standard"), standard);
    return object;
}

// A small, valid catalog that each malformed case changes in one place.
QJsonArray smallEntries()
{
    return {entry(QStringLiteral("164.312(a)(1)"), QStringLiteral("Access control"),
                  QStringLiteral("standard"), QStringLiteral("required")),
            entry(QStringLiteral("164.312(a)(2)(iii)"), QStringLiteral("Automatic logoff"),
                  QStringLiteral("specification"), QStringLiteral("addressable"),
                  QStringLiteral("164.312(a)(1)")),
            entry(QStringLiteral("164.312(b)"), QStringLiteral("Audit controls"),
                  QStringLiteral("standard"), QStringLiteral("required"))};
}

QByteArray document(const QJsonArray& entries, int format = 1)
{
    const QJsonObject root{{QStringLiteral("format"), format},
                           {QStringLiteral("title"), QStringLiteral("Test catalog")},
                           {QStringLiteral("entries"), entries}};
    return QJsonDocument(root).toJson();
}

Result<SecurityRuleCatalog> loadWritten(const QTemporaryDir& dir, const QByteArray& bytes)
{
    const QString path = dir.filePath(QStringLiteral("catalog.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
    return SecurityRuleCatalog::load(path);
}

QJsonArray withEntry(QJsonArray entries, qsizetype index, const QJsonObject& replacement)
{
    entries.replace(index, replacement);
    return entries;
}

QJsonObject without(QJsonObject object, const QString& field)
{
    object.remove(field);
    return object;
}

QJsonObject with(QJsonObject object, const QString& field, const QString& value)
{
    object.insert(field, value);
    return object;
}

} // namespace

TEST_CASE("The shipped Security Rule catalog loads with every standard and specification",
          "[catalog]")
{
    const SecurityRuleCatalog catalog = shippedCatalog();
    CHECK(catalog.title() == QStringLiteral("HIPAA Security Rule (45 CFR Part 164, Subpart C)"));
    CHECK(catalog.entries().size() == expectedStandards + expectedSpecifications);
    CHECK(catalog.standards().size() == expectedStandards);

    std::size_t specifications = 0;
    std::size_t addressable = 0;
    for (const CatalogEntry& entry : catalog.entries()) {
        if (!entry.isStandard())
            ++specifications;
        if (entry.requirement == Requirement::Addressable)
            ++addressable;
    }
    CHECK(specifications == expectedSpecifications);
    CHECK(addressable == expectedAddressable);

    // File order: the rule's own order, administrative first, documentation last.
    CHECK(catalog.entries().front().citation == QStringLiteral("164.308(a)(1)(i)"));
    CHECK(catalog.entries().back().citation == QStringLiteral("164.316(b)(2)(iii)"));
}

TEST_CASE("Security Rule catalog entries carry the rule's citations and requirements", "[catalog]")
{
    const SecurityRuleCatalog catalog = shippedCatalog();

    const CatalogEntry* risk = catalog.find(QStringLiteral("164.308(a)(1)(ii)(A)"));
    REQUIRE(risk != nullptr);
    CHECK(risk->title == QStringLiteral("Risk analysis"));
    CHECK(risk->kind == EntryKind::Specification);
    CHECK(risk->requirement == Requirement::Required);
    CHECK(risk->standardCitation == QStringLiteral("164.308(a)(1)(i)"));
    CHECK(risk->safeguard == Safeguard::Administrative);

    const CatalogEntry* encryption = catalog.find(QStringLiteral("164.312(a)(2)(iv)"));
    REQUIRE(encryption != nullptr);
    CHECK(encryption->title == QStringLiteral("Encryption and decryption"));
    CHECK(encryption->requirement == Requirement::Addressable);
    CHECK(encryption->safeguard == Safeguard::Technical);

    const CatalogEntry* contract = catalog.find(QStringLiteral("164.308(b)(3)"));
    REQUIRE(contract != nullptr);
    CHECK(contract->standardCitation == QStringLiteral("164.308(b)(1)"));

    const CatalogEntry* evaluation = catalog.find(QStringLiteral("164.308(a)(8)"));
    REQUIRE(evaluation != nullptr);
    CHECK(evaluation->isStandard());
    CHECK(evaluation->standardCitation.isEmpty());
    CHECK(catalog.specificationsOf(evaluation->citation).empty());

    CHECK(catalog.find(QStringLiteral("164.308(a)(9)")) == nullptr);
    CHECK(catalog.contains(QStringLiteral("164.316(b)(2)(ii)")));
    CHECK_FALSE(catalog.contains(QStringLiteral("45 CFR 164.316(b)(2)(ii)")));
}

TEST_CASE("Every Security Rule specification belongs to a standard of the catalog", "[catalog]")
{
    const SecurityRuleCatalog catalog = shippedCatalog();
    std::size_t attached = 0;
    for (const CatalogEntry* standard : catalog.standards()) {
        CHECK(standard->requirement == Requirement::Required);
        for (const CatalogEntry* specification : catalog.specificationsOf(standard->citation)) {
            CHECK(specification->safeguard == standard->safeguard);
            ++attached;
        }
    }
    CHECK(attached == expectedSpecifications);

    QSet<QString> citations;
    for (const CatalogEntry& entry : catalog.entries()) {
        CHECK_FALSE(citations.contains(entry.citation));
        citations.insert(entry.citation);
        CHECK(entry.citation.startsWith(sectionOf(entry.safeguard) + QLatin1Char('(')));
        CHECK_FALSE(entry.title.isEmpty());
        if (!entry.isStandard()) {
            const CatalogEntry* standard = catalog.find(entry.standardCitation);
            REQUIRE(standard != nullptr);
            CHECK(standard->isStandard());
        }
    }
}

TEST_CASE("Specifications of a standard come in the rule's order", "[catalog]")
{
    const SecurityRuleCatalog catalog = shippedCatalog();
    const std::vector<const CatalogEntry*> access =
        catalog.specificationsOf(QStringLiteral("164.312(a)(1)"));
    REQUIRE(access.size() == 4);
    CHECK(access[0]->citation == QStringLiteral("164.312(a)(2)(i)"));
    CHECK(access[0]->title == QStringLiteral("Unique user identification"));
    CHECK(access[1]->citation == QStringLiteral("164.312(a)(2)(ii)"));
    CHECK(access[2]->citation == QStringLiteral("164.312(a)(2)(iii)"));
    CHECK(access[3]->citation == QStringLiteral("164.312(a)(2)(iv)"));

    CHECK(catalog.specificationsOf(QStringLiteral("164.308(a)(7)(i)")).size() == 5);
    CHECK(catalog.specificationsOf(QStringLiteral("no such standard")).empty());
}

TEST_CASE("The all-required mode makes every Security Rule entry required", "[catalog]")
{
    const SecurityRuleCatalog catalog = shippedCatalog();
    std::size_t addressableNow = 0;
    for (const CatalogEntry& entry : catalog.entries()) {
        const Requirement current =
            SecurityRuleCatalog::effectiveRequirement(entry, RequirementMode::CurrentRule);
        CHECK(current == entry.requirement);
        if (current == Requirement::Addressable)
            ++addressableNow;
        CHECK(SecurityRuleCatalog::effectiveRequirement(entry, RequirementMode::AllRequired) ==
              Requirement::Required);
    }
    CHECK(addressableNow == expectedAddressable);

    // The switch is a parameter: the data itself keeps the current rule.
    const CatalogEntry* logoff = catalog.find(QStringLiteral("164.312(a)(2)(iii)"));
    REQUIRE(logoff != nullptr);
    CHECK(logoff->requirement == Requirement::Addressable);
}

TEST_CASE("Security Rule catalog labels are readable", "[catalog]")
{
    CHECK(requirementLabel(Requirement::Required) == QStringLiteral("Required"));
    CHECK(requirementLabel(Requirement::Addressable) == QStringLiteral("Addressable"));
    CHECK(safeguardLabel(Safeguard::Technical) == QStringLiteral("Technical safeguards"));
    for (Safeguard safeguard :
         {Safeguard::Administrative, Safeguard::Physical, Safeguard::Technical,
          Safeguard::Organizational, Safeguard::Documentation}) {
        CHECK_FALSE(safeguardLabel(safeguard).isEmpty());
        Safeguard parsed = Safeguard::Administrative;
        CHECK(safeguardFromKey(safeguardKey(safeguard), parsed));
        CHECK(parsed == safeguard);
    }
    Requirement requirement = Requirement::Required;
    CHECK_FALSE(requirementFromKey(QStringLiteral("optional"), requirement));
    CHECK(entryKindLabel(EntryKind::Specification) ==
          QStringLiteral("Implementation specification"));
}

TEST_CASE("A malformed Security Rule catalog is refused with the problem named", "[catalog]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("the small catalog used below is itself valid")
    {
        Result<SecurityRuleCatalog> catalog = loadWritten(dir, document(smallEntries()));
        REQUIRE(catalog.ok());
        CHECK(catalog->entries().size() == 3);
        CHECK(catalog->title() == QStringLiteral("Test catalog"));
    }

    SECTION("a missing file")
    {
        const QString path = dir.filePath(QStringLiteral("absent.json"));
        Result<SecurityRuleCatalog> catalog = SecurityRuleCatalog::load(path);
        REQUIRE_FALSE(catalog.ok());
        CHECK(catalog.error().kind == ErrorKind::Io);
        CHECK(catalog.error().detail.contains(path));
    }

    SECTION("malformed JSON")
    {
        Result<SecurityRuleCatalog> catalog =
            loadWritten(dir, QByteArrayLiteral("{\"format\": 1, \"entries\": ["));
        REQUIRE_FALSE(catalog.ok());
        CHECK(catalog.error().kind == ErrorKind::Integrity);
        CHECK(catalog.error().message.contains(QStringLiteral("not valid JSON")));
    }

    SECTION("an unsupported format")
    {
        Result<SecurityRuleCatalog> catalog = loadWritten(dir, document(smallEntries(), 2));
        REQUIRE_FALSE(catalog.ok());
        CHECK(catalog.error().kind == ErrorKind::Integrity);
        CHECK(catalog.error().message.contains(QStringLiteral("format 2")));
    }

    SECTION("no entries list")
    {
        const QJsonObject root{{QStringLiteral("format"), 1},
                               {QStringLiteral("title"), QStringLiteral("Test catalog")}};
        Result<SecurityRuleCatalog> catalog = loadWritten(dir, QJsonDocument(root).toJson());
        REQUIRE_FALSE(catalog.ok());
        CHECK(catalog.error().message.contains(QStringLiteral("\"entries\"")));
    }

    SECTION("an entry without a citation")
    {
        const QJsonArray entries = smallEntries();
        Result<SecurityRuleCatalog> catalog = loadWritten(
            dir, document(withEntry(entries, 2,
                                    without(entries[2].toObject(), QStringLiteral("citation")))));
        REQUIRE_FALSE(catalog.ok());
        CHECK(catalog.error().kind == ErrorKind::Integrity);
        CHECK(catalog.error().message.contains(QStringLiteral("\"citation\"")));
        CHECK(catalog.error().message.contains(QStringLiteral("Entry 3")));
    }

    SECTION("an entry without a title")
    {
        const QJsonArray entries = smallEntries();
        Result<SecurityRuleCatalog> catalog = loadWritten(
            dir, document(withEntry(entries, 2,
                                    without(entries[2].toObject(), QStringLiteral("title")))));
        REQUIRE_FALSE(catalog.ok());
        CHECK(catalog.error().message.contains(QStringLiteral("164.312(b)")));
        CHECK(catalog.error().message.contains(QStringLiteral("\"title\"")));
    }

    SECTION("a specification without its standard")
    {
        const QJsonArray entries = smallEntries();
        Result<SecurityRuleCatalog> catalog = loadWritten(
            dir, document(withEntry(entries, 1,
                                    without(entries[1].toObject(), QStringLiteral("standard")))));
        REQUIRE_FALSE(catalog.ok());
        CHECK(catalog.error().message.contains(QStringLiteral("164.312(a)(2)(iii)")));
        CHECK(catalog.error().message.contains(QStringLiteral("\"standard\"")));
    }

    SECTION("an unknown kind")
    {
        const QJsonArray entries = smallEntries();
        Result<SecurityRuleCatalog> catalog =
            loadWritten(dir, document(withEntry(entries, 0,
                                                with(entries[0].toObject(), QStringLiteral("kind"),
                                                     QStringLiteral("guideline")))));
        REQUIRE_FALSE(catalog.ok());
        CHECK(catalog.error().kind == ErrorKind::Integrity);
        CHECK(catalog.error().message.contains(QStringLiteral("164.312(a)(1)")));
        CHECK(catalog.error().message.contains(QStringLiteral("\"kind\"")));
        CHECK(catalog.error().message.contains(QStringLiteral("guideline")));
    }

    SECTION("an unknown requirement")
    {
        const QJsonArray entries = smallEntries();
        Result<SecurityRuleCatalog> catalog = loadWritten(
            dir, document(withEntry(entries, 1,
                                    with(entries[1].toObject(), QStringLiteral("requirement"),
                                         QStringLiteral("optional")))));
        REQUIRE_FALSE(catalog.ok());
        CHECK(catalog.error().message.contains(QStringLiteral("164.312(a)(2)(iii)")));
        CHECK(catalog.error().message.contains(QStringLiteral("\"requirement\"")));
        CHECK(catalog.error().message.contains(QStringLiteral("optional")));
    }

    SECTION("an unknown safeguard")
    {
        const QJsonArray entries = smallEntries();
        Result<SecurityRuleCatalog> catalog = loadWritten(
            dir, document(withEntry(entries, 2,
                                    with(entries[2].toObject(), QStringLiteral("safeguard"),
                                         QStringLiteral("procedural")))));
        REQUIRE_FALSE(catalog.ok());
        CHECK(catalog.error().message.contains(QStringLiteral("164.312(b)")));
        CHECK(catalog.error().message.contains(QStringLiteral("\"safeguard\"")));
        CHECK(catalog.error().message.contains(QStringLiteral("procedural")));
    }

    SECTION("an addressable standard")
    {
        const QJsonArray entries = smallEntries();
        Result<SecurityRuleCatalog> catalog = loadWritten(
            dir, document(withEntry(entries, 2,
                                    with(entries[2].toObject(), QStringLiteral("requirement"),
                                         QStringLiteral("addressable")))));
        REQUIRE_FALSE(catalog.ok());
        CHECK(catalog.error().message.contains(QStringLiteral("164.312(b)")));
        CHECK(catalog.error().message.contains(QStringLiteral("\"requirement\"")));
    }

    SECTION("a duplicate citation")
    {
        QJsonArray entries = smallEntries();
        entries.append(entry(QStringLiteral("164.312(b)"), QStringLiteral("Audit controls again"),
                             QStringLiteral("standard"), QStringLiteral("required")));
        Result<SecurityRuleCatalog> catalog = loadWritten(dir, document(entries));
        REQUIRE_FALSE(catalog.ok());
        CHECK(catalog.error().kind == ErrorKind::Integrity);
        CHECK(catalog.error().message.contains(QStringLiteral("164.312(b)")));
        CHECK(catalog.error().message.contains(QStringLiteral("more than once")));
    }

    SECTION("a specification whose standard is not in the catalog")
    {
        QJsonArray entries = smallEntries();
        entries.append(entry(QStringLiteral("164.312(e)(2)(ii)"), QStringLiteral("Encryption"),
                             QStringLiteral("specification"), QStringLiteral("addressable"),
                             QStringLiteral("164.312(e)(1)")));
        Result<SecurityRuleCatalog> catalog = loadWritten(dir, document(entries));
        REQUIRE_FALSE(catalog.ok());
        CHECK(catalog.error().kind == ErrorKind::Integrity);
        CHECK(catalog.error().message.contains(QStringLiteral("164.312(e)(2)(ii)")));
        CHECK(catalog.error().message.contains(QStringLiteral("164.312(e)(1)")));
    }

    SECTION("a specification attached to another specification")
    {
        QJsonArray entries = smallEntries();
        entries.append(entry(QStringLiteral("164.312(a)(2)(iv)"),
                             QStringLiteral("Encryption and decryption"),
                             QStringLiteral("specification"), QStringLiteral("addressable"),
                             QStringLiteral("164.312(a)(2)(iii)")));
        Result<SecurityRuleCatalog> catalog = loadWritten(dir, document(entries));
        REQUIRE_FALSE(catalog.ok());
        CHECK(catalog.error().message.contains(QStringLiteral("164.312(a)(2)(iv)")));
        CHECK(catalog.error().message.contains(QStringLiteral("not a standard")));
    }
}
