#include "ui/incidents/EvidenceTab.h"

#include "core/files/StoredFileKeeper.h"
#include "core/incidents/IncidentEvidenceRegister.h"
#include "core/program/Program.h"
#include "ui/incidents/EvidenceTableModel.h"
#include "ui/widgets/AttachmentFiles.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/RecordTable.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {

EvidenceTab::EvidenceTab(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_model(new EvidenceTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_banner(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_addNote(new QPushButton(tr("Add &Note\u2026"), this))
    , m_attach(new QPushButton(tr("&Attach File\u2026"), this))
    , m_saveCopy(new QPushButton(tr("Save a &Copy\u2026"), this))
{
    setObjectName(QStringLiteral("evidenceTab"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EvidenceTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("evidenceTable"));
    m_table->setAccessibleName(tr("Evidence"));
    RecordTable::setUp(m_table, m_proxy, EvidenceTableModel::AddedColumn);
    RecordTable::fitColumns(m_table, EvidenceTableModel::NoteColumn);
    // The note matters most; who added it and the file name give way and show in full on hover.
    QHeaderView* columns = m_table->horizontalHeader();
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    columns->setSectionResizeMode(EvidenceTableModel::AddedByColumn, QHeaderView::Interactive);
    columns->resizeSection(EvidenceTableModel::AddedByColumn, charWidth * 12);
    columns->setSectionResizeMode(EvidenceTableModel::FileColumn, QHeaderView::Interactive);
    columns->resizeSection(EvidenceTableModel::FileColumn, charWidth * 16);

    m_empty->setObjectName(QStringLiteral("evidenceEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("No evidence kept yet. Add a note of what was found, or attach a file "
                        "(a log export, a screenshot, a forensic report): it is kept encrypted "
                        "in this file and cannot be changed once added."));

    m_addNote->setObjectName(QStringLiteral("addEvidenceNoteButton"));
    m_addNote->setAutoDefault(false);
    m_attach->setObjectName(QStringLiteral("attachEvidenceButton"));
    m_attach->setAutoDefault(false);
    m_attach->setToolTip(tr("Keep a file of any kind, encrypted, with a note"));
    m_saveCopy->setObjectName(QStringLiteral("saveEvidenceCopyButton"));
    m_saveCopy->setAutoDefault(false);
    m_saveCopy->setToolTip(tr("Write a decrypted copy of the selected file to disk; the audit "
                              "trail records where"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addNote);
    buttons->addWidget(m_attach);
    buttons->addStretch(1);
    buttons->addWidget(m_saveCopy);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);

    connect(m_addNote, &QPushButton::clicked, this, &EvidenceTab::askForNote);
    connect(m_attach, &QPushButton::clicked, this, &EvidenceTab::chooseAndAttach);
    connect(m_saveCopy, &QPushButton::clicked, this, &EvidenceTab::chooseAndSaveCopy);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EvidenceTab::updateButtons);
    connect(&program.incidentEvidence(), &IncidentEvidenceRegister::evidenceChanged, this,
            &EvidenceTab::reload);
    reload();
}

void EvidenceTab::setIncident(qint64 incidentId)
{
    if (incidentId != m_incidentId)
        m_banner->clearMessage();
    m_incidentId = incidentId;
    reload();
}

QString EvidenceTab::title() const
{
    return m_model->rowCount() > 0 ? tr("Evidence %1").arg(m_model->rowCount()) : tr("Evidence");
}

void EvidenceTab::reload()
{
    const qint64 selected = selectedEvidenceId();
    if (m_incidentId <= 0 || !m_program.isOpen()) {
        m_model->setEvidence({});
    } else if (Result<std::vector<IncidentEvidence>> found =
                   m_program.incidentEvidence().evidence(m_incidentId)) {
        m_model->setEvidence(std::move(found).value());
    } else {
        m_model->setEvidence({});
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The evidence could not be read: %1").arg(found.error().message));
    }
    m_table->setVisible(m_model->rowCount() > 0);
    m_empty->setVisible(m_model->rowCount() == 0);
    if (!selectEvidence(selected) && m_model->rowCount() > 0)
        selectEvidence(m_model->evidenceAt(m_model->rowCount() - 1).id);
    emit titleChanged(title());
    updateButtons();
}

bool EvidenceTab::selectEvidence(qint64 id)
{
    const int row = m_model->rowForId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

qint64 EvidenceTab::selectedEvidenceId() const
{
    return m_table->currentIndex().data(EvidenceTableModel::EvidenceIdRole).toLongLong();
}

void EvidenceTab::updateButtons()
{
    const bool writable = m_program.isOpen() && !m_program.isReadOnly() && m_incidentId > 0;
    m_addNote->setEnabled(writable);
    m_attach->setEnabled(writable);
    m_saveCopy->setEnabled(m_table->currentIndex().data(EvidenceTableModel::HasFileRole).toBool());
}

bool EvidenceTab::addNote(const QString& note)
{
    if (m_incidentId <= 0)
        return false;
    Result<IncidentEvidence> added = m_program.incidentEvidence().addEvidence(m_incidentId, note);
    if (!added) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The note was not added: %1").arg(added.error().message));
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Information, tr("The note is kept."));
    selectEvidence(added->id);
    return true;
}

bool EvidenceTab::attachFile(const QString& path, const QString& note)
{
    if (m_incidentId <= 0)
        return false;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("%1 could not be read: %2").arg(name, file.errorString()));
        return false;
    }
    if (file.size() > StoredFileKeeper::maximumBytes) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("%1 is larger than %2 MB and was not attached.")
                                  .arg(name)
                                  .arg(StoredFileKeeper::maximumBytes / (1024 * 1024)));
        return false;
    }
    const QByteArray content = file.readAll();
    Result<IncidentEvidence> added = [&] {
        const BusyCursor busy;
        return m_program.incidentEvidence().addEvidence(m_incidentId, note, name, content);
    }();
    if (!added) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("%1 was not attached: %2").arg(name, added.error().message));
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("%1 is kept, encrypted, with its SHA-256.").arg(name));
    selectEvidence(added->id);
    return true;
}

void EvidenceTab::askForNote()
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Add Note"), tr("What was found, seen or done, in your words:"), QString(), &ok);
    if (ok && !note.trimmed().isEmpty())
        addNote(note);
}

void EvidenceTab::chooseAndAttach()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Attach Evidence"), start, tr("All files (*)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Attach Evidence"),
        tr("What %1 shows (optional):").arg(QFileInfo(path).fileName()), QString(), &ok);
    if (ok)
        attachFile(path, note);
}

bool EvidenceTab::saveCopyTo(const QString& path)
{
    const qint64 id = selectedEvidenceId();
    if (id == 0)
        return false;
    return AttachmentFiles::reportCopy(
        m_banner, m_program.incidentEvidence().saveEvidenceCopy(id, path), path);
}

void EvidenceTab::chooseAndSaveCopy()
{
    const int row = m_model->rowForId(selectedEvidenceId());
    if (row < 0 || !m_model->evidenceAt(row).file)
        return;
    const QString path = AttachmentFiles::chooseCopyPath(
        this, m_model->evidenceAt(row).file->fileName, tr("All files (*)"));
    if (!path.isEmpty())
        saveCopyTo(path);
}

} // namespace palisade::ui
