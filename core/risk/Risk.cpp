#include "core/risk/Risk.h"

namespace palisade {

QString riskReference(qint64 id)
{
    return QStringLiteral("R-%1").arg(id, 4, 10, QLatin1Char('0'));
}

} // namespace palisade
