#include "ui/risk/RiskDateField.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace palisade::ui {
namespace {

// Shown as the special value text, never as a date.
const QDate noDate(1900, 1, 1);

} // namespace

RiskDateField::RiskDateField(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QDateEdit(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setMinimumDate(noDate);
    m_edit->setDate(QDate::currentDate());
    m_edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) +
                            60);
    setFocusProxy(m_edit);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addStretch(1);
    connect(m_edit, &QDateEdit::dateChanged, this, &RiskDateField::dateChanged);
}

void RiskDateField::setOptional(const QString& noneLabel, const QString& emptyText)
{
    if (!m_none) {
        m_none = new QCheckBox(this);
        auto* row = static_cast<QHBoxLayout*>(layout());
        row->insertWidget(1, m_none);
        connect(m_none, &QCheckBox::toggled, this, &RiskDateField::noneToggled);
        setTabOrder(m_edit, m_none);
    }
    m_none->setText(noneLabel);
    m_edit->setSpecialValueText(emptyText.isEmpty() ? QStringLiteral("\u2014") : emptyText);
}

QDate RiskDateField::date() const
{
    if ((m_none && m_none->isChecked()) || m_edit->date() == noDate)
        return {};
    return m_edit->date();
}

void RiskDateField::setDate(const QDate& date)
{
    if (!date.isValid() && m_none) {
        {
            const QSignalBlocker quiet(m_none);
            m_none->setChecked(true);
        }
        noneToggled(true);
        return;
    }
    if (m_none) {
        const QSignalBlocker quiet(m_none);
        m_none->setChecked(false);
    }
    m_edit->setEnabled(!m_readOnly);
    m_edit->setDate(date.isValid() ? date : QDate::currentDate());
}

void RiskDateField::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_edit->setReadOnly(readOnly);
    m_edit->setCalendarPopup(!readOnly);
    if (m_none)
        m_none->setEnabled(!readOnly);
}

void RiskDateField::noneToggled(bool none)
{
    const QSignalBlocker quiet(m_edit);
    if (none) {
        if (m_edit->date() != noDate)
            m_fallback = m_edit->date();
        m_edit->setDate(noDate);
        m_edit->setEnabled(false);
    } else {
        m_edit->setEnabled(true);
        m_edit->setDate(m_fallback.isValid() ? m_fallback : QDate::currentDate());
    }
    emit dateChanged();
}

} // namespace palisade::ui
