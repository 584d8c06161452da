#pragma once

#include "core/training/PhishingCampaign.h"
#include "ui/widgets/RecordEditorDialog.h"

#include <QDate>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace palisade {
class PhishingRegister;
}

namespace palisade::ui {

// Records or corrects one phishing simulation: when it ran, the template
// sent, and how many received it, clicked, reported it and were trained
// after clicking. The rates are shown as the counts are typed. Closing with
// unsaved edits asks first.
class PhishingCampaignDialog : public RecordEditorDialog
{
    Q_OBJECT

public:
    // A campaign with id 0 is added; otherwise it is updated. `today` is the
    // latest date a campaign may have run on.
    PhishingCampaignDialog(PhishingRegister& phishing, const PhishingCampaign& campaign,
                           const QDate& today, QWidget* parent = nullptr);

    PhishingCampaign campaign() const;
    const PhishingCampaign& savedCampaign() const { return m_saved; }
    bool isNew() const override { return m_original.id == 0; }
    bool isModified() const override;
    QStringList problems() const override;

    QDateEdit* dateEdit() const { return m_runOn; }
    QLineEdit* templateEdit() const { return m_template; }
    QSpinBox* recipientsSpin() const { return m_recipients; }
    QSpinBox* clickedSpin() const { return m_clicked; }
    QSpinBox* reportedSpin() const { return m_reported; }
    QSpinBox* trainedSpin() const { return m_trained; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QLabel* ratesLabel() const { return m_rates; }

protected:
    bool store() override;
    QString unsavedQuestion() const override;
    void updateValidation() override;

private:
    void updateRates();

    PhishingRegister& m_phishing;
    PhishingCampaign m_original;
    PhishingCampaign m_baseline;
    PhishingCampaign m_saved;
    QDate m_today;
    QDateEdit* m_runOn;
    QLineEdit* m_template;
    QSpinBox* m_recipients;
    QSpinBox* m_clicked;
    QSpinBox* m_reported;
    QSpinBox* m_trained;
    QPlainTextEdit* m_notes;
    QLabel* m_rates;
};

} // namespace palisade::ui
