#pragma once

#include <QString>

namespace palisade {

struct Agreement;

// How much of the required-provisions checklist an agreement satisfies.
// Provisions marked not applicable do not count against it.
struct ProvisionCompleteness
{
    int present = 0;
    int missing = 0;
    int unchecked = 0;
    int notApplicable = 0;

    static ProvisionCompleteness of(const Agreement& agreement);

    int applicable() const { return present + missing + unchecked; }
    // 0–100, rounded down; 100 when nothing applies.
    int percent() const;
    bool complete() const { return missing == 0 && unchecked == 0; }
    QString summary() const; // "13 of 15 present (86%)"
};

} // namespace palisade
