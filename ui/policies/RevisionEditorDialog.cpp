#include "ui/policies/RevisionEditorDialog.h"

#include "core/files/StoredFileKeeper.h"
#include "core/policies/PolicyRegister.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace palisade::ui {

RevisionEditorDialog::RevisionEditorDialog(Program& program, qint64 revisionId, QWidget* parent)
    : RecordEditorDialog({{}, {}, tr("Unsaved Changes"), tr("Save")}, parent)
    , m_program(program)
    , m_summary(new QLineEdit(this))
    , m_markdown(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_previewTimer(new QTimer(this))
    , m_fileLabel(new QLabel(this))
    , m_attach(new QPushButton(tr("&Attach PDF\u2026"), this))
    , m_removeFile(new QPushButton(tr("&Remove PDF"), this))
    , m_submitButton(nullptr)
{
    setObjectName(QStringLiteral("revisionEditor"));
    m_summary->setObjectName(QStringLiteral("revisionSummary"));
    m_markdown->setObjectName(QStringLiteral("revisionMarkdown"));
    m_markdown->setTabChangesFocus(true);
    m_markdown->setAccessibleName(tr("Policy text in Markdown"));
    m_markdown->setPlaceholderText(tr("## Purpose\n\nWhy the policy exists.\n\n## Policy\n\n1. "
                                      "What the workforce must do.\n\n"
                                      "Markdown: ## headings, **bold**, numbered and - bulleted "
                                      "lists."));
    m_preview->setObjectName(QStringLiteral("revisionPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setPlaceholderText(tr("The preview appears here as you write."));
    m_preview->setFocusPolicy(Qt::ClickFocus);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(previewPauseMs);
    m_fileLabel->setObjectName(QStringLiteral("revisionFileName"));
    m_fileLabel->setWordWrap(true);
    m_attach->setObjectName(QStringLiteral("attachPdfButton"));
    m_attach->setAutoDefault(false);
    m_attach->setToolTip(tr("The signed copy of this revision; kept inside the encrypted file "
                            "with its SHA-256"));
    m_removeFile->setObjectName(QStringLiteral("removePdfButton"));
    m_removeFile->setAutoDefault(false);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&What changed:"), m_summary);

    auto* textLabel = new QLabel(tr("&Text (Markdown):"), this);
    textLabel->setBuddy(m_markdown);
    auto* previewLabel = new QLabel(tr("Preview:"), this);
    auto* editorPart = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editorPart);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(textLabel);
    editorLayout->addWidget(m_markdown, 1);
    auto* previewPart = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewPart);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_preview, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("revisionSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(editorPart);
    splitter->addWidget(previewPart);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("Signed PDF:"), this));
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(m_attach);
    fileRow->addWidget(m_removeFile);

    QDialogButtonBox* buttons =
        createButtons(QStringLiteral("saveDraftButton"), tr("Save and keep it a draft (Ctrl+S)"));
    saveButton()->setText(tr("&Save Draft"));
    m_submitButton = buttons->addButton(tr("Save and Su&bmit"), QDialogButtonBox::ActionRole);
    m_submitButton->setObjectName(QStringLiteral("saveAndSubmitButton"));
    m_submitButton->setToolTip(tr("Save, then submit for review: its words are frozen while the "
                                  "approvals are collected"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addLayout(fileRow);
    layout->addWidget(buttons);

    connect(m_submitButton, &QPushButton::clicked, this, &RevisionEditorDialog::saveAndSubmit);
    connect(m_attach, &QPushButton::clicked, this, &RevisionEditorDialog::chooseFile);
    connect(m_removeFile, &QPushButton::clicked, this, &RevisionEditorDialog::removeFile);
    connect(m_previewTimer, &QTimer::timeout, this, &RevisionEditorDialog::updatePreview);
    connect(m_markdown, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_summary, &QLineEdit::textChanged, this, &RevisionEditorDialog::updateState);
    connect(m_markdown, &QPlainTextEdit::textChanged, this, &RevisionEditorDialog::updateState);

    Result<PolicyRevision> revision = program.policies().revision(revisionId);
    Result<Policy> policy =
        revision ? program.policies().policy(revision->policyId) : Result<Policy>(revision.error());
    if (!revision || !policy) {
        setLocked(true);
        banner()->showMessage(
            MessageBanner::Kind::Error,
            tr("The revision could not be read: %1")
                .arg(!revision ? revision.error().message : policy.error().message));
    } else {
        m_policy = *policy;
        m_revision = *revision;
        m_summary->setText(m_revision.changeSummary);
        m_markdown->setPlainText(m_revision.content);
        m_summary->setPlaceholderText(
            m_revision.number == 1 ? tr("Optional for the first revision, e.g. First adopted")
                                   : tr("Needed to submit: what changed since revision %1")
                                         .arg(m_revision.number - 1));
        const QString name = PolicyRegister::revisionName(m_policy, m_revision);
        if (m_revision.state != RevisionState::Draft || m_policy.isRetired()) {
            setLocked(true);
            banner()->showMessage(MessageBanner::Kind::Information,
                                  tr("%1 is %2; only a draft can be edited.")
                                      .arg(name, revisionStateLabel(m_revision.state)));
        }
        setWindowTitle(tr("%1 \u2014 %2").arg(name, m_policy.title));
    }
    m_markdown->setReadOnly(isLocked());
    m_summary->setReadOnly(isLocked());
    updatePreview();
    updateState();
    m_markdown->setFocus();
    setMinimumSize(720, 520);
    resize(1040, 700);
}

PolicyRevision RevisionEditorDialog::candidate() const
{
    PolicyRevision revision = m_revision;
    revision.content = m_markdown->toPlainText();
    revision.changeSummary = m_summary->text().trimmed();
    return revision;
}

bool RevisionEditorDialog::isModified() const
{
    if (isLocked())
        return false;
    const PolicyRevision now = candidate();
    return now.content != m_revision.content || now.changeSummary != m_revision.changeSummary ||
           m_pending.has_value() || m_dropFile;
}

QString RevisionEditorDialog::fileName() const
{
    if (m_pending)
        return m_pending->fileName;
    if (m_dropFile || !m_revision.file)
        return {};
    return m_revision.file->fileName;
}

void RevisionEditorDialog::updatePreview()
{
    m_previewTimer->stop();
    m_preview->setMarkdown(m_markdown->toPlainText());
}

void RevisionEditorDialog::updateState()
{
    const bool writable = !isLocked() && canStore();
    if (m_pending)
        m_fileLabel->setText(
            tr("%1 (%n page(s)), attached when saved", nullptr, m_pending->pageCount)
                .arg(m_pending->fileName));
    else if (m_dropFile)
        m_fileLabel->setText(tr("None; %1 is removed when saved").arg(m_revision.file->fileName));
    else if (m_revision.file)
        m_fileLabel->setText(tr("%1 (%n page(s))", nullptr, m_revision.file->pageCount)
                                 .arg(m_revision.file->fileName));
    else
        m_fileLabel->setText(tr("None attached"));
    m_attach->setEnabled(writable);
    m_removeFile->setEnabled(writable && !fileName().isEmpty());
    saveButton()->setEnabled(writable);
    m_submitButton->setEnabled(writable);
}

bool RevisionEditorDialog::attachFile(const QString& path)
{
    if (isLocked())
        return false;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        banner()->showMessage(MessageBanner::Kind::Error,
                              tr("%1 could not be read: %2").arg(name, file.errorString()));
        return false;
    }
    if (file.size() > PolicyRegister::maximumFileBytes) {
        banner()->showMessage(MessageBanner::Kind::Error,
                              tr("%1 is larger than %2 MB and was not attached.")
                                  .arg(name)
                                  .arg(PolicyRegister::maximumFileBytes / (1024 * 1024)));
        return false;
    }
    const QByteArray content = file.readAll();
    // Checked now, so a file that cannot be kept is refused before anything is saved.
    Result<PendingFile> checked = [&] {
        const BusyCursor busy;
        return StoredFileKeeper::prepare(name, content, m_program.clock().nowUtc(),
                                         m_program.actor());
    }();
    if (!checked) {
        banner()->showMessage(MessageBanner::Kind::Error,
                              tr("%1 was not attached. %2").arg(name, checked.error().message));
        return false;
    }
    m_pending = PendingAttachment{name, content, checked->file.pageCount};
    m_dropFile = false;
    banner()->clearMessage();
    updateState();
    return true;
}

void RevisionEditorDialog::chooseFile()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach Signed Policy"), start,
                                                      tr("PDF documents (*.pdf);;All files (*)"));
    if (!path.isEmpty())
        attachFile(path);
}

