#pragma once

#include <QString>
#include <QStringList>

namespace palisade {

// The columns of a counterparty CSV file, shared by import and export; a file
// format, so never translated.
class CounterpartyCsvColumns
{
public:
    static inline const QString name = QStringLiteral("name");
    static inline const QString relationship = QStringLiteral("relationship");
    static inline const QString services = QStringLiteral("services");
    static inline const QString phiTypes = QStringLiteral("phi_types");
    static inline const QString sharesPhi = QStringLiteral("shares_phi");
    static inline const QString contacts = QStringLiteral("contacts");
    static inline const QString assets = QStringLiteral("assets");
    static inline const QString notes = QStringLiteral("notes");

    static QStringList required();
    static QStringList optional();
    // The export's columns, in order.
    static QStringList exported();
};

} // namespace palisade
