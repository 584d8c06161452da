#pragma once

#include <QString>

namespace palisade::test {

// What the reliability writer and the test that kills it agree on: the lines
// the writer prints (each only after the step it names has returned) and how
// the assets of one commit are named.
struct WriterProtocol
{
    static QString unlocked() { return QStringLiteral("unlocked"); }
    static QString commit() { return QStringLiteral("commit"); }
    static QString rekeying() { return QStringLiteral("rekeying"); }
    static QString rekeyed() { return QStringLiteral("rekeyed"); }
    static QString backingUp() { return QStringLiteral("backing-up"); }
    static QString backedUp() { return QStringLiteral("backed-up"); }
    static QString idle() { return QStringLiteral("idle"); }
    static QString error() { return QStringLiteral("error"); }

    // Commits per run, so that hundreds of runs keep the file small.
    static constexpr int maximumCommits = 12;

    // The identifier of one commit: round 12, commit 3 is "r12-c3".
    static QString commitTag(int round, int commit)
    {
        return QStringLiteral("r%1-c%2").arg(round).arg(commit);
    }
    // Each commit stores its rows as assets named "<tag>/<row>".
    static QString assetName(const QString& tag, int row)
    {
        return tag + QStringLiteral("/%1").arg(row);
    }
    static QString tagOfAsset(const QString& name) { return name.section(QLatin1Char('/'), 0, 0); }
};

} // namespace palisade::test
