#include "ui/evidence/EvidencePage.h"

#include "core/evidence/EvidencePackRegister.h"
#include "core/program/Program.h"
#include "ui/evidence/EvidencePackTableModel.h"
#include "ui/evidence/ExportPackDialog.h"
#include "ui/evidence/PackExportRun.h"
#include "ui/evidence/PackInfoDialog.h"
#include "ui/evidence/PackText.h"
#include "ui/evidence/PackVerifyText.h"
#include "ui/shell/PageHeader.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/FirstRunPanel.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PageShortcuts.h"
#include "ui/widgets/RecordTable.h"
#include "ui/widgets/TableRows.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace palisade::ui {
namespace {

enum StackPage
{
    TablePage,
    FirstRunPage,
};

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

EvidencePage::EvidencePage(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_header(new PageHeader(tr("Evidence"),
                              tr("PDF evidence packs for auditors: the program as it stood at the "
                                 "end of a period, section by section. Each export is recorded "
                                 "with the file's SHA-256, so a PDF can be verified later."),
                              this))
    , m_banner(new MessageBanner(this))
    , m_summary(new QLabel(this))
    , m_export(new QPushButton(tr("&Export Evidence Pack\u2026"), this))
    , m_verify(new QPushButton(tr("&Verify a File\u2026"), this))
    , m_details(new QPushButton(tr("&Details\u2026"), this))
    , m_model(new EvidencePackTableModel(program, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_firstRun(new FirstRunPanel(
          tr("No evidence pack exported yet"),
          tr("An evidence pack is one PDF for an auditor or a client: the program overview, risk "
             "analysis, policies, business associate agreements, training, incidents, retention "
             "and the audit trail for a period you choose. Its SHA-256 goes into the audit "
             "trail, so anyone can later check that a copy is exactly what you exported. Choose "
             "\u201c"
             "Export Evidence Pack\u2026\u201d above to make the first one."),
          this))
    , m_stack(new QStackedWidget(this))
    , m_run(new PackExportRun(program, this))
{
    setObjectName(QStringLiteral("evidencePage"));
    m_export->setObjectName(QStringLiteral("exportPackButton"));
    m_export->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_export->setToolTip(tr("Choose a period and sections and save the pack as a PDF (Ctrl+N)"));
    m_verify->setObjectName(QStringLiteral("verifyPackButton"));
    m_verify->setToolTip(tr("Check whether a PDF or a bundle (zip) is exactly what was exported "
                            "from this program file"));
    m_details->setObjectName(QStringLiteral("packDetailsButton"));
    m_details->setToolTip(tr("What the selected pack covers, and its file (Enter or "
                             "double-click)"));
    m_summary->setObjectName(QStringLiteral("evidenceSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);
    m_firstRun->setObjectName(QStringLiteral("evidenceFirstRun"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EvidencePackTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("evidencePackTable"));
    RecordTable::setUp(m_table, m_proxy, EvidencePackTableModel::ExportedAtColumn,
                       Qt::DescendingOrder);
    RecordTable::fitColumns(m_table, EvidencePackTableModel::FileNameColumn);
    // Names and section lists can be long; they get a fair width, elided past
    // it (the tooltips and the details have them whole), so that the dates,
    // pages and SHA-256 stay in view.
    QHeaderView* columns = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth();
    const std::pair<int, QString> capped[] = {
        {EvidencePackTableModel::SectionsColumn, tr("All sections")},
        {EvidencePackTableModel::PreparedForColumn, QStringLiteral("Harbor Audit Partners")},
        {EvidencePackTableModel::PreparedByColumn, QStringLiteral("Dana Whitfield")},
    };
    for (const auto& [column, sample] : capped) {
        columns->setSectionResizeMode(column, QHeaderView::Interactive);
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        columns->resizeSection(
            column, std::max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(header)) +
                        padding);
    }

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_firstRun);

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addWidget(m_summary, 1);
    toolbar->addWidget(m_export);
    toolbar->addWidget(m_verify);
    toolbar->addWidget(m_details);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addLayout(toolbar);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_export, m_verify);
    setTabOrder(m_verify, m_details);
    setTabOrder(m_details, m_table);

    auto* exportAction = new QAction(tr("Export Evidence Pack"), this);
    exportAction->setObjectName(QStringLiteral("exportPackAction"));
    connect(PageShortcuts::addNew(this, exportAction), &QAction::triggered, this,
            &EvidencePage::exportPack);
    connect(m_export, &QPushButton::clicked, this, &EvidencePage::exportPack);
    connect(m_verify, &QPushButton::clicked, this, &EvidencePage::chooseFileToVerify);
    connect(m_details, &QPushButton::clicked, this, &EvidencePage::showSelectedDetails);
    connect(m_table, &QTableView::activated, this, &EvidencePage::showSelectedDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EvidencePage::updateState);
    connect(m_run, &PackExportRun::progressed, this, &EvidencePage::onExportProgress);
    connect(m_run, &PackExportRun::finished, this, &EvidencePage::onExportFinished);
    connect(&program.evidencePacks(), &EvidencePackRegister::packsChanged, this,
            &EvidencePage::reload);

    setSearchFolders({});
    reload();
}

EvidencePage::~EvidencePage()
{
    // Stops the render first: its worker must not report to a page that is going.
    m_run->disconnect(this);
    delete m_run;
    delete m_progress;
}

void EvidencePage::setSearchFolders(const QStringList& folders)
{
    QStringList all = folders;
    all << QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        << QFileInfo(m_program.path()).absolutePath();
    m_locator.setFolders(all);
}

void EvidencePage::reload()
{
    if (!m_program.isOpen())
        return;
    const QString selected =
        TableRows::currentData(m_table, EvidencePackTableModel::PackIdRole).toString();
    if (!m_model->reload())
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("The exported evidence packs could not be read: %1").arg(m_model->lastError()));
    else if (m_banner->kind() == MessageBanner::Kind::Error && !isExporting())
        m_banner->clearMessage();
    if (!selected.isEmpty())
        selectPack(selected);
    updateState();
}

void EvidencePage::updateState()
{
    const bool writable = m_program.isOpen() && !m_program.isReadOnly();
    const int count = m_model->rowCount();
    const bool empty = count == 0 && m_model->lastError().isEmpty();
    m_stack->setCurrentIndex(empty ? FirstRunPage : TablePage);
    m_export->setEnabled(writable && !isExporting());
    m_verify->setEnabled(m_program.isOpen());
    const bool selected = m_table->selectionModel()->currentIndex().isValid();
    m_details->setEnabled(!empty && selected);
    m_details->setVisible(!empty);
    if (count == 0) {
        m_summary->setText(m_program.isReadOnly()
                               ? tr("The file is open read-only: packs can be verified, not "
                                    "exported.")
                               : QString());
        return;
    }
    const EvidencePack& latest = m_model->packAt(0);
    m_summary->setText(
        tr("Packs exported: %L1 \u00b7 Latest: %2 on %3 by %4")
            .arg(count)
            .arg(latest.packId, PackText::localTime(latest.exportedAt), latest.exportedBy));
}

bool EvidencePage::isExporting() const
{
    return m_run->isRunning();
}

QProgressDialog* EvidencePage::progressDialog() const
{
    return m_progress;
}

PackInfoDialog* EvidencePage::infoDialog() const
{
    return m_info;
}

bool EvidencePage::isShowingFirstRun() const
{
    return m_stack->currentIndex() == FirstRunPage;
}

bool EvidencePage::selectPack(const QString& packId)
{
    return TableRows::selectSourceRow(m_table, m_model->rowForPackId(packId));
}

void EvidencePage::showInfo(PackInfoDialog* dialog)
{
    if (m_info)
        m_info->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_info = dialog;
    dialog->adjustSize();
    dialog->open();
}

void EvidencePage::exportPack()
{
    if (!m_export->isEnabled())
        return;
    ExportPackDialog dialog(m_program, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startExport(dialog.request(), dialog.filePath(), dialog.overwritePolicy(), dialog.bundlePath());
}

bool EvidencePage::startExport(const PackRequest& request, const QString& path,
                               OverwritePolicy overwrite, const QString& bundlePath)
{
    m_banner->clearMessage();
    bool started = false;
    {
        // The program is read here, before the pages are laid out off the UI
        // thread; on a large program that takes a few seconds.
        const BusyCursor busy;
        started = m_run->start(request, path, overwrite, bundlePath);
    }
    if (!started) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The evidence pack was not exported: %1\nNo file was written.")
                                  .arg(m_run->errorMessage()));
        return false;
    }
    delete m_progress;
    m_progress = new QProgressDialog(tr("Laying out the pages\u2026"), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("packProgressDialog"));
    m_progress->setWindowTitle(tr("Exporting Evidence Pack"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumWidth(420);
    connect(m_progress, &QProgressDialog::canceled, this, &EvidencePage::cancelExport);
    // Locking rejects open dialogs; the render stops with them.
    connect(m_progress, &QProgressDialog::rejected, this, &EvidencePage::cancelExport);
    m_progress->show();
    updateState();
    return true;
}

void EvidencePage::cancelExport()
{
    if (m_run->cancel() && m_progress)
        m_progress->setLabelText(tr("Cancelling\u2026"));
}

void EvidencePage::onExportProgress(int pagesDone, int pageCount)
{
    if (!m_progress || !m_run->isRunning())
        return;
    m_progress->setMaximum(pageCount);
    m_progress->setLabelText(tr("Writing page %L1 of %L2\u2026").arg(pagesDone).arg(pageCount));
    // Last: a modal progress dialog processes events here, and the run may end meanwhile.
    m_progress->setValue(pagesDone);
}

void EvidencePage::onExportFinished()
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->close();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    updateState();
    const QString path = nativePath(m_run->path());
    switch (m_run->state()) {
    case PackExportRun::State::Exported: {
        const EvidencePack& pack = *m_run->pack();
        m_locator.remember(pack.packId, m_run->path());
        m_lastFolder = QFileInfo(m_run->path()).absolutePath();
        reload();
        selectPack(pack.packId);
        const QString bundlePath = nativePath(m_run->bundlePath());
        const bool bundleFailed = !m_run->bundleError().isEmpty();
        if (bundleFailed)
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("Evidence pack %1 was saved to %2, but its bundle was not: "
                                     "%3\nNo zip was left behind; export the pack again to get "
                                     "one.")
                                      .arg(pack.packId, path, m_run->bundleError()));
        else
            m_banner->showMessage(MessageBanner::Kind::Information,
                                  tr("Evidence pack %1 was saved to %2.").arg(pack.packId, path));
        auto* dialog = new PackInfoDialog(tr("Evidence Pack Exported"), this);
        dialog->setObjectName(QStringLiteral("packExportedDialog"));
        dialog->setHeadline(bundleFailed ? PackInfoDialog::Tone::Warning
                                         : PackInfoDialog::Tone::Success,
                            tr("Evidence pack %1 was exported.").arg(pack.packId),
                            tr("Its SHA-256 is recorded in the audit trail: \u201cVerify a "
                               "File\u2026\u201d recognises this exact file later."));
        PackText::Facts facts{{tr("File:"), path},
                              {tr("Pages:"), QString::number(pack.pageCount)},
                              {PackText::tr("SHA-256:"), pack.sha256}};
        if (const std::optional<PackBundle>& bundle = m_run->bundle()) {
            facts.append({tr("Bundle:"), bundlePath});
            facts.append({tr("Attachments:"), QString::number(bundle->attachments.size())});
            facts.append({tr("Bundle SHA-256:"), bundle->sha256});
        } else if (bundleFailed) {
            facts.append({tr("Bundle:"), tr("Not saved: %1").arg(m_run->bundleError())});
        }
        dialog->setFacts(facts);
        dialog->setFile(m_run->path());
        showInfo(dialog);
        break;
    }
    case PackExportRun::State::Cancelled:
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("The export was cancelled. No file was written and nothing "
                                 "was recorded."));
        break;
    case PackExportRun::State::Failed:
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The evidence pack was not exported: %1\nNo file was written to "
                                 "%2.")
                                  .arg(m_run->errorMessage(), path));
        break;
    case PackExportRun::State::Idle:
    case PackExportRun::State::Running:
        break;
    }
}