void RevisionEditorDialog::removeFile()
{
    if (isLocked())
        return;
    m_pending.reset();
    m_dropFile = m_revision.file.has_value();
    updateState();
}

bool RevisionEditorDialog::canStore() const
{
    return !m_program.isReadOnly();
}

bool RevisionEditorDialog::store()
{
    PolicyRegister& policies = m_program.policies();
    Result<PolicyRevision> saved = policies.updateDraft(candidate());
    if (saved && m_dropFile)
        saved = policies.removeFile(m_revision.id);
    if (saved && m_pending) {
        const BusyCursor busy;
        saved = policies.attachFile(m_revision.id, m_pending->fileName, m_pending->content);
    }
    if (!saved) {
        // What was written before the refusal stays written; read it back.
        if (Result<PolicyRevision> stored = policies.revision(m_revision.id))
            m_revision = *stored;
        banner()->showMessage(MessageBanner::Kind::Error,
                              tr("The draft was not saved: %1").arg(saved.error().message));
        updateState();
        return false;
    }
    m_revision = *saved;
    m_pending.reset();
    m_dropFile = false;
    updateState();
    return true;
}

bool RevisionEditorDialog::saveAndSubmit()
{
    if (!storeEdits())
        return false;
    Result<PolicyRevision> submitted = m_program.policies().submitForReview(m_revision.id);
    if (!submitted) {
        banner()->showMessage(
            MessageBanner::Kind::Warning,
            tr("The draft is saved but was not submitted: %1").arg(submitted.error().message));
        return false;
    }
    m_revision = *submitted;
    m_submitted = true;
    QDialog::accept();
    return true;
}

QString RevisionEditorDialog::unsavedQuestion() const
{
    return tr("Save the changes to %1 before closing?")
        .arg(PolicyRegister::revisionName(m_policy, m_revision));
}

} // namespace palisade::ui
