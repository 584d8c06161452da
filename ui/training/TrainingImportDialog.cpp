#include "ui/training/TrainingImportDialog.h"

#include "core/io/CsvReader.h"
#include "core/program/Program.h"
#include "core/training/CompletionCsvImporter.h"
#include "core/training/PeopleCsvImporter.h"
#include "core/training/TrainingColumnMapping.h"
#include "core/training/TrainingColumns.h"
#include "core/training/TrainingCsvTable.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/Sha256.h"
#include "ui/io/ImportRun.h"
#include "ui/training/ColumnMappingTable.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PanelLabels.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <optional>

namespace palisade::ui {

struct TrainingImportDialog::Job
{
    std::optional<TrainingCsvTable> table;
};

namespace {

constexpr int previewRows = 8;

} // namespace

TrainingImportDialog::TrainingImportDialog(Program& program, QWidget* parent)
    : QDialog(parent)
    , m_program(program)
    , m_run(new ImportRun(this))
    , m_pages(new QStackedWidget(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Choose\u2026"), this))
    , m_kind(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_preview(new QTableWidget(this))
    , m_previewNote(new QLabel(this))
    , m_fileBanner(new MessageBanner(this))
    , m_mappingIntro(new QLabel(this))
    , m_mapping(new ColumnMappingTable(this))
    , m_remember(new QCheckBox(this))
    , m_mappingBanner(new MessageBanner(this))
    , m_earlierBanner(new MessageBanner(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_resultBanner(new MessageBanner(this))
    , m_problemList(new QListWidget(this))
    , m_copy(new QPushButton(tr("C&opy Problems"), this))
    , m_back(new QPushButton(tr("< &Back"), this))
    , m_next(new QPushButton(tr("&Next >"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_close(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("trainingImportDialog"));
    setWindowTitle(tr("Import Training Data from CSV"));

    m_pages->addWidget(buildFilePage());
    m_pages->addWidget(buildMappingPage());

    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setAutoDefault(false);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_import->setObjectName(QStringLiteral("startImportButton"));
    m_close->setObjectName(QStringLiteral("closeImportButton"));
    m_close->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_import);
    buttons->addSpacing(12);
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &TrainingImportDialog::showFileStep);
    connect(m_next, &QPushButton::clicked, this, &TrainingImportDialog::showMapping);
    connect(m_import, &QPushButton::clicked, this, &TrainingImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &TrainingImportDialog::reject);
    connect(m_run, &ImportRun::finished, this, &TrainingImportDialog::onReadFinished);

    reloadSources();
    showFileStep();
    resize(820, 580);
}

TrainingImportDialog::~TrainingImportDialog()
{
    m_run->abort();
    // The file field loses the focus while the children are destroyed, and its
    // editingFinished must not reach this half-destroyed dialog.
    m_file->disconnect(this);
}

QWidget* TrainingImportDialog::buildFilePage()
{
    auto* page = new QWidget(m_pages);

    auto* intro = new QLabel(tr("Imports people or training completions from a CSV file, such as "
                                "an export of your learning-management system. Choose the file "
                                "and say where it comes from; the next step matches its columns "
                                "to the fields Palisade keeps."),
                             page);
    intro->setWordWrap(true);

    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("Choose a .csv file"));
    m_file->setClearButtonEnabled(true);
    m_browse->setAutoDefault(false);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    m_kind->setObjectName(QStringLiteral("importKind"));
    for (const ImportKind kind : allImportKinds())
        m_kind->addItem(importKindLabel(kind), importKindKey(kind));
    setKind(ImportKind::Completions);

    m_source->setObjectName(QStringLiteral("importSource"));
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_source->lineEdit()->setPlaceholderText(tr("For example: KnowBe4 export"));
    m_source->setMinimumContentsLength(24);
    auto* sourceHint =
        new QLabel(tr("The source says where the file comes from, such as the name of "
                      "the system that exported it. The column mapping is "
                      "remembered under it for the next file from the same place."),
                   page);
    sourceHint->setWordWrap(true);
    sourceHint->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Contents:"), m_kind);
    form->addRow(tr("&Source:"), m_source);
    // QFormLayout gives the label of a row a buddy only for a widget field.
    if (auto* label = qobject_cast<QLabel*>(form->itemAt(0, QFormLayout::LabelRole)->widget()))
        label->setBuddy(m_file);

    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->setAccessibleName(tr("First rows of the file"));
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->setDefaultSectionSize(
        m_preview->verticalHeader()->minimumSectionSize() + 4);
    m_previewNote->setForegroundRole(QPalette::PlaceholderText);
    auto* previewLabel = PanelLabels::title(tr("&Preview"), page);
    previewLabel->setBuddy(m_preview);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(sourceHint);
    layout->addWidget(m_fileBanner);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_previewNote);

    connect(m_browse, &QPushButton::clicked, this, &TrainingImportDialog::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        if (m_loaded && filePath() != m_loadedPath)
            forgetFile();
        updateButtons();
    });
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (!m_loaded && !filePath().isEmpty() && !m_browse->hasFocus())
            loadFile(filePath());
    });
    connect(m_source, &QComboBox::activated, this, &TrainingImportDialog::onSourceChosen);
    connect(m_source->lineEdit(), &QLineEdit::textEdited, this, [this] {
        m_sourceChosen = true;
        updateButtons();
    });
    connect(m_source, &QComboBox::currentTextChanged, this, &TrainingImportDialog::updateButtons);
    return page;
}

QWidget* TrainingImportDialog::buildMappingPage()
{
    auto* page = new QWidget(m_pages);

    m_mappingIntro->setObjectName(QStringLiteral("mappingIntro"));
    m_mappingIntro->setWordWrap(true);
    m_mappingIntro->setTextFormat(Qt::PlainText);

    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_mapping);

