#pragma once

#include <QMainWindow>

class QActionGroup;
class QStackedWidget;

namespace palisade {
class Program;
}

namespace palisade::ui {

class AreaSidebar;
class AuditTrailPage;
class ClipboardGuard;
class DashboardPage;
class IncidentsPage;
class PoliciesPage;
class RetentionPage;
class RiskPage;
class TrainingPage;
class VendorsPage;
class ShellStatusBar;

// The shell of an unlocked program: a sidebar of areas, a page per area,
// menus and a status bar. It does not own the Program; the session does.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Program& program, ClipboardGuard& clipboard, QWidget* parent = nullptr);
    ~MainWindow() override;

    int areaCount() const;
    int currentArea() const;
    void showArea(int index);

    // Stops work running on other threads against the file (audit
    // verification). The session calls this before it locks the file.
    void stopBackgroundWork();

    // Writes an encrypted backup to `path` and tells the user how it went.
    bool backUpTo(const QString& path);
    // "<organization>-backup-YYYY-MM-DD.palisade", safe as a file name.
    QString suggestedBackupName() const;

    AreaSidebar* sidebar() const { return m_sidebar; }
    QStackedWidget* pages() const { return m_pages; }
    DashboardPage* dashboardPage() const { return m_dashboard; }
    RiskPage* riskPage() const { return m_risks; }
    VendorsPage* vendorsPage() const { return m_vendors; }
    TrainingPage* trainingPage() const { return m_training; }
    PoliciesPage* policiesPage() const { return m_policies; }
    IncidentsPage* incidentsPage() const { return m_incidents; }
    RetentionPage* retentionPage() const { return m_retention; }
    AuditTrailPage* auditPage() const { return m_audit; }
    ShellStatusBar* shellStatusBar() const { return m_status; }

signals:
    void lockRequested();
    void settingsRequested();
    void changePassphraseRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void focusCurrentPage();
    void createPages();
    void createMenus();
    void backUp();
    void showAbout();
    void showMessage(bool success, const QString& title, const QString& text,
                     const QString& details = {});

    Program& m_program;
    ClipboardGuard& m_clipboard;
    AreaSidebar* m_sidebar;
    QStackedWidget* m_pages;
    ShellStatusBar* m_status;
    DashboardPage* m_dashboard = nullptr;
    RiskPage* m_risks = nullptr;
    VendorsPage* m_vendors = nullptr;
    TrainingPage* m_training = nullptr;
    PoliciesPage* m_policies = nullptr;
    IncidentsPage* m_incidents = nullptr;
    RetentionPage* m_retention = nullptr;
    AuditTrailPage* m_audit = nullptr;
    QActionGroup* m_areaActions;
};

} // namespace palisade::ui
