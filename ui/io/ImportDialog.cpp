#include "ui/io/ImportDialog.h"

#include "core/program/Program.h"
#include "core/risk/AssetCsvColumns.h"
#include "core/risk/AssetCsvImporter.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskCsvColumns.h"
#include "core/risk/RiskCsvImporter.h"
#include "core/risk/RiskRegister.h"
#include "core/vendors/AgreementCsvColumns.h"
#include "core/vendors/AgreementCsvImporter.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyCsvColumns.h"
#include "core/vendors/CounterpartyCsvImporter.h"
#include "core/vendors/CounterpartyRegister.h"
#include "ui/io/ImportRun.h"
#include "ui/widgets/MessageBanner.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace palisade::ui {

struct ImportDialog::Job
{
    std::vector<Risk> risks;
    std::vector<Asset> assets;
    std::vector<Counterparty> counterparties;
    std::vector<Agreement> agreements;
};

namespace {

QString columnList(const QStringList& columns)
{
    QStringList quoted;
    for (const QString& column : columns)
        quoted << QStringLiteral("<code>%1</code>").arg(column.toHtmlEscaped());
    return quoted.join(QStringLiteral(", "));
}

} // namespace

ImportDialog::ImportDialog(Program& program, DataSubject subject, QWidget* parent)
    : QDialog(parent)
    , m_program(program)
    , m_subject(subject)
    , m_run(new ImportRun(this))
    , m_columns(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Choose\u2026"), this))
    , m_guideButton(new QPushButton(tr("CSV Format &Guide"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_problemList(new QListWidget(this))
    , m_copyButton(new QPushButton(tr("C&opy Problems"), this))
    , m_importButton(nullptr)
    , m_closeButton(nullptr)
{
    const bool risks = subject == DataSubject::Risks;
    setObjectName(QStringLiteral("importDialog"));
    QString introText;
    switch (subject) {
    case DataSubject::Risks:
        setWindowTitle(tr("Import Risks from CSV"));
        break;
    case DataSubject::Assets:
        setWindowTitle(tr("Import Assets from CSV"));
        break;
    case DataSubject::Counterparties:
        setWindowTitle(tr("Import Counterparties from CSV"));
        introText = tr("Adds the covered entities, subcontractors and other vendors in a CSV file. "
                       "Every row is checked first: if any row has a problem, nothing is imported "
                       "and each problem is listed with its line, so you can fix the file and try "
                       "again.");
        break;
    case DataSubject::Agreements:
        setWindowTitle(tr("Import Agreements from CSV"));
        introText = tr("Adds the business associate agreements in a CSV file; their "
                       "counterparties must already be recorded. Every row is checked first: if "
                       "any row has a problem, nothing is imported and each problem is listed with "
                       "its line, so you can fix the file and try again.");
        break;
    }
    if (introText.isEmpty())
        introText =
            risks ? tr("Adds the risks in a CSV file to the register. Every row is checked first: "
                       "if any row has a problem, nothing is imported and each problem is listed "
                       "with its line, so you can fix the file and try again.")
                  : tr("Adds the assets in a CSV file to the inventory. Every row is checked "
                       "first: if any row has a problem, nothing is imported and each problem is "
                       "listed with its line, so you can fix the file and try again.");

    auto* intro = new QLabel(introText, this);
    intro->setWordWrap(true);

    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setWordWrap(true);
    m_columns->setTextFormat(Qt::RichText);
    m_columns->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_columns->setText(columnsText());
    m_guideButton->setObjectName(QStringLiteral("formatGuideButton"));
    m_guideButton->setAutoDefault(false);
    m_guideButton->setVisible(!formatGuidePath().isEmpty());
    auto* columnsFrame = new QFrame(this);
    columnsFrame->setFrameShape(QFrame::StyledPanel);
    auto* columnsLayout = new QVBoxLayout(columnsFrame);
    columnsLayout->addWidget(m_columns);
    columnsLayout->addWidget(m_guideButton, 0, Qt::AlignLeft);

    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("Choose a .csv file"));
    m_file->setClearButtonEnabled(true);
    m_browse->setAutoDefault(false);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->hide();

    m_problemList->setObjectName(QStringLiteral("importProblems"));
    m_problemList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_problemList->setAlternatingRowColors(true);
    m_problemList->setWordWrap(true);
    m_problemList->setAccessibleName(tr("Import problems"));
    m_problemList->hide();
    m_copyButton->setObjectName(QStringLiteral("copyProblemsButton"));
    m_copyButton->setAutoDefault(false);
    m_copyButton->hide();
    auto* copy = new QAction(tr("Copy"), m_problemList);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_problemList->addAction(copy);
    connect(copy, &QAction::triggered, this, &ImportDialog::copyProblems);

    auto* buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("startImportButton"));
    m_importButton->setDefault(true);
    m_closeButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_closeButton->setObjectName(QStringLiteral("closeImportButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(columnsFrame);
    layout->addLayout(fileRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_banner);
    layout->addWidget(m_problemList, 1);
    layout->addWidget(m_copyButton, 0, Qt::AlignLeft);
    layout->addStretch(0);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_guideButton, &QPushButton::clicked, this, &ImportDialog::openFormatGuide);
    connect(m_copyButton, &QPushButton::clicked, this, &ImportDialog::copyProblems);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_importedCount = 0;
        updateButtons();
    });
    connect(m_run, &ImportRun::finished, this, &ImportDialog::onReadFinished);

    updateButtons();
    resize(640, 420);
}

ImportDialog::~ImportDialog()
{
    m_run->abort();
}

QString ImportDialog::columnsText() const
{
    QStringList required;
    QStringList optional;
    QString extra;
    if (m_subject == DataSubject::Risks) {
        required = RiskCsvColumns::required();
        const QStringList computed = RiskCsvColumns::computed();
        for (const QString& column : RiskCsvColumns::optional()) {
            if (!computed.contains(column))
                optional << column;
        }
        extra = tr("Dates are written year first (2026-03-01). Lists such as assets and "
                   "citations are separated by semicolons.");
    } else if (m_subject == DataSubject::Counterparties) {
        required = CounterpartyCsvColumns::required();
        optional = CounterpartyCsvColumns::optional();
        extra = tr("Relationship is covered_entity, subcontractor or other_vendor. Contacts and "
                   "linked assets (by name) are separated by semicolons.");
    } else if (m_subject == DataSubject::Agreements) {
        required = AgreementCsvColumns::required();
        const QStringList computed = AgreementCsvColumns::computed();
        for (const QString& column : AgreementCsvColumns::optional()) {
            if (!computed.contains(column))
                optional << column;
        }
        extra = tr("Dates are written year first (2026-03-01). The counterparty is named as "
                   "recorded; upstream agreements in flows_down_from by reference (BAA-0001).");
    } else {
        required = AssetCsvColumns::required();
        optional = AssetCsvColumns::optional();
        extra = tr("Write each data flow as <code>From &gt; To via Channel [encrypted]</code> and "
                   "separate flows with semicolons; a flow without <code>[encrypted]</code> is "
                   "recorded as not encrypted in transit.");
    }
    return tr("<b>Required columns:</b> %1<br><b>Optional columns:</b> %2<br>%3")
        .arg(columnList(required), columnList(optional), extra);
}

void ImportDialog::setFilePath(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

QString ImportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

QString ImportDialog::nounPlural(int count) const
{
    switch (m_subject) {
    case DataSubject::Risks:
        return tr("%n risk(s)", nullptr, count);
    case DataSubject::Assets:
        return tr("%n asset(s)", nullptr, count);
    case DataSubject::Counterparties:
        return tr("%n counterparty(ies)", nullptr, count);
    case DataSubject::Agreements:
        return tr("%n agreement(s)", nullptr, count);
    }
    return {};
}

QString ImportDialog::formatGuidePath()
{
    const QDir app(QCoreApplication::applicationDirPath());
    const QStringList candidates = {
        app.filePath(QStringLiteral("../share/doc/palisade/csv-import.md")),
        app.filePath(QStringLiteral("docs/csv-import.md")),
        app.filePath(QStringLiteral("../docs/csv-import.md")),
        app.filePath(QStringLiteral("../../docs/csv-import.md")),
    };
    for (const QString& candidate : candidates) {
        if (QFileInfo::exists(candidate))
            return QDir::cleanPath(candidate);
    }
    return {};
}

void ImportDialog::openFormatGuide()
{
    const QString path = formatGuidePath();
    if (path.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("The format guide could not be opened. The columns above are "
                                 "what the file needs."));
}

void ImportDialog::chooseFile()
{
    QString start = filePath();
    if (start.isEmpty())
        start = QFileInfo(m_program.path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, windowTitle(), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

bool ImportDialog::startImport()
{
    const QString path = filePath();
    if (isRunning() || path.isEmpty())
        return false;
    if (!m_program.isOpen() || m_program.isReadOnly()) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Nothing was imported: the program file is not open for "
                                 "changes."));
        return false;
    }
    m_importedCount = 0;
    m_problems.clear();
    m_problemList->clear();
    m_problemList->hide();
    m_copyButton->hide();
    m_banner->clearMessage();

    auto job = std::make_shared<Job>();
    m_job = job;
    Program& program = m_program;
    const DataSubject subject = m_subject;
    // Reading checks each row against the registers, so it uses the program's
    // connection; the dialog is modal and the UI thread leaves it alone until
    // the read ends.
    m_run->start([job, &program, subject, path](const std::atomic<bool>&) -> std::optional<Error> {
        const auto keep = [](auto read, auto& rows) -> std::optional<Error> {
            if (!read)
                return read.error();
            rows = std::move(read).value();
            return std::nullopt;
        };
        switch (subject) {
        case DataSubject::Risks:
            return keep(RiskCsvImporter(program.risks(), program.assets()).read(path), job->risks);
        case DataSubject::Counterparties:
            return keep(
                CounterpartyCsvImporter(program.counterparties(), program.assets()).read(path),
                job->counterparties);
        case DataSubject::Agreements:
            return keep(AgreementCsvImporter(program.baas(), program.counterparties()).read(path),
                        job->agreements);
        case DataSubject::Assets:
            break;
        }
        return keep(AssetCsvImporter(program.assets()).read(path), job->assets);
    });
    m_status->setText(tr("Reading and checking %1\u2026").arg(QFileInfo(path).fileName()));
    setRunning(true);
    return true;
}

void ImportDialog::cancelImport()
{
    if (!m_job || !m_run->cancel())
        return;
    m_status->setText(tr("Cancelling\u2026"));
    m_closeButton->setEnabled(false);
}

bool ImportDialog::isRunning() const
{
    return m_run->isRunning();
}

void ImportDialog::onReadFinished()
{
    const std::shared_ptr<Job> job = std::move(m_job);
    setRunning(false);
    if (!job)
        return;
    if (m_run->wasCancelled()) {
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("Import cancelled. Nothing was imported."));
        return;
    }
    if (m_run->error()) {
        showProblems(m_run->error()->message);
        return;
    }
    if (!m_program.isOpen()) {
        showProblems(tr("The program file was closed."));
        return;
    }
    const QString fileName = QFileInfo(filePath()).fileName();
    int added = 0;
    if (m_subject == DataSubject::Risks) {
        Result<std::vector<Risk>> stored = m_program.risks().addAll(std::move(job->risks));
        if (!stored) {
            showProblems(stored.error().message);
            return;
        }
        added = int(stored->size());
    } else if (m_subject == DataSubject::Counterparties) {
        Result<std::vector<Counterparty>> stored =
            m_program.counterparties().addAll(std::move(job->counterparties));
        if (!stored) {
            showProblems(stored.error().message);
            return;
        }
        added = int(stored->size());
    } else if (m_subject == DataSubject::Agreements) {
        Result<std::vector<Agreement>> stored = m_program.baas().addAll(std::move(job->agreements));
        if (!stored) {
            showProblems(stored.error().message);
            return;
        }
        added = int(stored->size());
    } else {
        Result<std::vector<Asset>> stored = m_program.assets().addAll(std::move(job->assets));
        if (!stored) {
            showProblems(stored.error().message);
            return;
        }
        added = int(stored->size());
    }
    m_importedCount = added;
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("Imported %1 from %2.").arg(nounPlural(added), fileName));
    m_closeButton->setText(tr("Close"));
    updateButtons();
    emit imported(added);
}