    m_remember->setObjectName(QStringLiteral("rememberMapping"));
    m_remember->setChecked(true);

    m_earlierBanner->setObjectName(QStringLiteral("earlierImportBanner"));
    m_mappingBanner->setObjectName(QStringLiteral("mappingBanner"));
    m_resultBanner->setObjectName(QStringLiteral("resultBanner"));

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
    m_copy->setObjectName(QStringLiteral("copyProblemsButton"));
    m_copy->setAutoDefault(false);
    m_copy->hide();
    auto* copy = new QAction(tr("Copy"), m_problemList);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_problemList->addAction(copy);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mappingIntro);
    layout->addWidget(m_earlierBanner);
    layout->addWidget(scroll, 2);
    layout->addWidget(m_mappingBanner);
    layout->addWidget(m_remember);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_resultBanner);
    layout->addWidget(m_problemList, 1);
    layout->addWidget(m_copy, 0, Qt::AlignLeft);

    connect(copy, &QAction::triggered, this, &TrainingImportDialog::copyProblems);
    connect(m_copy, &QPushButton::clicked, this, &TrainingImportDialog::copyProblems);
    connect(m_mapping, &ColumnMappingTable::mappingChanged, this, [this] {
        if (!m_imported && !isRunning())
            clearResult();
        updateMappingState();
    });
    return page;
}

// File step

QString TrainingImportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

bool TrainingImportDialog::setFilePath(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    return loadFile(filePath());
}

