#include "core/io/CsvHeader.h"

#include <QCoreApplication>

namespace palisade {
namespace {

QString quotedList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& name : names)
        quoted.append(QStringLiteral("“%1”").arg(name));
    return quoted.join(QStringLiteral(", "));
}

} // namespace

QString CsvHeader::key(const QString& name)
{
    return name.simplified().toCaseFolded();
}

Result<CsvHeader> CsvHeader::map(const CsvRecord& header, const QStringList& required,
                                 const QStringList& optional)
{
    QHash<QString, QString> expected;
    for (const QString& name : required + optional)
        expected.insert(key(name), name);

    CsvHeader result;
    result.m_line = header.line;
    QStringList unknown;
    QStringList repeated;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).simplified();
        result.m_named.append(!name.isEmpty());
        if (name.isEmpty())
            continue;
        const QString k = key(name);
        if (!expected.contains(k))
            unknown.append(name);
        else if (result.m_indexes.contains(k))
            repeated.append(name);
        else
            result.m_indexes.insert(k, i);
    }
    QStringList missing;
    for (const QString& name : required)
        if (!result.m_indexes.contains(key(name)))
            missing.append(name);
    if (missing.isEmpty() && unknown.isEmpty() && repeated.isEmpty())
        return result;

    QStringList problems;
    if (!missing.isEmpty())
        problems.append(QCoreApplication::translate("palisade::CsvHeader", "Missing: %1.")
                            .arg(quotedList(missing)));
    if (!unknown.isEmpty())
        problems.append(QCoreApplication::translate("palisade::CsvHeader", "Not recognized: %1.")
                            .arg(quotedList(unknown)));
    if (!repeated.isEmpty())
        problems.append(QCoreApplication::translate("palisade::CsvHeader", "Repeated: %1.")
                            .arg(quotedList(repeated)));
    QString expectation =
        QCoreApplication::translate("palisade::CsvHeader", "Expected columns: %1.")
            .arg(required.join(QStringLiteral(", ")));
    if (!optional.isEmpty())
        expectation += QLatin1Char(' ') +
                       QCoreApplication::translate("palisade::CsvHeader", "Optional columns: %1.")
                           .arg(optional.join(QStringLiteral(", ")));
    return Error{ErrorKind::Invalid,
                 QCoreApplication::translate("palisade::CsvHeader",
                                             "Line %1: the header row does not match. %2 %3")
                     .arg(header.line)
                     .arg(problems.join(QLatin1Char(' ')), expectation),
                 {}};
}

int CsvHeader::index(const QString& column) const
{
    return m_indexes.value(key(column), -1);
}

QString CsvHeader::value(const CsvRecord& record, const QString& column) const
{
    const int i = index(column);
    return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
}

Result<void> CsvHeader::check(const CsvRecord& record) const
{
    for (int i = 0; i < record.fields.size(); ++i) {
        const bool named = i < m_named.size() && m_named.at(i);
        if (!named && !record.fields.at(i).trimmed().isEmpty())
            return Error{ErrorKind::Invalid,
                         QCoreApplication::translate("palisade::CsvHeader",
                                                     "Line %1: column %2 has a value but no "
                                                     "name in the header row.")
                             .arg(record.line)
                             .arg(i + 1),
                         {}};
    }
    return {};
}

} // namespace palisade
