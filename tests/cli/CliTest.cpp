// palisade-cli run as a script would run it: a real process, real encrypted
// files in a temporary folder, and settings kept in a temporary home.
#include "core/program/Program.h"
#include "core/storage/Database.h"
#include "core/storage/Vault.h"
#include "core/util/SecretBuffer.h"
#include "core/util/SystemClock.h"
#include "tests/support/FileDigest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

const QString goodPassphrase = QStringLiteral("orchard lantern 7 velvet");
const QString otherPassphrase = QStringLiteral("copper meadow 42 thistle");
const QString organization = QStringLiteral("Riverbend Family Clinic");
const QString officer = QStringLiteral("Dana Whitfield");

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    std::string describe() const
    {
        return "exit " + std::to_string(exitCode) + "\nstdout: " + out.toStdString() +
               "\nstderr: " + err.toStdString();
    }
};

// A temporary folder with its own home, so the settings palisade-cli keeps
// (failed unlock attempts) never touch the user's.
class Sandbox
{
public:
    Sandbox()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("home/.config"));
        writeFile(QStringLiteral("good.txt"), goodPassphrase + QLatin1Char('\n'));
        writeFile(QStringLiteral("other.txt"), otherPassphrase + QLatin1Char('\n'));
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString program() const { return path(QStringLiteral("program.palisade")); }

    QString writeFile(const QString& name, const QString& text) const
    {
        QFile file(path(name));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        return file.fileName();
    }

    CliRun run(const QStringList& arguments, const QByteArray& input = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home/.config")));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));

        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(PALISADE_CLI_PATH), arguments);
        REQUIRE(process.waitForStarted(10000));
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(120000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    // Runs a command on the sandbox's program file with a passphrase file.
    CliRun runOn(const QString& file, const QString& passphraseFile,
                 const QStringList& command) const
    {
        return run(QStringList{QStringLiteral("--db"), file, QStringLiteral("--passphrase-file"),
                               path(passphraseFile)} +
                   command);
    }
    CliRun runOn(const QStringList& command) const
    {
        return runOn(program(), QStringLiteral("good.txt"), command);
    }

    CliRun init(const QString& file, const QString& passphraseFile) const
    {
        return runOn(file, passphraseFile,
                     {QStringLiteral("--actor"), officer, QStringLiteral("init"),
                      QStringLiteral("--org"), organization, QStringLiteral("--role"),
                      QStringLiteral("privacy")});
    }
    void initProgram() const
    {
        const CliRun created = init(program(), QStringLiteral("good.txt"));
        INFO(created.describe());
        REQUIRE(created.exitCode == 0);
    }

    QJsonArray auditEvents(const QString& file,
                           const QString& passphraseFile = QStringLiteral("good.txt")) const
    {
        const CliRun listed =
            runOn(file, passphraseFile,
                  {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        INFO(listed.describe());
        REQUIRE(listed.exitCode == 0);
        REQUIRE(listed.json().isArray());
        return listed.json().array();
    }

private:
    QTemporaryDir m_dir;
};

QStringList actionsOf(const QJsonArray& events)
{
    QStringList actions;
    for (const QJsonValue& event : events)
        actions << event.toObject().value(QStringLiteral("action")).toString();
    return actions;
}

QStringList hashesOf(const QJsonArray& events)
{
    QStringList hashes;
    for (const QJsonValue& event : events)
        hashes << event.toObject().value(QStringLiteral("hash")).toString();
    return hashes;
}

int nonEmptyLineCount(const QString& text)
{
    return int(text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size());
}

} // namespace

TEST_CASE("palisade-cli: init creates a file that check, audit list and verify accept", "[cli]")
{
    Sandbox sandbox;
    const CliRun created =
        sandbox.runOn(sandbox.program(), QStringLiteral("good.txt"),
                      {QStringLiteral("--actor"), officer, QStringLiteral("init"),
                       QStringLiteral("--org"), organization, QStringLiteral("--json")});
    INFO(created.describe());
    REQUIRE(created.exitCode == 0);
    REQUIRE(QFileInfo::exists(sandbox.program()));
    const QJsonObject init = created.json().object();
    CHECK(init.value(QStringLiteral("ok")).toBool());
    CHECK(init.value(QStringLiteral("organization")).toString() == organization);
    CHECK(init.value(QStringLiteral("officer")).toString() == officer);
    CHECK(init.value(QStringLiteral("role")).toString() == QStringLiteral("privacy+security"));

    const QByteArray digest = fileDigest(sandbox.program());

    const CliRun checked = sandbox.runOn({QStringLiteral("check"), QStringLiteral("--json")});
    INFO(checked.describe());
    REQUIRE(checked.exitCode == 0);
    const QJsonObject report = checked.json().object();
    CHECK(report.value(QStringLiteral("ok")).toBool());
    CHECK(report.value(QStringLiteral("cipher_version")).toString().startsWith(QLatin1Char('4')));
    CHECK(report.value(QStringLiteral("schema_version")).toInt() >= 1);
    CHECK(report.value(QStringLiteral("events")).toInt() == 2); // created, locked
    CHECK(report.value(QStringLiteral("findings")).toArray().isEmpty());
    const QString headHash = report.value(QStringLiteral("head_hash")).toString();
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(headHash).hasMatch());

    const QJsonArray events = sandbox.auditEvents(sandbox.program());
    REQUIRE(events.size() == 2);
    CHECK(actionsOf(events) == QStringList{QStringLiteral("created"), QStringLiteral("locked")});
    const QJsonObject first = events.at(0).toObject();
    CHECK(first.value(QStringLiteral("seq")).toInt() == 1);
    CHECK(first.value(QStringLiteral("actor")).toString() == officer);
    CHECK(first.value(QStringLiteral("entity")).toString() == QStringLiteral("program"));
    CHECK(first.value(QStringLiteral("before")).isObject());
    REQUIRE(first.value(QStringLiteral("after")).isObject());
    CHECK(first.value(QStringLiteral("after"))
              .toObject()
              .value(QStringLiteral("organization"))
              .toString() == organization);
    CHECK(events.at(1).toObject().value(QStringLiteral("prev_hash")).toString() ==
          first.value(QStringLiteral("hash")).toString());
    CHECK(events.at(1).toObject().value(QStringLiteral("hash")).toString() == headHash);

    const CliRun table = sandbox.runOn({QStringLiteral("audit"), QStringLiteral("list")});
    INFO(table.describe());
    REQUIRE(table.exitCode == 0);
    const QStringList rows = table.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).startsWith(QStringLiteral("SEQ")));
    CHECK(rows.at(1).contains(QStringLiteral("created")));
    CHECK(rows.at(1).contains(officer));
    CHECK(rows.at(1).indexOf(QStringLiteral("created")) ==
          rows.at(2).indexOf(QStringLiteral("locked")));

    const CliRun filtered =
        sandbox.runOn({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                       QStringLiteral("locked"), QStringLiteral("--json")});
    REQUIRE(filtered.exitCode == 0);
    CHECK(actionsOf(filtered.json().array()) == QStringList{QStringLiteral("locked")});

    const CliRun verified = sandbox.runOn(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    INFO(verified.describe());
    REQUIRE(verified.exitCode == 0);
    const QJsonObject chain = verified.json().object();
    CHECK(chain.value(QStringLiteral("intact")).toBool());
    CHECK(chain.value(QStringLiteral("events_checked")).toInt() == 2);
    CHECK(chain.value(QStringLiteral("first_broken_seq")).isNull());
    CHECK(chain.value(QStringLiteral("head_hash")).toString() == headHash);

    SECTION("the read-only commands did not change the file")
    {
        CHECK(fileDigest(sandbox.program()) == digest);
    }
    SECTION("the passphrase can come from standard input")
    {
        const CliRun piped = sandbox.run({QStringLiteral("--db"), sandbox.program(),
                                          QStringLiteral("audit"), QStringLiteral("verify")},
                                         goodPassphrase.toUtf8() + "\n");
        INFO(piped.describe());
        CHECK(piped.exitCode == 0);
        CHECK(piped.errText().contains(QStringLiteral("intact")));
    }
}

