#pragma once

#include "core/program/PassphraseAssessment.h"
#include "core/program/PassphrasePolicy.h"

#include <QStringList>
#include <QWidget>

class QLabel;

namespace palisade {
class SecretBuffer;
}

namespace palisade::ui {

class PassphraseLineEdit;
class StrengthMeter;

// A new passphrase: the line edit, a strength meter and the policy's verdict,
// all updated while the user types. Used wherever a passphrase is chosen.
class PassphraseField : public QWidget
{
    Q_OBJECT

public:
    explicit PassphraseField(QWidget* parent = nullptr);

    // Names the passphrase must not be (the organization, the officer).
    void setContextWords(const QStringList& words);
    QStringList contextWords() const { return m_contextWords; }

    const PassphraseAssessment& assessment() const { return m_assessment; }
    bool isAcceptable() const { return m_assessment.acceptable; }
    bool isEmpty() const;
    QString problemText() const;
    QString hintText() const;

    PassphraseLineEdit* lineEdit() const { return m_edit; }
    StrengthMeter* meter() const { return m_meter; }
    SecretBuffer secret() const;
    void wipe();

signals:
    void assessmentChanged();

private:
    void reassess();

    PassphrasePolicy m_policy;
    QStringList m_contextWords;
    PassphraseAssessment m_assessment;
    PassphraseLineEdit* m_edit = nullptr;
    StrengthMeter* m_meter = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace palisade::ui
