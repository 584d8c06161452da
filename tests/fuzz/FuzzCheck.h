#pragma once

#include "core/util/Error.h"

#include <QByteArray>
#include <cstdio>
#include <cstdlib>

namespace palisade::fuzz {

// The libFuzzer input as bytes, without copying.
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data),
                                   static_cast<qsizetype>(size));
}

// A property every input must keep. A broken one aborts, which libFuzzer
// reports as a finding and the corpus replay as a failed test.
inline void check(bool holds, const char* property)
{
    if (!holds) {
        std::fprintf(stderr, "Property broken: %s\n", property);
        std::abort();
    }
}

// A refusal must say what is wrong in words a user can act on.
inline void checkRefusal(const Error& error)
{
    check(error.kind == ErrorKind::Invalid, "a refused input is reported as invalid");
    check(!error.message.trimmed().isEmpty(), "a refusal has a message");
}

} // namespace palisade::fuzz
