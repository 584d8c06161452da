#include "core/util/ProcessProtection.h"

#if defined(__unix__)
#include <sys/resource.h>
#endif

namespace palisade {

bool ProcessProtection::disableCoreDumps()
{
#if defined(__unix__)
    const rlimit none{0, 0};
    return setrlimit(RLIMIT_CORE, &none) == 0;
#else
    return true;
#endif
}

} // namespace palisade
