#include "ui/risk/RiskOwnerField.h"

#include <QCompleter>
#include <QLineEdit>

namespace palisade::ui {

RiskOwnerField::RiskOwnerField(QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    lineEdit()->setPlaceholderText(tr("Who answers for it, e.g. Security officer"));
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(this, &QComboBox::currentTextChanged, this, &RiskOwnerField::ownerChanged);
}

void RiskOwnerField::setOwners(const QStringList& owners)
{
    const QString typed = currentText();
    const QSignalBlocker quiet(this);
    clear();
    QStringList sorted = owners;
    sorted.removeAll(QString());
    sorted.removeDuplicates();
    sorted.sort(Qt::CaseInsensitive);
    addItems(sorted);
    setEditText(typed);
}

void RiskOwnerField::setOwner(const QString& owner)
{
    setEditText(owner);
}

} // namespace palisade::ui
