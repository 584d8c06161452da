#include "core/risk/RiskCsvValues.h"

#include "core/util/IsoDate.h"

#include <QRegularExpression>

namespace palisade {
QString RiskCsvValues::normalized(const QString& text)
{
    QString out;
    const QString folded = text.toCaseFolded();
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_');
    }
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    return out;
}

std::optional<RiskLevel> RiskCsvValues::level(const QString& text)
{
    if (auto found = choice(text, allRiskLevels(), &riskLevelKey, &riskLevelLabel))
        return found;
    const QString wanted = normalized(text);
    for (const RiskLevel value : allRiskLevels()) {
        if (normalized(riskLevelShortLabel(value)) == wanted)
            return value;
    }
    // The English short forms work in every language, as the key does.
    static const std::array<std::pair<QLatin1String, RiskLevel>, 6> englishShort{{
        {QLatin1String("vl"), RiskLevel::VeryLow},
        {QLatin1String("l"), RiskLevel::Low},
        {QLatin1String("m"), RiskLevel::Moderate},
        {QLatin1String("medium"), RiskLevel::Moderate},
        {QLatin1String("h"), RiskLevel::High},
        {QLatin1String("vh"), RiskLevel::VeryHigh},
    }};
    for (const auto& [form, value] : englishShort) {
        if (wanted == form)
            return value;
    }
    return std::nullopt;
}

std::optional<RiskStatus> RiskCsvValues::status(const QString& text)
{
    return choice(text, allRiskStatuses(), &riskStatusKey, &riskStatusLabel);
}

std::optional<RiskTreatment> RiskCsvValues::treatment(const QString& text)
{
    return choice(text, allRiskTreatments(), &riskTreatmentKey, &riskTreatmentLabel);
}

std::optional<AssetKind> RiskCsvValues::assetKind(const QString& text)
{
    return choice(text, allAssetKinds(), &assetKindKey, &assetKindLabel);
}

std::optional<QDate> RiskCsvValues::date(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QDate();
    // A spreadsheet that stored a date with a time writes midnight after it.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:[ T]00:00(?::00(?:\\.0+)?)?)?$"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(3).toInt(),
                     match.captured(4).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString RiskCsvValues::dateText(const QDate& date)
{
    return isoDate(date);
}

QStringList RiskCsvValues::list(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(QLatin1Char(';'))) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items << trimmed;
    }
    return items;
}

QString RiskCsvValues::listText(const QStringList& items)
{
    return items.join(QStringLiteral("; "));
}

QString RiskCsvValues::columnName(const QString& header)
{
    QString name = header.simplified().toCaseFolded();
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name;
}

QString RiskCsvValues::acceptedLevels()
{
    QStringList shortForms;
    for (const RiskLevel value : allRiskLevels())
        shortForms << riskLevelShortLabel(value);
    return tr("%1 (or %2)")
        .arg(choiceLabels(allRiskLevels(), &riskLevelLabel), shortForms.join(QStringLiteral(", ")));
}

QString RiskCsvValues::acceptedStatuses()
{
    return choiceLabels(allRiskStatuses(), &riskStatusLabel);
}

QString RiskCsvValues::acceptedTreatments()
{
    return choiceLabels(allRiskTreatments(), &riskTreatmentLabel);
}

QString RiskCsvValues::acceptedAssetKinds()
{
    return choiceLabels(allAssetKinds(), &assetKindLabel);
}

} // namespace palisade
