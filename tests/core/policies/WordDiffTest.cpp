#include "core/policies/WordDiff.h"

#include "core/policies/WordDiffHtml.h"
#include "core/policies/WordDiffPlainText.h"
#include "core/policies/WordDiffTokenizer.h"
#include "tests/core/CatchQtStrings.h"

#include <QStringList>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {

using Segments = std::vector<DiffSegment>;

QString side(const Segments& segments, DiffSegment::Kind excluded)
{
    QString text;
    for (const DiffSegment& segment : segments) {
        if (segment.kind != excluded)
            text += segment.text;
    }
    return text;
}

// Every diff must rebuild both revisions exactly, whatever else it checks.
Segments diffOf(const QString& before, const QString& after)
{
    Segments segments = WordDiff::compare(before, after);
    CHECK(side(segments, DiffSegment::Added) == before);
    CHECK(side(segments, DiffSegment::Removed) == after);
    for (std::size_t i = 1; i < segments.size(); ++i) {
        const bool bothSame =
            segments[i].kind == DiffSegment::Same && segments[i - 1].kind == DiffSegment::Same;
        CHECK_FALSE(bothSame);
        CHECK_FALSE(segments[i].kind == segments[i - 1].kind);
    }
    return segments;
}

std::size_t countKind(const Segments& segments, DiffSegment::Kind kind)
{
    return static_cast<std::size_t>(std::count_if(
        segments.begin(), segments.end(), [kind](const DiffSegment& s) { return s.kind == kind; }));
}

QString plain(const QString& before, const QString& after)
{
    return WordDiffPlainText::render(diffOf(before, after));
}

// A deterministic text of about `words` words in paragraphs of 60 words.
QString longPolicy(int words)
{
    static const QStringList vocabulary = {
        QStringLiteral("workforce"), QStringLiteral("members"),  QStringLiteral("shall"),
        QStringLiteral("protect"),   QStringLiteral("health"),   QStringLiteral("information"),
        QStringLiteral("and"),       QStringLiteral("report"),   QStringLiteral("incidents"),
        QStringLiteral("to"),        QStringLiteral("the"),      QStringLiteral("Security"),
        QStringLiteral("Officer"),   QStringLiteral("within"),   QStringLiteral("one"),
        QStringLiteral("business"),  QStringLiteral("day"),      QStringLiteral("of"),
        QStringLiteral("discovery"), QStringLiteral("access"),   QStringLiteral("is"),
        QStringLiteral("reviewed"),  QStringLiteral("quarterly")};
    QString text;
    for (int i = 0; i < words; ++i) {
        text += vocabulary[(i * 7 + i / 23) % vocabulary.size()];
        if (i % 60 == 59)
            text += QStringLiteral(".\n\n");
        else if (i % 11 == 10)
            text += QStringLiteral(", ");
        else
            text += QLatin1Char(' ');
    }
    return text;
}

} // namespace

TEST_CASE("identical texts give one unchanged segment", "[policies][diff]")
{
    const QString text = QStringLiteral("# Purpose\n\nProtect health information.\n");
    const Segments segments = diffOf(text, text);
    REQUIRE(segments.size() == 1);
    CHECK(segments.front() == DiffSegment{DiffSegment::Same, text});
    CHECK(WordDiff::count(segments) == WordDiffCounts{0, 0});
}

TEST_CASE("two empty texts give no segments", "[policies][diff]")
{
    CHECK(diffOf(QString(), QString()).empty());
}

TEST_CASE("text against an empty text is one addition or one removal", "[policies][diff]")
{
    const QString text = QStringLiteral("Report incidents at once.\n\nAsk the officer.");

    const Segments added = diffOf(QString(), text);
    REQUIRE(added.size() == 1);
    CHECK(added.front() == DiffSegment{DiffSegment::Added, text});
    CHECK(WordDiff::count(added) == WordDiffCounts{7, 0});

    const Segments removed = diffOf(text, QString());
    REQUIRE(removed.size() == 1);
    CHECK(removed.front() == DiffSegment{DiffSegment::Removed, text});
    CHECK(WordDiff::count(removed) == WordDiffCounts{0, 7});
}

TEST_CASE("one changed word is one removal and one addition", "[policies][diff]")
{
    const Segments segments =
        diffOf(QStringLiteral("Backups are tested yearly by the officer."),
               QStringLiteral("Backups are tested quarterly by the officer."));
    const Segments expected = {
        {DiffSegment::Same, QStringLiteral("Backups are tested ")},
        {DiffSegment::Removed, QStringLiteral("yearly")},
        {DiffSegment::Added, QStringLiteral("quarterly")},
        {DiffSegment::Same, QStringLiteral(" by the officer.")},
    };
    CHECK(segments == expected);
    CHECK(WordDiff::count(segments) == WordDiffCounts{1, 1});
}

