#pragma once

#include "core/training/ImportKind.h"

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QStringList>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace palisade {
class Program;
}

namespace palisade::ui {

class ImportRun;
class ColumnMappingTable;
class MessageBanner;

// Imports people or training completions from a CSV file exported by a
// learning-management or HR system, in two steps. First the file, what it
// holds and where it comes from, with a preview of its first rows; then which
// column holds each field, prefilled from the mapping saved for that source,
// else proposed from the header. Rows are read and checked on a worker
// thread; the register writes them on this thread, all or nothing. Refused
// rows are listed by line and nothing is written; a successful import says
// what was added, updated or already on file, and can save the mapping for
// the source.
class TrainingImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step
    {
        File,
        Mapping,
    };

    explicit TrainingImportDialog(Program& program, QWidget* parent = nullptr);
    ~TrainingImportDialog() override;

    // Sets and reads the file; false, with the reason shown, when it cannot
    // be read as CSV with a header row.
    bool setFilePath(const QString& path);
    QString filePath() const;
    bool isFileLoaded() const { return m_loaded; }
    QStringList header() const { return m_header; }
    QString fileSha256() const { return m_sha256; }

    ImportKind kind() const;
    void setKind(ImportKind kind);
    QString sourceName() const;
    void setSourceName(const QString& name);

    Step step() const;
    // To the mapping step; false when no file is loaded or no source is named.
    bool showMapping();
    void showFileStep();

    // Starts the import with the mapping shown; false when it cannot start
    // (a required field unmapped, a run under way, already imported).
    bool startImport();
    void cancelImport();
    bool isRunning() const;
    bool hasImported() const { return m_imported; }

    // The text of the result (or refusal) banner, and the refused lines.
    QString resultText() const;
    QStringList problemLines() const { return m_problems; }
    void copyProblems() const;

    QLineEdit* fileEdit() const { return m_file; }
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* sourceCombo() const { return m_source; }
    QTableWidget* previewTable() const { return m_preview; }
    ColumnMappingTable* mappingTable() const { return m_mapping; }
    QCheckBox* rememberCheck() const { return m_remember; }
    MessageBanner* fileBanner() const { return m_fileBanner; }
    MessageBanner* mappingBanner() const { return m_mappingBanner; }
    MessageBanner* earlierBanner() const { return m_earlierBanner; }
    MessageBanner* resultBanner() const { return m_resultBanner; }
    QListWidget* problemList() const { return m_problemList; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* closeButton() const { return m_close; }

    void reject() override;

signals:
    // The register now holds the rows of the file.
    void imported(palisade::ImportKind kind);

private:
    struct Job;

    QWidget* buildFilePage();
    QWidget* buildMappingPage();
    void chooseFile();
    bool loadFile(const QString& path);
    void forgetFile();
    void fillPreview(const QList<QStringList>& rows);
    void reloadSources();
    void chooseDefaultSource();
    void onSourceChosen();
    void updateMappingState();
    void updateEarlierImports();
    void onReadFinished();
    void showProblems(const QString& message);
    void clearResult();
    void setRunning(bool running);
    void updateButtons();

    Program& m_program;
    ImportRun* m_run;
    std::shared_ptr<Job> m_job;

    bool m_loaded = false;
    QString m_loadedPath;
    QByteArray m_bytes;
    QString m_sha256;
    QStringList m_header;
    QStringList m_firstRow;
    bool m_sourceChosen = false;
    bool m_imported = false;
    QStringList m_problems;

    QStackedWidget* m_pages;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QComboBox* m_kind;
    QComboBox* m_source;
    QTableWidget* m_preview;
    QLabel* m_previewNote;
    MessageBanner* m_fileBanner;

    QLabel* m_mappingIntro;
    ColumnMappingTable* m_mapping;
    QCheckBox* m_remember;
    MessageBanner* m_mappingBanner;
    MessageBanner* m_earlierBanner;
    QProgressBar* m_progress;
    QLabel* m_status;
    MessageBanner* m_resultBanner;
    QListWidget* m_problemList;
    QPushButton* m_copy;

    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_import;
    QPushButton* m_close;
};

} // namespace palisade::ui
