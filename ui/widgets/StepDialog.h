#pragma once

#include <QDialog>

class QPushButton;
class QVBoxLayout;

namespace palisade::ui {

class MessageBanner;

// What the small dialogs that take one step through a register share
// (recording an approval, making a revision effective, placing a legal
// hold...): a banner for the register's refusal, the fields, and a button that
// asks the register. A refusal keeps the dialog open with the register's
// words, so the user can correct the fields and try again.
class StepDialog : public QDialog
{
    Q_OBJECT

public:
    StepDialog(const QString& confirmText, const QString& confirmName, QWidget* parent = nullptr);

    // Asks the register; closes on success.
    bool confirm();

    MessageBanner* banner() const { return m_banner; }
    QPushButton* confirmButton() const { return m_confirm; }

protected:
    QVBoxLayout* body() const { return m_body; }
    // Does the step; on refusal returns the register's message.
    virtual QString apply() = 0;

private:
    MessageBanner* m_banner;
    QVBoxLayout* m_body;
    QPushButton* m_confirm;
};

} // namespace palisade::ui
