#pragma once

#include "core/program/PassphraseAssessment.h"

#include <QSet>
#include <QStringList>

namespace palisade {

// NIST SP 800-63B rules for the program passphrase: no composition rules, at
// least 15 characters, not a common password or a thin variation of one, not
// the organization's or the officer's name.
class PassphrasePolicy
{
public:
    static constexpr int minimumLength = 15;

    // Loads the shipped list (:/passwords/common-passwords.txt).
    PassphrasePolicy();
    explicit PassphrasePolicy(QSet<QString> commonPasswords);

    PassphraseAssessment assess(const QString& candidate, const QStringList& contextWords = {}) const;
    int commonPasswordCount() const { return int(m_common.size()); }

private:
    bool isCommon(const QString& lowered) const;
    static bool isSequenceOrRepeat(const QString& lowered);
    static double estimatedBits(const QString& candidate);

    QSet<QString> m_common;
};

} // namespace palisade
