#include "ui/risk/RiskLevelField.h"

#include "core/risk/RiskHeatMapRenderer.h"

#include <QPainter>
#include <QPixmap>

namespace palisade::ui {
namespace {

constexpr int unratedValue = -1;

QIcon swatch(RiskLevel level)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QColor fill = RiskHeatMapRenderer::levelColor(level);
    painter.setPen(fill.darker(150));
    painter.setBrush(fill);
    painter.drawRect(QRect(0, 0, 13, 13));
    return QIcon(pixmap);
}

} // namespace

RiskLevelField::RiskLevelField(bool allowUnrated, QWidget* parent)
    : QComboBox(parent)
{
    if (allowUnrated)
        addItem(tr("Not rated yet"), unratedValue);
    for (const RiskLevel level : allRiskLevels())
        addItem(swatch(level), riskLevelLabel(level), int(riskLevelIndex(level)));
    setCurrentIndex(allowUnrated ? 0 : findData(int(riskLevelIndex(RiskLevel::Moderate))));
    connect(this, &QComboBox::currentIndexChanged, this, &RiskLevelField::levelChanged);
}

std::optional<RiskLevel> RiskLevelField::level() const
{
    const int value = currentData().toInt();
    if (value < 0 || value >= int(riskLevelCount))
        return std::nullopt;
    return allRiskLevels()[std::size_t(value)];
}

void RiskLevelField::setLevel(std::optional<RiskLevel> level)
{
    const int index = findData(level ? int(riskLevelIndex(*level)) : unratedValue);
    if (index >= 0)
        setCurrentIndex(index);
}

} // namespace palisade::ui
