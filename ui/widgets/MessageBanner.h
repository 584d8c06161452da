#pragma once

#include <QFrame>

class QLabel;

namespace palisade::ui {

// An inline message above a form's buttons: an icon and a wrapped sentence on
// a tinted background. Hidden while there is nothing to say.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Warning,
        Error,
    };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void clearMessage();

    Kind kind() const { return m_kind; }
    QString text() const;

private:
    Kind m_kind = Kind::Information;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace palisade::ui
