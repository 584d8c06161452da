#include "core/io/CsvReader.h"

#include "core/io/CsvParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <array>
#include <optional>

namespace palisade {
namespace {

Error invalid(const QString& message)
{
    return Error{ErrorKind::Invalid, message, {}};
}

Error ioError(const QString& message, const QString& detail = {})
{
    return Error{ErrorKind::Io, message, detail};
}

QByteArrayView withoutBom(const QByteArray& data)
{
    const QByteArrayView view(data);
    return view.startsWith("\xEF\xBB\xBF") ? view.sliced(3) : view;
}

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    [[maybe_unused]] const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

// Counts lines the way CsvParser does: CRLF, LF and a lone CR each end one.
int lineAt(QByteArrayView data, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= data.size() || data[i + 1] != '\n')))
            ++line;
    }
    return line;
}

// Line by line, because a multi-byte sequence never contains CR or LF: the
// first line that does not decode is the one to name.
int firstInvalidUtf8Line(QByteArrayView data)
{
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = start;
        while (end < data.size() && data[end] != '\n' && data[end] != '\r')
            ++end;
        if (!isValidUtf8(data.sliced(start, end - start)))
            return lineAt(data, start);
        start = end + 1;
    }
    return lineAt(data, data.size());
}

std::optional<Error> checkEncoding(const QByteArray& data, QByteArrayView body)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return invalid(QCoreApplication::translate(
            "palisade::CsvReader", "The file is saved as UTF-16 text. Save it as “CSV UTF-8” and "
                                   "import it again."));
    if (const qsizetype nul = body.indexOf('\0'); nul >= 0)
        return invalid(QCoreApplication::translate(
                           "palisade::CsvReader",
                           "Line %1: the file contains binary data; it is not a CSV text file.")
                           .arg(lineAt(body, nul)));
    if (!isValidUtf8(body))
        return invalid(QCoreApplication::translate(
                           "palisade::CsvReader",
                           "Line %1: the text is not valid UTF-8. Save the file as “CSV UTF-8” "
                           "and import it again.")
                           .arg(firstInvalidUtf8Line(body)));
    return std::nullopt;
}

} // namespace

Result<QList<CsvRecord>> CsvReader::parse(const QByteArray& data)
{
    const QByteArrayView body = withoutBom(data);
    if (auto error = checkEncoding(data, body))
        return *error;
    return CsvParser(body, detectDelimiter(data)).records();
}

Result<QList<CsvRecord>> CsvReader::readFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return ioError(QCoreApplication::translate("palisade::CsvReader",
                                                   "Cannot read “%1”: the file does not exist.")
                           .arg(shown));
    if (info.isDir())
        return ioError(QCoreApplication::translate("palisade::CsvReader",
                                                   "Cannot read “%1”: it is a folder, not a file.")
                           .arg(shown));
    if (info.size() > maximumFileSize)
        return Error{ErrorKind::Invalid,
                     QCoreApplication::translate("palisade::CsvReader",
                                                 "“%1” is larger than %2 MB, too large to import.")
                         .arg(shown)
                         .arg(maximumFileSize / (1024 * 1024)),
                     {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(
            QCoreApplication::translate("palisade::CsvReader", "Cannot read “%1”.").arg(shown),
            file.errorString());
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return ioError(
            QCoreApplication::translate("palisade::CsvReader", "Cannot read “%1”.").arg(shown),
            file.errorString());
    auto records = parse(data);
    if (!records.ok()) {
        Error error = records.error();
        error.detail = shown;
        return error;
    }
    return records;
}

char CsvReader::detectDelimiter(const QByteArray& data)
{
    const QByteArrayView body = withoutBom(data);
    qsizetype pos = 0;
    while (pos < body.size() && (body[pos] == '\r' || body[pos] == '\n'))
        ++pos;
    constexpr std::array<char, 3> candidates = {',', ';', '\t'};
    std::array<int, 3> counts = {0, 0, 0};
    bool quoted = false;
    for (; pos < body.size(); ++pos) {
        const char c = body[pos];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\r' || c == '\n'))
            break;
        else if (!quoted)
            for (std::size_t i = 0; i < candidates.size(); ++i)
                counts[i] += c == candidates[i] ? 1 : 0;
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < candidates.size(); ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

} // namespace palisade
