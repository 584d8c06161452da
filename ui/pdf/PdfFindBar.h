#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace palisade::ui {

// The find field with previous/next buttons and the match count. Enter finds
// the next match, Shift+Enter the previous one, Escape clears the field;
// typing pauses briefly, then asks for a fresh search.
class PdfFindBar : public QWidget
{
    Q_OBJECT

public:
    explicit PdfFindBar(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    void focusField();

    // "3 of 12" (current from 0), "No matches", or nothing before a search.
    void showResult(int current, int total);
    void clearResult();
    QString resultText() const;

    QLineEdit* field() const { return m_field; }
    QToolButton* nextButton() const { return m_next; }
    QToolButton* previousButton() const { return m_previous; }

signals:
    // The text was edited and the typing paused (or the field was cleared).
    void searchChanged(const QString& text);
    void nextRequested();
    void previousRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_field;
    QToolButton* m_previous;
    QToolButton* m_next;
    QLabel* m_result;
    QTimer* m_typing;
};

} // namespace palisade::ui
