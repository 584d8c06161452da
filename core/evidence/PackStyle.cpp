#include "core/evidence/PackStyle.h"

namespace palisade {

PackStyle::PackStyle()
{
    QFont base(family());
    base.setStyleHint(QFont::SansSerif);
    base.setKerning(true);
    for (int role = 0; role < packFontRoleCount; ++role)
        m_fonts.push_back(fontOf(base, PackFontRole(role)));
}

const QFont& PackStyle::font(PackFontRole role) const
{
    return m_fonts[std::size_t(role)];
}

QFont PackStyle::fontOf(const QFont& base, PackFontRole role)
{
    QFont font = base;
    switch (role) {
    case PackFontRole::Title:
        font.setPointSizeF(22);
        font.setBold(true);
        break;
    case PackFontRole::Heading:
        font.setPointSizeF(15);
        font.setBold(true);
        break;
    case PackFontRole::Subheading:
        font.setPointSizeF(11);
        font.setBold(true);
        break;
    case PackFontRole::Body:
        font.setPointSizeF(9.5);
        break;
    case PackFontRole::Small:
        font.setPointSizeF(7.5);
        break;
    case PackFontRole::TableHeader:
        font.setPointSizeF(8);
        font.setBold(true);
        break;
    case PackFontRole::TableCell:
        font.setPointSizeF(8);
        break;
    case PackFontRole::Code:
        font.setFamily(QStringLiteral("DejaVu Sans Mono"));
        font.setStyleHint(QFont::Monospace);
        font.setPointSizeF(7.5);
        break;
    }
    return font;
}

qreal PackStyle::spaceBefore(PackFontRole role) const
{
    switch (role) {
    case PackFontRole::Title:
        return 0;
    case PackFontRole::Heading:
        return 0;
    case PackFontRole::Subheading:
        return 14;
    case PackFontRole::Body:
    case PackFontRole::Small:
        return 6;
    case PackFontRole::TableHeader:
    case PackFontRole::TableCell:
        return 8;
    case PackFontRole::Code:
        return 2;
    }
    return 0;
}

} // namespace palisade
