#pragma once

#include "ui/policies/RevisionAction.h"

#include <QWidget>
#include <map>

class QPushButton;

namespace palisade::ui {

class RevisionActionState;

// The buttons for a policy's selected revision, in the order of its life:
// write, review, approve, take effect; then compare, history, copy, retire.
// Each is enabled only when the register would allow it, and says why not.
class RevisionActionBar : public QWidget
{
    Q_OBJECT

public:
    explicit RevisionActionBar(QWidget* parent = nullptr);

    void setState(const RevisionActionState& state);
    QPushButton* button(RevisionAction action) const { return m_buttons.at(action); }

signals:
    void triggered(RevisionAction action);

private:
    void add(RevisionAction action, const QString& text, const QString& name,
             const QString& toolTip);

    std::map<RevisionAction, QPushButton*> m_buttons;
    std::map<RevisionAction, QString> m_toolTips;
};

} // namespace palisade::ui
