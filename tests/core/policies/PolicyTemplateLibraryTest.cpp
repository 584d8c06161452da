#include "core/policies/PolicyTemplateLibrary.h"

#include "core/catalog/SecurityRuleCatalog.h"
#include "core/policies/PolicyTemplateParser.h"
#include "tests/core/CatchQtStrings.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextDocument>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {

const QStringList expectedKeys = {
    QStringLiteral("privacy-uses-and-disclosures"),
    QStringLiteral("minimum-necessary"),
    QStringLiteral("security-management-process"),
    QStringLiteral("risk-analysis-and-management"),
    QStringLiteral("workstation-and-device-use"),
    QStringLiteral("contingency-plan"),
    QStringLiteral("security-incident-response"),
    QStringLiteral("breach-notification"),
    QStringLiteral("sanctions"),
    QStringLiteral("business-associates"),
    QStringLiteral("workforce-training"),
    QStringLiteral("documentation-and-retention"),
};

PolicyTemplateLibrary shippedLibrary()
{
    Result<PolicyTemplateLibrary> library = PolicyTemplateLibrary::load();
    if (!library.ok())
        FAIL(library.error().text().toStdString());
    return std::move(library).value();
}

bool isSecurityRuleCitation(const QString& citation)
{
    static const QRegularExpression section(QStringLiteral("^164\\.3(08|10|12|14|16)\\b"));
    return section.match(citation).hasMatch();
}

const QByteArray validTemplate = "key: sample\n"
                                 "code: TST-001\n"
                                 "title: Sample Policy\n"
                                 "category: privacy\n"
                                 "review_months: 12\n"
                                 "citations: 164.502(a), 164.308(a)(2)\n"
                                 "approvals: Privacy Officer, Chief Executive\n"
                                 "---\n"
                                 "\n"
                                 "## Purpose\n"
                                 "\n"
                                 "A sample policy.\n";

void writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

Error loadError(const QByteArray& bytes, const QString& name = QStringLiteral("broken.md"))
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(dir, QStringLiteral("good.md"), validTemplate);
    writeFile(dir, name, bytes);
    Result<PolicyTemplateLibrary> library = PolicyTemplateLibrary::load(dir.path());
    REQUIRE_FALSE(library.ok());
    return library.error();
}

} // namespace

TEST_CASE("all twelve starter policies load with unique keys and codes", "[policies][templates]")
{
    const PolicyTemplateLibrary library = shippedLibrary();
    REQUIRE(library.size() == 12);

    QSet<QString> keys;
    QSet<QString> codes;
    for (const PolicyTemplate& policy : library.templates()) {
        keys.insert(policy.key);
        codes.insert(policy.code);
        CHECK(PolicyTemplateParser::categoryKeys().contains(policy.category));
        CHECK(policy.reviewMonths == 12);
        CHECK_FALSE(policy.citations.isEmpty());
        CHECK_FALSE(policy.approvalRoles.isEmpty());
        CHECK_FALSE(policy.title.isEmpty());
    }
    CHECK(keys.size() == 12);
    CHECK(codes.size() == 12);
    for (const QString& key : expectedKeys) {
        INFO(key.toStdString());
        CHECK(library.find(key) != nullptr);
    }
    CHECK(library.find(QStringLiteral("no-such-policy")) == nullptr);
}

TEST_CASE("starter policies are sorted by code", "[policies][templates]")
{
    const PolicyTemplateLibrary library = shippedLibrary();
    const auto& templates = library.templates();
    for (std::size_t i = 1; i < templates.size(); ++i)
        CHECK(templates[i - 1].code < templates[i].code);
    const PolicyTemplate* breach = library.find(QStringLiteral("breach-notification"));
    REQUIRE(breach != nullptr);
    CHECK(breach->code == QStringLiteral("BRN-001"));
    CHECK(breach->category == QStringLiteral("breach_notification"));
    CHECK(breach->citations.contains(QStringLiteral("164.404")));
}

TEST_CASE("every Security Rule citation of a starter policy is in the catalog",
          "[policies][templates]")
{
    const Result<SecurityRuleCatalog> catalog = SecurityRuleCatalog::load();
    REQUIRE(catalog.ok());
    const PolicyTemplateLibrary library = shippedLibrary();
    int securityCitations = 0;
    for (const PolicyTemplate& policy : library.templates()) {
        for (const QString& citation : policy.citations) {
            if (!isSecurityRuleCitation(citation))
                continue;
            ++securityCitations;
            INFO(policy.key.toStdString() + ": " + citation.toStdString());
            CHECK(catalog->contains(citation));
        }
    }
    CHECK(securityCitations > 40);
}

TEST_CASE("starter policy bodies render as Markdown without their header", "[policies][templates]")
{
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]+"));
    const PolicyTemplateLibrary library = shippedLibrary();
    for (const PolicyTemplate& policy : library.templates()) {
        INFO(policy.key.toStdString());
        CHECK_FALSE(policy.body.contains(QStringLiteral("review_months:")));
        CHECK_FALSE(policy.body.startsWith(QStringLiteral("---")));
        CHECK(policy.body.contains(QStringLiteral("[Organization]")));

        QTextDocument document;
        document.setMarkdown(policy.body);
        const QString text = document.toPlainText();
        CHECK(text.size() > 2000);
        CHECK_FALSE(text.contains(QStringLiteral("## ")));
        for (const QString& word : policy.title.split(nonLetters, Qt::SkipEmptyParts)) {
            if (word.size() < 4)
                continue;
            INFO(word.toStdString());
            CHECK(text.contains(word, Qt::CaseInsensitive));
        }
        for (const QLatin1String section :
             {QLatin1String("Purpose"), QLatin1String("Scope"), QLatin1String("Policy"),
              QLatin1String("Responsibilities"), QLatin1String("Enforcement"),
              QLatin1String("Review"), QLatin1String("Related regulations")}) {
            INFO(section.data());
            CHECK(policy.body.contains(QStringLiteral("## ") + section));
        }
        const qsizetype words = policy.body.split(nonLetters, Qt::SkipEmptyParts).size();
        CHECK(words >= 400);
        CHECK(words <= 950);
    }
}

