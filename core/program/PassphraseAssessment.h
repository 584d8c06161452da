#pragma once

#include <QString>

namespace palisade {

// What the passphrase policy says about a candidate passphrase.
struct PassphraseAssessment
{
    enum class Strength
    {
        TooShort,
        Weak,
        Fair,
        Strong,
        VeryStrong,
    };

    bool acceptable = false;
    Strength strength = Strength::TooShort;
    QString problem; // why it is refused; empty when acceptable
    QString hint;    // a short, translated label for the strength meter

    int score() const { return static_cast<int>(strength); } // 0..4
};

} // namespace palisade
