#include "core/evidence/PackBundleWriter.h"

#include "core/io/ExportTarget.h"

#include <QSaveFile>
#include <memory>
#include <zip.h>

namespace palisade {
namespace {

struct ZipErrorText
{
    zip_error_t error;
    ZipErrorText() { zip_error_init(&error); }
    ~ZipErrorText() { zip_error_fini(&error); }
    ZipErrorText(const ZipErrorText&) = delete;
    ZipErrorText& operator=(const ZipErrorText&) = delete;
    QString text() { return QString::fromUtf8(zip_error_strerror(&error)); }
};

Error archiveFailed(const QString& detail)
{
    return Error{ErrorKind::Io,
                 PackBundleWriter::tr("The evidence bundle could not be put together."), detail};
}

} // namespace

Result<QByteArray> PackBundleWriter::archive(const std::vector<PackBundleFile>& files,
                                             const QDateTime& modifiedAt)
{
    ZipErrorText error;
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error.error);
    if (buffer == nullptr)
        return archiveFailed(error.text());
    // The archive writes into `buffer`, which is kept past zip_close() so
    // its bytes can be read out.
    zip_t* zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error.error);
    if (zip == nullptr) {
        zip_source_free(buffer);
        return archiveFailed(error.text());
    }
    zip_source_keep(buffer);
    const std::unique_ptr<zip_source_t, decltype(&zip_source_free)> kept(buffer, &zip_source_free);
    const auto fail = [&](const QString& what) {
        const QString detail =
            QStringLiteral("%1: %2").arg(what, QString::fromUtf8(zip_strerror(zip)));
        zip_discard(zip);
        return archiveFailed(detail);
    };

    const time_t stamp = time_t(modifiedAt.toSecsSinceEpoch());
    for (const PackBundleFile& file : files) {
        const QByteArray name = file.path.toUtf8();
        zip_source_t* source =
            zip_source_buffer(zip, file.content.constData(), zip_uint64_t(file.content.size()), 0);
        if (source == nullptr)
            return fail(file.path);
        const zip_int64_t index = zip_file_add(zip, name.constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return fail(file.path);
        }
        if (zip_file_set_mtime(zip, zip_uint64_t(index), stamp, 0) < 0)
            return fail(file.path);
    }
    if (zip_close(zip) < 0)
        return fail(QStringLiteral("close"));

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer, &stat) < 0 || zip_source_open(buffer) < 0)
        return archiveFailed(QString::fromUtf8(zip_error_strerror(zip_source_error(buffer))));
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(buffer, bytes.data(), stat.size);
    zip_source_close(buffer);
    if (read < 0 || zip_uint64_t(read) != stat.size)
        return archiveFailed(QStringLiteral("short read of the archive"));
    return bytes;
}

Result<void> PackBundleWriter::write(const QString& path, const QByteArray& bytes,
                                     OverwritePolicy overwrite)
{
    if (Result<void> target = ExportTarget::check(path, overwrite); !target)
        return target.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportTarget::writeFailed(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return ExportTarget::writeFailed(path, reason);
    }
    if (!file.commit())
        return ExportTarget::writeFailed(path, file.errorString());
    return {};
}

} // namespace palisade
