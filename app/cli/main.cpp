#include "app/cli/CliApplication.h"
#include "app/cli/CliOutput.h"
#include "core/util/SystemClock.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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
