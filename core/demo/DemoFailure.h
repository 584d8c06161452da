#pragma once

#include "core/util/Error.h"
#include "core/util/Result.h"

#include <stdexcept>
#include <utility>

namespace palisade {

// A register refused a change the demonstration makes: the generator has a
// bug, or the rules changed under it. Generation stops and reports why.
class DemoFailure : public std::runtime_error
{
public:
    explicit DemoFailure(Error error)
        : std::runtime_error(error.text().toStdString())
        , m_error(std::move(error))
    {
    }
    const Error& error() const { return m_error; }

private:
    Error m_error;
};

template <typename T> T need(Result<T> result)
{
    if (!result)
        throw DemoFailure(result.error());
    return std::move(result).value();
}

inline void need(const Result<void>& result)
{
    if (!result)
        throw DemoFailure(result.error());
}

} // namespace palisade
