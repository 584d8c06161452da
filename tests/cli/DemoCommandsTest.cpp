// palisade-cli demo run as a script would run it: a new file filled with a
// small demonstration, checked, and never written over.
#include "tests/support/FileDigest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>
#include <string>

namespace {

const QString passphrase = QStringLiteral("palisade demo passphrase");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    std::string describe() const
    {
        return "exit " + std::to_string(exitCode) + "\nstdout: " + out.toStdString() +
               "\nstderr: " + err.toStdString();
    }
};

class DemoSandbox
{
public:
    DemoSandbox()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("home/.config"));
        QFile file(m_dir.filePath(QStringLiteral("passphrase.txt")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write((passphrase + QLatin1Char('\n')).toUtf8());
    }

    QString program() const { return m_dir.filePath(QStringLiteral("demo.palisade")); }

    Run run(const QStringList& command) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_dir.filePath(QStringLiteral("home/.config")));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PALISADE_CLI_PATH),
                      QStringList{QStringLiteral("--db"), program(),
                                  QStringLiteral("--passphrase-file"),
                                  m_dir.filePath(QStringLiteral("passphrase.txt")),
                                  QStringLiteral("--actor"), QStringLiteral("Demo Officer")} +
                          command);
        REQUIRE(process.waitForStarted(10000));
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(180000));
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

private:
    QTemporaryDir m_dir;
};

QStringList demo(const QStringList& more = {})
{
    return QStringList{QStringLiteral("demo"), QStringLiteral("--org"),
                       QStringLiteral("Riverbend Coding Services")} +
           more;
}

} // namespace

TEST_CASE("demo creates a small demonstration file that checks out", "[cli][demo]")
{
    DemoSandbox sandbox;
    const Run made = sandbox.run(demo({QStringLiteral("--scale"), QStringLiteral("small"),
                                       QStringLiteral("--seed"), QStringLiteral("1")}));
    INFO(made.describe());
    REQUIRE(made.exitCode == 0);
    CHECK(made.err.contains("Generating"));
    CHECK(made.out.contains("Audit events"));
    CHECK(made.out.contains("Business associate agreements"));

    const Run checked = sandbox.run({QStringLiteral("check")});
    INFO(checked.describe());
    CHECK(checked.exitCode == 0);

    const Run risks =
        sandbox.run({QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--json")});
    INFO(risks.describe());
    CHECK(risks.exitCode == 0);
    CHECK(QJsonDocument::fromJson(risks.out).array().size() >= 12);

    // An existing file is never written over.
    const QByteArray before = palisade::test::fileDigest(sandbox.program());
    const Run again = sandbox.run(demo());
    CHECK(again.exitCode == 5);
    CHECK(palisade::test::fileDigest(sandbox.program()) == before);
}

TEST_CASE("demo refuses an unknown scale or seed before creating anything", "[cli][demo]")
{
    DemoSandbox sandbox;
    const Run scale = sandbox.run(demo({QStringLiteral("--scale"), QStringLiteral("huge")}));
    CHECK(scale.exitCode == 1);
    const Run seed = sandbox.run(demo({QStringLiteral("--seed"), QStringLiteral("many")}));
    CHECK(seed.exitCode == 1);
    CHECK(!QFile::exists(sandbox.program()));
}
