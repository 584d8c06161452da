#pragma once

#include <QString>

namespace palisade {

// A workforce role (coder, billing, privacy officer...). The key is stored in
// people's and courses' role lists and never changes; the label is what users
// see and may be renamed. Seven roles are seeded by schema 7.
struct WorkforceRole
{
    QString key;      // e.g. "remote_coder"; lower-case letters, digits, underscores
    QString label;    // e.g. "Remote coder"; unique regardless of case
    int position = 0; // display order

    friend bool operator==(const WorkforceRole&, const WorkforceRole&) = default;
};

} // namespace palisade