TEST_CASE("palisade-cli: usage errors exit 1 with a one-line hint; help and version exit 0",
          "[cli]")
{
    Sandbox sandbox;

    SECTION("an unknown command")
    {
        const CliRun run =
            sandbox.run({QStringLiteral("--db"), sandbox.program(), QStringLiteral("frobnicate")});
        CHECK(run.exitCode == 1);
        CHECK(nonEmptyLineCount(run.errText()) == 1);
        CHECK(run.errText().contains(QStringLiteral("--help")));
        CHECK(run.out.isEmpty());
    }
    SECTION("a missing --db")
    {
        const CliRun run = sandbox.run({QStringLiteral("check")});
        CHECK(run.exitCode == 1);
        CHECK(nonEmptyLineCount(run.errText()) == 1);
        CHECK(run.errText().contains(QStringLiteral("--db")));
    }
    SECTION("an unknown option, or one that does not apply")
    {
        CHECK(sandbox
                  .run({QStringLiteral("--db"), sandbox.program(), QStringLiteral("check"),
                        QStringLiteral("--fast")})
                  .exitCode == 1);
        const CliRun misplaced =
            sandbox.run({QStringLiteral("--db"), sandbox.program(), QStringLiteral("check"),
                         QStringLiteral("--out"), sandbox.path(QStringLiteral("x"))});
        CHECK(misplaced.exitCode == 1);
        CHECK(misplaced.errText().contains(QStringLiteral("check --help")));
    }
    SECTION("an option without its value, and a bad date")
    {
        CHECK(sandbox.run({QStringLiteral("check"), QStringLiteral("--db")}).exitCode == 1);
        sandbox.initProgram();
        const CliRun badDate =
            sandbox.runOn({QStringLiteral("audit"), QStringLiteral("list"),
                           QStringLiteral("--from"), QStringLiteral("2026-02-30")});
        CHECK(badDate.exitCode == 1);
        CHECK(badDate.errText().contains(QStringLiteral("YYYY-MM-DD")));
    }
    SECTION("init without --actor names what is missing")
    {
        const CliRun run =
            sandbox.runOn({QStringLiteral("init"), QStringLiteral("--org"), organization});
        CHECK(run.exitCode == 1);
        CHECK(run.errText().contains(QStringLiteral("--actor NAME")));
        CHECK_FALSE(QFileInfo::exists(sandbox.program()));
    }
    SECTION("help")
    {
        const CliRun general = sandbox.run({QStringLiteral("--help")});
        CHECK(general.exitCode == 0);
        for (const char* command :
             {"init", "check", "rekey", "backup", "audit list", "audit verify"})
            CHECK(general.outText().contains(QLatin1String(command)));
        CHECK(general.outText().contains(QStringLiteral("Exit codes")));

        const CliRun list = sandbox.run(
            {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--help")});
        CHECK(list.exitCode == 0);
        for (const char* option : {"--entity", "--actor", "--action", "--from", "--to", "--limit"})
            CHECK(list.outText().contains(QLatin1String(option)));

        const CliRun area = sandbox.run({QStringLiteral("audit"), QStringLiteral("--help")});
        CHECK(area.exitCode == 0);
        CHECK(area.outText().contains(QStringLiteral("audit verify")));

        const CliRun version = sandbox.run({QStringLiteral("--version")});
        CHECK(version.exitCode == 0);
        CHECK(version.outText().startsWith(QStringLiteral("palisade-cli ")));
    }
}

TEST_CASE("palisade-cli: a wrong passphrase exits 2 and is recorded at the next unlock", "[cli]")
{
    Sandbox sandbox;
    sandbox.initProgram();
    const QByteArray digest = fileDigest(sandbox.program());

    const CliRun wrong = sandbox.runOn(sandbox.program(), QStringLiteral("other.txt"),
                                       {QStringLiteral("check"), QStringLiteral("--json")});
    INFO(wrong.describe());
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.errText().contains(QStringLiteral("passphrase is wrong")));
    CHECK(wrong.json()
              .object()
              .value(QStringLiteral("error"))
              .toObject()
              .value(QStringLiteral("kind"))
              .toString() == QStringLiteral("unlock"));
    CHECK(fileDigest(sandbox.program()) == digest);

    // Read-only commands leave the record for the next read-write unlock.
    CHECK_FALSE(actionsOf(sandbox.auditEvents(sandbox.program()))
                    .contains(QStringLiteral("unlock_failed")));

    const CliRun backup = sandbox.runOn({QStringLiteral("backup"), QStringLiteral("--out"),
                                         sandbox.path(QStringLiteral("copy.palisade"))});
    INFO(backup.describe());
    REQUIRE(backup.exitCode == 0);

    const QJsonArray events = sandbox.auditEvents(sandbox.program());
    const QStringList actions = actionsOf(events);
    REQUIRE(actions.count(QStringLiteral("unlock_failed")) == 1);
    const QJsonObject failed =
        events.at(actions.indexOf(QStringLiteral("unlock_failed"))).toObject();
    CHECK(failed.value(QStringLiteral("after"))
              .toObject()
              .value(QStringLiteral("attempts"))
              .toInt() == 1);
    CHECK(actions.indexOf(QStringLiteral("unlock_failed")) + 1 ==
          actions.indexOf(QStringLiteral("unlocked")));

    // Recorded once: the next read-write session does not repeat it.
    const CliRun again = sandbox.runOn({QStringLiteral("backup"), QStringLiteral("--out"),
                                        sandbox.path(QStringLiteral("copy2.palisade"))});
    REQUIRE(again.exitCode == 0);
    CHECK(
        actionsOf(sandbox.auditEvents(sandbox.program())).count(QStringLiteral("unlock_failed")) ==
        1);
}

TEST_CASE("palisade-cli: a file that is not a Palisade file exits 2 and is not changed", "[cli]")
{
    Sandbox sandbox;
    const QString notes = sandbox.writeFile(
        QStringLiteral("notes.txt"), QStringLiteral("Minutes of the privacy committee, March.\n"));
    const QByteArray digest = fileDigest(notes);
    const CliRun run = sandbox.runOn(notes, QStringLiteral("good.txt"), {QStringLiteral("check")});
    INFO(run.describe());
    CHECK(run.exitCode == 2);
    CHECK(fileDigest(notes) == digest);
}

TEST_CASE("palisade-cli: a damaged page makes check exit 3 without changing the file", "[cli]")
{
    Sandbox sandbox;
    sandbox.initProgram();
    {
        // Enough events to fill several pages past the schema.
        SystemClock clock;
        auto unlocked =
            Program::unlock(sandbox.program(), SecretBuffer::fromString(goodPassphrase), {}, clock);
        REQUIRE(unlocked.ok());
        Program& program = *unlocked.value();
        const Result<void> written =
            program.transact(QStringLiteral("filling"), [](AuditTrail& audit) {
                for (int i = 0; i < 200; ++i) {
                    audit.record(
                        officer, QStringLiteral("noted"), QStringLiteral("note"),
                        QString::number(i), {},
                        {{QStringLiteral("text"), QString(300, QLatin1Char('a' + i % 26))}});
                }
            });
        REQUIRE(written.ok());
        program.lock(QStringLiteral("test"));
    }
    REQUIRE(QFileInfo(sandbox.program()).size() > 4096 * 8);
    REQUIRE(sandbox.runOn({QStringLiteral("check")}).exitCode == 0);

    REQUIRE(flipBytes(sandbox.program(), 4096 * 2 + 200));
    const QByteArray damaged = fileDigest(sandbox.program());

    const CliRun checked = sandbox.runOn({QStringLiteral("check"), QStringLiteral("--json")});
    INFO(checked.describe());
    CHECK(checked.exitCode == 3);
    CHECK(fileDigest(sandbox.program()) == damaged);
    const QJsonObject report = checked.json().object();
    if (report.contains(QStringLiteral("findings"))) {
        CHECK_FALSE(report.value(QStringLiteral("ok")).toBool());
        CHECK_FALSE(report.value(QStringLiteral("findings")).toArray().isEmpty());
    } else {
        CHECK(report.value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("kind"))
                  .toString() == QStringLiteral("integrity"));
    }

    const CliRun human = sandbox.runOn({QStringLiteral("check")});
    CHECK(human.exitCode == 3);
    CHECK(human.errText().contains(QStringLiteral("ntegrity")));
    CHECK(fileDigest(sandbox.program()) == damaged);
}

