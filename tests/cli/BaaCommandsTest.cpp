// baa list, counterparties, import, export, due and attach driven through
// palisade-cli as a script would.
#include "core/audit/AuditTrail.h"
#include "core/vendors/BaaProvision.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "tests/cli/RiskCliSandbox.h"
#include "tests/support/FileDigest.h"
#include "tests/support/TestPdf.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

QString example(const QString& name)
{
    const QDir tests = QFileInfo(QStringLiteral(__FILE__)).dir();
    return QDir::cleanPath(tests.filePath(QStringLiteral("../../docs/examples/") + name));
}

QStringList baa(const QStringList& words)
{
    return QStringList{QStringLiteral("baa")} + words;
}

CliProcessResult runOk(RiskCliSandbox& sandbox, const QStringList& command)
{
    const CliProcessResult result = sandbox.run(command);
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    return result;
}

QJsonArray listJson(RiskCliSandbox& sandbox, const QString& command = QStringLiteral("list"))
{
    const CliProcessResult listed = runOk(sandbox, baa({command, QStringLiteral("--json")}));
    REQUIRE(listed.json().isArray());
    return listed.json().array();
}

void importExamples(RiskCliSandbox& sandbox)
{
    runOk(sandbox, {QStringLiteral("asset"), QStringLiteral("import"),
                    example(QStringLiteral("assets.csv"))});
    const CliProcessResult counterparties =
        runOk(sandbox, baa({QStringLiteral("import"), example(QStringLiteral("counterparties.csv")),
                            QStringLiteral("--json")}));
    CHECK(counterparties.json().object().value(QStringLiteral("imported")).toInt() == 7);
    CHECK(counterparties.json().object().value(QStringLiteral("counterparties")).toArray().size() ==
          7);
    const CliProcessResult agreements =
        runOk(sandbox, baa({QStringLiteral("import"), example(QStringLiteral("agreements.csv")),
                            QStringLiteral("--json")}));
    CHECK(agreements.json().object().value(QStringLiteral("imported")).toInt() == 6);
    CHECK(agreements.json().object().value(QStringLiteral("agreements")).toArray().first() ==
          QStringLiteral("BAA-0001"));
}

std::vector<ProvisionCheck> allPresent()
{
    std::vector<ProvisionCheck> checks;
    for (const BaaProvision& provision : BaaProvision::all())
        checks.push_back({provision.key, ProvisionState::Present, {}});
    return checks;
}

// A covered entity with one active agreement: review due 2026-06-01,
// expiring 2026-06-30, nothing else to report.
void addReviewedAgreement(RiskCliSandbox& sandbox)
{
    Counterparty clinic;
    clinic.name = QStringLiteral("Lakeside Family Clinic");
    clinic.phiTypes = QStringLiteral("Claims");
    Result<Counterparty> added = sandbox.program().counterparties().add(clinic);
    REQUIRE(added.ok());
    Agreement agreement;
    agreement.counterpartyId = added->id;
    agreement.title = QStringLiteral("BAA with Lakeside Family Clinic");
    agreement.status = AgreementStatus::Active;
    agreement.signedOn = QDate(2025, 6, 1);
    agreement.effectiveOn = QDate(2025, 6, 1);
    agreement.expiresOn = QDate(2026, 6, 30);
    agreement.provisions = allPresent();
    Result<Agreement> stored = sandbox.program().baas().add(agreement);
    INFO((stored.ok() ? QString() : stored.error().message).toStdString());
    REQUIRE(stored.ok());
    REQUIRE(stored->nextReviewOn == QDate(2026, 6, 1));
}

QJsonObject dueJson(RiskCliSandbox& sandbox, const QString& day)
{
    const CliProcessResult due = runOk(
        sandbox,
        baa({QStringLiteral("due"), QStringLiteral("--as-of"), day, QStringLiteral("--json")}));
    REQUIRE(due.json().isObject());
    return due.json().object();
}

