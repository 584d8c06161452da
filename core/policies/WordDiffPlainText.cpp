#include "core/policies/WordDiffPlainText.h"

namespace palisade {

QString WordDiffPlainText::render(const std::vector<DiffSegment>& segments)
{
    QString text;
    for (const DiffSegment& segment : segments) {
        switch (segment.kind) {
        case DiffSegment::Same:
            text += segment.text;
            break;
        case DiffSegment::Removed:
            text += QLatin1String("[-") + segment.text + QLatin1String("-]");
            break;
        case DiffSegment::Added:
            text += QLatin1String("{+") + segment.text + QLatin1String("+}");
            break;
        }
    }
    return text;
}

} // namespace palisade
