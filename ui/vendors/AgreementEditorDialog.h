#pragma once

#include "core/vendors/Agreement.h"
#include "ui/widgets/RecordEditorDialog.h"

#include <QHash>
#include <optional>
#include <vector>

class QTabWidget;

namespace palisade {
class Program;
}

namespace palisade::ui {

class AgreementDatesTab;
class AgreementDocumentsTab;
class AgreementGeneralTab;
class AgreementNoticeTab;
class AgreementProvisionsTab;
class AgreementTerminationTab;
class VendorHistoryList;

// Creates or edits one business associate agreement, on the tabs
// "Agreement", "Dates & Review", "Notice", "Termination", "Required
// Provisions", "Documents" and "History".
//
// What would stop it being saved is asked of the register as the user types
// and listed at the top; Save (Ctrl+S) stays disabled until the list is
// empty. Closing with unsaved edits asks first (injectable with
// setUnsavedChangesPrompt()). A new agreement must be saved before its
// signed PDF can be attached; "Save the Agreement Now" on the Documents tab
// saves it and keeps the dialog open.
class AgreementEditorDialog : public RecordEditorDialog
{
    Q_OBJECT

public:
    enum Tab
    {
        AgreementTab,
        DatesTab,
        NoticeTab,
        TerminationTab,
        ProvisionsTab,
        DocumentsTab,
        HistoryTab,
    };

    // nullopt creates a new agreement, with `counterpartyId` chosen when given.
    AgreementEditorDialog(Program& program, std::optional<qint64> agreementId,
                          QWidget* parent = nullptr, qint64 counterpartyId = 0);

    bool isNew() const override { return m_original.id == 0; }
    bool isModified() const override;
    Agreement candidate() const;
    const Agreement& savedAgreement() const { return m_saved; }
    QStringList problems() const override;

    // Stores the agreement and keeps editing it, e.g. to attach its PDF.
    bool saveAndContinue();
    // Records a review today for the stored agreement.
    bool markReviewedToday();

    QTabWidget* tabs() const { return m_tabs; }
    AgreementGeneralTab* generalTab() const { return m_general; }
    AgreementDatesTab* datesTab() const { return m_dates; }
    AgreementNoticeTab* noticeTab() const { return m_notice; }
    AgreementTerminationTab* terminationTab() const { return m_termination; }
    AgreementProvisionsTab* provisionsTab() const { return m_provisions; }
    AgreementDocumentsTab* documentsTab() const { return m_documents; }
    VendorHistoryList* historyList() const { return m_history; }

protected:
    bool store() override;
    QString unsavedQuestion() const override;
    bool canStore() const override;
    void updateValidation() override;

private:
    void buildUi();
    void loadChoices();
    void loadAgreement(const Agreement& agreement);
    void updateDerived();
    void updateTitle();
    void reloadHistory();
    QString noticeWarning(const Agreement& agreement) const;
    static QString retentionText(const Agreement& agreement);

    Program& m_program;
    Agreement m_original;
    Agreement m_baseline;
    Agreement m_saved;
    std::vector<Agreement> m_agreements;
    QHash<qint64, QString> m_names;

    QTabWidget* m_tabs = nullptr;
    AgreementGeneralTab* m_general = nullptr;
    AgreementDatesTab* m_dates = nullptr;
    AgreementNoticeTab* m_notice = nullptr;
    AgreementTerminationTab* m_termination = nullptr;
    AgreementProvisionsTab* m_provisions = nullptr;
    AgreementDocumentsTab* m_documents = nullptr;
    VendorHistoryList* m_history = nullptr;
};

} // namespace palisade::ui
