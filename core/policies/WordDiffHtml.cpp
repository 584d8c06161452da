#include "core/policies/WordDiffHtml.h"

namespace palisade {

namespace {

// Pale backgrounds with dark text keep changed words as readable as the rest.
const QLatin1String
    removedStyle("background-color:#fbe4e4;color:#7d1f1f;text-decoration:line-through;");
const QLatin1String addedStyle("background-color:#dff3e2;color:#1d5a2c;");

QString span(QLatin1String style, const QString& text)
{
    return QStringLiteral("<span style=\"") + style + QStringLiteral("\">") +
           WordDiffHtml::escape(text) + QStringLiteral("</span>");
}

QString wrap(const QString& body)
{
    return QStringLiteral("<div style=\"white-space:pre-wrap;\">") + body +
           QStringLiteral("</div>");
}

} // namespace

QString WordDiffHtml::escape(const QString& text)
{
    QString result;
    result.reserve(text.size() + text.size() / 8);
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'<':
            result += QLatin1String("&lt;");
            break;
        case u'>':
            result += QLatin1String("&gt;");
            break;
        case u'&':
            result += QLatin1String("&amp;");
            break;
        case u'"':
            result += QLatin1String("&quot;");
            break;
        case u'\'':
            result += QLatin1String("&#39;");
            break;
        case u'\r':
            if (i + 1 < size && text[i + 1] == u'\n')
                ++i;
            result += QLatin1String("<br>");
            break;
        case u'\n':
        case u'\u2028':
        case u'\u2029':
            result += QLatin1String("<br>");
            break;
        default:
            result += c;
        }
    }
    return result;
}

QString WordDiffHtml::inlineHtml(const std::vector<DiffSegment>& segments)
{
    QString body;
    for (const DiffSegment& segment : segments) {
        switch (segment.kind) {
        case DiffSegment::Same:
            body += escape(segment.text);
            break;
        case DiffSegment::Removed:
            body += span(removedStyle, segment.text);
            break;
        case DiffSegment::Added:
            body += span(addedStyle, segment.text);
            break;
        }
    }
    return wrap(body);
}

WordDiffSideBySide WordDiffHtml::sideBySide(const std::vector<DiffSegment>& segments)
{
    QString before;
    QString after;
    for (const DiffSegment& segment : segments) {
        switch (segment.kind) {
        case DiffSegment::Same:
            before += escape(segment.text);
            after += escape(segment.text);
            break;
        case DiffSegment::Removed:
            before += span(removedStyle, segment.text);
            break;
        case DiffSegment::Added:
            after += span(addedStyle, segment.text);
            break;
        }
    }
    return {wrap(before), wrap(after)};
}

} // namespace palisade