TEST_CASE("a template file is parsed into its fields and body", "[policies][templates]")
{
    const Result<PolicyTemplate> parsed =
        PolicyTemplateParser::parse(validTemplate, QStringLiteral("sample.md"));
    REQUIRE(parsed.ok());
    CHECK(parsed->key == QStringLiteral("sample"));
    CHECK(parsed->code == QStringLiteral("TST-001"));
    CHECK(parsed->title == QStringLiteral("Sample Policy"));
    CHECK(parsed->category == QStringLiteral("privacy"));
    CHECK(parsed->reviewMonths == 12);
    CHECK(parsed->citations ==
          QStringList{QStringLiteral("164.502(a)"), QStringLiteral("164.308(a)(2)")});
    CHECK(parsed->approvalRoles ==
          QStringList{QStringLiteral("Privacy Officer"), QStringLiteral("Chief Executive")});
    CHECK(parsed->body == QStringLiteral("## Purpose\n\nA sample policy.\n"));
}

TEST_CASE("a template folder loads from a path", "[policies][templates]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(dir, QStringLiteral("sample.md"), validTemplate);
    writeFile(dir, QStringLiteral("notes.txt"), "not a template");
    const Result<PolicyTemplateLibrary> library = PolicyTemplateLibrary::load(dir.path());
    REQUIRE(library.ok());
    REQUIRE(library->size() == 1);
    CHECK(library->templates().front().key == QStringLiteral("sample"));
}

TEST_CASE("a malformed template header is reported with its file name", "[policies][templates]")
{
    SECTION("no end of header")
    {
        QByteArray bytes = validTemplate;
        bytes.replace("---\n", "");
        const Error error = loadError(bytes);
        CHECK(error.kind == ErrorKind::Invalid);
        CHECK(error.message.contains(QStringLiteral("broken.md")));
        CHECK(error.detail.contains(QStringLiteral("---")));
    }
    SECTION("unknown field")
    {
        QByteArray bytes = validTemplate;
        bytes.replace("review_months: 12", "review_every: 12");
        const Error error = loadError(bytes);
        CHECK(error.message.contains(QStringLiteral("broken.md")));
        CHECK(error.detail == QStringLiteral("line 5: unknown field \"review_every\""));
    }
    SECTION("bad category")
    {
        QByteArray bytes = validTemplate;
        bytes.replace("category: privacy", "category: finance");
        const Error error = loadError(bytes);
        CHECK(error.message.contains(QStringLiteral("broken.md")));
        CHECK(error.detail.contains(QStringLiteral("finance")));
    }
    SECTION("review months not a number")
    {
        QByteArray bytes = validTemplate;
        bytes.replace("review_months: 12", "review_months: yearly");
        CHECK(loadError(bytes).detail.contains(QStringLiteral("review_months")));
    }
    SECTION("bad citation")
    {
        QByteArray bytes = validTemplate;
        bytes.replace("164.308(a)(2)", "§164.308(a)(2)");
        CHECK(loadError(bytes).detail.contains(QStringLiteral("§164.308(a)(2)")));
    }
    SECTION("missing field")
    {
        QByteArray bytes = validTemplate;
        bytes.replace("approvals: Privacy Officer, Chief Executive\n", "");
        CHECK(loadError(bytes).detail.contains(QStringLiteral("approvals")));
    }
    SECTION("field given twice")
    {
        QByteArray bytes = validTemplate;
        bytes.replace("code: TST-001\n", "code: TST-001\ncode: TST-002\n");
        CHECK(loadError(bytes).detail.contains(QStringLiteral("twice")));
    }
    SECTION("line that is not a field")
    {
        QByteArray bytes = validTemplate;
        bytes.replace("title: Sample Policy", "Sample Policy");
        CHECK(loadError(bytes).detail.startsWith(QStringLiteral("line 3:")));
    }
    SECTION("empty body")
    {
        QByteArray bytes = validTemplate;
        bytes.truncate(bytes.indexOf("---\n") + 4);
        CHECK(loadError(bytes).detail.contains(QStringLiteral("empty")));
    }
    SECTION("duplicate key")
    {
        QByteArray bytes = validTemplate;
        bytes.replace("TST-001", "TST-002");
        const Error error = loadError(bytes);
        CHECK(error.message.contains(QStringLiteral("broken.md")));
        CHECK(error.message.contains(QStringLiteral("good.md")));
        CHECK(error.detail == QStringLiteral("sample"));
    }
}

TEST_CASE("a folder without templates is an error", "[policies][templates]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Result<PolicyTemplateLibrary> library = PolicyTemplateLibrary::load(dir.path());
    REQUIRE_FALSE(library.ok());
    CHECK(library.error().kind == ErrorKind::Io);
    CHECK(library.error().detail == dir.path());
}
