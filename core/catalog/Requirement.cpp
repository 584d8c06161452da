#include "core/catalog/Requirement.h"

#include <QCoreApplication>

namespace palisade {

QString requirementKey(Requirement requirement)
{
    switch (requirement) {
    case Requirement::Required:
        return QStringLiteral("required");
    case Requirement::Addressable:
        return QStringLiteral("addressable");
    }
    return {};
}

bool requirementFromKey(const QString& key, Requirement& requirement)
{
    for (Requirement candidate : {Requirement::Required, Requirement::Addressable}) {
        if (requirementKey(candidate) == key) {
            requirement = candidate;
            return true;
        }
    }
    return false;
}

QString requirementLabel(Requirement requirement)
{
    switch (requirement) {
    case Requirement::Required:
        return QCoreApplication::translate("palisade::Requirement", "Required");
    case Requirement::Addressable:
        return QCoreApplication::translate("palisade::Requirement", "Addressable");
    }
    return {};
}

} // namespace palisade
