#pragma once

#include <QString>
#include <QStringView>
#include <vector>

namespace palisade {

// Splits Markdown text into the units a word diff compares: words, runs of
// spaces or tabs, single line breaks, and single punctuation marks. Han, kana
// and other scripts written without spaces give one token per character, so a
// changed character does not mark a whole sentence as changed. Concatenating
// the tokens gives the input back unchanged.
class WordDiffTokenizer
{
public:
    enum class Kind
    {
        Word,
        Space,
        LineBreak,
        Punctuation,
    };

    struct Token
    {
        Kind kind = Kind::Word;
        QStringView text;
    };

    // The tokens view into `text`, which must outlive them.
    static std::vector<Token> tokenize(QStringView text);
    static int wordCount(QStringView text);
};

} // namespace palisade
