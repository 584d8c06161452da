#pragma once

#include "core/risk/RiskLevel.h"

#include <QComboBox>
#include <optional>

namespace palisade::ui {

// A combo of the five levels of the scale, each with its heat-map swatch.
// With `allowUnrated`, a first "Not rated yet" entry stands for no level.
class RiskLevelField : public QComboBox
{
    Q_OBJECT

public:
    explicit RiskLevelField(bool allowUnrated, QWidget* parent = nullptr);

    std::optional<RiskLevel> level() const;
    void setLevel(std::optional<RiskLevel> level);

signals:
    void levelChanged();
};

} // namespace palisade::ui
