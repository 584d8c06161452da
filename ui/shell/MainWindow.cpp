#include "ui/shell/MainWindow.h"

#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "ui/assets/AssetPage.h"
#include "ui/audit/AuditTrailPage.h"
#include "ui/evidence/EvidencePage.h"
#include "ui/incidents/IncidentsPage.h"
#include "ui/policies/PoliciesPage.h"
#include "ui/retention/RetentionPage.h"
#include "ui/risk/RiskPage.h"
#include "ui/session/ClipboardGuard.h"
#include "ui/shell/AreaSidebar.h"
#include "ui/shell/DashboardPage.h"
#include "ui/shell/PlannedAreaPage.h"
#include "ui/shell/ShellArea.h"
#include "ui/shell/ShellStatusBar.h"
#include "ui/training/TrainingPage.h"
#include "ui/vendors/VendorsPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStackedWidget>

namespace palisade::ui {

MainWindow::MainWindow(Program& program, ClipboardGuard& clipboard, QWidget* parent)
    : QMainWindow(parent)
    , m_program(program)
    , m_clipboard(clipboard)
    , m_sidebar(new AreaSidebar(this))
    , m_pages(new QStackedWidget(this))
    , m_status(new ShellStatusBar(this))
    , m_areaActions(new QActionGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 \u2014 Palisade").arg(program.profile().organization));
    setWindowIcon(QIcon(QStringLiteral(":/icons/palisade.svg")));

    createPages();
    createMenus();

    auto* divider = new QFrame(this);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(divider);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_status->setFilePath(program.path());
    m_status->setLockState(program.isOpen(), program.isReadOnly());
    m_status->setActor(program.actor());
    setStatusBar(m_status);

    connect(m_sidebar, &AreaSidebar::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        m_areaActions->actions().at(row)->setChecked(true);
    });
    showArea(0);
    resize(1200, 780);
}

MainWindow::~MainWindow()
{
    stopBackgroundWork();
}

int MainWindow::areaCount() const
{
    return m_pages->count();
}

int MainWindow::currentArea() const
{
    return m_pages->currentIndex();
}

void MainWindow::showArea(int index)
{
    if (index < 0 || index >= areaCount())
        return;
    m_sidebar->setCurrentRow(index);
    m_pages->setCurrentIndex(index);
}

