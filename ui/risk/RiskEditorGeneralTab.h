#pragma once

#include "core/risk/Asset.h"
#include "core/risk/Risk.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace palisade::ui {

class RiskAssetField;
class RiskDateField;
class RiskOwnerField;

// The "Risk" tab of the risk editor: what the risk is, who owns it, where it
// stands and which assets it concerns.
class RiskEditorGeneralTab : public QWidget
{
    Q_OBJECT

public:
    explicit RiskEditorGeneralTab(QWidget* parent = nullptr);

    void setOwners(const QStringList& owners);
    void setAssets(const std::vector<Asset>& assets);
    // The day a due date starts from when one is first set.
    void setToday(const QDate& today);

    void load(const Risk& risk);
    void apply(Risk& risk) const;
    void setReadOnly(bool readOnly);

    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    RiskOwnerField* ownerField() const { return m_owner; }
    QComboBox* statusCombo() const { return m_status; }
    RiskDateField* identifiedField() const { return m_identified; }
    RiskDateField* dueField() const { return m_due; }
    RiskAssetField* assetField() const { return m_assets; }

signals:
    void edited();
    void identifiedChanged(const QDate& date);

private:
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    RiskOwnerField* m_owner;
    QComboBox* m_status;
    RiskDateField* m_identified;
    RiskDateField* m_due;
    RiskAssetField* m_assets;
};

} // namespace palisade::ui
