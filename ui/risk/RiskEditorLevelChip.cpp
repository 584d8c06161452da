#include "ui/risk/RiskEditorLevelChip.h"

#include "core/risk/RiskHeatMapRenderer.h"

namespace palisade::ui {

RiskEditorLevelChip::RiskEditorLevelChip(const QString& caption, QWidget* parent)
    : QLabel(parent)
    , m_caption(caption)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setLevel(std::nullopt);
}

void RiskEditorLevelChip::setLevel(std::optional<RiskLevel> level, const QString& missing)
{
    m_level = level;
    if (!level) {
        setText(tr("%1: %2").arg(m_caption, missing.isEmpty() ? tr("Not rated yet") : missing));
        setStyleSheet(QStringLiteral("QLabel { border: 1px dashed palette(mid); border-radius: "
                                     "10px; padding: 3px 10px; color: palette(text); }"));
        setAccessibleName(text());
        return;
    }
    const QColor fill = RiskHeatMapRenderer::levelColor(*level);
    setText(tr("%1: %2").arg(m_caption, riskLevelLabel(*level)));
    setStyleSheet(
        QStringLiteral("QLabel { background-color: %1; color: %2; border: 1px solid %3; "
                       "border-radius: 10px; padding: 3px 10px; font-weight: %4; }")
            .arg(fill.name(), RiskHeatMapRenderer::levelTextColor(*level).name(),
                 fill.darker(140).name(),
                 *level >= RiskLevel::High ? QStringLiteral("bold") : QStringLiteral("normal")));
    setAccessibleName(text());
}

} // namespace palisade::ui
