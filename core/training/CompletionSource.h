#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// How a completion came into the file.
enum class CompletionSource
{
    Manual,
    Imported, // Completion::importBatchId is set
};

QString completionSourceKey(CompletionSource value); // stored form, e.g. "imported"
std::optional<CompletionSource> completionSourceFromKey(const QString& key);
QString completionSourceLabel(CompletionSource value); // translated
std::array<CompletionSource, 2> allCompletionSources();

} // namespace palisade
