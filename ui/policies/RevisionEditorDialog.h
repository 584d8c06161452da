#pragma once

#include "core/policies/Policy.h"
#include "core/policies/PolicyRevision.h"
#include "ui/widgets/RecordEditorDialog.h"

#include <QByteArray>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace palisade {
class Program;
}

namespace palisade::ui {

// Writes a draft revision: the summary of what changed, the Markdown text with
// a live preview beside it, and the signed PDF. Save keeps it a draft; "Save
// and Submit" also submits it for review. The file is attached or removed
// when the draft is saved, so Cancel leaves everything as it was.
class RevisionEditorDialog : public RecordEditorDialog
{
    Q_OBJECT

public:
    static constexpr int previewPauseMs = 300;

    RevisionEditorDialog(Program& program, qint64 revisionId, QWidget* parent = nullptr);

    bool isNew() const override { return false; }
    bool isModified() const override;
    // The text and summary as they stand in the fields.
    PolicyRevision candidate() const;
    const PolicyRevision& savedRevision() const { return m_revision; }
    bool wasSubmitted() const { return m_submitted; }
    // The file name the revision will carry once saved; empty for none.
    QString fileName() const;

    // Reads a PDF to attach on save; false (with the reason shown) when it is
    // not one that can be kept.
    bool attachFile(const QString& path);
    void removeFile();
    // Saves, submits for review and closes; when the submission is refused the
    // draft stays saved and the dialog open with the reason.
    bool saveAndSubmit();
    // Renders the preview now instead of after the typing pause.
    void updatePreview();

    QLineEdit* summaryEdit() const { return m_summary; }
    QPlainTextEdit* markdownEdit() const { return m_markdown; }
    QTextBrowser* preview() const { return m_preview; }
    QLabel* fileLabel() const { return m_fileLabel; }
    QPushButton* attachButton() const { return m_attach; }
    QPushButton* removeFileButton() const { return m_removeFile; }
    QPushButton* submitButton() const { return m_submitButton; }

protected:
    // Writes the text and summary, then removes or attaches the file.
    bool store() override;
    QString unsavedQuestion() const override;
    bool canStore() const override;

private:
    struct PendingAttachment
    {
        QString fileName;
        QByteArray content;
        int pageCount = 0;
    };

    void chooseFile();
    void updateState();

    Program& m_program;
    Policy m_policy;
    PolicyRevision m_revision;
    std::optional<PendingAttachment> m_pending;
    bool m_dropFile = false;
    bool m_submitted = false;

    QLineEdit* m_summary;
    QPlainTextEdit* m_markdown;
    QTextBrowser* m_preview;
    QTimer* m_previewTimer;
    QLabel* m_fileLabel;
    QPushButton* m_attach;
    QPushButton* m_removeFile;
    QPushButton* m_submitButton;
};

} // namespace palisade::ui