void EvidencePage::chooseFileToVerify()
{
    QString start = m_lastFolder;
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Verify a File"), start,
                                     tr("Evidence packs and bundles (*.pdf *.zip);;All files (*)"));
    if (!path.isEmpty())
        verifyFile(path);
}

void EvidencePage::verifyFile(const QString& path)
{
    if (!m_program.isOpen())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    const bool bundle =
        QFileInfo(path).suffix().compare(QStringLiteral("zip"), Qt::CaseInsensitive) == 0;
    std::optional<PackVerifyText> checked;
    {
        const BusyCursor busy;
        if (bundle) {
            checked.emplace(path, m_program.evidencePacks().verifyBundle(path));
        } else {
            const Result<std::optional<EvidencePack>> found =
                m_program.evidencePacks().recognise(path);
            // Shown when the file is not recognised, for comparing with a copy elsewhere.
            const QString sha =
                found && !found->has_value() ? PackFileLocator::sha256Of(path) : QString();
            checked.emplace(path, found, sha);
        }
    }
    const PackVerifyText& result = *checked;
    auto* dialog = new PackInfoDialog(tr("Verify a File"), this);
    dialog->setObjectName(QStringLiteral("packVerifyDialog"));
    PackInfoDialog::Tone tone = PackInfoDialog::Tone::Error;
    if (result.outcome() == PackVerifyText::Outcome::Recognised)
        tone = PackInfoDialog::Tone::Success;
    else if (result.outcome() == PackVerifyText::Outcome::NotRecognised)
        tone = PackInfoDialog::Tone::Warning;
    dialog->setHeadline(tone, result.headline(), result.explanation());
    dialog->setFacts(result.facts());
    if (result.pack()) {
        if (!bundle)
            m_locator.remember(result.pack()->packId, path);
        selectPack(result.pack()->packId);
        dialog->setFile(path);
    }
    showInfo(dialog);
}

void EvidencePage::showSelectedDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid())
        showDetails(m_proxy->mapToSource(current).row());
}

void EvidencePage::showDetails(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return;
    const EvidencePack pack = m_model->packAt(sourceRow);
    auto* dialog = new PackInfoDialog(tr("Evidence Pack %1").arg(pack.packId), this);
    dialog->setObjectName(QStringLiteral("packDetailsDialog"));
    dialog->setHeadline(
        PackInfoDialog::Tone::Information, tr("Evidence pack %1").arg(pack.packId),
        tr("Exported by %1 on %2.").arg(pack.exportedBy, PackText::localTime(pack.exportedAt)));
    PackText::Facts facts = PackText::facts(pack);
    QString found;
    {
        const BusyCursor busy;
        found = m_locator.locate(pack);
    }
    if (!found.isEmpty())
        facts.append({tr("Path:"), nativePath(found)});
    dialog->setFacts(facts);
    dialog->setFile(found,
                    tr("%1 was not found unchanged where Palisade looks: the folders used in this "
                       "session, your Documents folder and the program file's folder. To check a "
                       "copy kept elsewhere, use \u201cVerify a File\u2026\u201d.")
                        .arg(pack.fileName));
    showInfo(dialog);
}

} // namespace palisade::ui
