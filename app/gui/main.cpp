#include "core/storage/Vault.h"
#include "core/util/ProcessProtection.h"
#include "core/util/SystemClock.h"
#include "ui/session/SessionController.h"
#include "ui/settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

namespace {

// Installs Palisade's and Qt's translations for the chosen language, or the
// system's when none was chosen. English is the source language; only its
// plural forms are loaded, beneath the others.
void installTranslators(QApplication& app, const QString& language, QTranslator& plurals,
                        QTranslator& palisade, QTranslator& qt)
{
    if (plurals.load(QStringLiteral(":/plurals/palisade_en.qm")))
        app.installTranslator(&plurals);
    QLocale locale = QLocale::system();
    if (!language.isEmpty()) {
        locale = QLocale(language);
        QLocale::setDefault(locale);
    }
    if (palisade.load(locale, QStringLiteral("palisade"), QStringLiteral("_"),
                      QStringLiteral(":/i18n")))
        app.installTranslator(&palisade);
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qt);
}

} // namespace

int main(int argc, char* argv[])
{
    palisade::ProcessProtection::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Palisade"));
    QApplication::setApplicationName(QStringLiteral("Palisade"));
    QApplication::setApplicationDisplayName(QStringLiteral("Palisade"));
    QApplication::setApplicationVersion(QStringLiteral(PALISADE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.palisade.Palisade"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/palisade.svg")));

    QSettings settings;
    palisade::ui::AppSettings appSettings(settings);
    QTranslator pluralsTranslator;
    QTranslator palisadeTranslator;
    QTranslator qtTranslator;
    installTranslators(app, appSettings.language(), pluralsTranslator, palisadeTranslator,
                       qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Keeps a HIPAA compliance program in one encrypted file."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString pathName = QApplication::translate("main", "path");
    const QCommandLineOption fileOption(
        QStringLiteral("file"), QApplication::translate("main", "Open the program file <path>."),
        pathName);
    parser.addOption(fileOption);
    parser.addPositionalArgument(
        pathName, QApplication::translate("main", "Program file to open (same as --file)."),
        QStringLiteral("[%1]").arg(pathName));
    parser.process(app);

    const palisade::Result<QString> library = palisade::Vault::checkLibrary();
    if (!library) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Palisade Cannot Start"),
                              library.error().text());
        return palisade::exitCodeFor(library.error().kind);
    }

    QString file = parser.value(fileOption);
    if (file.isEmpty() && !parser.positionalArguments().isEmpty())
        file = parser.positionalArguments().constFirst();

    palisade::SystemClock clock;
    palisade::ui::SessionController session(settings, clock);
    session.start(file);
    return app.exec();
}
