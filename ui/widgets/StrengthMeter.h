#pragma once

#include <QWidget>

namespace palisade::ui {

// A row of four segments showing how strong a passphrase is: none lit for an
// empty field, one (red) for a refused passphrase, up to four (green).
class StrengthMeter : public QWidget
{
    Q_OBJECT

public:
    static constexpr int segmentCount = 4;

    explicit StrengthMeter(QWidget* parent = nullptr);

    int level() const { return m_level; }
    void setLevel(int level);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QColor colorForLevel() const;

    int m_level = 0;
};

} // namespace palisade::ui