QStringList kindsOf(const QJsonObject& due)
{
    QStringList kinds;
    for (const QJsonValue& item : due.value(QStringLiteral("items")).toArray())
        kinds << item.toObject().value(QStringLiteral("kind")).toString();
    return kinds;
}

} // namespace

TEST_CASE("palisade-cli: baa import reads the example files; baa list shows them", "[cli][vendors]")
{
    RiskCliSandbox sandbox;
    importExamples(sandbox);

    const QJsonArray agreements = listJson(sandbox);
    REQUIRE(agreements.size() == 6);
    const QJsonObject first = agreements.at(0).toObject();
    CHECK(first.value(QStringLiteral("reference")).toString() == QStringLiteral("BAA-0001"));
    CHECK(first.value(QStringLiteral("counterparty")).toString() ==
          QStringLiteral("Lakeside Family Clinic"));
    CHECK(first.value(QStringLiteral("title")).toString() ==
          QStringLiteral("BAA with Lakeside Family Clinic"));
    CHECK(first.value(QStringLiteral("direction")).toString() == QStringLiteral("upstream"));
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(first.value(QStringLiteral("effective_on")).toString() == QStringLiteral("2024-02-01"));
    CHECK(first.value(QStringLiteral("expires_on")).toString() == QStringLiteral("2027-01-31"));
    CHECK(first.value(QStringLiteral("evergreen")).toBool() == false);
    CHECK(first.value(QStringLiteral("next_review_on")).toString() == QStringLiteral("2026-02-03"));
    CHECK(first.value(QStringLiteral("completeness"))
              .toObject()
              .value(QStringLiteral("percent"))
              .toInt() == 100);
    const QJsonObject harbor = agreements.at(1).toObject();
    CHECK(harbor.value(QStringLiteral("evergreen")).toBool());
    CHECK(harbor.value(QStringLiteral("completeness")).toObject() ==
          QJsonObject{{QStringLiteral("present"), 12},
                      {QStringLiteral("missing"), 1},
                      {QStringLiteral("unchecked"), 2},
                      {QStringLiteral("not_applicable"), 0},
                      {QStringLiteral("percent"), 80}});

    const CliProcessResult table = runOk(sandbox, baa({QStringLiteral("list")}));
    const QStringList rows = table.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 7);
    for (const char* column : {"REF", "COUNTERPARTY", "DIRECTION", "STATUS", "EFFECTIVE", "EXPIRES",
                               "NEXT REVIEW", "COMPLETE"})
        CHECK(rows[0].contains(QString::fromLatin1(column)));
    CHECK(rows[1].startsWith(QStringLiteral("BAA-0001  Lakeside Family Clinic")));
    CHECK(rows[1].endsWith(QStringLiteral("100%")));
    CHECK(rows[2].contains(QStringLiteral("evergreen")));
    CHECK(rows[2].endsWith(QStringLiteral("80%")));

    const QJsonArray counterparties = listJson(sandbox, QStringLiteral("counterparties"));
    REQUIRE(counterparties.size() == 7);
    const QJsonObject clearPath = counterparties.at(0).toObject(); // by name
    CHECK(clearPath.value(QStringLiteral("name")).toString() ==
          QStringLiteral("ClearPath Claims Exchange"));
    CHECK(clearPath.value(QStringLiteral("relationship")).toString() ==
          QStringLiteral("subcontractor"));
    CHECK(clearPath.value(QStringLiteral("assets")).toArray() ==
          QJsonArray{QStringLiteral("Billing service")});
    CHECK(clearPath.value(QStringLiteral("agreements")).toArray() ==
          QJsonArray{QStringLiteral("BAA-0004")});
    CHECK(clearPath.value(QStringLiteral("contacts")).toArray().size() == 2);

    const CliProcessResult names = runOk(sandbox, baa({QStringLiteral("counterparties")}));
    CHECK(names.outText().contains(QStringLiteral("ShredRight Document Services")));
    CHECK(names.outText().contains(QStringLiteral("Other Vendor")));
}