void ImportDialog::showProblems(const QString& message)
{
    QStringList lines = message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // A list of problems opens with a summary that already says nothing was imported.
    QString summary = tr("Nothing was imported.");
    if (lines.size() > 1)
        summary = lines.takeFirst();
    m_problems = lines;
    m_banner->showMessage(MessageBanner::Kind::Error, summary);
    m_problemList->clear();
    m_problemList->addItems(lines);
    m_problemList->setVisible(!lines.isEmpty());
    m_copyButton->setVisible(!lines.isEmpty());
    updateButtons();
}

QString ImportDialog::resultText() const
{
    return m_banner->text();
}

void ImportDialog::copyProblems() const
{
    QStringList selected;
    for (int row = 0; row < m_problemList->count(); ++row) {
        if (m_problemList->item(row)->isSelected())
            selected << m_problemList->item(row)->text();
    }
    const QStringList& lines = selected.isEmpty() ? m_problems : selected;
    if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void ImportDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_status->setVisible(running);
    m_file->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_closeButton->setEnabled(true);
    m_closeButton->setText(running ? tr("Cancel") : tr("Close"));
    updateButtons();
}

void ImportDialog::updateButtons()
{
    m_importButton->setEnabled(!isRunning() && !filePath().isEmpty() && m_importedCount == 0);
}

void ImportDialog::reject()
{
    // Closing (also when the program locks) waits for the read: it uses the
    // program's connection, which must be free before the file is closed.
    // The rows read are dropped, so nothing is written.
    if (m_run->abort()) {
        m_job.reset();
        setRunning(false);
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("Import cancelled. Nothing was imported."));
    }
    QDialog::reject();
}

} // namespace palisade::ui
