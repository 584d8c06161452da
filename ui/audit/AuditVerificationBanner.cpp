#include "ui/audit/AuditVerificationBanner.h"

#include "core/audit/ChainVerification.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>

namespace palisade::ui {
AuditVerificationBanner::AuditVerificationBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("verificationBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral(
        "#verificationBanner { border-radius: 4px; }"
        "#verificationBanner[tone=\"neutral\"] { background: palette(alternate-base);"
        " border: 1px solid palette(mid); }"
        "#verificationBanner[tone=\"intact\"] { background: #e3f2e6; border: 1px solid #7bb88a; }"
        "#verificationBanner[tone=\"intact\"] QLabel { color: #184d27; }"
        "#verificationBanner[tone=\"broken\"] { background: #fbe4e2; border: 1px solid #d46a60; }"
        "#verificationBanner[tone=\"broken\"] QLabel { color: #7a1a12; }"));

    m_text->setObjectName(QStringLiteral("verificationResult"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::NoTextInteraction);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);

    m_icon->setFixedSize(24, 24);
    m_progress->setObjectName(QStringLiteral("verificationProgress"));
    m_progress->setMinimumWidth(200);
    m_progress->setMaximumWidth(320);
    m_cancel->setObjectName(QStringLiteral("cancelVerification"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_text->setText(tr("Cancelling verification\u2026"));
        emit cancelRequested();
    });
    setTone(Tone::Neutral);
    hide();
}

void AuditVerificationBanner::showProgress(qint64 checked, qint64 total)
{
    setTone(Tone::Neutral);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_BrowserReload).pixmap(20, 20));
    // A hidden Cancel button means a new run; a disabled one means cancelling is under way.
    if (m_cancel->isHidden())
        m_cancel->setEnabled(true);
    if (m_cancel->isEnabled())
        m_text->setText(tr("Verifying the audit trail: %L1 of %L2 events checked\u2026")
                            .arg(checked)
                            .arg(total));
    // Progress is reported in large steps; a trail shorter than one step shows a busy bar.
    const int scale = total > 0 ? 1000 : 0;
    m_progress->setRange(0, scale);
    m_progress->setValue(total > 0 ? int(qMin<qint64>(checked, total) * scale / total) : 0);
    m_progress->show();
    m_cancel->show();
    show();
}

void AuditVerificationBanner::showResult(const ChainVerification& result)
{
    m_progress->hide();
    m_cancel->hide();
    if (result.cancelled) {
        setTone(Tone::Neutral);
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
        m_text->setText(tr("Verification was cancelled after %L1 events; they are intact, but "
                           "the rest of the trail was not checked.")
                            .arg(result.eventsChecked));
    } else if (result.intact) {
        setTone(Tone::Intact);
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(20, 20));
        m_text->setText(result.describe());
    } else {
        setTone(Tone::Broken);
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(20, 20));
        m_text->setText(result.describe());
    }
    show();
}

void AuditVerificationBanner::showFailure(const QString& message)
{
    m_progress->hide();
    m_cancel->hide();
    setTone(Tone::Broken);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(20, 20));
    m_text->setText(tr("The audit trail could not be verified: %1").arg(message));
    show();
}

void AuditVerificationBanner::showNotice(const QString& message)
{
    m_progress->hide();
    m_cancel->hide();
    setTone(Tone::Neutral);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(20, 20));
    m_text->setText(message);
    show();
}

QString AuditVerificationBanner::text() const
{
    return m_text->text();
}

void AuditVerificationBanner::setTone(Tone tone)
{
    m_tone = tone;
    const char* name = tone == Tone::Intact   ? "intact"
                       : tone == Tone::Broken ? "broken"
                                              : "neutral";
    setProperty("tone", QString::fromLatin1(name));
    style()->unpolish(this);
    style()->polish(this);
    for (QLabel* label : {m_icon, m_text}) {
        style()->unpolish(label);
        style()->polish(label);
    }
}

} // namespace palisade::ui
