#pragma once

#include <QString>

namespace palisade {

// One path ePHI takes to or from an asset.
struct DataFlow
{
    QString source;      // where the data comes from, e.g. "Clinic EHR"
    QString destination; // where it goes, e.g. "Coding workstation"
    QString channel;     // how, e.g. "SFTP", "VPN", "fax"
    bool encryptedInTransit = false;

    friend bool operator==(const DataFlow&, const DataFlow&) = default;
};

} // namespace palisade