void TrainingImportDialog::chooseFile()
{
    QString start = filePath();
    if (start.isEmpty())
        start = QFileInfo(m_program.path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, windowTitle(), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void TrainingImportDialog::forgetFile()
{
    m_loaded = false;
    m_loadedPath.clear();
    m_bytes.clear();
    m_sha256.clear();
    m_header.clear();
    m_firstRow.clear();
    m_imported = false;
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_previewNote->clear();
}

bool TrainingImportDialog::loadFile(const QString& path)
{
    forgetFile();
    m_fileBanner->clearMessage();
    if (path.isEmpty()) {
        updateButtons();
        return false;
    }
    Result<QByteArray> data = TrainingCsvTable::readBytes(path);
    if (!data) {
        m_fileBanner->showMessage(MessageBanner::Kind::Error, data.error().message);
        updateButtons();
        return false;
    }
    Result<QList<CsvRecord>> records = CsvReader::parse(*data);
    if (!records) {
        m_fileBanner->showMessage(MessageBanner::Kind::Error, records.error().message);
        updateButtons();
        return false;
    }
    if (records->isEmpty()) {
        m_fileBanner->showMessage(MessageBanner::Kind::Error,
                                  tr("The file is empty: it has no header row."));
        updateButtons();
        return false;
    }

    m_bytes = std::move(data).value();
    m_sha256 = sha256Hex(m_bytes);
    for (const QString& name : records->first().fields)
        m_header << name.simplified();
    if (records->size() > 1)
        m_firstRow = records->at(1).fields;
    m_loaded = true;
    m_loadedPath = path;

    QList<QStringList> shown;
    QStringList lines;
    for (qsizetype i = 1; i < records->size() && shown.size() < previewRows; ++i) {
        shown << records->at(i).fields;
        lines << QString::number(records->at(i).line);
    }
    fillPreview(shown);
    m_preview->setVerticalHeaderLabels(lines);
    const int dataRows = int(records->size() - 1);
    if (dataRows == 0)
        m_previewNote->setText(tr("The file has a header row but no rows below it."));
    else if (dataRows > shown.size())
        m_previewNote->setText(
            tr("The first %1 of %n row(s); the numbers are the file's lines.", nullptr, dataRows)
                .arg(shown.size()));
    else
        m_previewNote->setText(
            tr("All %n row(s); the numbers are the file's lines.", nullptr, dataRows));

    if (const std::optional<ImportKind> guessed = TrainingColumnMapping::guessKind(m_header))
        setKind(*guessed);
    chooseDefaultSource();
    updateButtons();
    return true;
}

void TrainingImportDialog::fillPreview(const QList<QStringList>& rows)
{
    m_preview->setColumnCount(int(m_header.size()));
    m_preview->setHorizontalHeaderLabels(m_header);
    m_preview->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList& fields = rows.at(row);
        for (int column = 0; column < fields.size() && column < m_header.size(); ++column) {
            auto* item = new QTableWidgetItem(fields.at(column).simplified());
            item->setToolTip(fields.at(column));
            m_preview->setItem(row, column, item);
        }
    }
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < m_preview->columnCount(); ++column)
        m_preview->setColumnWidth(column, qMin(m_preview->columnWidth(column), 240));
}

ImportKind TrainingImportDialog::kind() const
{
    return importKindFromKey(m_kind->currentData().toString()).value_or(ImportKind::Completions);
}