void MainWindow::focusCurrentPage()
{
    // Chosen from the keyboard, the page takes the focus, so its own keys
    // (Ctrl+F, Enter, Delete) work at once: its first widget that Tab reaches.
    QWidget* page = m_pages->currentWidget();
    if (!page)
        return;
    for (QWidget* candidate = page->nextInFocusChain(); candidate && candidate != page;
         candidate = candidate->nextInFocusChain()) {
        if (!page->isAncestorOf(candidate))
            continue;
        if (candidate->isVisibleTo(page) && candidate->isEnabled() &&
            (candidate->focusPolicy() & Qt::TabFocus)) {
            candidate->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void MainWindow::stopBackgroundWork()
{
    if (m_audit)
        m_audit->stopVerification();
}

void MainWindow::createPages()
{
    for (const ShellArea& area : ShellArea::all()) {
        QWidget* page = nullptr;
        switch (area.id) {
        case ShellArea::Id::Dashboard:
            m_dashboard = new DashboardPage(m_program, m_pages);
            page = m_dashboard;
            break;
        case ShellArea::Id::Assets:
            page = new AssetPage(m_program, m_pages);
            break;
        case ShellArea::Id::Vendors:
            m_vendors = new VendorsPage(m_program, m_pages);
            page = m_vendors;
            break;
        case ShellArea::Id::Training:
            m_training = new TrainingPage(m_program, m_pages);
            page = m_training;
            break;
        case ShellArea::Id::Policies:
            m_policies = new PoliciesPage(m_program, m_pages);
            page = m_policies;
            break;
        case ShellArea::Id::Incidents:
            m_incidents = new IncidentsPage(m_program, m_pages);
            page = m_incidents;
            break;
        case ShellArea::Id::Evidence:
            page = new EvidencePage(m_program, m_pages);
            break;
        case ShellArea::Id::Risks:
            m_risks = new RiskPage(m_program, m_pages);
            page = m_risks;
            break;
        case ShellArea::Id::Retention:
            m_retention = new RetentionPage(m_program, m_pages);
            page = m_retention;
            break;
        case ShellArea::Id::Audit:
            m_audit = new AuditTrailPage(m_program, m_clipboard, m_pages);
            page = m_audit;
            break;
        default:
            page =
                new PlannedAreaPage(area.title, area.plannedSummary, area.icon(style()), m_pages);
            break;
        }
        m_pages->addWidget(page);
        m_sidebar->addArea(area.icon(style()), area.title,
                           area.built ? QString() : tr("%1 is not built yet").arg(area.title));
    }

    const int auditIndex = m_pages->indexOf(m_audit);
    connect(m_audit, &AuditTrailPage::verificationFinished, m_dashboard,
            &DashboardPage::setLastVerification);
    connect(m_dashboard, &DashboardPage::auditTrailRequested, this,
            [this, auditIndex] { showArea(auditIndex); });
    const int vendorsIndex = m_pages->indexOf(m_vendors);
    connect(m_dashboard, &DashboardPage::vendorsRequested, this,
            [this, vendorsIndex] { showArea(vendorsIndex); });
    const int policiesIndex = m_pages->indexOf(m_policies);
    connect(m_dashboard, &DashboardPage::policiesRequested, this,
            [this, policiesIndex] { showArea(policiesIndex); });
    const int trainingIndex = m_pages->indexOf(m_training);
    connect(m_dashboard, &DashboardPage::trainingRequested, this,
            [this, trainingIndex] { showArea(trainingIndex); });
    const int incidentsIndex = m_pages->indexOf(m_incidents);
    connect(m_dashboard, &DashboardPage::incidentsRequested, this,
            [this, incidentsIndex] { showArea(incidentsIndex); });
    connect(m_dashboard, &DashboardPage::verifyRequested, this, [this, auditIndex] {
        showArea(auditIndex);
        m_audit->startVerification();
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* changePassphrase = file->addAction(tr("Change &Passphrase\u2026"));
    changePassphrase->setObjectName(QStringLiteral("changePassphraseAction"));
    changePassphrase->setEnabled(!m_program.isReadOnly());
    connect(changePassphrase, &QAction::triggered, this, &MainWindow::changePassphraseRequested);

    QAction* backUpAction = file->addAction(tr("&Back Up\u2026"));
    backUpAction->setObjectName(QStringLiteral("backUpAction"));
    backUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(backUpAction, &QAction::triggered, this, &MainWindow::backUp);
    file->addSeparator();

    QAction* lock = file->addAction(tr("&Lock"));
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QAction::triggered, this, [this] {
        stopBackgroundWork();
        emit lockRequested();
    });

    QAction* settings = file->addAction(tr("&Settings\u2026"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setMenuRole(QAction::PreferencesRole);
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    const QKeySequence ctrlComma(Qt::CTRL | Qt::Key_Comma);
    if (!settingsKeys.contains(ctrlComma))
        settingsKeys << ctrlComma;
    settings->setShortcuts(settingsKeys);
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    file->addSeparator();

    QAction* quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setMenuRole(QAction::QuitRole);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, [this] {
        stopBackgroundWork();
        QCoreApplication::quit();
    });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_areaActions->setExclusive(true);
    const std::vector<ShellArea> areas = ShellArea::all();
    for (int index = 0; index < int(areas.size()); ++index) {
        QAction* action =
            // A lone "&" in a title ("Vendors & BAAs") would be read as a mnemonic.
            view->addAction(areas[size_t(index)].icon(style()),
                            QString(areas[size_t(index)].title)
                                .replace(QLatin1Char('&'), QStringLiteral("&&")));
        action->setObjectName(QStringLiteral("showArea%1Action").arg(index + 1));
        action->setCheckable(true);
        if (const int digit = areas[size_t(index)].shortcutDigit(); digit >= 0)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + digit)));
        m_areaActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, index] {
            showArea(index);
            focusCurrentPage();
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Palisade"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction* aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

QString MainWindow::suggestedBackupName() const
{
    QString organization = m_program.profile().organization;
    // Keep letters and digits; anything else a file system might refuse becomes a dash.
    organization.replace(QRegularExpression(QStringLiteral("[^\\w]+"),
                                            QRegularExpression::UseUnicodePropertiesOption),
                         QStringLiteral("-"));
    organization.replace(QLatin1Char('_'), QLatin1Char('-'));
    organization = organization.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (organization.isEmpty())
        organization = QStringLiteral("palisade");
    const QString date = m_program.clock().today().toString(QStringLiteral("yyyy-MM-dd"));
    return QStringLiteral("%1-backup-%2.palisade").arg(organization, date);
}

void MainWindow::backUp()
{
    const QString folder = QFileInfo(m_program.path()).absolutePath();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Back Up Program File"), QDir(folder).filePath(suggestedBackupName()),
        tr("Palisade program files (*.palisade);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".palisade");
    backUpTo(path);
}

bool MainWindow::backUpTo(const QString& path)
{
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> done = m_program.backup(path);
    QApplication::restoreOverrideCursor();
    if (!done) {
        showMessage(false, tr("Backup Failed"),
                    tr("The program file was not backed up.\n\n%1").arg(done.error().message),
                    done.error().detail);
        m_status->showMessage(tr("Backup failed"), 8000);
        return false;
    }
    showMessage(true, tr("Backup Complete"),
                tr("The program file was backed up to:\n%1\n\nThe backup is encrypted and opens "
                   "with the current passphrase. Keep it somewhere other than this computer.")
                    .arg(native));
    m_status->showMessage(tr("Backed up to %1").arg(native), 8000);
    return true;
}

void MainWindow::showMessage(bool success, const QString& title, const QString& text,
                             const QString& details)
{
    // Window-modal and non-blocking, so the event loop (and the idle lock) keeps running.
    auto* box = new QMessageBox(success ? QMessageBox::Information : QMessageBox::Warning, title,
                                text, QMessageBox::Ok, this);
    box->setObjectName(success ? QStringLiteral("backupSucceeded")
                               : QStringLiteral("backupFailed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
}

void MainWindow::showAbout()
{
    const QString version = QCoreApplication::applicationVersion().isEmpty()
                                ? tr("(development build)")
                                : QCoreApplication::applicationVersion();
    QMessageBox::about(
        this, tr("About Palisade"),
        tr("<h3>Palisade %1</h3>"
           "<p>Keeps a HIPAA compliance program in one encrypted file: risks, business associate "
           "agreements, training, policies, incidents, evidence for auditors and a verifiable "
           "audit trail. It works offline; nothing leaves this computer unless you export it.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or any later version "
           "(GPL-3.0-or-later). It comes with no warranty.</p>")
            .arg(version.toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    stopBackgroundWork();
    QMainWindow::closeEvent(event);
}

} // namespace palisade::ui
