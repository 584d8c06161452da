#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QTimer>
#include <functional>
#include <memory>

namespace palisade::test {

// Answers the next modal dialog from inside its event loop. `act` receives the
// dialog; `seen` records that one appeared, so tests can assert it did.
inline void whenModalAppears(std::function<void(QDialog*)> act, bool* seen = nullptr,
                             int attemptsLeft = 200)
{
    QTimer::singleShot(10, [act = std::move(act), seen, attemptsLeft] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (attemptsLeft > 0)
                whenModalAppears(act, seen, attemptsLeft - 1);
            return;
        }
        if (seen)
            *seen = true;
        act(dialog);
    });
}

inline void answerMessageBox(QMessageBox::StandardButton button, bool* seen = nullptr)
{
    whenModalAppears(
        [button](QDialog* dialog) {
            if (auto* box = qobject_cast<QMessageBox*>(dialog))
                box->button(button)->click();
            else
                dialog->reject();
        },
        seen);
}

} // namespace palisade::test
