// Catch2 entry point for tests that need a Qt application object (translations,
// QSettings, event loops) but no widgets. It is a QGuiApplication so core code
// that paints (heat maps, PDF output) can use fonts; the platform defaults to
// offscreen so no display is needed.
#include <QGuiApplication>
#include <QStandardPaths>
#include <catch2/catch_session.hpp>

int main(int argc, char* argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PalisadeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("palisade-tests"));
    return Catch::Session().run(argc, argv);
}
