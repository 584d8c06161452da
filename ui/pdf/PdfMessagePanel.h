#pragma once

#include <QWidget>

class QLabel;

namespace palisade::ui {

// What the viewer shows instead of pages: nothing loaded yet, or why a
// document cannot be shown.
class PdfMessagePanel : public QWidget
{
    Q_OBJECT

public:
    explicit PdfMessagePanel(QWidget* parent = nullptr);

    void showEmpty();
    void showError(const QString& heading, const QString& message);
    QString heading() const;
    QString message() const;

private:
    QLabel* m_icon;
    QLabel* m_heading;
    QLabel* m_message;
};

} // namespace palisade::ui
