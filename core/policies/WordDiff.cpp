#include "core/policies/WordDiff.h"

#include "core/policies/WordDiffEditScript.h"
#include "core/policies/WordDiffTokenizer.h"

namespace palisade {

namespace {

using Operation = WordDiffEditScript::Operation;

// A stretch both texts share, or a change: what the earlier text had there
// and what the later one has instead.
struct Block
{
    bool change = false;
    QString same;
    QString removed;
    QString added;
};

std::vector<Block> toBlocks(const std::vector<WordDiffEditScript::Edit>& edits)
{
    std::vector<Block> blocks;
    for (const auto& edit : edits) {
        const bool change = edit.operation != Operation::Keep;
        if (blocks.empty() || blocks.back().change != change)
            blocks.push_back(Block{change, {}, {}, {}});
        Block& block = blocks.back();
        switch (edit.operation) {
        case Operation::Keep:
            block.same += edit.token.text;
            break;
        case Operation::Remove:
            block.removed += edit.token.text;
            break;
        case Operation::Add:
            block.added += edit.token.text;
            break;
        }
    }
    return blocks;
}

bool isHorizontalSpace(const QString& text)
{
    const auto tokens = WordDiffTokenizer::tokenize(text);
    return tokens.size() == 1 && tokens.front().kind == WordDiffTokenizer::Kind::Space;
}

// A lone space between two changed words would otherwise split one edited
// phrase into alternating removals and additions: "[-a-]{+b+} [-c-]{+d+}"
// reads better as "[-a c-]{+b d+}".
std::vector<Block> joinAcrossSpaces(std::vector<Block> blocks)
{
    std::vector<Block> joined;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        Block& block = blocks[i];
        if (block.change && !joined.empty() && joined.back().change) {
            joined.back().removed += block.removed;
            joined.back().added += block.added;
            continue;
        }
        const bool bridge =
            !block.change && !joined.empty() && joined.back().change && i + 1 < blocks.size() &&
            blocks[i + 1].change && !(joined.back().removed + blocks[i + 1].removed).isEmpty() &&
            !(joined.back().added + blocks[i + 1].added).isEmpty() && isHorizontalSpace(block.same);
        if (bridge) {
            joined.back().removed += block.same;
            joined.back().added += block.same;
            continue;
        }
        joined.push_back(std::move(block));
    }
    return joined;
}

std::vector<DiffSegment> toSegments(const std::vector<Block>& blocks)
{
    std::vector<DiffSegment> segments;
    for (const Block& block : blocks) {
        if (!block.change) {
            segments.push_back({DiffSegment::Same, block.same});
            continue;
        }
        if (!block.removed.isEmpty())
            segments.push_back({DiffSegment::Removed, block.removed});
        if (!block.added.isEmpty())
            segments.push_back({DiffSegment::Added, block.added});
    }
    return segments;
}

} // namespace

std::vector<DiffSegment> WordDiff::compare(const QString& before, const QString& after)
{
    const auto beforeTokens = WordDiffTokenizer::tokenize(before);
    const auto afterTokens = WordDiffTokenizer::tokenize(after);
    const auto edits = WordDiffEditScript::build(beforeTokens, afterTokens);
    return toSegments(joinAcrossSpaces(toBlocks(edits)));
}

WordDiffCounts WordDiff::count(const std::vector<DiffSegment>& segments)
{
    WordDiffCounts counts;
    for (const DiffSegment& segment : segments) {
        if (segment.kind == DiffSegment::Added)
            counts.wordsAdded += WordDiffTokenizer::wordCount(segment.text);
        else if (segment.kind == DiffSegment::Removed)
            counts.wordsRemoved += WordDiffTokenizer::wordCount(segment.text);
    }
    return counts;
}

} // namespace palisade