void TrainingImportDialog::setKind(ImportKind kind)
{
    const int index = m_kind->findData(importKindKey(kind));
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

QString TrainingImportDialog::sourceName() const
{
    return m_source->currentText().simplified();
}

void TrainingImportDialog::setSourceName(const QString& name)
{
    m_sourceChosen = true;
    const int index = m_source->findText(name, Qt::MatchFixedString);
    if (index >= 0) {
        m_source->setCurrentIndex(index);
        onSourceChosen();
    } else {
        m_source->setEditText(name);
    }
    updateButtons();
}

void TrainingImportDialog::reloadSources()
{
    const QString current = m_source->currentText();
    const QSignalBlocker block(m_source);
    m_source->clear();
    if (Result<std::vector<ImportMapping>> saved = m_program.training().mappings()) {
        for (const ImportMapping& mapping : *saved)
            m_source->addItem(mapping.sourceName, importKindKey(mapping.kind));
    }
    m_source->setCurrentIndex(-1);
    m_source->setEditText(current);
}

void TrainingImportDialog::chooseDefaultSource()
{
    if (m_sourceChosen)
        return;
    // A saved mapping that finds every required column in this header is
    // most likely the one for this file; one of the guessed kind first.
    const std::optional<ImportKind> guessed = TrainingColumnMapping::guessKind(m_header);
    int fitting = -1;
    if (Result<std::vector<ImportMapping>> saved = m_program.training().mappings()) {
        for (const ImportMapping& each : *saved) {
            const TrainingColumnMapping mapping = TrainingColumnMapping::fromSaved(each);
            if (!TrainingColumnMapping::missingRequired(mapping, m_header).isEmpty() ||
                !mapping.ambiguous(m_header).isEmpty())
                continue;
            const int index = m_source->findText(each.sourceName, Qt::MatchFixedString);
            if (fitting < 0 || (guessed && each.kind == *guessed))
                fitting = index;
            if (guessed && each.kind == *guessed)
                break;
        }
    }
    if (fitting >= 0) {
        m_source->setCurrentIndex(fitting);
        onSourceChosen();
    } else {
        m_source->setCurrentIndex(-1);
        m_source->setEditText(QFileInfo(m_loadedPath).completeBaseName());
    }
}

void TrainingImportDialog::onSourceChosen()
{
    // A source's saved mapping says what its files hold.
    if (m_source->currentIndex() >= 0) {
        if (const std::optional<ImportKind> saved =
                importKindFromKey(m_source->currentData().toString()))
            setKind(*saved);
    }
    updateButtons();
}

// Mapping step

TrainingImportDialog::Step TrainingImportDialog::step() const
{
    return m_pages->currentIndex() == 1 ? Step::Mapping : Step::File;
}

void TrainingImportDialog::showFileStep()
{
    if (isRunning())
        return;
    m_pages->setCurrentIndex(0);
    updateButtons();
    m_file->setFocus();
}

bool TrainingImportDialog::showMapping()
{
    if (isRunning())
        return false;
    if (!m_loaded && !loadFile(filePath()))
        return false;
    const QString source = sourceName();
    if (source.isEmpty()) {
        m_fileBanner->showMessage(MessageBanner::Kind::Warning,
                                  tr("Name the source the file comes from."));
        m_source->setFocus();
        return false;
    }
    m_fileBanner->clearMessage();

    const ImportKind chosen = kind();
    const QString fileName = QFileInfo(m_loadedPath).fileName();
    m_mapping->setColumns(chosen, m_header, m_firstRow);
    // The rows are new widgets, created after the buttons.
    QList<QWidget*> order;
    for (const QString& field : m_mapping->fields())
        order << m_mapping->comboFor(field);
    order << m_remember << m_problemList << m_copy << m_back << m_import << m_close;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    Result<std::optional<ImportMapping>> saved = m_program.training().mapping(source);
    if (saved && *saved && (*saved)->kind == chosen) {
        m_mapping->setMapping(TrainingColumnMapping::fromSaved(**saved));
        m_mappingIntro->setText(
            tr("The columns of %1 as mapped the last time %2 was imported. Check each field, "
               "then import. Columns not chosen are ignored.")
                .arg(fileName, source));
    } else {
        m_mapping->setMapping(TrainingColumnMapping::proposeMapping(chosen, m_header));
        m_mappingIntro->setText(
            tr("The columns of %1 proposed from its header for %2. Check each field, then "
               "import. Columns not chosen are ignored.")
                .arg(fileName, importKindLabel(chosen).toLower()));
    }
    m_remember->setText(tr("&Remember this mapping for %1").arg(source));
    m_remember->setChecked(true);
    m_remember->setEnabled(true);
    m_imported = false;
    clearResult();
    updateEarlierImports();
    m_pages->setCurrentIndex(1);
    updateMappingState();
    if (QComboBox* first = m_mapping->comboFor(m_mapping->fields().value(0)))
        first->setFocus();
    return true;
}

void TrainingImportDialog::updateEarlierImports()
{
    Result<std::vector<ImportBatch>> earlier = m_program.training().importsOfFile(m_sha256);
    if (!earlier || earlier->empty()) {
        m_earlierBanner->clearMessage();
        return;
    }
    const ImportBatch& latest = earlier->front();
    m_earlierBanner->showMessage(
        MessageBanner::Kind::Warning,
        tr("This file was imported before, on %1 by %2. Importing it again adds only what is "
           "not already on file.")
            .arg(latest.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 latest.importedBy));
}

void TrainingImportDialog::updateMappingState()
{
    QStringList sentences;
    QStringList missing;
    for (const QString& field : m_mapping->missingRequired())
        missing << TrainingColumns::label(field);
    if (!missing.isEmpty())
        sentences << tr("Choose a column for each required field: %1.")
                         .arg(QLocale().createSeparatedList(missing));
    for (const QString& field : m_mapping->ambiguous())
        sentences << tr("Several columns of the file could be “%1” for %2; rename them in the "
                        "file.")
                         .arg(m_mapping->mapping().column(field), TrainingColumns::label(field));
    if (sentences.isEmpty())
        m_mappingBanner->clearMessage();
    else
        m_mappingBanner->showMessage(MessageBanner::Kind::Warning,
                                     sentences.join(QLatin1Char(' ')));
    updateButtons();
}

// Import

bool TrainingImportDialog::startImport()
{
    if (isRunning() || m_imported || !m_loaded || step() != Step::Mapping)
        return false;
    if (!m_mapping->missingRequired().isEmpty() || !m_mapping->ambiguous().isEmpty())
        return false;
    if (!m_program.isOpen() || m_program.isReadOnly()) {
        m_resultBanner->showMessage(MessageBanner::Kind::Error,
                                    tr("Nothing was imported: the program file is not open for "
                                       "changes."));
        return false;
    }
    clearResult();

    auto job = std::make_shared<Job>();
    m_job = job;
    Program& program = m_program;
    const QByteArray bytes = m_bytes;
    const TrainingColumnMapping mapping = m_mapping->mapping();
    const QString fileName = QFileInfo(m_loadedPath).fileName();
    // Checking the rows looks people and courses up through the program's
    // connection; the dialog is modal and the UI thread leaves the program
    // alone until the check ends. Only the check runs here: the write is the
    // register's, on the thread that owns the program.
    m_run->start([job, &program, bytes, mapping,
                  fileName](const std::atomic<bool>& cancelled) -> std::optional<Error> {
        Result<TrainingCsvTable> table = TrainingCsvTable::parse(bytes, mapping, fileName);
        if (!table)
            return table.error();
        if (cancelled.load())
            return std::nullopt;
        if (mapping.kind() == ImportKind::People) {
            Result<std::vector<Person>> read =
                PeopleCsvImporter(program.workforce()).read(bytes, mapping);
            if (!read)
                return read.error();
        } else {
            Result<std::vector<Completion>> read =
                CompletionCsvImporter(program.training(), program.workforce()).read(bytes, mapping);
            if (!read)
                return read.error();
        }
        job->table = std::move(table).value();
        return std::nullopt;
    });
    m_status->setText(tr("Reading and checking %1\u2026").arg(fileName));
    setRunning(true);
    return true;
}

void TrainingImportDialog::cancelImport()
{
    if (!m_job || !m_run->cancel())
        return;
    m_status->setText(tr("Cancelling\u2026"));
    m_close->setEnabled(false);
}

bool TrainingImportDialog::isRunning() const
{
    return m_run->isRunning();
}

void TrainingImportDialog::onReadFinished()
{
    const std::shared_ptr<Job> job = std::move(m_job);
    setRunning(false);
    if (!job)
        return;
    if (m_run->wasCancelled()) {
        m_resultBanner->showMessage(MessageBanner::Kind::Information,
                                    tr("Import cancelled. Nothing was imported."));
        return;
    }
    if (m_run->error()) {
        showProblems(m_run->error()->message);
        return;
    }
    if (!job->table || !m_program.isOpen()) {
        showProblems(tr("The program file was closed."));
        return;
    }

    const TrainingCsvTable& table = *job->table;
    const QString fileName = table.fileName();
    const QString source = sourceName();
    const ImportKind importKind = m_mapping->kind();
    Result<std::vector<ImportBatch>> earlier = m_program.training().importsOfFile(table.sha256());

    QString summary;
    int changed = 0;
    if (importKind == ImportKind::People) {
        Result<PeopleImport> done =
            PeopleCsvImporter(m_program.workforce()).importTable(table, source);
        if (!done) {
            showProblems(done.error().message);
            return;
        }
        const int added = int(done->addedIds.size());
        const int updated = int(done->updatedIds.size());
        changed = added + updated;
        summary =
            changed == 0
                ? tr("Nothing new in %1: everyone in it is already on file as it is.").arg(fileName)
                : tr("Imported people from %1: %2 added, %3 updated, %4 already on file.")
                      .arg(fileName)
                      .arg(added)
                      .arg(updated)
                      .arg(done->unchanged);
    } else {
        Result<CompletionImport> done =
            CompletionCsvImporter(m_program.training(), m_program.workforce())
                .importTable(table, source);
        if (!done) {
            showProblems(done.error().message);
            return;
        }
        changed = int(done->addedIds.size());
        summary = changed == 0
                      ? tr("Nothing new in %1: all %n completion(s) in it are already on file.",
                           nullptr, done->alreadyPresent)
                            .arg(fileName)
                      : tr("Imported completions from %1: %2 added, %3 already on file.")
                            .arg(fileName)
                            .arg(changed)
                            .arg(done->alreadyPresent);
    }
    m_imported = true;
    m_remember->setEnabled(false);

    MessageBanner::Kind bannerKind = MessageBanner::Kind::Information;
    if (earlier && !earlier->empty()) {
        const ImportBatch& latest = earlier->front();
        bannerKind = MessageBanner::Kind::Warning;
        summary = QStringLiteral("%1 %2").arg(
            summary,
            tr("This file was imported before, on %1 by %2.")
                .arg(latest.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     latest.importedBy));
    }
    if (m_remember->isChecked()) {
        ImportMapping remembered;
        remembered.sourceName = source;
        remembered.kind = importKind;
        remembered.mapping = m_mapping->mapping().toJson();
        Result<ImportMapping> saved = m_program.training().saveMapping(remembered);
        if (saved) {
            summary = QStringLiteral("%1 %2").arg(
                summary, tr("The mapping is saved for %1.").arg(saved->sourceName));
        } else {
            bannerKind = MessageBanner::Kind::Warning;
            summary = QStringLiteral("%1 %2").arg(
                summary, tr("The mapping was not saved: %1").arg(saved.error().message));
        }
        reloadSources();
    }
    m_earlierBanner->clearMessage();
    m_resultBanner->showMessage(bannerKind, summary);
    m_close->setText(tr("Close"));
    m_close->setDefault(true);
    updateButtons();
    m_close->setFocus();
    emit imported(importKind);
}

void TrainingImportDialog::showProblems(const QString& message)
{
    QStringList lines = message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // A list of problems opens with a summary that already says nothing was imported.
    QString summary = tr("Nothing was imported.");
    if (lines.size() > 1)
        summary = lines.takeFirst();
    m_problems = lines;
    m_resultBanner->showMessage(MessageBanner::Kind::Error, summary);
    m_problemList->clear();
    m_problemList->addItems(lines);
    m_problemList->setVisible(!lines.isEmpty());
    m_copy->setVisible(!lines.isEmpty());
    updateButtons();
}

void TrainingImportDialog::clearResult()
{
    m_problems.clear();
    m_problemList->clear();
    m_problemList->hide();
    m_copy->hide();
    m_resultBanner->clearMessage();
}

QString TrainingImportDialog::resultText() const
{
    return m_resultBanner->text();
}

void TrainingImportDialog::copyProblems() const
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

void TrainingImportDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_status->setVisible(running);
    m_mapping->setEnabled(!running);
    m_remember->setEnabled(!running && !m_imported);
    m_close->setEnabled(true);
    m_close->setText(running || !m_imported ? tr("Cancel") : tr("Close"));
    updateButtons();
}

void TrainingImportDialog::updateButtons()
{
    const bool running = isRunning();
    const bool mappingStep = step() == Step::Mapping;
    m_back->setVisible(mappingStep);
    m_back->setEnabled(!running);
    m_next->setVisible(!mappingStep);
    m_next->setEnabled(!running && !filePath().isEmpty() && !sourceName().isEmpty());
    m_import->setVisible(mappingStep);
    m_import->setEnabled(mappingStep && !running && !m_imported && m_loaded &&
                         m_mapping->missingRequired().isEmpty() &&
                         m_mapping->ambiguous().isEmpty());
    if (mappingStep && !m_imported)
        m_import->setDefault(true);
    else if (!mappingStep)
        m_next->setDefault(true);
}

void TrainingImportDialog::reject()
{
    // Closing (also when the program locks) waits for the check: it uses the
    // program's connection, which must be free before the file is closed.
    // What it read is dropped, so nothing is written.
    if (m_run->abort()) {
        m_job.reset();
        setRunning(false);
        m_resultBanner->showMessage(MessageBanner::Kind::Information,
                                    tr("Import cancelled. Nothing was imported."));
    }
    QDialog::reject();
}

} // namespace palisade::ui
