#include "ui/retention/ReleaseHoldDialog.h"

#include "core/program/Program.h"
#include "core/retention/RetentionRegister.h"
#include "core/util/IsoDate.h"
#include "ui/risk/RiskEditorText.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace palisade::ui {

ReleaseHoldDialog::ReleaseHoldDialog(Program& program, const LegalHold& hold, const QString& covers,
                                     QWidget* parent)
    : StepDialog(tr("&Release Hold"), QStringLiteral("confirmReleaseButton"), parent)
    , m_program(program)
    , m_holdId(hold.id)
    , m_reason(RiskEditorText::multiLine(this, 3))
{
    setObjectName(QStringLiteral("releaseHoldDialog"));
    setWindowTitle(tr("Release Legal Hold #%1").arg(hold.id));

    auto* intro = new QLabel(tr("Releasing the hold lets what it kept be disposed of once its "
                                "retention period has passed. The hold stays in the list of "
                                "holds with the reason below."),
                             this);
    intro->setWordWrap(true);
    auto* coversLabel = new QLabel(covers, this);
    coversLabel->setTextFormat(Qt::PlainText);
    coversLabel->setWordWrap(true);
    auto* placed = new QLabel(
        tr("%1 by %2").arg(isoDate(hold.placedAt.toLocalTime().date()), hold.placedBy), this);
    placed->setTextFormat(Qt::PlainText);
    auto* reason = new QLabel(hold.reason, this);
    reason->setTextFormat(Qt::PlainText);
    reason->setWordWrap(true);
    reason->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_reason->setObjectName(QStringLiteral("releaseReason"));
    m_reason->setPlaceholderText(tr("e.g. Case settled; counsel confirmed on 2026-05-04 that the "
                                    "hold may end"));

    auto* form = new QFormLayout;
    // The wrapped labels take the whole width, so they get the height they need.
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Covers:"), coversLabel);
    form->addRow(tr("Placed:"), placed);
    form->addRow(tr("Held because:"), reason);
    form->addRow(tr("&Why release it:"), m_reason);
    body()->addWidget(intro);
    body()->addSpacing(6);
    body()->addLayout(form);

    const auto update = [this] {
        confirmButton()->setEnabled(!m_program.isReadOnly() &&
                                    !m_reason->toPlainText().trimmed().isEmpty());
    };
    connect(m_reason, &QPlainTextEdit::textChanged, this, update);
    update();
    m_reason->setFocus();
    resize(520, sizeHint().height());
}

QString ReleaseHoldDialog::apply()
{
    Result<LegalHold> released =
        m_program.retention().releaseHold(m_holdId, m_reason->toPlainText());
    if (!released)
        return released.error().message;
    m_released = *released;
    return {};
}

} // namespace palisade::ui
