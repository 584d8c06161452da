#pragma once

#include <QString>
#include <QStringList>

namespace palisade {

// The columns of an asset CSV file, shared by import and export; a file
// format, so never translated.
class AssetCsvColumns
{
public:
    static inline const QString name = QStringLiteral("name");
    static inline const QString kind = QStringLiteral("kind");
    static inline const QString location = QStringLiteral("location");
    static inline const QString owner = QStringLiteral("owner");
    static inline const QString phiHeld = QStringLiteral("phi_held");
    static inline const QString notes = QStringLiteral("notes");
    static inline const QString dataFlows = QStringLiteral("data_flows");

    static QStringList required();
    static QStringList optional();
    // The export's columns, in order.
    static QStringList exported();
};

} // namespace palisade
