#pragma once

#include "ui/io/DataSubject.h"

#include <QDate>
#include <QDialog>
#include <memory>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace palisade {
class Program;
}

namespace palisade::ui {

class BackgroundTask;
class MessageBanner;

// Exports the risk register or the asset inventory as CSV or as an Excel
// workbook; risks optionally as the register stood at the end of a past day.
// The table is read from the program here and written to disk on a worker
// thread. An existing file is replaced only after the user agreed.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format
    {
        Csv,
        Xlsx,
    };

    ExportDialog(Program& program, DataSubject subject, QWidget* parent = nullptr);
    ~ExportDialog() override;

    DataSubject subject() const { return m_subject; }
    Format format() const;
    void setFormat(Format format);
    // Risks only: an invalid date exports the register as it is now.
    void setAsOf(const QDate& day);
    QDate asOf() const;
    void setFilePath(const QString& path);
    QString filePath() const;
    // "<organization>-risk-register-YYYY-MM-DD.csv" and the like.
    QString suggestedFileName() const;

    // Checks the target, asks before replacing a file, then writes in the background.
    bool startExport();
    bool isRunning() const;
    bool succeeded() const { return m_succeeded; }
    QString resultText() const;
    // Opens the folder of the written file in the file manager.
    void showInFolder() const;

    QRadioButton* csvButton() const { return m_csv; }
    QRadioButton* xlsxButton() const { return m_xlsx; }
    QCheckBox* asOfBox() const { return m_asOfBox; }
    QDateEdit* asOfEdit() const { return m_asOfEdit; }
    QLineEdit* fileEdit() const { return m_file; }
    QPushButton* exportButton() const { return m_exportButton; }
    QPushButton* showInFolderButton() const { return m_showInFolder; }
    MessageBanner* banner() const { return m_banner; }

    void reject() override;

private:
    struct Job;

    void chooseFile();
    void formatChanged();
    void onWriteFinished();
    void setRunning(bool running);
    void updateButtons();
    bool confirmReplace(const QString& path);
    QString suffix() const;

    Program& m_program;
    DataSubject m_subject;
    BackgroundTask* m_task;
    std::shared_ptr<Job> m_job;
    bool m_replaceAgreed = false;
    bool m_succeeded = false;
    QString m_writtenPath;

    QRadioButton* m_csv;
    QRadioButton* m_xlsx;
    QCheckBox* m_asOfBox;
    QDateEdit* m_asOfEdit;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QProgressBar* m_progress;
    QLabel* m_status;
    MessageBanner* m_banner;
    QPushButton* m_showInFolder;
    QPushButton* m_exportButton;
    QPushButton* m_closeButton;
};

} // namespace palisade::ui
