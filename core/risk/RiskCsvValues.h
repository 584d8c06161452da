#pragma once

#include "core/risk/AssetKind.h"
#include "core/risk/RiskLevel.h"
#include "core/risk/RiskStatus.h"
#include "core/risk/RiskTreatment.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace palisade {

// How the values of risk and asset CSV files are read and written. Reading is
// forgiving where nothing can be misread (case, spaces or underscores, English
// or translated labels, short level forms) and strict where a guess could be
// wrong: a date must put the year first, because 03/04/2026 means two
// different days depending on the spreadsheet's country.
class RiskCsvValues
{
    Q_DECLARE_TR_FUNCTIONS(palisade::RiskCsvValues)

public:
    static std::optional<RiskLevel> level(const QString& text);
    static std::optional<RiskStatus> status(const QString& text);
    static std::optional<RiskTreatment> treatment(const QString& text);
    static std::optional<AssetKind> assetKind(const QString& text);

    // An empty text is no date (an invalid QDate); nullopt when the text is not
    // a date written year first (2026-03-01, 2026/3/1).
    static std::optional<QDate> date(const QString& text);
    static QString dateText(const QDate& date); // "2026-03-01", empty for no date

    // Items separated by ';', trimmed, empty ones dropped.
    static QStringList list(const QString& text);
    static QString listText(const QStringList& items);

    // A header cell as a column name: "Threat source" and "threat-source" both
    // become "threat_source".
    static QString columnName(const QString& header);

    // The values each field accepts, for error messages.
    static QString acceptedLevels();
    static QString acceptedStatuses();
    static QString acceptedTreatments();
    static QString acceptedAssetKinds();

    // Case, spaces, punctuation and underscores ignored: "In Remediation",
    // "in-remediation" and "in_remediation" are the same word.
    static QString normalized(const QString& text);

    // The value whose stored key or label matches `text` as normalized() reads
    // it; nullopt for an empty or unknown text.
    template <typename Enum, std::size_t N>
    static std::optional<Enum> choice(const QString& text, const std::array<Enum, N>& values,
                                      QString (*key)(Enum), QString (*label)(Enum))
    {
        const QString wanted = normalized(text);
        if (wanted.isEmpty())
            return std::nullopt;
        for (const Enum value : values) {
            if (normalized(key(value)) == wanted || normalized(label(value)) == wanted)
                return value;
        }
        return std::nullopt;
    }

    // "Draft, In Negotiation, Active", for saying what a column accepts.
    template <typename Enum, std::size_t N>
    static QString choiceLabels(const std::array<Enum, N>& values, QString (*label)(Enum))
    {
        QStringList out;
        for (const Enum value : values)
            out << label(value);
        return out.join(QStringLiteral(", "));
    }
};

} // namespace palisade
