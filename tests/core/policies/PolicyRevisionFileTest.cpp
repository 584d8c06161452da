#include "core/files/StoredFileStore.h"
#include "core/policies/PolicyRegister.h"
#include "core/storage/Database.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/policies/PolicySamples.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/support/TestPdf.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

qint64 fileCount(Database& db)
{
    return db.scalarInt(QStringLiteral("SELECT count(*) FROM stored_file"));
}

} // namespace

TEST_CASE("A draft carries a signed PDF that leaves the file only as an audited copy",
          "[policies][files]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    PolicyRegister& policies = program.policies();
    const qint64 id = policies.add(accessControlPolicy())->id;
    const qint64 revisionId = policies.revisions(id)->front().id;
    const QByteArray pdf = makeTestPdf({QStringLiteral("SEC-004 Access Control, signed")});

    Result<QByteArray> nothing = policies.fileContent(revisionId);
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error().message == QStringLiteral("SEC-004 revision 1 has no file attached."));

    Result<PolicyRevision> attached =
        policies.attachFile(revisionId, QStringLiteral("C:/scans/SEC-004 signed.pdf"), pdf);
    REQUIRE(attached.ok());
    REQUIRE(attached->file.has_value());
    CHECK(attached->file->fileName == QStringLiteral("SEC-004 signed.pdf"));
    CHECK(attached->file->pageCount == 1);
    CHECK(attached->file->addedBy == QStringLiteral("Dana Whitfield"));
    CHECK(policies.revision(revisionId)->file == attached->file);
    CHECK(policies.fileContent(revisionId).value() == pdf);

    // A replacement takes the old file's place.
    const QByteArray second = makeTestPdf({QStringLiteral("Corrected"), QStringLiteral("Page 2")});
    Result<PolicyRevision> replaced =
        policies.attachFile(revisionId, QStringLiteral("SEC-004 v2.pdf"), second);
    REQUIRE(replaced.ok());
    CHECK(replaced->file->pageCount == 2);
    CHECK(fileCount(program.database()) == 1);

    const QString copyPath = fixture.dir() + QStringLiteral("/exported.pdf");
    REQUIRE(policies.saveFileCopy(revisionId, copyPath).ok());
    QFile copy(copyPath);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == second);
    const std::vector<AuditEvent> history = policies.history(id).value();
    CHECK(history.back().action == QStringLiteral("copied"));
    CHECK(
        QJsonDocument::fromJson(history.back().after).object().value(QStringLiteral("copied_to")) ==
        copyPath);
    CHECK(history[history.size() - 2].action == QStringLiteral("file_attached"));

    // A file alone is enough to submit; then it stays with the revision.
    REQUIRE(policies.submitForReview(revisionId).ok());
    Result<PolicyRevision> lateAttach =
        policies.attachFile(revisionId, QStringLiteral("late.pdf"), pdf);
    REQUIRE_FALSE(lateAttach.ok());
    CHECK(lateAttach.error().message ==
          QStringLiteral("SEC-004 revision 1 is In Review; a file can be attached to a draft "
                         "only."));
    Result<PolicyRevision> lateRemove = policies.removeFile(revisionId);
    REQUIRE_FALSE(lateRemove.ok());
    CHECK(lateRemove.error().message ==
          QStringLiteral("SEC-004 revision 1 is In Review; its file is kept with it."));

    REQUIRE(policies.returnToDraft(revisionId, QStringLiteral("Wrong scan")).ok());
    Result<PolicyRevision> removed = policies.removeFile(revisionId);
    REQUIRE(removed.ok());
    CHECK_FALSE(removed->file.has_value());
    CHECK(fileCount(program.database()) == 0);
    CHECK(policies.history(id)->back().action == QStringLiteral("file_removed"));
}

TEST_CASE("An approved revision's file cannot be deleted underneath it", "[policies][files]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    PolicyRegister& policies = program.policies();
    const qint64 id = policies.add(accessControlPolicy())->id;
    const qint64 revisionId = policies.revisions(id)->front().id;
    REQUIRE(policies
                .attachFile(revisionId, QStringLiteral("signed.pdf"),
                            makeTestPdf({QStringLiteral("Signed")}))
                .ok());
    approveRevision(policies, revisionId, fixture.clock().today());
    const qint64 fileId = policies.revision(revisionId)->fileId();
    CHECK_THROWS(program.database().exec(
        QStringLiteral("DELETE FROM stored_file WHERE id = %1").arg(fileId)));
    CHECK(policies.fileContent(revisionId).ok());
}

TEST_CASE("Oversized, non-PDF and tampered revision files are reported", "[policies][files]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    PolicyRegister& policies = program.policies();
    const qint64 id = policies.add(accessControlPolicy())->id;
    const qint64 revisionId = policies.revisions(id)->front().id;

    QByteArray huge = makeTestPdf({QStringLiteral("Huge")});
    huge.append(QByteArray(int(PolicyRegister::maximumFileBytes), ' '));
    Result<PolicyRevision> tooBig =
        policies.attachFile(revisionId, QStringLiteral("huge.pdf"), huge);
    REQUIRE_FALSE(tooBig.ok());
    CHECK(tooBig.error().message == QStringLiteral("huge.pdf is larger than 64 MB."));
    Result<PolicyRevision> notPdf =
        policies.attachFile(revisionId, QStringLiteral("policy.docx"), QByteArray("PK\x03\x04"));
    REQUIRE_FALSE(notPdf.ok());
    CHECK(notPdf.error().message.startsWith(QStringLiteral("policy.docx: ")));
    CHECK(fileCount(program.database()) == 0);

    const QByteArray pdf = makeTestPdf({QStringLiteral("Access Control")});
    const qint64 fileId =
        policies.attachFile(revisionId, QStringLiteral("SEC-004.pdf"), pdf)->fileId();
    Database& db = program.database();
    db.exec(QStringLiteral("DROP TRIGGER stored_file_immutable"));
    db.exec(QStringLiteral("UPDATE stored_file SET content = substr(content, 1, length(content) - "
                           "1) || x'00' WHERE id = %1")
                .arg(fileId));

    Result<QByteArray> read = policies.fileContent(revisionId);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().kind == ErrorKind::Integrity);
    CHECK(read.error().message ==
          QStringLiteral("SEC-004.pdf does not match the SHA-256 recorded when it was added."));
    const QString copyPath = fixture.dir() + QStringLiteral("/copy.pdf");
    Result<void> copied = policies.saveFileCopy(revisionId, copyPath);
    REQUIRE_FALSE(copied.ok());
    CHECK(copied.error().kind == ErrorKind::Integrity);
    CHECK_FALSE(QFile::exists(copyPath));
}
