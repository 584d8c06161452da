#include "ui/io/ExportDialog.h"

#include "core/program/Program.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/AssetTableExporter.h"
#include "core/risk/RiskRegister.h"
#include "core/risk/RiskTableExporter.h"
#include "core/util/Clock.h"
#include "core/vendors/AgreementTableExporter.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "core/vendors/CounterpartyTableExporter.h"
#include "ui/io/BackgroundTask.h"
#include "ui/widgets/MessageBanner.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>
#include <optional>

namespace palisade::ui {

struct ExportDialog::Job
{
    QString path;
    Format format = Format::Csv;
    OverwritePolicy policy = OverwritePolicy::Refuse;
    bool existedBefore = false;
    int rows = 0;
    std::optional<RiskTableExporter> risks;
    std::optional<AssetTableExporter> assets;
    std::optional<CounterpartyTableExporter> counterparties;
    std::optional<AgreementTableExporter> agreements;
    std::optional<Error> error;
};

ExportDialog::ExportDialog(Program& program, DataSubject subject, QWidget* parent)
    : QDialog(parent)
    , m_program(program)
    , m_subject(subject)
    , m_task(new BackgroundTask(this))
    , m_csv(new QRadioButton(tr("&CSV (comma-separated text; imports again)"), this))
    , m_xlsx(new QRadioButton(tr("&Excel workbook (.xlsx)"), this))
    , m_asOfBox(new QCheckBox(tr("As it stood at the end of &a past day:"), this))
    , m_asOfEdit(new QDateEdit(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("C&hoose\u2026"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_showInFolder(new QPushButton(tr("&Show in Folder"), this))
    , m_exportButton(nullptr)
    , m_closeButton(nullptr)
{
    const bool risks = subject == DataSubject::Risks;
    setObjectName(QStringLiteral("exportDialog"));
    QString introText;
    switch (subject) {
    case DataSubject::Risks:
        setWindowTitle(tr("Export Risk Register"));
        introText = tr("Saves every risk with all its fields, levels and open task counts. The "
                       "file is not encrypted: keep it somewhere as safe as this program file.");
        break;
    case DataSubject::Assets:
        setWindowTitle(tr("Export Asset Inventory"));
        introText = tr("Saves every asset with its data flows. The file is not encrypted: keep it "
                       "somewhere as safe as this program file.");
        break;
    case DataSubject::Counterparties:
        setWindowTitle(tr("Export Counterparties"));
        introText = tr("Saves every counterparty with its contacts and linked assets. The file is "
                       "not encrypted: keep it somewhere as safe as this program file.");
        break;
    case DataSubject::Agreements:
        setWindowTitle(tr("Export Agreements"));
        introText = tr("Saves every business associate agreement with its dates, notice "
                       "deadlines and provision checklist (not the signed PDFs). The file is not "
                       "encrypted: keep it somewhere as safe as this program file.");
        break;
    }

    auto* intro = new QLabel(introText, this);
    intro->setWordWrap(true);

    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_xlsx->setObjectName(QStringLiteral("exportXlsx"));
    m_csv->setChecked(true);
    auto* formats = new QButtonGroup(this);
    formats->addButton(m_csv);
    formats->addButton(m_xlsx);
    auto* formatBox = new QVBoxLayout;
    formatBox->setSpacing(2);
    formatBox->addWidget(m_csv);
    formatBox->addWidget(m_xlsx);

    const QDate today = program.clock().today();
    m_asOfBox->setObjectName(QStringLiteral("exportAsOf"));
    m_asOfEdit->setObjectName(QStringLiteral("exportAsOfDate"));
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOfEdit->setMaximumDate(today);
    m_asOfEdit->setDate(today);
    m_asOfEdit->setEnabled(false);

    m_file->setObjectName(QStringLiteral("exportFile"));
    m_file->setClearButtonEnabled(true);
    m_browse->setAutoDefault(false);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), formatBox);
    if (risks) {
        // Built only where it is shown: a layout never added to another is
        // never freed.
        auto* asOfRow = new QHBoxLayout;
        asOfRow->addWidget(m_asOfBox);
        asOfRow->addWidget(m_asOfEdit);
        asOfRow->addStretch(1);
        form->addRow(tr("Register:"), asOfRow);
    }
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    if (!risks) {
        m_asOfBox->hide();
        m_asOfEdit->hide();
    }

    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->hide();
    m_showInFolder->setObjectName(QStringLiteral("showInFolderButton"));
    m_showInFolder->setAutoDefault(false);
    m_showInFolder->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(tr("E&xport"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("startExportButton"));
    m_exportButton->setDefault(true);
    m_closeButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_closeButton->setObjectName(QStringLiteral("closeExportButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_banner);
    layout->addWidget(m_showInFolder, 0, Qt::AlignLeft);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_csv, &QRadioButton::toggled, this, &ExportDialog::formatChanged);
    connect(m_asOfBox, &QCheckBox::toggled, m_asOfEdit, &QDateEdit::setEnabled);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_replaceAgreed = false; });
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_showInFolder, &QPushButton::clicked, this, &ExportDialog::showInFolder);
    connect(m_task, &BackgroundTask::finished, this, &ExportDialog::onWriteFinished);

    const QString folder = QFileInfo(program.path()).absolutePath();
    setFilePath(QDir(folder).filePath(suggestedFileName()));
    updateButtons();
    resize(600, 340);
}

ExportDialog::~ExportDialog()
{
    m_task->wait();
}

ExportDialog::Format ExportDialog::format() const
{
    return m_xlsx->isChecked() ? Format::Xlsx : Format::Csv;
}

void ExportDialog::setFormat(Format format)
{
    (format == Format::Xlsx ? m_xlsx : m_csv)->setChecked(true);
}

void ExportDialog::setAsOf(const QDate& day)
{
    m_asOfBox->setChecked(day.isValid());
    if (day.isValid())
        m_asOfEdit->setDate(day);
}

QDate ExportDialog::asOf() const
{
    if (m_subject != DataSubject::Risks || !m_asOfBox->isChecked())
        return {};
    return m_asOfEdit->date();
}

void ExportDialog::setFilePath(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_replaceAgreed = false;
}

QString ExportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

QString ExportDialog::suffix() const
{
    return format() == Format::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

QString ExportDialog::suggestedFileName() const
{
    QString organization = m_program.profile().organization;
    organization.replace(QRegularExpression(QStringLiteral("[^\\w]+"),
                                            QRegularExpression::UseUnicodePropertiesOption),
                         QStringLiteral("-"));
    organization.replace(QLatin1Char('_'), QLatin1Char('-'));
    organization.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    const QString what = m_subject == DataSubject::Risks    ? QStringLiteral("risk-register")
                         : m_subject == DataSubject::Assets ? QStringLiteral("asset-inventory")
                         : m_subject == DataSubject::Counterparties
                             ? QStringLiteral("counterparties")
                             : QStringLiteral("business-associate-agreements");
    const QDate day = asOf().isValid() ? asOf() : m_program.clock().today();
    QStringList parts;
    if (!organization.isEmpty())
        parts << organization;
    parts << what << day.toString(QStringLiteral("yyyy-MM-dd"));
    return parts.join(QLatin1Char('-')) + QLatin1Char('.') + suffix();
}

void ExportDialog::formatChanged()
{
    // Keep the file name's extension in step with the chosen format.
    const QString path = filePath();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    const QString current = info.suffix().toLower();
    if (current == QLatin1String("csv") || current == QLatin1String("xlsx")) {
        setFilePath(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix()));
    }
}

void ExportDialog::chooseFile()
{
    const QString filter = format() == Format::Xlsx ? tr("Excel workbooks (*.xlsx);;All files (*)")
                                                    : tr("CSV files (*.csv);;All files (*)");
    // The file dialog asks before replacing an existing file.
    QString path = QFileDialog::getSaveFileName(this, windowTitle(), filePath(), filter);
    if (path.isEmpty())
        return;
    const bool exists = QFileInfo::exists(path);
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix();
    setFilePath(path);
    m_replaceAgreed = exists;
}

bool ExportDialog::confirmReplace(const QString& path)
{
    QMessageBox ask(
        QMessageBox::Question, tr("Replace File"),
        tr("\u201c%1\u201d already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("confirmReplaceFile"));
    ask.button(QMessageBox::Yes)->setText(tr("Replace"));
    ask.setDefaultButton(QMessageBox::Cancel);
    return ask.exec() == QMessageBox::Yes;
}

bool ExportDialog::startExport()
{
    QString path = filePath();
    if (isRunning() || path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + suffix();
        setFilePath(path);
    }
    m_succeeded = false;
    m_showInFolder->hide();
    m_banner->clearMessage();
    if (!m_program.isOpen()) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Nothing was exported: the program file is closed."));
        return false;
    }

    const bool exists = QFileInfo::exists(path);
    if (exists && !QFileInfo(path).isDir() && !m_replaceAgreed) {
        if (!confirmReplace(path))
            return false;
        m_replaceAgreed = true;
    }

    auto job = std::make_shared<Job>();
    job->path = path;
    job->format = format();
    job->existedBefore = exists;
    job->policy = m_replaceAgreed ? OverwritePolicy::Replace : OverwritePolicy::Refuse;
    // The table is read here, where the program's connection lives; only the
    // writing happens on the worker.
    if (m_subject == DataSubject::Risks) {
        const QDate day = asOf();
        if (day.isValid()) {
            Result<RiskRegisterSnapshot> snapshot = m_program.risks().asOf(day);
            if (!snapshot) {
                m_banner->showMessage(MessageBanner::Kind::Error,
                                      tr("Nothing was exported: %1").arg(snapshot.error().message));
                return false;
            }
            job->risks = RiskTableExporter::fromSnapshot(*snapshot);
        } else {
            Result<RiskTableExporter> table =
                RiskTableExporter::fromRegister(m_program.risks(), m_program.assets());
            if (!table) {
                m_banner->showMessage(MessageBanner::Kind::Error,
                                      tr("Nothing was exported: %1").arg(table.error().message));
                return false;
            }
            job->risks = std::move(table).value();
        }
        job->rows = int(job->risks->rows().size());
    } else if (m_subject == DataSubject::Counterparties) {
        Result<CounterpartyTableExporter> table =
            CounterpartyTableExporter::fromRegister(m_program.counterparties(), m_program.assets());
        if (!table) {
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  tr("Nothing was exported: %1").arg(table.error().message));
            return false;
        }
        job->counterparties = std::move(table).value();
        job->rows = int(job->counterparties->rows().size());
    } else if (m_subject == DataSubject::Agreements) {
        Result<AgreementTableExporter> table =
            AgreementTableExporter::fromRegister(m_program.baas(), m_program.counterparties());
        if (!table) {
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  tr("Nothing was exported: %1").arg(table.error().message));
            return false;
        }
        job->agreements = std::move(table).value();
        job->rows = int(job->agreements->rows().size());
    } else {
        Result<AssetTableExporter> table = AssetTableExporter::fromRegister(m_program.assets());
        if (!table) {
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  tr("Nothing was exported: %1").arg(table.error().message));
            return false;
        }
        job->assets = std::move(table).value();
        job->rows = int(job->assets->rows().size());
    }

    m_job = job;
    m_task->start([job] {
        const bool xlsx = job->format == Format::Xlsx;
        const auto write = [&](const auto& table) {
            return xlsx ? table.saveXlsx(job->path, job->policy)
                        : table.saveCsv(job->path, job->policy);
        };
        Result<void> saved = job->risks            ? write(*job->risks)
                             : job->counterparties ? write(*job->counterparties)
                             : job->agreements     ? write(*job->agreements)
                                                   : write(*job->assets);
        if (!saved)
            job->error = saved.error();
    });
    m_status->setText(tr("Writing %1\u2026").arg(QFileInfo(path).fileName()));
    setRunning(true);
    return true;
}

