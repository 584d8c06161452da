#pragma once

#include "core/policies/DiffSegment.h"
#include "core/policies/WordDiffSideBySide.h"

#include <QString>
#include <vector>

namespace palisade {

// Renders a word diff as HTML fragments that QTextBrowser and web views both
// show: removed text struck through on light red, added text on light green,
// line breaks kept so paragraphs stay apart.
class WordDiffHtml
{
public:
    static QString inlineHtml(const std::vector<DiffSegment>& segments);
    static WordDiffSideBySide sideBySide(const std::vector<DiffSegment>& segments);

    // Plain text made safe for HTML, with line breaks as <br>.
    static QString escape(const QString& text);
};

} // namespace palisade
