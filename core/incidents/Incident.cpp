#include "core/incidents/Incident.h"

namespace palisade {

int Incident::totalAffected() const
{
    int total = 0;
    for (const JurisdictionCount& count : affected)
        total += count.individuals;
    return total;
}

int Incident::affectedIn(const QString& jurisdiction) const
{
    for (const JurisdictionCount& count : affected) {
        if (count.jurisdiction == jurisdiction)
            return count.individuals;
    }
    return 0;
}

QString incidentReference(qint64 id)
{
    return QStringLiteral("INC-%1").arg(id, 4, 10, QLatin1Char('0'));
}

} // namespace palisade
