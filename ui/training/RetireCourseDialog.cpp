#include "ui/training/RetireCourseDialog.h"

#include "ui/risk/RiskDateField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace palisade::ui {

RetireCourseDialog::RetireCourseDialog(const QString& courseTitle, const QDate& today,
                                       QWidget* parent)
    : QDialog(parent)
    , m_date(new RiskDateField(this))
{
    setObjectName(QStringLiteral("retireCourseDialog"));
    setWindowTitle(tr("Retire Course"));
    auto* text = new QLabel(tr("From the day you choose, nobody is due for \u201c%1\u201d any "
                               "more. Its completions stay on file as training records, and the "
                               "course can no longer be changed.")
                                .arg(courseTitle),
                            this);
    text->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("retireCourseDate"));
    m_date->setDate(today);
    auto* form = new QFormLayout;
    form->addRow(tr("&Retire from:"), m_date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Retire"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QDate RetireCourseDialog::date() const
{
    return m_date->date();
}

} // namespace palisade::ui