TEST_CASE("palisade-cli: baa import with bad rows exits 4, lists every line and writes nothing",
          "[cli][vendors]")
{
    RiskCliSandbox sandbox;
    importExamples(sandbox);
    const QString file = sandbox.writeFile(
        QStringLiteral("more.csv"),
        "counterparty,title,direction,status,signed_on,effective_on,expires_on,evergreen\r\n"
        "Lakeside Family Clinic,Addendum,upstream,draft,,,,\r\n"
        "Lakeside Family Clinic,Bad date,upstream,active,2024-13-01,2024-02-01,,yes\r\n"
        "Riverside Hospital,Unknown,upstream,draft,,,,\r\n"
        "Stratus Cloud Hosting,Unsure,downstream,draft,,,,perhaps\r\n");
    const CliProcessResult run = sandbox.run(baa({QStringLiteral("import"), file}));
    INFO(run.describe());
    CHECK(run.exitCode == 4);
    const QString err = run.errText();
    CHECK(
        err.contains(QStringLiteral("Nothing was imported from more.csv: 3 rows have problems.")));
    CHECK(err.contains(QStringLiteral("Line 3: signed_on \"2024-13-01\" is not a date")));
    CHECK(err.contains(QStringLiteral(
        "Line 4: counterparty: there is no counterparty named \"Riverside Hospital\"")));
    CHECK(err.contains(QStringLiteral("Line 5: evergreen \"perhaps\" is not yes or no")));
    CHECK_FALSE(err.contains(QStringLiteral("Line 2:")));
    CHECK(listJson(sandbox).size() == 6);

    const QString badParty = sandbox.writeFile(
        QStringLiteral("parties.csv"), "name,relationship,phi_types\r\nAcme,payer,Claims\r\n");
    const CliProcessResult party = sandbox.run(baa({QStringLiteral("import"), badParty}));
    INFO(party.describe());
    CHECK(party.exitCode == 4);
    CHECK(party.errText().contains(
        QStringLiteral("Line 2: relationship \"payer\" is not a relationship")));
    CHECK(listJson(sandbox, QStringLiteral("counterparties")).size() == 7);
}

TEST_CASE("palisade-cli: baa import tells the kind of file, or takes --kind", "[cli][vendors]")
{
    RiskCliSandbox sandbox;
    const QString neither =
        sandbox.writeFile(QStringLiteral("neither.csv"), "name,colour\r\nAcme,red\r\n");
    const CliProcessResult unknown = sandbox.run(baa({QStringLiteral("import"), neither}));
    INFO(unknown.describe());
    CHECK(unknown.exitCode == 4);
    CHECK(unknown.errText().contains(QStringLiteral("--kind")));

    const CliProcessResult forced =
        sandbox.run(baa({QStringLiteral("import"), example(QStringLiteral("agreements.csv")),
                         QStringLiteral("--kind"), QStringLiteral("counterparties")}));
    INFO(forced.describe());
    CHECK(forced.exitCode == 4);
    CHECK(forced.errText().contains(QStringLiteral("relationship")));

    const CliProcessResult badKind =
        sandbox.run(baa({QStringLiteral("import"), example(QStringLiteral("agreements.csv")),
                         QStringLiteral("--kind"), QStringLiteral("vendors")}));
    CHECK(badKind.exitCode == 1);

    const CliProcessResult missing =
        sandbox.run(baa({QStringLiteral("import"), sandbox.path(QStringLiteral("nope.csv"))}));
    CHECK(missing.exitCode == 5);
    const CliProcessResult noFile = sandbox.run(baa({QStringLiteral("import")}));
    CHECK(noFile.exitCode == 1);

    // Agreements need their counterparties first.
    const CliProcessResult early =
        sandbox.run(baa({QStringLiteral("import"), example(QStringLiteral("agreements.csv"))}));
    INFO(early.describe());
    CHECK(early.exitCode == 4);
    CHECK(early.errText().contains(
        QStringLiteral("Nothing was imported from agreements.csv: 6 rows")));
    CHECK(listJson(sandbox).isEmpty());
}

