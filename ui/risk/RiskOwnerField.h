#pragma once

#include <QComboBox>

namespace palisade::ui {

// An editable combo offering the owners already named in the register, so the
// same person is not spelled three ways; any other name can be typed.
class RiskOwnerField : public QComboBox
{
    Q_OBJECT

public:
    explicit RiskOwnerField(QWidget* parent = nullptr);

    void setOwners(const QStringList& owners);
    QString owner() const { return currentText(); }
    void setOwner(const QString& owner);

signals:
    void ownerChanged();
};

} // namespace palisade::ui
