#pragma once

// A program file built through the core API (so tests can set the clock and
// shape its history), then driven through palisade-cli as a real process with
// its settings in a temporary home.

#include "tests/support/TemporaryProgram.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>
#include <string>

namespace palisade::test {

struct CliProcessResult
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

class RiskCliSandbox
{
public:
    RiskCliSandbox()
    {
        QDir(m_home.path()).mkpath(QStringLiteral(".config"));
        m_passphraseFile = writeFile(QStringLiteral("passphrase.txt"),
                                     (fixturePassphrase() + QLatin1Char('\n')).toUtf8());
    }

    // The program, open through the core API; run() closes it first.
    Program& program()
    {
        if (!m_open) {
            m_fixture.reopen();
            m_open = true;
        }
        return m_fixture.program();
    }
    FixedClock& clock() { return m_fixture.clock(); }
    QString programPath() const { return m_fixture.path(); }

    QString path(const QString& name) const { return QDir(m_fixture.dir()).filePath(name); }
    QString writeFile(const QString& name, const QByteArray& content) const
    {
        QFile file(path(name));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        return file.fileName();
    }

    CliProcessResult run(const QStringList& command)
    {
        if (m_open) {
            m_fixture.close();
            m_open = false;
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           QDir(m_home.path()).filePath(QStringLiteral(".config")));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));

        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_fixture.dir());
        process.start(QStringLiteral(PALISADE_CLI_PATH),
                      QStringList{QStringLiteral("--db"), m_fixture.path(),
                                  QStringLiteral("--passphrase-file"), m_passphraseFile} +
                          command);
        REQUIRE(process.waitForStarted(10000));
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(120000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

private:
    QTemporaryDir m_home;
    TemporaryProgram m_fixture;
    bool m_open = true;
    QString m_passphraseFile;
};

} // namespace palisade::test
