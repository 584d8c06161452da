#include "core/program/PassphrasePolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace palisade {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("palisade::PassphrasePolicy", text);
}

QSet<QString> loadShippedList()
{
    QSet<QString> words;
    QFile file(QStringLiteral(":/passwords/common-passwords.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return words;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            words.insert(line.toLower());
    }
    return words;
}

// Strips digits, punctuation and spaces from both ends: "Password1234567!" → "password".
QString stem(const QString& lowered)
{
    qsizetype first = 0;
    qsizetype last = lowered.size() - 1;
    while (first <= last && !lowered.at(first).isLetter())
        ++first;
    while (last >= first && !lowered.at(last).isLetter())
        --last;
    return lowered.mid(first, last - first + 1);
}

// The shortest unit that repeats to make the whole text, or the text itself.
QString repeatingUnit(const QString& text)
{
    const qsizetype n = text.size();
    for (qsizetype len = 1; len <= n / 2; ++len) {
        if (n % len != 0)
            continue;
        const QString unit = text.left(len);
        if (unit.repeated(n / len) == text)
            return unit;
    }
    return text;
}

} // namespace

PassphrasePolicy::PassphrasePolicy() : m_common(loadShippedList()) {}

PassphrasePolicy::PassphrasePolicy(QSet<QString> commonPasswords) : m_common(std::move(commonPasswords))
{
}

bool PassphrasePolicy::isCommon(const QString& lowered) const
{
    if (m_common.contains(lowered))
        return true;
    const QString compact = QString(lowered).remove(QLatin1Char(' '));
    if (m_common.contains(compact) || m_common.contains(repeatingUnit(compact)))
        return true;
    const QString core = stem(compact);
    return !core.isEmpty() && (m_common.contains(core) || m_common.contains(repeatingUnit(core)));
}

bool PassphrasePolicy::isSequenceOrRepeat(const QString& lowered)
{
    if (lowered.size() < 2)
        return true;
    if (repeatingUnit(lowered).size() <= 4)
        return true;
    static const QStringList runs = {
        QStringLiteral("abcdefghijklmnopqrstuvwxyz"), QStringLiteral("01234567890123456789"),
        QStringLiteral("qwertyuiopasdfghjklzxcvbnm"), QStringLiteral("1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p")};
    for (const QString& run : runs) {
        QString reversed = run;
        std::reverse(reversed.begin(), reversed.end());
        if (run.contains(lowered) || reversed.contains(lowered))
            return true;
    }
    return false;
}

double PassphrasePolicy::estimatedBits(const QString& candidate)
{
    bool lower = false, upper = false, digit = false, space = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : candidate) {
        distinct.insert(c);
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else if (c.isSpace())
            space = true;
        else
            other = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (space ? 1 : 0)
                     + (other ? 33 : 0);
    // Few distinct characters mean a guessable pattern whatever the length.
    const double effectiveLength = std::min<double>(candidate.size(), distinct.size() * 2.0);
    return effectiveLength * std::log2(std::max(pool, 2));
}

PassphraseAssessment PassphrasePolicy::assess(const QString& candidate, const QStringList& contextWords) const
{
    PassphraseAssessment result;
    const QString lowered = candidate.toLower();
    int length = 0;
    for (const QChar c : candidate) {
        if (!c.isLowSurrogate())
            ++length;
    }

    if (length < minimumLength) {
        result.strength = PassphraseAssessment::Strength::TooShort;
        result.problem = tr("Use at least %1 characters; %2 so far. A few unrelated words make a "
                            "passphrase that is long and easy to remember.")
                             .arg(minimumLength)
                             .arg(length);
        result.hint = tr("Too short");
        return result;
    }
    if (isCommon(lowered) || isSequenceOrRepeat(QString(lowered).remove(QLatin1Char(' ')))) {
        result.strength = PassphraseAssessment::Strength::Weak;
        result.problem = tr("This passphrase is on the list of commonly used passwords or is a simple "
                            "pattern. Choose something less predictable.");
        result.hint = tr("Too common");
        return result;
    }
    for (const QString& word : contextWords) {
        const QString w = word.trimmed().toLower();
        if (w.size() >= 4 && stem(QString(lowered).remove(QLatin1Char(' ')))
                                 == QString(w).remove(QLatin1Char(' '))) {
            result.strength = PassphraseAssessment::Strength::Weak;
            result.problem = tr("Do not use the organization's name or your own name as the passphrase.");
            result.hint = tr("Too predictable");
            return result;
        }
    }

    result.acceptable = true;
    const double bits = estimatedBits(candidate);
    if (bits < 60) {
        result.strength = PassphraseAssessment::Strength::Fair;
        result.hint = tr("Fair");
    } else if (bits < 90) {
        result.strength = PassphraseAssessment::Strength::Strong;
        result.hint = tr("Strong");
    } else {
        result.strength = PassphraseAssessment::Strength::VeryStrong;
        result.hint = tr("Very strong");
    }
    return result;
}

} // namespace palisade
