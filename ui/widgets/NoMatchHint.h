#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace palisade::ui {

// The page a filtered table shows instead of an empty grid: a centred,
// wrapped sentence and a button that clears the filters.
class NoMatchHint : public QWidget
{
    Q_OBJECT

public:
    explicit NoMatchHint(const QString& clearText, QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    void setClearVisible(bool visible);
    QPushButton* clearButton() const { return m_clear; }

signals:
    void clearRequested();

private:
    QLabel* m_text;
    QPushButton* m_clear;
};

} // namespace palisade::ui
