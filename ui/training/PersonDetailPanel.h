#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTreeWidget;
class QVBoxLayout;

namespace palisade {
class Program;
}

namespace palisade::ui {

class MessageBanner;
class PersonCompletionModel;

// What the file holds on the selected person: their completions, with the
// certificate kept for each, and the policy revisions they acknowledged.
// Completions are recorded and certificates attached or copied out from here.
class PersonDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PersonDetailPanel(Program& program, QWidget* parent = nullptr);

    void showPerson(qint64 personId);
    void clear();
    // Reads the shown person's records again, keeping the selected completion.
    void reload();
    qint64 personId() const { return m_personId; }

    qint64 selectedCompletionId() const;
    bool selectCompletion(qint64 id);

    void recordCompletion();
    void editSelectedCompletion();
    // Attaches the PDF at `path` to the selected completion; false, with the
    // reason shown, when it was refused.
    bool attachCertificate(const QString& path);
    void chooseAndAttach();
    // Writes a decrypted copy of the selected completion's certificate.
    bool saveCertificateCopyTo(const QString& path);
    void chooseAndSaveCopy();

    PersonCompletionModel* completionModel() const { return m_model; }
    QTableView* completionTable() const { return m_table; }
    QTreeWidget* acknowledgmentList() const { return m_acknowledgments; }
    MessageBanner* banner() const { return m_banner; }
    QLabel* nameLabel() const { return m_name; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* recordButton() const { return m_record; }
    QPushButton* attachButton() const { return m_attach; }
    QPushButton* saveCopyButton() const { return m_saveCopy; }
    bool isShowingPerson() const;

private:
    void loadHeader();
    void loadAcknowledgments();
    void updateButtons();

    Program& m_program;
    qint64 m_personId = 0;
    PersonCompletionModel* m_model;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_name;
    QLabel* m_summary;
    MessageBanner* m_banner;
    QTableView* m_table;
    QLabel* m_noCompletions;
    QPushButton* m_record;
    QPushButton* m_attach;
    QPushButton* m_saveCopy;
    QTreeWidget* m_acknowledgments;
    QLabel* m_noAcknowledgments;
    QVBoxLayout* m_detailLayout = nullptr;
};

} // namespace palisade::ui
