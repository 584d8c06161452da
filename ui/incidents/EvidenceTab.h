#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class EvidenceTableModel;
class MessageBanner;

// The evidence preserved for an incident: notes and files (log exports,
// screenshots, forensic reports) kept encrypted, with who added them and
// when. Nothing is changed once added; a decrypted copy leaves the file only
// through "Save a Copy…", which the audit trail records.
class EvidenceTab : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceTab(Program& program, QWidget* parent = nullptr);

    void setIncident(qint64 incidentId);
    void reload();

    bool addNote(const QString& note);
    // Reads the file and keeps it with `note`; false with the reason shown.
    bool attachFile(const QString& path, const QString& note = {});
    bool saveCopyTo(const QString& path);
    bool selectEvidence(qint64 id);
    qint64 selectedEvidenceId() const;

    QString title() const;
    EvidenceTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    MessageBanner* banner() const { return m_banner; }
    QLabel* emptyLabel() const { return m_empty; }
    QPushButton* addNoteButton() const { return m_addNote; }
    QPushButton* attachButton() const { return m_attach; }
    QPushButton* saveCopyButton() const { return m_saveCopy; }

signals:
    void titleChanged(const QString& title);

private:
    void askForNote();
    void chooseAndAttach();
    void chooseAndSaveCopy();
    void updateButtons();

    Program& m_program;
    qint64 m_incidentId = 0;
    EvidenceTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    MessageBanner* m_banner;
    QTableView* m_table;
    QLabel* m_empty;
    QPushButton* m_addNote;
    QPushButton* m_attach;
    QPushButton* m_saveCopy;
};

} // namespace palisade::ui
