#include "core/program/ProgramSettingsStore.h"

#include "core/program/ProgramProfile.h"
#include "core/storage/Database.h"

namespace palisade {
namespace {
const QString organizationKey = QStringLiteral("organization");
const QString officerNameKey = QStringLiteral("officer_name");
const QString officerRoleKeyName = QStringLiteral("officer_role");
const QString createdAtKey = QStringLiteral("created_at");
} // namespace

ProgramSettingsStore::ProgramSettingsStore(Database& db) : m_db(db) {}

std::optional<QString> ProgramSettingsStore::value(const QString& key) const
{
    Statement stmt = m_db.prepare(QStringLiteral("SELECT value FROM program_setting WHERE key = ?1"));
    stmt.bind(1, key);
    if (!stmt.step())
        return std::nullopt;
    return stmt.text(0);
}

void ProgramSettingsStore::setValue(const QString& key, const QString& value)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO program_setting (key, value) VALUES (?1, ?2) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    stmt.bind(1, key).bind(2, value);
    stmt.exec();
}

ProgramProfile ProgramSettingsStore::loadProfile() const
{
    ProgramProfile profile;
    profile.organization = value(organizationKey).value_or(QString());
    profile.officerName = value(officerNameKey).value_or(QString());
    officerRoleFromKey(value(officerRoleKeyName).value_or(QString()), profile.officerRole);
    profile.createdAt = QDateTime::fromString(value(createdAtKey).value_or(QString()), Qt::ISODate);
    profile.createdAt.setTimeSpec(Qt::UTC);
    return profile;
}

void ProgramSettingsStore::saveProfile(const ProgramProfile& profile)
{
    setValue(organizationKey, profile.organization);
    setValue(officerNameKey, profile.officerName);
    setValue(officerRoleKeyName, officerRoleKey(profile.officerRole));
    setValue(createdAtKey, profile.createdAt.toUTC().toString(Qt::ISODate));
}

} // namespace palisade
