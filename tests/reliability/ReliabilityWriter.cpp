// A child process for KillDuringWriteTest: unlocks a program file and writes
// audited changes through the asset register until it is killed, printing
// each step on standard output only after the step has returned.
//
//   palisade_reliability_writer FILE ROUND MODE ROWS PASSPHRASE [TARGET]
//
// MODE is "work" (commits only), "rekey" (a few commits, then a passphrase
// change to TARGET, then more commits) or "backup" (a few commits, then a
// backup to the path TARGET, then more commits). Every commit adds ROWS assets
// in one transaction. After WriterProtocol::maximumCommits commits it waits
// to be killed.
#include "core/program/Program.h"
#include "core/risk/AssetRegister.h"
#include "core/util/SecretBuffer.h"
#include "core/util/SystemClock.h"
#include "tests/reliability/WriterProtocol.h"

#include <QCoreApplication>
#include <QStringList>
#include <QThread>
#include <cstdio>
#include <vector>

using namespace palisade;
using palisade::test::WriterProtocol;

namespace {

constexpr int commitsBeforeSpecialStep = 2;
constexpr int idleSeconds = 60;

// Writes one protocol line and hands it to the pipe at once, so the line
// survives a SIGKILL that follows.
void say(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString& step, const Error& error)
{
    say(WriterProtocol::error() + QLatin1Char(' ') + step + QStringLiteral(": ") + error.text());
    return 3;
}

std::vector<Asset> rowsOf(const QString& tag, int rows)
{
    std::vector<Asset> assets;
    for (int row = 1; row <= rows; ++row) {
        Asset asset;
        asset.name = WriterProtocol::assetName(tag, row);
        asset.kind = AssetKind::Server;
        asset.owner = QStringLiteral("Reliability writer");
        asset.phiHeld = QStringLiteral("claims");
        assets.push_back(asset);
    }
    return assets;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 6) {
        std::fputs("usage: palisade_reliability_writer FILE ROUND MODE ROWS PASSPHRASE [TARGET]\n",
                   stderr);
        return 1;
    }
    const QString path = args.at(1);
    const int round = args.at(2).toInt();
    const QString mode = args.at(3);
    const int rows = args.at(4).toInt();
    const SecretBuffer passphrase = SecretBuffer::fromString(args.at(5));
    const QString target = args.size() > 6 ? args.at(6) : QString();

    const SystemClock clock;
    auto unlocked = Program::unlock(path, passphrase, {}, clock);
    if (!unlocked)
        return fail(QStringLiteral("unlock"), unlocked.error());
    Program& program = *unlocked.value();
    say(WriterProtocol::unlocked());

    for (int commit = 1; commit <= WriterProtocol::maximumCommits; ++commit) {
        if (commit == commitsBeforeSpecialStep + 1 && mode == QStringLiteral("rekey")) {
            say(WriterProtocol::rekeying());
            if (Result<void> done =
                    program.changePassphrase(passphrase, SecretBuffer::fromString(target));
                !done)
                return fail(QStringLiteral("rekey"), done.error());
            say(WriterProtocol::rekeyed());
        }
        if (commit == commitsBeforeSpecialStep + 1 && mode == QStringLiteral("backup")) {
            say(WriterProtocol::backingUp());
            if (Result<void> done = program.backup(target); !done)
                return fail(QStringLiteral("backup"), done.error());
            say(WriterProtocol::backedUp());
        }
        const QString tag = WriterProtocol::commitTag(round, commit);
        if (auto added = program.assets().addAll(rowsOf(tag, rows)); !added)
            return fail(tag, added.error());
        say(WriterProtocol::commit() + QLatin1Char(' ') + tag);
    }
    // The test kills the writer before or soon after this point; the file
    // stays small because a writer never commits more than this.
    say(WriterProtocol::idle());
    QThread::sleep(idleSeconds);
    program.lock(QStringLiteral("exit"));
    return 0;
}
