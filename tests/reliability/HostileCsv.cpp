#include "tests/reliability/HostileCsv.h"

#include <QRandomGenerator>
#include <QStringEncoder>

namespace palisade::test {

HostileCsv::HostileCsv(const QStringList& header, const QList<QStringList>& rows, int textColumn)
    : m_textColumn(textColumn)
{
    for (const QString& name : header)
        m_header << name.toUtf8();
    for (const QStringList& row : rows) {
        Fields fields;
        for (const QString& field : row)
            fields << field.toUtf8();
        m_rows << fields;
    }
}

QByteArray HostileCsv::file(const QList<Fields>& rows, const QByteArray& lineEnd) const
{
    QByteArray out = m_header.join(',') + lineEnd;
    for (const Fields& row : rows)
        out += row.join(',') + lineEnd;
    return out;
}

QList<HostileCsv::Fields> HostileCsv::rowsWithText(int row, const QByteArray& text) const
{
    QList<Fields> rows = m_rows;
    rows[row][m_textColumn] = text;
    return rows;
}

QByteArray HostileCsv::valid() const
{
    return file(m_rows);
}

QByteArray HostileCsv::crLineEnds() const
{
    return file(m_rows, "\r");
}

QByteArray HostileCsv::endingInDelimiter() const
{
    QByteArray data = valid();
    data.chop(2); // the last CRLF
    return data + ',';
}

QByteArray HostileCsv::headerOnly() const
{
    return file({});
}

QByteArray HostileCsv::utf16WithBom() const
{
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    return encoder.encode(QString::fromUtf8(valid()));
}

QByteArray HostileCsv::utf8BomOnly()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QByteArray HostileCsv::latin1Text(int row) const
{
    return file(rowsWithText(row, m_rows[row][m_textColumn] + QStringLiteral(" Café").toLatin1()));
}

QByteArray HostileCsv::nulInText(int row) const
{
    QByteArray text = m_rows[row][m_textColumn];
    text.insert(text.size() / 2, '\0');
    return file(rowsWithText(row, text));
}

QByteArray HostileCsv::nulInHeader() const
{
    QByteArray data = valid();
    data.insert(2, '\0'); // inside the first column's name
    return data;
}

QByteArray HostileCsv::hugeText(int row, qsizetype bytes) const
{
    return file(rowsWithText(row, QByteArray(bytes, 'x')));
}

QByteArray HostileCsv::unclosedQuote(int row) const
{
    return file(rowsWithText(row, '"' + m_rows[row][m_textColumn]));
}

QString HostileCsv::withQuoteInside(const QString& text)
{
    return QString(text).insert(text.size() / 2, QLatin1Char('"'));
}

QByteArray HostileCsv::quoteInsideText(int row) const
{
    const QString text = QString::fromUtf8(m_rows[row][m_textColumn]);
    return file(rowsWithText(row, withQuoteInside(text).toUtf8()));
}

QByteArray HostileCsv::extraField(int row) const
{
    QList<Fields> rows = m_rows;
    rows[row] << QByteArrayLiteral("surplus");
    return file(rows);
}

QByteArray HostileCsv::lastFieldMissing(int row) const
{
    QList<Fields> rows = m_rows;
    rows[row].removeLast();
    return file(rows);
}

QByteArray HostileCsv::garbageRows(int count, quint32 seed) const
{
    static const QByteArray letters("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    static const QByteArray printable(letters + "0123456789 ,,,,;:.!?#$%&'()*+-/<=>@[]^_`{|}~\\");
    QRandomGenerator random(seed);
    QByteArray out = m_header.join(',') + "\r\n";
    for (int i = 0; i < count; ++i) {
        out += letters.at(random.bounded(int(letters.size())));
        const int length = random.bounded(10, 60);
        for (int c = 0; c < length; ++c)
            out += printable.at(random.bounded(int(printable.size())));
        out += "\r\n";
    }
    return out;
}

QByteArray HostileCsv::withTexts(const QStringList& texts) const
{
    QList<Fields> rows = m_rows.mid(0, texts.size());
    for (int i = 0; i < texts.size(); ++i) {
        QByteArray quoted = texts.at(i).toUtf8();
        quoted.replace('"', "\"\"");
        rows[i][m_textColumn] = '"' + quoted + '"';
    }
    return file(rows);
}

QByteArray HostileCsv::noise(qsizetype bytes, quint32 seed, bool withNul)
{
    QRandomGenerator random(seed);
    QByteArray out(bytes, Qt::Uninitialized);
    for (char& byte : out) {
        byte = char(random.bounded(256));
        if (!withNul && byte == '\0')
            byte = '\x01';
    }
    return out;
}

QByteArray HostileCsv::commas(qsizetype bytes)
{
    return QByteArray(bytes, ',');
}

} // namespace palisade::test
