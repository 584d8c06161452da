#include "core/policies/WordDiffEditScript.h"

#include <QHash>
#include <QStringView>
#include <algorithm>
#include <dtl/dtl.hpp>

namespace palisade {

namespace {

using Token = WordDiffTokenizer::Token;
using Kind = WordDiffTokenizer::Kind;
using Edit = WordDiffEditScript::Edit;
using Operation = WordDiffEditScript::Operation;

// Diffs token ids rather than strings so the inner loop compares integers.
std::vector<int> internTokens(const std::vector<Token>& tokens, QHash<QStringView, int>& ids)
{
    std::vector<int> result;
    result.reserve(tokens.size());
    for (const Token& token : tokens) {
        const auto it = ids.constFind(token.text);
        if (it != ids.cend()) {
            result.push_back(it.value());
        } else {
            const int id = static_cast<int>(ids.size());
            ids.insert(token.text, id);
            result.push_back(id);
        }
    }
    return result;
}

void diffMiddle(const std::vector<Token>& before, const std::vector<Token>& after,
                const std::vector<int>& beforeIds, const std::vector<int>& afterIds,
                std::size_t prefix, std::size_t suffix, std::vector<Edit>& edits)
{
    const std::size_t beforeEnd = before.size() - suffix;
    const std::size_t afterEnd = after.size() - suffix;
    if (prefix == beforeEnd || prefix == afterEnd) {
        for (std::size_t i = prefix; i < beforeEnd; ++i)
            edits.push_back({Operation::Remove, before[i]});
        for (std::size_t i = prefix; i < afterEnd; ++i)
            edits.push_back({Operation::Add, after[i]});
        return;
    }

    const auto first = static_cast<std::ptrdiff_t>(prefix);
    dtl::Diff<int> diff(
        std::vector<int>(beforeIds.begin() + first,
                         beforeIds.begin() + static_cast<std::ptrdiff_t>(beforeEnd)),
        std::vector<int>(afterIds.begin() + first,
                         afterIds.begin() + static_cast<std::ptrdiff_t>(afterEnd)));
    diff.compose();

    // The script lists every token of both sides in order, so walking it with
    // two cursors recovers each token.
    std::size_t ia = prefix;
    std::size_t ib = prefix;
    for (const auto& [id, info] : diff.getSes().getSequence()) {
        Q_UNUSED(id);
        if (info.type == dtl::SES_COMMON) {
            edits.push_back({Operation::Keep, before[ia++]});
            ++ib;
        } else if (info.type == dtl::SES_DELETE) {
            edits.push_back({Operation::Remove, before[ia++]});
        } else {
            edits.push_back({Operation::Add, after[ib++]});
        }
    }
    Q_ASSERT(ia == beforeEnd && ib == afterEnd);
}

bool isKept(const std::vector<Edit>& edits, std::size_t index)
{
    return edits[index].operation == Operation::Keep;
}

int placementScore(const std::vector<Edit>& edits, std::size_t start, std::size_t end)
{
    int score = 0;
    if (start == 0 || edits[start - 1].token.kind == Kind::LineBreak)
        score += 2;
    if (edits[end - 1].token.kind == Kind::LineBreak)
        score += 2;
    if (edits[start].token.kind == Kind::Word)
        score += 1;
    return score;
}

// Moves one run of only additions or only removals, bounded by kept tokens,
// to its best-reading place. Shifting by one is possible when the token that
// leaves the run equals the one that joins it, so both texts stay the same.
std::size_t slideRun(std::vector<Edit>& edits, std::size_t start, std::size_t end)
{
    const Operation operation = edits[start].operation;
    const auto relabel = [&](std::size_t keep, std::size_t change) {
        edits[keep].operation = Operation::Keep;
        edits[change].operation = operation;
    };
    // Never slide into a neighbouring change: that would merge two changes.
    while (start >= 1 && isKept(edits, start - 1) && (start == 1 || isKept(edits, start - 2)) &&
           edits[start - 1].token.text == edits[end - 1].token.text) {
        relabel(end - 1, start - 1);
        --start;
        --end;
    }
    std::size_t best = 0;
    int bestScore = placementScore(edits, start, end);
    for (std::size_t shift = 1; end + shift - 1 < edits.size(); ++shift) {
        const std::size_t incoming = end + shift - 1;
        const bool canShift = isKept(edits, incoming) &&
                              (incoming + 1 == edits.size() || isKept(edits, incoming + 1)) &&
                              edits[incoming].token.text == edits[start + shift - 1].token.text;
        if (!canShift)
            break;
        const int score = placementScore(edits, start + shift, end + shift);
        if (score > bestScore) {
            best = shift;
            bestScore = score;
        }
    }
    for (std::size_t i = 0; i < best; ++i)
        relabel(start + i, end + i);
    return end + best;
}

void slideRuns(std::vector<Edit>& edits)
{
    std::size_t i = 0;
    while (i < edits.size()) {
        if (isKept(edits, i)) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        std::size_t end = start;
        while (end < edits.size() && edits[end].operation == edits[start].operation)
            ++end;
        const bool pure =
            (start == 0 || isKept(edits, start - 1)) && (end == edits.size() || isKept(edits, end));
        if (pure) {
            i = slideRun(edits, start, end);
        } else {
            while (end < edits.size() && !isKept(edits, end))
                ++end;
            i = end;
        }
    }
}

} // namespace

std::vector<WordDiffEditScript::Edit> WordDiffEditScript::build(const std::vector<Token>& before,
                                                                const std::vector<Token>& after)
{
    QHash<QStringView, int> ids;
    const std::vector<int> beforeIds = internTokens(before, ids);
    const std::vector<int> afterIds = internTokens(after, ids);

    // Revisions usually differ in a few places: handing dtl only the part
    // between the shared beginning and end keeps a long policy cheap.
    const std::size_t shorter = std::min(beforeIds.size(), afterIds.size());
    std::size_t prefix = 0;
    while (prefix < shorter && beforeIds[prefix] == afterIds[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < shorter - prefix &&
           beforeIds[beforeIds.size() - 1 - suffix] == afterIds[afterIds.size() - 1 - suffix])
        ++suffix;

    std::vector<Edit> edits;
    edits.reserve(std::max(before.size(), after.size()));
    for (std::size_t i = 0; i < prefix; ++i)
        edits.push_back({Operation::Keep, before[i]});
    diffMiddle(before, after, beforeIds, afterIds, prefix, suffix, edits);
    for (std::size_t i = before.size() - suffix; i < before.size(); ++i)
        edits.push_back({Operation::Keep, before[i]});
    slideRuns(edits);
    return edits;
}

} // namespace palisade