bool ExportDialog::isRunning() const
{
    return m_task->isRunning();
}

void ExportDialog::onWriteFinished()
{
    const std::shared_ptr<Job> job = std::move(m_job);
    setRunning(false);
    if (!job)
        return;
    const QString native = QDir::toNativeSeparators(job->path);
    if (job->error) {
        QString text = tr("Nothing was exported: %1").arg(job->error->message);
        if (!job->error->detail.isEmpty())
            text += QLatin1Char('\n') + job->error->detail;
        m_banner->showMessage(MessageBanner::Kind::Error, text);
        return;
    }
    m_succeeded = true;
    m_writtenPath = job->path;
    const QString what = m_subject == DataSubject::Risks    ? tr("%n risk(s)", nullptr, job->rows)
                         : m_subject == DataSubject::Assets ? tr("%n asset(s)", nullptr, job->rows)
                         : m_subject == DataSubject::Counterparties
                             ? tr("%n counterparty(ies)", nullptr, job->rows)
                             : tr("%n agreement(s)", nullptr, job->rows);
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("Exported %1 to %2").arg(what, native));
    m_showInFolder->show();
    m_closeButton->setText(tr("Close"));
}

QString ExportDialog::resultText() const
{
    return m_banner->text();
}

void ExportDialog::showInFolder() const
{
    if (m_writtenPath.isEmpty())
        return;
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_writtenPath).absolutePath()));
}

void ExportDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_status->setVisible(running);
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_csv, m_xlsx, m_asOfBox, m_file, m_browse})
        widget->setEnabled(!running);
    m_asOfEdit->setEnabled(!running && m_asOfBox->isChecked());
    m_closeButton->setEnabled(true);
    m_closeButton->setText(running ? tr("Cancel") : tr("Close"));
    updateButtons();
}

void ExportDialog::updateButtons()
{
    m_exportButton->setEnabled(!isRunning() && !filePath().isEmpty());
}

void ExportDialog::reject()
{
    // Closing waits for the write (it cannot be interrupted) and then undoes
    // it, so the dialog never outlives the window it belongs to.
    if (isRunning()) {
        const std::shared_ptr<Job> job = std::move(m_job);
        m_task->wait();
        setRunning(false);
        if (job && !job->error && !job->existedBefore)
            QFile::remove(job->path);
    }
    QDialog::reject();
}

} // namespace palisade::ui
