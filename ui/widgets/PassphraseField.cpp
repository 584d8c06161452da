#include "ui/widgets/PassphraseField.h"

#include "core/util/SecretBuffer.h"
#include "ui/widgets/PassphraseLineEdit.h"
#include "ui/widgets/StrengthMeter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {

PassphraseField::PassphraseField(QWidget* parent)
    : QWidget(parent)
{
    m_edit = new PassphraseLineEdit(this);
    m_edit->setObjectName(QStringLiteral("passphraseEdit"));
    m_meter = new StrengthMeter(this);
    m_meter->setObjectName(QStringLiteral("strengthMeter"));
    m_meter->setAccessibleName(tr("Passphrase strength"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("strengthHint"));
    m_hint->setMinimumWidth(m_hint->fontMetrics().horizontalAdvance(tr("Too predictable")) + 8);
    m_hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("passphraseProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QFont small = m_problem->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    m_problem->setFont(small);
    m_hint->setFont(small);

    auto* meterRow = new QHBoxLayout;
    meterRow->setContentsMargins(0, 0, 0, 0);
    meterRow->setSpacing(8);
    meterRow->addWidget(m_meter, 1);
    meterRow->addWidget(m_hint);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addLayout(meterRow);
    layout->addWidget(m_problem);

    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &PassphraseField::reassess);
    reassess();
}

void PassphraseField::setContextWords(const QStringList& words)
{
    if (words == m_contextWords)
        return;
    m_contextWords = words;
    reassess();
}

bool PassphraseField::isEmpty() const
{
    return m_edit->text().isEmpty();
}

QString PassphraseField::problemText() const
{
    return m_problem->text();
}

QString PassphraseField::hintText() const
{
    return m_hint->text();
}

SecretBuffer PassphraseField::secret() const
{
    return m_edit->secret();
}

void PassphraseField::wipe()
{
    m_edit->wipe();
}

void PassphraseField::reassess()
{
    const QString text = m_edit->text();
    m_assessment = m_policy.assess(text, m_contextWords);

    int level = 0;
    if (!text.isEmpty())
        level = m_assessment.acceptable ? std::max(2, m_assessment.score()) : 1;
    m_meter->setLevel(level);

    if (text.isEmpty()) {
        m_hint->clear();
        m_problem->setText(tr("At least %1 characters. A few unrelated words are long and easy "
                              "to remember.")
                               .arg(PassphrasePolicy::minimumLength));
        m_problem->setStyleSheet(QString());
    } else {
        m_hint->setText(m_assessment.hint);
        m_problem->setText(m_assessment.acceptable
                               ? tr("Keep the passphrase somewhere safe: it cannot be recovered.")
                               : m_assessment.problem);
        m_problem->setStyleSheet(m_assessment.acceptable ? QString()
                                                         : QStringLiteral("color: #b3261e;"));
    }
    m_meter->setToolTip(m_hint->text());
    m_meter->setAccessibleDescription(m_hint->text());
    emit assessmentChanged();
}

} // namespace palisade::ui
