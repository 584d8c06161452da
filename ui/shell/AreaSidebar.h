#pragma once

#include <QListWidget>

namespace palisade::ui {

// The list of areas down the left of the main window. Arrow keys move
// between areas; the current row is the page shown.
class AreaSidebar : public QListWidget
{
    Q_OBJECT

public:
    explicit AreaSidebar(QWidget* parent = nullptr);

    void addArea(const QIcon& icon, const QString& title, const QString& toolTip = {});

    QSize sizeHint() const override;
};

} // namespace palisade::ui
