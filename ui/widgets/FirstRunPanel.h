#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace palisade::ui {

// What an area shows before anything is recorded in it: a centred card with a
// bold title, a wrapped paragraph saying what to do first, and the buttons
// that start it. The first button added is the default one.
class FirstRunPanel : public QWidget
{
    Q_OBJECT

public:
    FirstRunPanel(const QString& title, const QString& text, QWidget* parent = nullptr);

    // Puts `button` in the card's row of buttons, in order.
    void addButton(QPushButton* button);

    QString titleText() const;
    QString text() const;

private:
    static constexpr int maximumCardWidth = 640;

    QLabel* m_title;
    QLabel* m_text;
    QHBoxLayout* m_buttons;
};

} // namespace palisade::ui
