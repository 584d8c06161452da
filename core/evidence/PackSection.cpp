#include "core/evidence/PackSection.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<PackSection, 8> keys{{
    {PackSection::Overview, QLatin1String("overview")},
    {PackSection::Risks, QLatin1String("risks")},
    {PackSection::Policies, QLatin1String("policies")},
    {PackSection::Baas, QLatin1String("baas")},
    {PackSection::Training, QLatin1String("training")},
    {PackSection::Incidents, QLatin1String("incidents")},
    {PackSection::Retention, QLatin1String("retention")},
    {PackSection::Audit, QLatin1String("audit")},
}};

} // namespace

QString packSectionKey(PackSection value)
{
    return keyOf(keys, value);
}

std::optional<PackSection> packSectionFromKey(const QString& key)
{
    return fromKey(keys, key.trimmed().toLower());
}

QString packSectionTitle(PackSection value)
{
    switch (value) {
    case PackSection::Overview:
        return QCoreApplication::translate("palisade::PackSection", "Program overview");
    case PackSection::Risks:
        return QCoreApplication::translate("palisade::PackSection",
                                           "Risk analysis and risk management plan");
    case PackSection::Policies:
        return QCoreApplication::translate("palisade::PackSection", "Policies and procedures");
    case PackSection::Baas:
        return QCoreApplication::translate("palisade::PackSection",
                                           "Business associate agreements");
    case PackSection::Training:
        return QCoreApplication::translate("palisade::PackSection", "Workforce training");
    case PackSection::Incidents:
        return QCoreApplication::translate("palisade::PackSection", "Incidents and breaches");
    case PackSection::Retention:
        return QCoreApplication::translate("palisade::PackSection", "Retention of records");
    case PackSection::Audit:
        return QCoreApplication::translate("palisade::PackSection", "Audit trail");
    }
    return {};
}

std::array<PackSection, 8> allPackSections()
{
    return valuesOf(keys);
}

} // namespace palisade
