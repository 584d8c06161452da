#pragma once

#include <QString>

namespace palisade {

// Someone to reach at a counterparty, e.g. their privacy officer.
struct Contact
{
    QString name;
    QString role;
    QString email;
    QString phone;

    friend bool operator==(const Contact&, const Contact&) = default;
};

} // namespace palisade
