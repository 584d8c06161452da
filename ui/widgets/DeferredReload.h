#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace palisade::ui {

// Reads a page's data when the user looks at it rather than when it is built
// or whenever anything changes: the main window builds every page at unlock,
// and on a large program some pages read a million rows. A request while the
// page is hidden waits until the page is next shown; one while it is visible
// runs at once.
class DeferredReload : public QObject
{
public:
    DeferredReload(QWidget* page, std::function<void()> reload);

    // Reloads now if the page is visible, else when it is next shown.
    void request();
    // Reloads now if a request is waiting, for actions that need the data.
    void flush();
    // Forgets a waiting request: the page has just read its data itself.
    void cancel() { m_pending = false; }
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_page;
    std::function<void()> m_reload;
    bool m_pending = false;
};

} // namespace palisade::ui
