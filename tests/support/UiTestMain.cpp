// Catch2 entry point for widget tests; run with QT_QPA_PLATFORM=offscreen.
#include <catch2/catch_session.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PalisadeTests"));
    QApplication::setApplicationName(QStringLiteral("palisade-ui-tests"));
    return Catch::Session().run(argc, argv);
}