TEST_CASE("neighbouring changed words read as one changed phrase", "[policies][diff]")
{
    CHECK(plain(QStringLiteral("Notify the privacy officer today."),
                QStringLiteral("Notify a compliance lead today.")) ==
          QStringLiteral("Notify [-the privacy officer-]{+a compliance lead+} today."));
}

TEST_CASE("an inserted paragraph is one addition and keeps the paragraphs", "[policies][diff]")
{
    const QString before = QStringLiteral("## Purpose\n\nFirst paragraph.\n\nLast paragraph.\n");
    const QString after = QStringLiteral(
        "## Purpose\n\nFirst paragraph.\n\nA new paragraph about remote coders.\n\nLast "
        "paragraph.\n");
    const Segments segments = diffOf(before, after);
    REQUIRE(countKind(segments, DiffSegment::Added) == 1);
    CHECK(countKind(segments, DiffSegment::Removed) == 0);
    const auto added = std::find_if(segments.begin(), segments.end(), [](const DiffSegment& s) {
        return s.kind == DiffSegment::Added;
    });
    // The insertion starts and ends on paragraph boundaries, not mid-sentence.
    CHECK(added->text == QStringLiteral("A new paragraph about remote coders.\n\n"));
    CHECK(WordDiff::count(segments) == WordDiffCounts{6, 0});
}

TEST_CASE("an inserted word starts at a word and keeps its own space", "[policies][diff]")
{
    CHECK(plain(QStringLiteral("Lock the screen when away."),
                QStringLiteral("Lock the screen when you are away.")) ==
          QStringLiteral("Lock the screen when {+you are +}away."));
    CHECK(plain(QStringLiteral("Report at once to the officer. Report it."),
                QStringLiteral("Report it. Report at once to the officer. Report it.")) ==
          QStringLiteral("{+Report it. +}Report at once to the officer. Report it."));
}

TEST_CASE("a punctuation change marks only the punctuation", "[policies][diff]")
{
    const Segments segments = diffOf(QStringLiteral("Encrypt laptops, phones and tablets."),
                                     QStringLiteral("Encrypt laptops; phones and tablets!"));
    CHECK(WordDiffPlainText::render(segments) ==
          QStringLiteral("Encrypt laptops[-,-]{+;+} phones and tablets[-.-]{+!+}"));
    CHECK(WordDiff::count(segments) == WordDiffCounts{0, 0});
}

TEST_CASE("a whitespace change is found and counts no words", "[policies][diff]")
{
    const Segments segments = diffOf(QStringLiteral("Lock the screen.\nAlways."),
                                     QStringLiteral("Lock  the screen.\n\nAlways."));
    CHECK(countKind(segments, DiffSegment::Added) == 2);
    CHECK(countKind(segments, DiffSegment::Removed) == 1);
    CHECK(WordDiffPlainText::render(segments) ==
          QStringLiteral("Lock[- -]{+  +}the screen.\n{+\n+}Always."));
    CHECK(WordDiff::count(segments) == WordDiffCounts{0, 0});
}

TEST_CASE("accented and CJK text is compared by word and by character", "[policies][diff]")
{
    CHECK(plain(QStringLiteral("La política de privacidad"),
                QStringLiteral("La política de seguridad")) ==
          QStringLiteral("La política de [-privacidad-]{+seguridad+}"));

    // A decomposed accent stays with its letter.
    const QString decomposed = QStringLiteral("re\u0301sume\u0301 draft");
    CHECK(plain(decomposed, QStringLiteral("re\u0301sume\u0301 final")) ==
          QStringLiteral("re\u0301sume\u0301 [-draft-]{+final+}"));

    const Segments cjk =
        diffOf(QStringLiteral("個人情報を保護する。"), QStringLiteral("個人情報を管理する。"));
    CHECK(WordDiffPlainText::render(cjk) ==
          QStringLiteral("個人情報を[-保護-]{+管理+}する。"));
    CHECK(WordDiff::count(cjk) == WordDiffCounts{2, 2});

    // Characters outside the Basic Multilingual Plane are not split.
    CHECK(plain(QStringLiteral("𠀋 ok"), QStringLiteral("𠀋 fine")) ==
          QStringLiteral("𠀋 [-ok-]{+fine+}"));
}

