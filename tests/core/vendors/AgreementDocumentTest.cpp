#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/vendors/VendorSamples.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/support/TestPdf.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

struct SignedBaa
{
    TemporaryProgram fixture;
    qint64 agreementId = 0;
    QByteArray pdf =
        makeTestPdf({QStringLiteral("Business Associate Agreement between Lakeside "
                                    "Family Clinic and Meridian Coding"),
                     QStringLiteral("Section 7 Breach notice within ten calendar days"),
                     QStringLiteral("Signatures")});

    SignedBaa()
    {
        Program& program = fixture.program();
        const qint64 client = program.counterparties().add(clinic())->id;
        agreementId = program.baas().add(activeAgreement(client, AgreementDirection::Upstream))->id;
    }

    BaaRegister& baas() { return fixture.program().baas(); }
};

QString hexSha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_CASE("A signed PDF is kept byte for byte with its SHA-256 and text", "[vendors][documents]")
{
    SignedBaa baa;
    Result<AgreementDocument> attached = baa.baas().attach(
        baa.agreementId, QStringLiteral("/home/po/Downloads/lakeside-baa-signed.pdf"), baa.pdf,
        DocumentKind::SignedAgreement);
    REQUIRE(attached.ok());
    CHECK(attached->fileName == QStringLiteral("lakeside-baa-signed.pdf"));
    CHECK(attached->sha256 == hexSha256(baa.pdf));
    CHECK(attached->size == baa.pdf.size());
    CHECK(attached->pageCount == 3);
    CHECK(attached->addedBy == baa.fixture.program().actor());

    // Survives closing and reopening the encrypted file.
    baa.fixture.close();
    BaaRegister& reopened = baa.fixture.reopen().baas();
    const std::vector<AgreementDocument> listed = reopened.documents(baa.agreementId).value();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0] == *attached);
    Result<QByteArray> content = reopened.documentContent(attached->id);
    REQUIRE(content.ok());
    CHECK(*content == baa.pdf);
    CHECK(hexSha256(*content) == attached->sha256);

    // The text is searchable from the inventory, case-insensitively.
    CHECK(reopened.agreementsWithText(QStringLiteral("ten CALENDAR days"))
              ->contains(baa.agreementId));
    CHECK(reopened.agreementsWithText(QStringLiteral("thirty calendar days"))->empty());
    CHECK(reopened.agreementsWithText(QStringLiteral("   "))->empty());

    const std::vector<AuditEvent> history = reopened.history(baa.agreementId).value();
    REQUIRE(history.size() == 2);
    CHECK(history[1].action == QStringLiteral("attached"));
    const QJsonObject after = QJsonDocument::fromJson(history[1].after).object();
    CHECK(after.value(QStringLiteral("sha256")).toString() == attached->sha256);
    CHECK_FALSE(after.contains(QStringLiteral("content")));
}

TEST_CASE("What is not a readable PDF is refused and nothing is stored", "[vendors][documents]")
{
    SignedBaa baa;
    Result<AgreementDocument> notPdf =
        baa.baas().attach(baa.agreementId, QStringLiteral("scan.docx"),
                          QByteArrayLiteral("PK\x03\x04 not a pdf"), DocumentKind::SignedAgreement);
    REQUIRE_FALSE(notPdf.ok());
    CHECK(notPdf.error().kind == ErrorKind::Invalid);
    CHECK(notPdf.error().message.startsWith(QStringLiteral("scan.docx: ")));

    CHECK_FALSE(
        baa.baas()
            .attach(baa.agreementId, QStringLiteral("empty.pdf"), {}, DocumentKind::Amendment)
            .ok());
    CHECK_FALSE(
        baa.baas().attach(9999, QStringLiteral("x.pdf"), baa.pdf, DocumentKind::Other).ok());
    CHECK(baa.baas().allDocuments()->empty());
}

TEST_CASE("Saving a copy writes the same bytes and is audited; a failed write changes nothing",
          "[vendors][documents]")
{
    SignedBaa baa;
    const AgreementDocument document = *baa.baas().attach(
        baa.agreementId, QStringLiteral("signed.pdf"), baa.pdf, DocumentKind::SignedAgreement);
    const QString out = QDir(baa.fixture.dir()).filePath(QStringLiteral("copy.pdf"));
    REQUIRE(baa.baas().saveDocumentCopy(document.id, out).ok());
    QFile copy(out);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == baa.pdf);
    CHECK(baa.baas().history(baa.agreementId)->back().action == QStringLiteral("copied"));

    const qint64 events = baa.fixture.program().auditTrail().count();
    const QString nowhere =
        QDir(baa.fixture.dir()).filePath(QStringLiteral("missing/dir/copy.pdf"));
    Result<void> failed = baa.baas().saveDocumentCopy(document.id, nowhere);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().kind == ErrorKind::Io);
    CHECK(failed.error().message.contains(nowhere));
    CHECK_FALSE(QFileInfo::exists(nowhere));
    CHECK(baa.fixture.program().auditTrail().count() == events);
}

TEST_CASE("Stored documents cannot be altered, and altered bytes are detected",
          "[vendors][documents]")
{
    SignedBaa baa;
    const AgreementDocument document = *baa.baas().attach(
        baa.agreementId, QStringLiteral("signed.pdf"), baa.pdf, DocumentKind::SignedAgreement);
    Database& db = baa.fixture.program().database();
    CHECK_THROWS_AS(db.exec(QStringLiteral("UPDATE agreement_document SET file_name = 'x.pdf'")),
                    StorageError);

    // Someone with the passphrase and a SQL shell could still drop the trigger.
    db.exec(QStringLiteral("DROP TRIGGER agreement_document_immutable"));
    db.exec(QStringLiteral("UPDATE agreement_document SET content = substr(content, 1, 200) || "
                           "x'00' || substr(content, 202)"));
    Result<QByteArray> content = baa.baas().documentContent(document.id);
    REQUIRE_FALSE(content.ok());
    CHECK(content.error().kind == ErrorKind::Integrity);
    CHECK(content.error().message.contains(QStringLiteral("does not match the SHA-256")));
    const QString out = QDir(baa.fixture.dir()).filePath(QStringLiteral("copy.pdf"));
    CHECK_FALSE(baa.baas().saveDocumentCopy(document.id, out).ok());
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("A signed agreement's documents stay; an unsigned one's may be removed",
          "[vendors][documents][retention]")
{
    SignedBaa baa;
    const AgreementDocument signedCopy = *baa.baas().attach(
        baa.agreementId, QStringLiteral("signed.pdf"), baa.pdf, DocumentKind::SignedAgreement);
    Result<void> refused = baa.baas().removeDocument(signedCopy.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(
        QStringLiteral("kept while its signed agreement is active")));
    CHECK(refused.error().message.contains(QStringLiteral("corrected version")));
    CHECK(baa.baas().documents(baa.agreementId)->size() == 1);

    Agreement draft;
    draft.counterpartyId = baa.baas().agreement(baa.agreementId)->counterpartyId;
    draft.title = QStringLiteral("Renewal draft");
    draft = *baa.baas().add(draft);
    const AgreementDocument redline =
        *baa.baas().attach(draft.id, QStringLiteral("redline.pdf"),
                           makeTestPdf({QStringLiteral("Redline")}), DocumentKind::Other);
    REQUIRE(baa.baas().removeDocument(redline.id).ok());
    CHECK(baa.baas().documents(draft.id)->empty());
    CHECK(baa.baas().history(draft.id)->back().action == QStringLiteral("deleted"));
}
