#pragma once

#include <QString>

#include <vector>

namespace palisade {

// One numbered schema step ("001_foundation.sql" → version 1).
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// The migrations shipped in the program's resources (:/sql), in order.
std::vector<Migration> bundledMigrations();

} // namespace palisade
