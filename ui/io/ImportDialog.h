#pragma once

#include "ui/io/DataSubject.h"

#include <QDialog>
#include <QStringList>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace palisade {
class Program;
}

namespace palisade::ui {

class ImportRun;
class MessageBanner;

// Imports risks or assets from a CSV file. The file is read and every row
// checked on a worker thread; only when all rows are good are they added, in
// one all-or-nothing call on this thread. Problems are listed per line, ready
// to copy, and nothing is written. Cancel leaves the program untouched.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Program& program, DataSubject subject, QWidget* parent = nullptr);
    ~ImportDialog() override;

    DataSubject subject() const { return m_subject; }
    void setFilePath(const QString& path);
    QString filePath() const;

    // Starts reading the chosen file; false when no file is chosen or a run is under way.
    bool startImport();
    // Asks a running import to stop without waiting for it; nothing is written
    // once this is called. reject() (Cancel, Escape, locking) also waits.
    void cancelImport();
    bool isRunning() const;

    // After a run: how many records were added (0 when none), the banner text
    // and the problems, one "Line N: …" each.
    int importedCount() const { return m_importedCount; }
    QString resultText() const;
    QStringList problemLines() const { return m_problems; }
    void copyProblems() const;

    // The CSV format guide when it is installed beside the program, else empty.
    static QString formatGuidePath();

    QLineEdit* fileEdit() const { return m_file; }
    QPushButton* importButton() const { return m_importButton; }
    QPushButton* closeButton() const { return m_closeButton; }
    QListWidget* problemList() const { return m_problemList; }
    MessageBanner* banner() const { return m_banner; }
    QLabel* columnsLabel() const { return m_columns; }

    void reject() override;

signals:
    // Records were added to the register.
    void imported(int count);

private:
    struct Job;

    void chooseFile();
    void openFormatGuide();
    void onReadFinished();
    void showProblems(const QString& message);
    void setRunning(bool running);
    void updateButtons();
    QString columnsText() const;
    QString nounPlural(int count) const;

    Program& m_program;
    DataSubject m_subject;
    ImportRun* m_run;
    std::shared_ptr<Job> m_job;
    int m_importedCount = 0;
    QStringList m_problems;

    QLabel* m_columns;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QPushButton* m_guideButton;
    QProgressBar* m_progress;
    QLabel* m_status;
    MessageBanner* m_banner;
    QListWidget* m_problemList;
    QPushButton* m_copyButton;
    QPushButton* m_importButton;
    QPushButton* m_closeButton;
};

} // namespace palisade::ui
