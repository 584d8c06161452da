#include "ui/widgets/NoMatchHint.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace palisade::ui {

NoMatchHint::NoMatchHint(const QString& clearText, QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_clear(new QPushButton(clearText, this))
{
    m_text->setObjectName(QStringLiteral("noMatchText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addWidget(m_clear, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    connect(m_clear, &QPushButton::clicked, this, &NoMatchHint::clearRequested);
}

void NoMatchHint::setText(const QString& text)
{
    m_text->setText(text);
}

QString NoMatchHint::text() const
{
    return m_text->text();
}

void NoMatchHint::setClearVisible(bool visible)
{
    m_clear->setVisible(visible);
}

} // namespace palisade::ui
