#include "ui/pdf/PdfFindBar.h"

#include "ui/pdf/PdfIcons.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace palisade::ui {

PdfFindBar::PdfFindBar(QWidget* parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_result(new QLabel(this))
    , m_typing(new QTimer(this))
{
    m_field->setPlaceholderText(tr("Find in document"));
    m_field->setAccessibleName(tr("Find in document"));
    m_field->setClearButtonEnabled(true);
    m_field->addAction(pdficons::find(palette()), QLineEdit::LeadingPosition);
    m_field->setMinimumWidth(140);
    m_field->installEventFilter(this);

    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_previous->setAutoRaise(true);
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_next->setAutoRaise(true);

    // Reserve the widest usual text so the bar does not jump while typing.
    m_result->setMinimumWidth(m_result->fontMetrics().horizontalAdvance(tr("No matches")) + 8);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addSpacing(4);
    layout->addWidget(m_result);

    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, [this] { emit searchChanged(text()); });
    connect(m_field, &QLineEdit::textEdited, this, [this](const QString& edited) {
        if (edited.trimmed().isEmpty()) {
            m_typing->stop();
            emit searchChanged(edited);
        } else {
            m_typing->start();
        }
    });
    connect(m_next, &QToolButton::clicked, this, &PdfFindBar::nextRequested);
    connect(m_previous, &QToolButton::clicked, this, &PdfFindBar::previousRequested);
}

QString PdfFindBar::text() const
{
    return m_field->text();
}

void PdfFindBar::setText(const QString& text)
{
    m_typing->stop();
    m_field->setText(text);
}

void PdfFindBar::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void PdfFindBar::showResult(int current, int total)
{
    if (total == 0) {
        m_result->setText(tr("No matches"));
        m_result->setForegroundRole(QPalette::PlaceholderText);
    } else {
        m_result->setText(tr("%1 of %2").arg(current + 1).arg(total));
        m_result->setForegroundRole(QPalette::WindowText);
    }
}

void PdfFindBar::clearResult()
{
    m_result->clear();
}

QString PdfFindBar::resultText() const
{
    return m_result->text();
}

bool PdfFindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // A pending search for what was typed is folded into this one.
            m_typing->stop();
            if (key->modifiers() & Qt::ShiftModifier)
                emit previousRequested();
            else
                emit nextRequested();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_typing->stop();
            m_field->clear();
            emit searchChanged(QString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace palisade::ui
