#include "ui/session/ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>

namespace palisade::ui {

ClipboardGuard::ClipboardGuard(QObject* parent)
    : QObject(parent)
{
}

void ClipboardGuard::copy(const QString& text)
{
    m_lastCopied = text;
    QGuiApplication::clipboard()->setText(text);
}

bool ClipboardGuard::holdsOurText() const
{
    return !m_lastCopied.isEmpty() && QGuiApplication::clipboard()->text() == m_lastCopied;
}

void ClipboardGuard::clearIfOurs()
{
    if (holdsOurText())
        QGuiApplication::clipboard()->clear();
    m_lastCopied.clear();
}

} // namespace palisade::ui
