#include "core/util/Error.h"

namespace palisade {

int exitCodeFor(ErrorKind kind)
{
    return static_cast<int>(kind);
}

} // namespace palisade
