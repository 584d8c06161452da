#pragma once

class QLabel;
class QString;
class QWidget;

namespace palisade::ui {

// The two kinds of label that panels and tabs set between their fields: a
// bold section title, and a wrapped hint in the quieter placeholder colour.
class PanelLabels
{
public:
    static QLabel* title(const QString& text, QWidget* parent);
    static QLabel* hint(const QString& text, QWidget* parent);
};

} // namespace palisade::ui
