// Catch2 entry point for tests that need a QCoreApplication (translations,
// QSettings, event loops) but no widgets.
#include <catch2/catch_session.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PalisadeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("palisade-tests"));
    return Catch::Session().run(argc, argv);
}
