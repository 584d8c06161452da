#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace palisade::test {

// A valid CSV file of one importer's layout and the hostile files made from
// it: each differs from the valid file by one kind of damage, put in a known
// row so that tests can expect the line an importer names. Rows are numbered
// from 0; row r is on line r + 2, below the header. Random content comes from
// a fixed seed, so every run sees the same bytes.
class HostileCsv
{
public:
    // `rows` must be plain text: no delimiter, quote or line break in a field.
    // `textColumn` is a column that takes free text.
    HostileCsv(const QStringList& header, const QList<QStringList>& rows, int textColumn);

    static int lineOf(int row) { return row + 2; }

    // UTF-8 without BOM, CRLF line ends.
    QByteArray valid() const;
    // Only line ends differ: a lone CR ends every line (old Mac exports).
    QByteArray crLineEnds() const;
    // No line break after the last row, which ends with an empty field: the
    // delimiter is the file's last byte.
    QByteArray endingInDelimiter() const;
    QByteArray headerOnly() const;
    QByteArray utf16WithBom() const;
    static QByteArray utf8BomOnly();

    // The row's text ends with "é" saved as Latin-1 (one byte 0xE9).
    QByteArray latin1Text(int row) const;
    QByteArray nulInText(int row) const;
    QByteArray nulInHeader() const;
    // The row's text is `bytes` letters long.
    QByteArray hugeText(int row, qsizetype bytes) const;
    // The row's text opens a quote that is never closed.
    QByteArray unclosedQuote(int row) const;
    // The row's unquoted text has a quote in its middle (withQuoteInside).
    QByteArray quoteInsideText(int row) const;
    static QString withQuoteInside(const QString& text);
    QByteArray extraField(int row) const;
    QByteArray lastFieldMissing(int row) const;
    // The header, then `count` rows of printable garbage with commas but no
    // quotes, each starting with a letter so that none is blank.
    QByteArray garbageRows(int count, quint32 seed) const;
    // The first rows with these texts, one per row and no more texts than
    // rows, each quoted as RFC 4180 says, with its quotes doubled.
    QByteArray withTexts(const QStringList& texts) const;

    // Random bytes; without NUL they still are not UTF-8.
    static QByteArray noise(qsizetype bytes, quint32 seed, bool withNul);
    static QByteArray commas(qsizetype bytes);

private:
    using Fields = QList<QByteArray>;

    QByteArray file(const QList<Fields>& rows, const QByteArray& lineEnd = "\r\n") const;
    QList<Fields> rowsWithText(int row, const QByteArray& text) const;

    Fields m_header;
    QList<Fields> m_rows;
    int m_textColumn;
};

} // namespace palisade::test
