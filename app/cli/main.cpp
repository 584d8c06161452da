#include "app/cli/CliApplication.h"
#include "app/cli/CliOutput.h"
#include "core/util/ProcessProtection.h"
#include "core/util/SystemClock.h"

#include <QGuiApplication>
#include <QSettings>
#include <QTranslator>
#include <cstdio>

namespace {

// Scripts read the command line's standard error: it carries the commands'
// own messages, one line per problem, and not the platform's chatter (such as
// the offscreen platform's note on XDG_RUNTIME_DIR).
void quietQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char* argv[])
{
    palisade::ProcessProtection::disableCoreDumps();
    qInstallMessageHandler(quietQtMessages);
    // Evidence packs are painted with fonts, which need a GUI application; the
    // command line never opens a window, so it never needs a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // Shared with the desktop program, so failed unlock attempts made in
    // either are recorded at the next unlock in either.
    QCoreApplication::setOrganizationName(QStringLiteral("Palisade"));
    QCoreApplication::setApplicationName(QStringLiteral("Palisade"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PALISADE_VERSION));

    // Messages are English; this gives those with a count their plural forms.
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/plurals/palisade_en.qm")))
        QCoreApplication::installTranslator(&plurals);

    QSettings settings;
    palisade::SystemClock clock;
    palisade::cli::CliOutput output;
    palisade::cli::CliApplication cli(settings, clock);
    return cli.run(QCoreApplication::arguments().mid(1), output);
}
