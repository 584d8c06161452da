#pragma once

#include "core/risk/RiskLevel.h"

#include <QLabel>
#include <optional>

namespace palisade::ui {

// The looked-up risk level as a chip coloured like its heat-map cell, e.g.
// "Risk level: High". Without a level it reads as plain text.
class RiskEditorLevelChip : public QLabel
{
    Q_OBJECT

public:
    // `caption` is the text before the level, e.g. "Risk level".
    explicit RiskEditorLevelChip(const QString& caption, QWidget* parent = nullptr);

    // `missing` says why there is no level, e.g. "Not rated yet".
    void setLevel(std::optional<RiskLevel> level, const QString& missing = QString());
    std::optional<RiskLevel> level() const { return m_level; }

private:
    QString m_caption;
    std::optional<RiskLevel> m_level;
};

} // namespace palisade::ui
