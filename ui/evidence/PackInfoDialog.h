#pragma once

#include "ui/evidence/PackText.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;

namespace palisade::ui {

// A pack and what is known of it: a headline with an icon, a sentence,
// the facts in a form, and, when its file is on this computer, buttons to
// open it in the program or show it in its folder. Used for the details of
// an exported pack, the outcome of an export and the result of a check.
class PackInfoDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Tone
    {
        Success,
        Information,
        Warning,
        Error,
    };

    PackInfoDialog(const QString& title, QWidget* parent = nullptr);

    void setHeadline(Tone tone, const QString& headline, const QString& text);
    void setFacts(const PackText::Facts& facts);
    // The file the Open and Show in Folder buttons act on; they show only
    // while it exists. `missing` says why there is none.
    void setFile(const QString& path, const QString& missing = {});

    Tone tone() const { return m_tone; }
    QString headline() const;
    QString text() const;
    QString filePath() const { return m_path; }
    // The value of the fact labelled `label`, e.g. "SHA-256:".
    QString fact(const QString& label) const;

    QPushButton* openButton() const { return m_open; }
    QPushButton* showInFolderButton() const { return m_showInFolder; }
    QPushButton* closeButton() const { return m_close; }

private:
    void openFile();
    void showInFolder();

    Tone m_tone = Tone::Information;
    QString m_path;
    QLabel* m_icon;
    QLabel* m_headline;
    QLabel* m_text;
    QFormLayout* m_facts;
    QLabel* m_fileNote;
    QPushButton* m_open;
    QPushButton* m_showInFolder;
    QPushButton* m_close;
};

} // namespace palisade::ui
