#pragma once

#include "core/vendors/Agreement.h"

#include <QWidget>

class QSpinBox;

namespace palisade::ui {

class MessageBanner;

// The Notice tab of the agreement editor: how many days the business
// associate has to report a breach of unsecured PHI and a security incident,
// with a warning when a subcontractor may tell us later than we must tell
// those upstream.
class AgreementNoticeTab : public QWidget
{
    Q_OBJECT

public:
    explicit AgreementNoticeTab(QWidget* parent = nullptr);

    void load(const Agreement& agreement);
    void apply(Agreement& agreement) const;
    void setReadOnly(bool readOnly);
    // An empty text hides the warning.
    void setWarning(const QString& text);
    QString warningText() const;

    QSpinBox* breachSpin() const { return m_breach; }
    QSpinBox* incidentSpin() const { return m_incident; }
    MessageBanner* warning() const { return m_warning; }

signals:
    void edited();

private:
    QSpinBox* m_breach;
    QSpinBox* m_incident;
    MessageBanner* m_warning;
};

} // namespace palisade::ui
