#pragma once

#include "core/vendors/Agreement.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace palisade::ui {

class RiskDateField;

// The Dates & Review tab of the agreement editor: signing, effect and
// expiry (or evergreen with its renewal terms), the review cadence with the
// last and next reviews, and how long the agreement must be kept.
class AgreementDatesTab : public QWidget
{
    Q_OBJECT

public:
    explicit AgreementDatesTab(QWidget* parent = nullptr);

    void load(const Agreement& agreement);
    void apply(Agreement& agreement) const;
    void setReadOnly(bool readOnly);
    // Only a stored, signed agreement can be marked reviewed.
    void setCanMarkReviewed(bool can, const QString& why = QString());
    void setRetentionText(const QString& text);
    // After a review was recorded: shows the new last and next review dates.
    void showReview(const QDate& last, const QDate& next);

    RiskDateField* signedField() const { return m_signed; }
    RiskDateField* effectiveField() const { return m_effective; }
    RiskDateField* expiresField() const { return m_expires; }
    QCheckBox* evergreenCheck() const { return m_evergreen; }
    QLineEdit* renewalEdit() const { return m_renewal; }
    QSpinBox* cadenceSpin() const { return m_cadence; }
    RiskDateField* lastReviewedField() const { return m_lastReviewed; }
    RiskDateField* nextReviewField() const { return m_nextReview; }
    QPushButton* markReviewedButton() const { return m_markReviewed; }
    QLabel* retentionLabel() const { return m_retention; }

signals:
    void edited();
    void markReviewedRequested();

private:
    void evergreenToggled(bool evergreen);

    RiskDateField* m_signed;
    RiskDateField* m_effective;
    RiskDateField* m_expires;
    QCheckBox* m_evergreen;
    QLineEdit* m_renewal;
    QSpinBox* m_cadence;
    RiskDateField* m_lastReviewed;
    RiskDateField* m_nextReview;
    QPushButton* m_markReviewed;
    QLabel* m_retention;
    bool m_readOnly = false;
};

} // namespace palisade::ui
