#include "core/policies/WordDiffTokenizer.h"

#include <QChar>

namespace palisade {

namespace {

struct CodePoint
{
    char32_t value = 0;
    qsizetype length = 0;
};

CodePoint codePointAt(QStringView text, qsizetype index)
{
    if (index >= text.size())
        return {};
    const QChar unit = text[index];
    if (unit.isHighSurrogate() && index + 1 < text.size() && text[index + 1].isLowSurrogate())
        return {QChar::surrogateToUcs4(unit, text[index + 1]), 2};
    return {unit.unicode(), 1};
}

bool isLineBreak(char32_t c)
{
    return c == U'\n' || c == U'\r' || c == U'\u2028' || c == U'\u2029';
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019';
}

// Scripts written without spaces between words: each character is compared
// on its own.
bool isUnspaced(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return false;
    }
}

bool isWordPart(char32_t c)
{
    return (QChar::isLetterOrNumber(c) || QChar::isMark(c)) && !isUnspaced(c);
}

} // namespace

std::vector<WordDiffTokenizer::Token> WordDiffTokenizer::tokenize(QStringView text)
{
    std::vector<Token> tokens;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const qsizetype start = i;
        const CodePoint first = codePointAt(text, i);
        i += first.length;
        Kind kind = Kind::Punctuation;
        if (first.value == U'\r' && codePointAt(text, i).value == U'\n') {
            ++i;
            kind = Kind::LineBreak;
        } else if (isLineBreak(first.value)) {
            kind = Kind::LineBreak;
        } else if (QChar::isSpace(first.value)) {
            kind = Kind::Space;
            for (CodePoint next = codePointAt(text, i);
                 next.length > 0 && QChar::isSpace(next.value) && !isLineBreak(next.value);
                 next = codePointAt(text, i))
                i += next.length;
        } else if (isUnspaced(first.value)) {
            kind = Kind::Word;
            for (CodePoint next = codePointAt(text, i);
                 next.length > 0 && QChar::isMark(next.value); next = codePointAt(text, i))
                i += next.length;
        } else if (isWordPart(first.value)) {
            kind = Kind::Word;
            for (;;) {
                const CodePoint next = codePointAt(text, i);
                if (next.length == 0)
                    break;
                if (isWordPart(next.value)) {
                    i += next.length;
                    continue;
                }
                // "don't" and "organization's" stay one word.
                if (isApostrophe(next.value) &&
                    isWordPart(codePointAt(text, i + next.length).value)) {
                    i += next.length;
                    continue;
                }
                break;
            }
        }
        tokens.push_back(Token{kind, text.mid(start, i - start)});
    }
    return tokens;
}

int WordDiffTokenizer::wordCount(QStringView text)
{
    int count = 0;
    for (const Token& token : tokenize(text)) {
        if (token.kind == Kind::Word)
            ++count;
    }
    return count;
}

} // namespace palisade