TEST_CASE("palisade-cli: baa export writes CSV and XLSX, never overwrites, and imports again",
          "[cli][vendors][export]")
{
    RiskCliSandbox sandbox;
    importExamples(sandbox);
    const QString csv = sandbox.path(QStringLiteral("agreements-out.csv"));
    const QString xlsx = sandbox.path(QStringLiteral("agreements-out.xlsx"));
    const QString parties = sandbox.path(QStringLiteral("parties-out.csv"));

    const CliProcessResult wroteCsv = runOk(
        sandbox, baa({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--out"), csv, QStringLiteral("--json")}));
    CHECK(wroteCsv.json().object().value(QStringLiteral("agreements")).toInt() == 6);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    CHECK(bytes.startsWith("\xEF\xBB\xBFreference,counterparty,title,direction,status,"));
    CHECK(
        bytes.contains("BAA-0002,Harbor Orthopedic Associates,BAA with Harbor Orthopedic "
                       "Associates,Upstream (We Are Their BA),Active,2023-06-15,2023-07-01,,yes,"));

    const QByteArray digest = fileDigest(csv);
    const CliProcessResult again =
        sandbox.run(baa({QStringLiteral("export"), QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("--out"), csv}));
    CHECK(again.exitCode == 5);
    CHECK(fileDigest(csv) == digest);
    const CliProcessResult replaced = runOk(
        sandbox, baa({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--out"), csv, QStringLiteral("--replace")}));
    CHECK(replaced.errText().contains(QStringLiteral("Exported 6 agreements")));

    const CliProcessResult wroteParties =
        runOk(sandbox, baa({QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("csv"), QStringLiteral("--out"), parties,
                            QStringLiteral("--kind"), QStringLiteral("counterparties")}));
    CHECK(wroteParties.errText().contains(QStringLiteral("Exported 7 counterparties")));

    runOk(sandbox, baa({QStringLiteral("export"), QStringLiteral("--format"),
                        QStringLiteral("XLSX"), QStringLiteral("--out"), xlsx}));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), xlsx, QStringLiteral("xl/workbook.xml")});
    REQUIRE(unzip.waitForFinished(30000));
    CHECK(unzip.exitCode() == 0);
    CHECK(unzip.readAllStandardOutput().contains("name=\"Agreements\""));

    const CliProcessResult badKind = sandbox.run(
        baa({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--out"), sandbox.path(QStringLiteral("x.csv")),
             QStringLiteral("--kind"), QStringLiteral("assets")}));
    CHECK(badKind.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(sandbox.path(QStringLiteral("x.csv"))));
    const CliProcessResult badFormat = sandbox.run(
        baa({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
             QStringLiteral("--out"), sandbox.path(QStringLiteral("x.pdf"))}));
    CHECK(badFormat.exitCode == 1);

    // The exported agreements go back in: the same six again, with new references.
    const CliProcessResult reimported = runOk(sandbox, baa({QStringLiteral("import"), csv}));
    CHECK(reimported.errText().contains(QStringLiteral("BAA-0007")));
    const QJsonArray all = listJson(sandbox);
    REQUIRE(all.size() == 12);
    QJsonObject copy = all.at(7).toObject();
    QJsonObject original = all.at(1).toObject();
    for (const char* key : {"id", "reference", "created_at", "updated_at"}) {
        copy.remove(QString::fromLatin1(key));
        original.remove(QString::fromLatin1(key));
    }
    CHECK(copy == original);

    // The counterparty export is refused into the same program: the names are taken.
    const CliProcessResult partiesAgain = sandbox.run(baa({QStringLiteral("import"), parties}));
    CHECK(partiesAgain.exitCode == 4);
    CHECK(partiesAgain.errText().contains(QStringLiteral("already exists")));
}

TEST_CASE("palisade-cli: baa due --as-of reports reviews and expiry from the window's first day",
          "[cli][vendors]")
{
    RiskCliSandbox sandbox;
    addReviewedAgreement(sandbox);

    const QJsonObject quiet = dueJson(sandbox, QStringLiteral("2026-04-30"));
    CHECK(quiet.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-04-30"));
    CHECK(quiet.value(QStringLiteral("items")).toArray().isEmpty());

    // 60 days before the expiry date: expiring, but the review is 31 days out.
    CHECK(kindsOf(dueJson(sandbox, QStringLiteral("2026-05-01"))) ==
          QStringList{QStringLiteral("expiring")});

    // 30 days before the review date it joins the list, not yet overdue.
    const QJsonObject window = dueJson(sandbox, QStringLiteral("2026-05-02"));
    const QJsonArray items = window.value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 2);
    const QJsonObject review = items.at(0).toObject();
    CHECK(review.value(QStringLiteral("kind")).toString() == QStringLiteral("review_due"));
    CHECK(review.value(QStringLiteral("overdue")).toBool() == false);
    CHECK(review.value(QStringLiteral("date")).toString() == QStringLiteral("2026-06-01"));
    CHECK(review.value(QStringLiteral("reference")).toString() == QStringLiteral("BAA-0001"));
    CHECK(review.value(QStringLiteral("agreement_id")).toString() == QStringLiteral("1"));
    CHECK(review.value(QStringLiteral("subject")).toString() ==
          QStringLiteral("BAA-0001 BAA with Lakeside Family Clinic"));
    CHECK(review.value(QStringLiteral("message")).toString() ==
          QStringLiteral("Review due on 2026-06-01 (in 30 days)."));
    const QJsonObject expiring = items.at(1).toObject();
    CHECK(expiring.value(QStringLiteral("kind")).toString() == QStringLiteral("expiring"));
    CHECK(expiring.value(QStringLiteral("date")).toString() == QStringLiteral("2026-06-30"));

    // The day after the review date it is overdue and comes first.
    const QJsonArray late =
        dueJson(sandbox, QStringLiteral("2026-06-02")).value(QStringLiteral("items")).toArray();
    REQUIRE_FALSE(late.isEmpty());
    CHECK(late.at(0).toObject().value(QStringLiteral("overdue")).toBool());
    CHECK(late.at(0).toObject().value(QStringLiteral("kind")).toString() ==
          QStringLiteral("review_due"));

    // After the expiry date the counterparty has no agreement in effect.
    const QJsonArray lapsed =
        dueJson(sandbox, QStringLiteral("2026-07-01")).value(QStringLiteral("items")).toArray();
    QStringList lapsedKinds;
    for (const QJsonValue& item : lapsed)
        lapsedKinds << item.toObject().value(QStringLiteral("kind")).toString();
    CHECK(lapsedKinds.contains(QStringLiteral("no_agreement_in_effect")));
    CHECK(lapsedKinds.contains(QStringLiteral("expired")));

    const CliProcessResult text = runOk(
        sandbox,
        baa({QStringLiteral("due"), QStringLiteral("--as-of"), QStringLiteral("2026-05-02")}));
    CHECK(text.outText().contains(QStringLiteral("Review due on 2026-06-01")));
    CHECK(text.errText().contains(QStringLiteral("2 items need attention as of 2026-05-02.")));

    const CliProcessResult today =
        runOk(sandbox, baa({QStringLiteral("due"), QStringLiteral("--json")}));
    // Today by the system clock; a run across midnight may see the day after.
    const QDate asOf = QDate::fromString(
        today.json().object().value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    CHECK(asOf.isValid());
    CHECK(QDate::currentDate().daysTo(asOf) >= -1);
    CHECK(QDate::currentDate().daysTo(asOf) <= 1);

    const CliProcessResult badDay = sandbox.run(
        baa({QStringLiteral("due"), QStringLiteral("--as-of"), QStringLiteral("06/01/2026")}));
    CHECK(badDay.exitCode == 1);
}

TEST_CASE("palisade-cli: baa attach stores a PDF, prints its SHA-256 and refuses other files",
          "[cli][vendors]")
{
    RiskCliSandbox sandbox;
    addReviewedAgreement(sandbox);
    const QByteArray pdf = makeTestPdf(
        {QStringLiteral("Business Associate Agreement"), QStringLiteral("Signed by both parties")});
    const QString signedPdf = sandbox.writeFile(QStringLiteral("signed.pdf"), pdf);
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());

    const CliProcessResult attached =
        runOk(sandbox, baa({QStringLiteral("attach"), QStringLiteral("--agreement"),
                            QStringLiteral("BAA-0001"), signedPdf}));
    CHECK(attached.outText().trimmed() == sha256 + QStringLiteral("  signed.pdf"));
    CHECK(attached.errText().contains(QStringLiteral("to BAA-0001")));

    const CliProcessResult amendment =
        runOk(sandbox, baa({QStringLiteral("attach"), signedPdf, QStringLiteral("--agreement"),
                            QStringLiteral("1"), QStringLiteral("--kind"),
                            QStringLiteral("amendment"), QStringLiteral("--json")}));
    const QJsonObject json = amendment.json().object();
    CHECK(json.value(QStringLiteral("sha256")).toString() == sha256);
    CHECK(json.value(QStringLiteral("pages")).toInt() == 2);
    CHECK(json.value(QStringLiteral("kind")).toString() == QStringLiteral("amendment"));
    CHECK(json.value(QStringLiteral("agreement")).toString() == QStringLiteral("BAA-0001"));

    const QString text = sandbox.writeFile(QStringLiteral("scan.pdf"), "just some text\n");
    const CliProcessResult notPdf =
        sandbox.run(baa({QStringLiteral("attach"), QStringLiteral("--agreement"),
                         QStringLiteral("BAA-0001"), text}));
    INFO(notPdf.describe());
    CHECK(notPdf.exitCode == 4);
    CHECK(notPdf.errText().contains(QStringLiteral("scan.pdf is not a PDF file")));

    const CliProcessResult missing =
        sandbox.run(baa({QStringLiteral("attach"), QStringLiteral("--agreement"),
                         QStringLiteral("BAA-0001"), sandbox.path(QStringLiteral("gone.pdf"))}));
    CHECK(missing.exitCode == 5);

    const CliProcessResult noSuchAgreement =
        sandbox.run(baa({QStringLiteral("attach"), QStringLiteral("--agreement"),
                         QStringLiteral("BAA-0042"), signedPdf}));
    CHECK(noSuchAgreement.exitCode == 4);
    const CliProcessResult badId =
        sandbox.run(baa({QStringLiteral("attach"), QStringLiteral("--agreement"),
                         QStringLiteral("Lakeside"), signedPdf}));
    CHECK(badId.exitCode == 1);
    const CliProcessResult badKind = sandbox.run(
        baa({QStringLiteral("attach"), QStringLiteral("--agreement"), QStringLiteral("1"),
             QStringLiteral("--kind"), QStringLiteral("invoice"), signedPdf}));
    CHECK(badKind.exitCode == 1);
    const CliProcessResult noAgreement = sandbox.run(baa({QStringLiteral("attach"), signedPdf}));
    CHECK(noAgreement.exitCode == 1);

    Result<std::vector<AgreementDocument>> documents = sandbox.program().baas().documents(1);
    REQUIRE(documents.ok());
    REQUIRE(documents->size() == 2);
    CHECK(documents->at(0).sha256 == sha256);
    CHECK(documents->at(0).kind == DocumentKind::SignedAgreement);
    CHECK(documents->at(1).kind == DocumentKind::Amendment);
    AuditQuery attachedEvents;
    attachedEvents.action = QStringLiteral("attached");
    CHECK(sandbox.program().auditTrail().events(attachedEvents).size() == 2);
}
