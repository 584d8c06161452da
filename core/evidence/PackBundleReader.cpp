#include "core/evidence/PackBundleReader.h"

#include <QCryptographicHash>
#include <zip.h>

namespace palisade {

bool PackBundleReader::looksLikeZip(const QByteArray& head)
{
    return head.startsWith(QByteArrayLiteral("PK\x03\x04")) ||
           head.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

Result<PackBundleReader> PackBundleReader::open(QByteArray bytes)
{
    PackBundleReader reader;
    reader.m_bytes = std::move(bytes);
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(reader.m_bytes.constData(),
                                                    zip_uint64_t(reader.m_bytes.size()), 0, &error);
    zip_t* archive = source == nullptr
                         ? nullptr
                         : zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (archive == nullptr) {
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        if (source != nullptr)
            zip_source_free(source);
        return Error{ErrorKind::Integrity, tr("The file is not a zip archive that can be read."),
                     detail};
    }
    zip_error_fini(&error);
    reader.m_zip = std::unique_ptr<zip, void (*)(zip*)>(archive, &zip_discard);
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* name = zip_get_name(archive, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        reader.m_names << (name == nullptr ? QString() : QString::fromUtf8(name));
    }
    return reader;
}

PackBundleReader::PackBundleReader(PackBundleReader&&) noexcept = default;
PackBundleReader& PackBundleReader::operator=(PackBundleReader&&) noexcept = default;
PackBundleReader::~PackBundleReader() = default;

qint64 PackBundleReader::size(int index) const
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip.get(), zip_uint64_t(index), 0, &stat) < 0 ||
        (stat.valid & ZIP_STAT_SIZE) == 0)
        return -1;
    return qint64(stat.size);
}

Error PackBundleReader::unreadable(int index) const
{
    return Error{ErrorKind::Integrity,
                 tr("%1 in the zip archive cannot be read.").arg(m_names.value(index)),
                 QString::fromUtf8(zip_strerror(m_zip.get()))};
}

Result<PackBundleReader::Digest> PackBundleReader::digest(int index) const
{
    zip_file_t* file = zip_fopen_index(m_zip.get(), zip_uint64_t(index), 0);
    if (file == nullptr)
        return unreadable(index);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Digest digest;
    QByteArray piece(64 * 1024, Qt::Uninitialized);
    zip_int64_t read = 0;
    while ((read = zip_fread(file, piece.data(), zip_uint64_t(piece.size()))) > 0) {
        hash.addData(QByteArrayView(piece.constData(), qsizetype(read)));
        digest.size += read;
    }
    zip_fclose(file);
    // A negative read is a damaged entry (a failed CRC check, bad data).
    if (read < 0)
        return unreadable(index);
    digest.sha256 = QString::fromLatin1(hash.result().toHex());
    return digest;
}

Result<QByteArray> PackBundleReader::content(int index, qint64 limit) const
{
    zip_file_t* file = zip_fopen_index(m_zip.get(), zip_uint64_t(index), 0);
    if (file == nullptr)
        return unreadable(index);
    QByteArray bytes;
    QByteArray piece(64 * 1024, Qt::Uninitialized);
    zip_int64_t read = 0;
    while ((read = zip_fread(file, piece.data(), zip_uint64_t(piece.size()))) > 0) {
        if (bytes.size() + read > limit) {
            zip_fclose(file);
            return Error{
                ErrorKind::Integrity,
                tr("%1 in the zip archive is larger than expected.").arg(m_names.value(index)),
                {}};
        }
        bytes.append(piece.constData(), qsizetype(read));
    }
    zip_fclose(file);
    if (read < 0)
        return unreadable(index);
    return bytes;
}

} // namespace palisade
