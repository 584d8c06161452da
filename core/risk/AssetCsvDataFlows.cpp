#include "core/risk/AssetCsvDataFlows.h"

#include <QRegularExpression>
#include <QStringList>

namespace palisade {
namespace {

const QString encryptedMarker = QStringLiteral("encrypted");

std::optional<bool> markerValue(const QString& marker)
{
    const QString words = marker.simplified().toCaseFolded();
    if (words == encryptedMarker || words == QStringLiteral("encrypted in transit"))
        return true;
    if (words == QStringLiteral("not encrypted") || words == QStringLiteral("unencrypted"))
        return false;
    return std::nullopt;
}

} // namespace

Result<std::vector<DataFlow>> AssetCsvDataFlows::parse(const QString& text)
{
    std::vector<DataFlow> flows;
    QStringList problems;
    int number = 0;
    for (const QString& part : text.split(QLatin1Char(';'))) {
        if (part.trimmed().isEmpty())
            continue;
        ++number;
        if (std::optional<DataFlow> flow = parseOne(part.trimmed(), number, problems))
            flows.push_back(*flow);
    }
    if (!problems.isEmpty())
        return Error{ErrorKind::Invalid, problems.join(QLatin1Char('\n')), {}};
    return flows;
}

std::optional<DataFlow> AssetCsvDataFlows::parseOne(QString text, int number, QStringList& problems)
{
    const QString shown = text;
    DataFlow flow;
    if (text.endsWith(QLatin1Char(']'))) {
        const qsizetype open = text.lastIndexOf(QLatin1Char('['));
        const QString marker = open < 0 ? QString() : text.mid(open + 1, text.size() - open - 2);
        const std::optional<bool> encrypted = open < 0 ? std::nullopt : markerValue(marker);
        if (!encrypted) {
            problems << tr("data flow %1 (\"%2\") ends with an unknown marker; use [encrypted] or "
                           "[not encrypted].")
                            .arg(number)
                            .arg(shown);
            return std::nullopt;
        }
        flow.encryptedInTransit = *encrypted;
        text = text.left(open).trimmed();
    }

    const qsizetype arrow = text.indexOf(QLatin1Char('>'));
    if (arrow < 0) {
        problems << tr("data flow %1 (\"%2\") needs a '>' between where the data comes from and "
                       "where it goes, e.g. \"Clinic EHR > Billing service via SFTP\".")
                        .arg(number)
                        .arg(shown);
        return std::nullopt;
    }
    if (text.indexOf(QLatin1Char('>'), arrow + 1) >= 0) {
        problems << tr("data flow %1 (\"%2\") has more than one '>'; separate flows with ';'.")
                        .arg(number)
                        .arg(shown);
        return std::nullopt;
    }
    flow.source = text.left(arrow).trimmed();
    // "->" reads as an arrow too.
    if (flow.source.endsWith(QLatin1Char('-')))
        flow.source = flow.source.chopped(1).trimmed();
    QString rest = text.mid(arrow + 1).trimmed();

    static const QRegularExpression via(QStringLiteral("(?:^|\\s)via\\s+"),
                                        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch last;
    for (QRegularExpressionMatchIterator it = via.globalMatch(rest); it.hasNext();)
        last = it.next();
    if (last.hasMatch()) {
        flow.channel = rest.mid(last.capturedEnd()).trimmed();
        rest = rest.left(last.capturedStart()).trimmed();
    }
    flow.destination = rest;
    if (flow.source.isEmpty() || flow.destination.isEmpty()) {
        problems << tr("data flow %1 (\"%2\") needs both where the data comes from and where it "
                       "goes, on each side of the '>'.")
                        .arg(number)
                        .arg(shown);
        return std::nullopt;
    }
    return flow;
}

QString AssetCsvDataFlows::format(const std::vector<DataFlow>& flows)
{
    QStringList parts;
    for (const DataFlow& flow : flows) {
        QString part = flow.source + QStringLiteral(" > ") + flow.destination;
        if (!flow.channel.isEmpty())
            part += QStringLiteral(" via ") + flow.channel;
        if (flow.encryptedInTransit)
            part += QStringLiteral(" [") + encryptedMarker + QLatin1Char(']');
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace palisade