TEST_CASE("palisade-cli: a changed audit event makes audit verify exit 3", "[cli]")
{
    Sandbox sandbox;
    sandbox.initProgram();
    REQUIRE(sandbox
                .runOn({QStringLiteral("backup"), QStringLiteral("--out"),
                        sandbox.path(QStringLiteral("copy.palisade"))})
                .exitCode == 0);
    {
        // What someone with the passphrase and an SQLite shell could do.
        Result<Database> db =
            Vault().unlock(sandbox.program(), SecretBuffer::fromString(goodPassphrase));
        REQUIRE(db.ok());
        db.value().exec(QStringLiteral("DROP TRIGGER audit_event_no_update"));
        db.value().exec(QStringLiteral("UPDATE audit_event SET actor = 'Mallory' WHERE seq = 3"));
        REQUIRE(db.value().changes() == 1);
    }

    const CliRun verified = sandbox.runOn({QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(verified.describe());
    CHECK(verified.exitCode == 3);
    CHECK(verified.errText().contains(QStringLiteral("event 3")));

    const CliRun json = sandbox.runOn(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    CHECK(json.exitCode == 3);
    const QJsonObject chain = json.json().object();
    CHECK_FALSE(chain.value(QStringLiteral("intact")).toBool(true));
    CHECK(chain.value(QStringLiteral("first_broken_seq")).toInt() == 3);
    CHECK(chain.value(QStringLiteral("problem")).toString() == QStringLiteral("content_changed"));

    const CliRun checked = sandbox.runOn({QStringLiteral("check"), QStringLiteral("--json")});
    CHECK(checked.exitCode == 3);
    const QJsonArray findings = checked.json().object().value(QStringLiteral("findings")).toArray();
    REQUIRE(findings.size() == 1);
    CHECK(findings.at(0).toObject().value(QStringLiteral("check")).toString() ==
          QStringLiteral("audit_chain"));
}

TEST_CASE("palisade-cli: init refuses a short or common passphrase with exit 4", "[cli]")
{
    Sandbox sandbox;
    sandbox.writeFile(QStringLiteral("short.txt"), QStringLiteral("tiny secret\n"));
    sandbox.writeFile(QStringLiteral("common.txt"), QStringLiteral("password12345678\n"));

    const CliRun tooShort = sandbox.init(sandbox.program(), QStringLiteral("short.txt"));
    INFO(tooShort.describe());
    CHECK(tooShort.exitCode == 4);
    CHECK(tooShort.errText().contains(QStringLiteral("15")));
    CHECK_FALSE(QFileInfo::exists(sandbox.program()));

    const CliRun common = sandbox.init(sandbox.program(), QStringLiteral("common.txt"));
    INFO(common.describe());
    CHECK(common.exitCode == 4);
    CHECK(common.errText().contains(QStringLiteral("common")));
    CHECK_FALSE(QFileInfo::exists(sandbox.program()));
}

TEST_CASE("palisade-cli: existing files are never overwritten: exit 5", "[cli]")
{
    Sandbox sandbox;
    sandbox.initProgram();
    const QByteArray digest = fileDigest(sandbox.program());

    SECTION("init over an existing file")
    {
        const CliRun run = sandbox.init(sandbox.program(), QStringLiteral("other.txt"));
        INFO(run.describe());
        CHECK(run.exitCode == 5);
        CHECK(fileDigest(sandbox.program()) == digest);
        CHECK(sandbox.runOn({QStringLiteral("check")}).exitCode == 0);
    }
    SECTION("backup to an existing path")
    {
        const QString target =
            sandbox.writeFile(QStringLiteral("taken.palisade"), QStringLiteral("keep me\n"));
        const CliRun run =
            sandbox.runOn({QStringLiteral("backup"), QStringLiteral("--out"), target});
        INFO(run.describe());
        CHECK(run.exitCode == 5);
        QFile kept(target);
        REQUIRE(kept.open(QIODevice::ReadOnly));
        CHECK(kept.readAll() == QByteArray("keep me\n"));
    }
    SECTION("a program file that does not exist")
    {
        const CliRun run = sandbox.runOn(sandbox.path(QStringLiteral("missing.palisade")),
                                         QStringLiteral("good.txt"), {QStringLiteral("check")});
        CHECK(run.exitCode == 5);
        CHECK_FALSE(QFileInfo::exists(sandbox.path(QStringLiteral("missing.palisade"))));
    }
}

TEST_CASE("palisade-cli: rekey changes the passphrase: the old one exits 2, the new one works",
          "[cli]")
{
    Sandbox sandbox;
    sandbox.initProgram();

    SECTION("a weak new passphrase is refused with exit 4 and the old one still works")
    {
        sandbox.writeFile(QStringLiteral("weak.txt"), QStringLiteral("password12345678\n"));
        const CliRun refused =
            sandbox.runOn({QStringLiteral("rekey"), QStringLiteral("--new-passphrase-file"),
                           sandbox.path(QStringLiteral("weak.txt"))});
        INFO(refused.describe());
        CHECK(refused.exitCode == 4);
        CHECK(sandbox.runOn({QStringLiteral("check")}).exitCode == 0);
    }
    SECTION("a good new passphrase replaces the old one")
    {
        const CliRun rekeyed =
            sandbox.runOn({QStringLiteral("rekey"), QStringLiteral("--new-passphrase-file"),
                           sandbox.path(QStringLiteral("other.txt"))});
        INFO(rekeyed.describe());
        REQUIRE(rekeyed.exitCode == 0);

        CHECK(sandbox.runOn({QStringLiteral("check")}).exitCode == 2);
        const CliRun withNew = sandbox.runOn(sandbox.program(), QStringLiteral("other.txt"),
                                             {QStringLiteral("check")});
        INFO(withNew.describe());
        CHECK(withNew.exitCode == 0);

        const QStringList actions =
            actionsOf(sandbox.auditEvents(sandbox.program(), QStringLiteral("other.txt")));
        CHECK(actions.contains(QStringLiteral("rekeyed")));
        CHECK(actions.last() == QStringLiteral("locked"));
    }
}

TEST_CASE("palisade-cli: backup writes a copy that passes check and holds the same events", "[cli]")
{
    Sandbox sandbox;
    sandbox.initProgram();
    const QString copy = sandbox.path(QStringLiteral("backups/copy.palisade"));

    const CliRun backup = sandbox.runOn(
        {QStringLiteral("backup"), QStringLiteral("--out"), copy, QStringLiteral("--json")});
    INFO(backup.describe());
    REQUIRE(backup.exitCode == 0);
    const int copied = backup.json().object().value(QStringLiteral("events")).toInt();
    CHECK(copied == 3); // created, locked, unlocked

    const CliRun checked =
        sandbox.runOn(copy, QStringLiteral("good.txt"), {QStringLiteral("check")});
    INFO(checked.describe());
    CHECK(checked.exitCode == 0);

    const QJsonArray original = sandbox.auditEvents(sandbox.program());
    const QJsonArray backedUp = sandbox.auditEvents(copy);
    REQUIRE(backedUp.size() == copied);
    CHECK(hashesOf(backedUp) == hashesOf(original).mid(0, copied));
    // The original goes on to record the backup and the end of the session.
    CHECK(actionsOf(original).mid(copied) ==
          QStringList{QStringLiteral("backed_up"), QStringLiteral("locked")});
}
