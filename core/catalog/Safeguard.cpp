#include "core/catalog/Safeguard.h"

#include <QCoreApplication>

namespace palisade {

QString safeguardKey(Safeguard safeguard)
{
    switch (safeguard) {
    case Safeguard::Administrative:
        return QStringLiteral("administrative");
    case Safeguard::Physical:
        return QStringLiteral("physical");
    case Safeguard::Technical:
        return QStringLiteral("technical");
    case Safeguard::Organizational:
        return QStringLiteral("organizational");
    case Safeguard::Documentation:
        return QStringLiteral("documentation");
    }
    return {};
}

bool safeguardFromKey(const QString& key, Safeguard& safeguard)
{
    for (Safeguard candidate :
         {Safeguard::Administrative, Safeguard::Physical, Safeguard::Technical,
          Safeguard::Organizational, Safeguard::Documentation}) {
        if (safeguardKey(candidate) == key) {
            safeguard = candidate;
            return true;
        }
    }
    return false;
}

QString safeguardLabel(Safeguard safeguard)
{
    switch (safeguard) {
    case Safeguard::Administrative:
        return QCoreApplication::translate("palisade::Safeguard", "Administrative safeguards");
    case Safeguard::Physical:
        return QCoreApplication::translate("palisade::Safeguard", "Physical safeguards");
    case Safeguard::Technical:
        return QCoreApplication::translate("palisade::Safeguard", "Technical safeguards");
    case Safeguard::Organizational:
        return QCoreApplication::translate("palisade::Safeguard", "Organizational requirements");
    case Safeguard::Documentation:
        return QCoreApplication::translate("palisade::Safeguard",
                                           "Policies, procedures and documentation");
    }
    return {};
}

} // namespace palisade
