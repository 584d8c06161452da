#pragma once

#include "core/storage/StorageError.h"
#include "core/util/Result.h"

#include <type_traits>
#include <utility>

namespace palisade {

// Runs a read against the database and turns a storage failure into an Error
// with `context` as its message, so registers never let StorageError escape.
template <typename Read>
auto guardStorage(const QString& context, Read&& read) -> Result<std::invoke_result_t<Read>>
{
    using T = std::invoke_result_t<Read>;
    try {
        if constexpr (std::is_void_v<T>) {
            std::forward<Read>(read)();
            return {};
        } else {
            return std::forward<Read>(read)();
        }
    } catch (const StorageError& e) {
        return e.toError(context);
    }
}

} // namespace palisade
