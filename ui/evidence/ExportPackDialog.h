#pragma once

#include "core/evidence/PackRequest.h"
#include "core/io/OverwritePolicy.h"

#include <QDialog>
#include <QLocale>
#include <map>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace palisade {
class Program;
}

namespace palisade::ui {

class MessageBanner;

// Asks what an evidence pack is to cover and where to save it: the period
// (with the usual presets), the sections, whom it is for and who prepared
// it, a note for the cover, the paper and the file, and whether a bundle (a
// zip with the PDF, a manifest and the attachments) is saved beside the PDF.
// What stops the export is
// listed as it is typed and Export stays disabled until nothing does.
// Replacing an existing file is asked for when Export is pressed.
class ExportPackDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportPackDialog(Program& program, QWidget* parent = nullptr);

    PackRequest request() const;
    QString filePath() const;
    // The bundle's zip beside the PDF, with the PDF's name; empty unless a
    // bundle is asked for.
    QString bundlePath() const;
    static QString bundlePathFor(const QString& pdfPath);
    // Replace only once the user has agreed to replace the existing file.
    OverwritePolicy overwritePolicy() const { return m_overwrite; }
    // What stops the export now, empty when it may go ahead.
    QStringList problems() const;

    void setPeriod(const QDate& from, const QDate& to);
    void setFilePath(const QString& path);

    // Letter in the United States and Canada, A4 elsewhere.
    static PackPaper defaultPaper(const QLocale& locale);
    // "evidence-pack-2025-01-01-2025-12-31.pdf"
    static QString defaultFileName(const QDate& from, const QDate& to);

    QComboBox* presetCombo() const { return m_preset; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QCheckBox* sectionBox(PackSection section) const;
    QLineEdit* preparedForEdit() const { return m_preparedFor; }
    QLineEdit* preparedByEdit() const { return m_preparedBy; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QComboBox* paperCombo() const { return m_paper; }
    QLineEdit* pathEdit() const { return m_path; }
    QCheckBox* bundleBox() const { return m_bundle; }
    QLabel* bundleLabel() const { return m_bundleFile; }
    MessageBanner* problemsBanner() const { return m_problems; }
    QPushButton* exportButton() const { return m_export; }

public slots:
    void accept() override;

private:
    QWidget* buildPeriod();
    QWidget* buildSections();
    void applyPreset(int index);
    void onPeriodEdited();
    void browse();
    void updateState();
    void updateBundleFile();

    Program& m_program;
    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    std::map<PackSection, QCheckBox*> m_sections;
    QLineEdit* m_preparedFor;
    QLineEdit* m_preparedBy;
    QPlainTextEdit* m_note;
    QComboBox* m_paper;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QCheckBox* m_bundle;
    QLabel* m_bundleFile;
    MessageBanner* m_problems;
    QPushButton* m_export;
    OverwritePolicy m_overwrite = OverwritePolicy::Refuse;
    // Until the user chooses a file, its name follows the period.
    bool m_pathChosen = false;
    bool m_applyingPreset = false;
};

} // namespace palisade::ui