TEST_CASE("the tokenizer keeps contractions whole and rebuilds its input", "[policies][diff]")
{
    const QString text = QStringLiteral("Don't share\r\n\tthe officer's key -- ever.");
    const auto tokens = WordDiffTokenizer::tokenize(text);
    QString rebuilt;
    QStringList words;
    for (const auto& token : tokens) {
        rebuilt += token.text;
        if (token.kind == WordDiffTokenizer::Kind::Word)
            words << token.text.toString();
    }
    CHECK(rebuilt == text);
    CHECK(words == QStringList{QStringLiteral("Don't"), QStringLiteral("share"),
                               QStringLiteral("the"), QStringLiteral("officer's"),
                               QStringLiteral("key"), QStringLiteral("ever")});
    const auto lineBreaks =
        std::count_if(tokens.begin(), tokens.end(), [](const WordDiffTokenizer::Token& t) {
            return t.kind == WordDiffTokenizer::Kind::LineBreak;
        });
    CHECK(lineBreaks == 1);
}

TEST_CASE("inline HTML escapes markup and marks changes", "[policies][diff]")
{
    const Segments segments = diffOf(QStringLiteral("Use <b> & \"quotes\" 'here'\nnext"),
                                     QStringLiteral("Use <i> & \"quotes\" 'here'\nnext"));
    const QString html = WordDiffHtml::inlineHtml(segments);
    CHECK(html.contains(QStringLiteral("Use &lt;")));
    CHECK(html.contains(QStringLiteral("&gt; &amp; &quot;quotes&quot; &#39;here&#39;<br>next")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>")));
    CHECK_FALSE(html.contains(QStringLiteral("<i>")));
    CHECK_FALSE(html.contains(QLatin1Char('\n')));
    CHECK(html.contains(QStringLiteral("line-through;\">b</span>")));
    CHECK(html.contains(QStringLiteral("#dff3e2;color:#1d5a2c;\">i</span>")));
}

TEST_CASE("side by side HTML shows removals left and additions right", "[policies][diff]")
{
    const Segments segments = diffOf(QStringLiteral("Keep records six years.\n\nShred paper."),
                                     QStringLiteral("Keep records seven years.\n\nShred paper."));
    const WordDiffSideBySide html = WordDiffHtml::sideBySide(segments);
    CHECK(html.before.contains(QStringLiteral(">six</span>")));
    CHECK_FALSE(html.before.contains(QStringLiteral("seven")));
    CHECK(html.after.contains(QStringLiteral(">seven</span>")));
    CHECK_FALSE(html.after.contains(QStringLiteral("six")));
    CHECK(html.before.contains(QStringLiteral("years.<br><br>Shred paper.")));
    CHECK(html.after.contains(QStringLiteral("years.<br><br>Shred paper.")));
    CHECK_FALSE(html.before.contains(QStringLiteral("#dff3e2")));
    CHECK_FALSE(html.after.contains(QStringLiteral("line-through")));
}

TEST_CASE("the text renderer follows the git word-diff convention", "[policies][diff]")
{
    const Segments segments = {
        {DiffSegment::Same, QStringLiteral("Train ")},
        {DiffSegment::Removed, QStringLiteral("yearly")},
        {DiffSegment::Added, QStringLiteral("at hire and yearly")},
        {DiffSegment::Same, QStringLiteral(".\n")},
        {DiffSegment::Added, QStringLiteral("Record it.")},
    };
    CHECK(WordDiffPlainText::render(segments) ==
          QStringLiteral("Train [-yearly-]{+at hire and yearly+}.\n{+Record it.+}"));
    CHECK(WordDiffPlainText::render(segments) == WordDiffPlainText::render(segments));
    CHECK(WordDiffPlainText::render({}).isEmpty());
}

TEST_CASE("a twenty-page policy with one changed word diffs correctly", "[policies][diff]")
{
    const QString before = longPolicy(10000);
    QString after = before;
    const qsizetype middle = after.indexOf(QStringLiteral("discovery"), after.size() / 2);
    REQUIRE(middle > 0);
    after.replace(middle, 9, QStringLiteral("detection"));

    const Segments segments = diffOf(before, after);
    REQUIRE(segments.size() == 4);
    CHECK(segments[1] == DiffSegment{DiffSegment::Removed, QStringLiteral("discovery")});
    CHECK(segments[2] == DiffSegment{DiffSegment::Added, QStringLiteral("detection")});
    CHECK(segments[0].text.size() == middle);
    CHECK(WordDiff::count(segments) == WordDiffCounts{1, 1});
}

TEST_CASE("two long policies with scattered edits diff correctly", "[policies][diff]")
{
    const QString before = longPolicy(10000);
    QString after = before;
    // Every paragraph loses its full stop and gains a sentence.
    after.replace(QStringLiteral(".\n\n"), QStringLiteral(" always. Ask first.\n\n"));
    const Segments segments = diffOf(before, after);
    const WordDiffCounts counts = WordDiff::count(segments);
    const auto paragraphs = before.count(QStringLiteral(".\n\n"));
    CHECK(counts.wordsRemoved == 0);
    CHECK(counts.wordsAdded == 3 * paragraphs);
}
