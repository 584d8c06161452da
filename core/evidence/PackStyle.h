#pragma once

#include "core/evidence/PackFontRole.h"

#include <QColor>
#include <QFont>
#include <QMarginsF>
#include <vector>

namespace palisade {

// The typography and page geometry of an evidence pack, in points (1/72
// inch). One family throughout, DejaVu Sans from Debian's fonts-dejavu-core,
// which the PDF embeds, so the pack reads the same on any machine.
class PackStyle
{
public:
    PackStyle();

    const QFont& font(PackFontRole role) const;
    // The space above and below a block of this role.
    qreal spaceBefore(PackFontRole role) const;

    QMarginsF margins() const { return {54, 62, 54, 58}; } // around the body
    qreal headerOffset() const { return 34; } // from the top edge to the header's baseline
    qreal footerOffset() const { return 30; } // from the bottom edge to the footer's baseline
    qreal cellPadding() const { return 3.5; }

    QColor ink() const { return QColor(0x1f, 0x23, 0x28); }
    QColor muted() const { return QColor(0x5b, 0x63, 0x6e); }
    QColor rule() const { return QColor(0xc4, 0xc9, 0xd0); }
    QColor headerFill() const { return QColor(0xe8, 0xed, 0xf3); }
    QColor stripeFill() const { return QColor(0xf6, 0xf8, 0xfa); }
    QColor accent() const { return QColor(0x1d, 0x4e, 0x89); }

    static QString family() { return QStringLiteral("DejaVu Sans"); }

private:
    static QFont fontOf(const QFont& base, PackFontRole role);

    std::vector<QFont> m_fonts; // by role
};

} // namespace palisade
