#include "core/policies/PolicyTemplateParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace palisade {

namespace {

const QLatin1String fieldKey("key");
const QLatin1String fieldCode("code");
const QLatin1String fieldTitle("title");
const QLatin1String fieldCategory("category");
const QLatin1String fieldReviewMonths("review_months");
const QLatin1String fieldCitations("citations");
const QLatin1String fieldApprovals("approvals");

constexpr int maximumReviewMonths = 60;

Error malformed(const QString& fileName, const QString& reason)
{
    return Error{ErrorKind::Invalid,
                 QCoreApplication::translate("palisade::PolicyTemplateParser",
                                             "The policy template \"%1\" is malformed.")
                     .arg(fileName),
                 reason};
}

QStringList splitList(const QString& value)
{
    QStringList items;
    for (const QString& item : value.split(QLatin1Char(','))) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items << trimmed;
    }
    return items;
}

QString checkFields(const QHash<QString, QString>& fields, PolicyTemplate& result)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"));
    static const QRegularExpression citationPattern(
        QStringLiteral("^[0-9]{3}\\.[0-9]+(\\([0-9A-Za-z]+\\))*$"));

    for (const QLatin1String name : {fieldKey, fieldCode, fieldTitle, fieldCategory,
                                     fieldReviewMonths, fieldCitations, fieldApprovals}) {
        if (fields.value(name).isEmpty())
            return QStringLiteral("the header has no \"%1\"").arg(name);
    }

    result.key = fields.value(fieldKey);
    if (!keyPattern.match(result.key).hasMatch())
        return QStringLiteral("key \"%1\" is not lowercase words joined by hyphens")
            .arg(result.key);
    result.code = fields.value(fieldCode);
    if (!codePattern.match(result.code).hasMatch())
        return QStringLiteral("code \"%1\" is not letters and digits joined by hyphens")
            .arg(result.code);
    result.title = fields.value(fieldTitle);
    result.category = fields.value(fieldCategory);
    if (!PolicyTemplateParser::categoryKeys().contains(result.category))
        return QStringLiteral("category \"%1\" is not one of %2")
            .arg(result.category, PolicyTemplateParser::categoryKeys().join(QStringLiteral(", ")));

    bool isNumber = false;
    result.reviewMonths = fields.value(fieldReviewMonths).toInt(&isNumber);
    if (!isNumber || result.reviewMonths < 1 || result.reviewMonths > maximumReviewMonths)
        return QStringLiteral("review_months \"%1\" is not a whole number from 1 to %2")
            .arg(fields.value(fieldReviewMonths))
            .arg(maximumReviewMonths);

    result.citations = splitList(fields.value(fieldCitations));
    for (const QString& citation : std::as_const(result.citations)) {
        if (!citationPattern.match(citation).hasMatch())
            return QStringLiteral("citation \"%1\" is not of the form 164.308(a)(1)(ii)(A)")
                .arg(citation);
    }
    if (result.citations.removeDuplicates() > 0)
        return QStringLiteral("a citation is listed twice");

    result.approvalRoles = splitList(fields.value(fieldApprovals));
    if (result.approvalRoles.isEmpty())
        return QStringLiteral("the header has no \"%1\"").arg(fieldApprovals);
    return {};
}

} // namespace

QStringList PolicyTemplateParser::categoryKeys()
{
    return {QStringLiteral("privacy"), QStringLiteral("security"),
            QStringLiteral("breach_notification"), QStringLiteral("administrative")};
}

Result<PolicyTemplate> PolicyTemplateParser::parse(const QByteArray& bytes, const QString& fileName)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = text.split(QLatin1Char('\n'));

    static const QStringList known = {fieldKey,      fieldCode,         fieldTitle,
                                      fieldCategory, fieldReviewMonths, fieldCitations,
                                      fieldApprovals};
    QHash<QString, QString> fields;
    qsizetype bodyStart = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line == QLatin1String("---")) {
            bodyStart = i + 1;
            break;
        }
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString where = QStringLiteral("line %1: ").arg(i + 1);
        if (colon <= 0)
            return malformed(fileName, where + QStringLiteral("expected \"name: value\" or "
                                                              "\"---\" ending the header"));
        const QString name = line.left(colon).trimmed();
        if (!known.contains(name))
            return malformed(fileName, where + QStringLiteral("unknown field \"%1\"").arg(name));
        if (fields.contains(name))
            return malformed(fileName, where + QStringLiteral("\"%1\" is given twice").arg(name));
        fields.insert(name, line.mid(colon + 1).trimmed());
    }
    if (bodyStart < 0)
        return malformed(fileName, QStringLiteral("no line \"---\" ends the header"));

    PolicyTemplate result;
    if (const QString problem = checkFields(fields, result); !problem.isEmpty())
        return malformed(fileName, problem);

    QStringList bodyLines = lines.mid(bodyStart);
    while (!bodyLines.isEmpty() && bodyLines.front().trimmed().isEmpty())
        bodyLines.removeFirst();
    while (!bodyLines.isEmpty() && bodyLines.back().trimmed().isEmpty())
        bodyLines.removeLast();
    if (bodyLines.isEmpty())
        return malformed(fileName, QStringLiteral("the policy text after \"---\" is empty"));
    result.body = bodyLines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return result;
}

} // namespace palisade
