#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class AgreementDocumentModel;
class MessageBanner;
class PdfViewerWidget;

// The Documents tab of the agreement editor: the signed PDFs kept inside the
// encrypted file for one agreement, and the selected one shown for reading.
// Attaching checks the PDF and records its SHA-256; a decrypted copy reaches
// disk only through "Save a Copy…", which the audit trail records.
class AgreementDocumentsTab : public QWidget
{
    Q_OBJECT

public:
    explicit AgreementDocumentsTab(Program& program, QWidget* parent = nullptr);

    // 0 for an agreement not saved yet: the tab then explains that it must be
    // saved first. `signedAgreement` tells whether documents may be deleted.
    void setAgreement(qint64 agreementId, bool signedAgreement);
    qint64 agreementId() const { return m_agreementId; }
    void setReadOnly(bool readOnly);
    void reload();

    // Reads a PDF from disk and attaches it; false (with the reason shown) when refused.
    bool attachFile(const QString& path);
    bool saveCopyTo(const QString& path);
    // Deletes the selected document after confirmation, or shows why not.
    void deleteSelected();
    bool selectDocument(qint64 documentId);
    qint64 selectedDocumentId() const;
    bool isShowingSaveFirst() const;

    AgreementDocumentModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    PdfViewerWidget* viewer() const { return m_viewer; }
    MessageBanner* banner() const { return m_banner; }
    QComboBox* kindCombo() const { return m_kind; }
    QPushButton* attachButton() const { return m_attach; }
    QPushButton* saveCopyButton() const { return m_saveCopy; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* saveFirstButton() const { return m_saveFirst; }
    QLabel* saveFirstLabel() const { return m_saveFirstText; }

signals:
    // The user asked to save a new agreement so a document can be attached.
    void saveRequested();

private:
    void chooseAndAttach();
    void chooseAndSaveCopy();
    void showSelected();
    void updateButtons();

    Program& m_program;
    qint64 m_agreementId = 0;
    bool m_signed = false;
    bool m_readOnly = false;
    AgreementDocumentModel* m_model;
    QStackedWidget* m_stack;
    QLabel* m_saveFirstText;
    QPushButton* m_saveFirst;
    MessageBanner* m_banner;
    QTableView* m_table;
    QComboBox* m_kind;
    QPushButton* m_attach;
    QPushButton* m_saveCopy;
    QPushButton* m_delete;
    QLabel* m_empty;
    PdfViewerWidget* m_viewer;
};

} // namespace palisade::ui
