#pragma once

#include "core/evidence/PackRequest.h"
#include "core/io/OverwritePolicy.h"
#include "ui/evidence/PackFileLocator.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressDialog;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class EvidencePackTableModel;
class FirstRunPanel;
class MessageBanner;
class PackExportRun;
class PackInfoDialog;
class PageHeader;

// The Evidence area: evidence packs for auditors. The privacy officer
// exports the PDF of a period here, sees every pack exported from the
// program file, and checks whether a PDF is exactly one of them.
class EvidencePage : public QWidget
{
    Q_OBJECT

public:
    explicit EvidencePage(Program& program, QWidget* parent = nullptr);
    ~EvidencePage() override;

    // Asks what to export, then runs the export with a progress dialog.
    void exportPack();
    // Runs an export as asked; false (saying why in the banner) when refused at once.
    bool startExport(const PackRequest& request, const QString& path, OverwritePolicy overwrite,
                     const QString& bundlePath = {});
    // Cancels the export under way, which then writes nothing.
    void cancelExport();
    // Asks for a PDF or a bundle and checks it.
    void chooseFileToVerify();
    // Checks `path` (a PDF, or a bundle when it ends in .zip) against the
    // packs exported and shows the result.
    void verifyFile(const QString& path);
    // Shows what is known of the selected pack, with its file when it is found.
    void showSelectedDetails();
    void showDetails(int sourceRow);
    // Reads the packs again; the register's signal calls it.
    void reload();

    bool isExporting() const;
    bool isShowingFirstRun() const;
    // Folders where packs are looked for besides those used in this session.
    void setSearchFolders(const QStringList& folders);

    EvidencePackTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    MessageBanner* banner() const { return m_banner; }
    QLabel* summaryLabel() const { return m_summary; }
    FirstRunPanel* firstRunPanel() const { return m_firstRun; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* verifyButton() const { return m_verify; }
    QPushButton* detailsButton() const { return m_details; }
    PackExportRun* exportRun() const { return m_run; }
    // The progress of the export under way, or null.
    QProgressDialog* progressDialog() const;
    // The last details, export or verification result shown, while it is open.
    PackInfoDialog* infoDialog() const;

private:
    void onExportProgress(int pagesDone, int pageCount);
    void onExportFinished();
    void showInfo(PackInfoDialog* dialog);
    bool selectPack(const QString& packId);
    void updateState();

    Program& m_program;
    PageHeader* m_header;
    MessageBanner* m_banner;
    QLabel* m_summary;
    QPushButton* m_export;
    QPushButton* m_verify;
    QPushButton* m_details;
    EvidencePackTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    FirstRunPanel* m_firstRun;
    QStackedWidget* m_stack;
    PackExportRun* m_run;
    QPointer<QProgressDialog> m_progress;
    QPointer<PackInfoDialog> m_info;
    PackFileLocator m_locator;
    QString m_lastFolder;
};

} // namespace palisade::ui
