#include "ui/widgets/FirstRunPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace palisade::ui {

FirstRunPanel::FirstRunPanel(const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_text(new QLabel(text, this))
    , m_buttons(new QHBoxLayout)
{
    m_title->setObjectName(QStringLiteral("firstRunTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_text->setObjectName(QStringLiteral("firstRunText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);

    m_buttons->addStretch(1);
    m_buttons->addStretch(1);

    // A column of readable width; a wrapped label given its width by the
    // layout (not by an alignment flag) gets the height its text needs.
    auto* card = new QWidget(this);
    card->setMaximumWidth(maximumCardWidth);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    cardLayout->addWidget(m_title);
    cardLayout->addSpacing(4);
    cardLayout->addWidget(m_text);
    cardLayout->addSpacing(12);
    cardLayout->addLayout(m_buttons);
    auto* centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(card, 4);
    centred->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(centred);
    layout->addStretch(2);
}

void FirstRunPanel::addButton(QPushButton* button)
{
    // Between the two stretches, after the buttons already there.
    if (m_buttons->count() == 2)
        button->setDefault(true);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

QString FirstRunPanel::titleText() const
{
    return m_title->text();
}

QString FirstRunPanel::text() const
{
    return m_text->text();
}

} // namespace palisade::ui
