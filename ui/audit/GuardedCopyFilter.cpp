#include "ui/audit/GuardedCopyFilter.h"

#include "ui/session/ClipboardGuard.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>

namespace palisade::ui {

GuardedCopyFilter::GuardedCopyFilter(ClipboardGuard& clipboard, QObject* parent)
    : QObject(parent)
    , m_clipboard(clipboard)
{
}

void GuardedCopyFilter::watch(QWidget* widget)
{
    widget->installEventFilter(this);
    // A scroll area's context menu event arrives at its viewport.
    if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
        text->viewport()->installEventFilter(this);
}

bool GuardedCopyFilter::eventFilter(QObject* object, QEvent* event)
{
    QObject* watched = object;
    if (auto* text = qobject_cast<QPlainTextEdit*>(object->parent());
        text && text->viewport() == object)
        watched = text;
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        if (static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
            // Claim the key so that no window-wide Copy shortcut takes it first.
            event->accept();
            return true;
        }
        break;
    case QEvent::KeyPress:
        if (static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
            copyFrom(watched);
            return true;
        }
        break;
    case QEvent::ContextMenu: {
        auto* menu = new QMenu(qobject_cast<QWidget*>(watched));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        QAction* copy = menu->addAction(tr("&Copy"), this, [this, watched] { copyFrom(watched); });
        copy->setShortcut(QKeySequence::Copy);
        copy->setEnabled(!selectedText(watched).isEmpty());
        menu->addSeparator();
        QAction* all = menu->addAction(tr("Select &All"), this, [watched] { selectAll(watched); });
        all->setShortcut(QKeySequence::SelectAll);
        menu->popup(static_cast<QContextMenuEvent*>(event)->globalPos());
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(object, event);
}

QString GuardedCopyFilter::selectedText(QObject* widget)
{
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        return line->selectedText();
    if (auto* text = qobject_cast<QPlainTextEdit*>(widget)) {
        QString selected = text->textCursor().selectedText();
        selected.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
        selected.replace(QChar::LineSeparator, QLatin1Char('\n'));
        return selected;
    }
    return {};
}

void GuardedCopyFilter::selectAll(QObject* widget)
{
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        line->selectAll();
    else if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
        text->selectAll();
}

void GuardedCopyFilter::copyFrom(QObject* widget)
{
    const QString text = selectedText(widget);
    if (!text.isEmpty())
        m_clipboard.copy(text);
}

} // namespace palisade::ui
