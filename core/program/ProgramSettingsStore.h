#pragma once

#include <QString>

#include <optional>

namespace palisade {

class Database;
struct ProgramProfile;

// The SQL of the program_setting table (organization, officer, creation time).
class ProgramSettingsStore
{
public:
    explicit ProgramSettingsStore(Database& db);

    std::optional<QString> value(const QString& key) const;
    void setValue(const QString& key, const QString& value);

    ProgramProfile loadProfile() const;
    void saveProfile(const ProgramProfile& profile);

private:
    Database& m_db;
};

} // namespace palisade
