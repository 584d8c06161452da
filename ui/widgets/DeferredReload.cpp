#include "ui/widgets/DeferredReload.h"

#include <QEvent>
#include <QWidget>

namespace palisade::ui {

DeferredReload::DeferredReload(QWidget* page, std::function<void()> reload)
    : QObject(page)
    , m_page(page)
    , m_reload(std::move(reload))
{
    m_page->installEventFilter(this);
}

void DeferredReload::request()
{
    m_pending = true;
    if (m_page->isVisible())
        flush();
}

void DeferredReload::flush()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_reload();
}

bool DeferredReload::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Show)
        flush();
    return QObject::eventFilter(watched, event);
}

} // namespace palisade::ui
