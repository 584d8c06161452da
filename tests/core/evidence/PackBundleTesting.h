#pragma once

// Evidence bundles read and changed with libzip directly, independently of
// the reader the program uses, so tests check the zip as any tool sees it.

#include <QByteArray>
#include <QString>
#include <functional>
#include <utility>
#include <vector>
#include <zip.h>

namespace palisade::test {

using ZipEntries = std::vector<std::pair<QString, QByteArray>>;

// Every entry of the zip at `path`, in archive order; empty when it cannot
// be opened.
inline ZipEntries readZip(const QString& path)
{
    ZipEntries entries;
    int error = 0;
    zip_t* archive = zip_open(path.toLocal8Bit().constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (archive == nullptr)
        return entries;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) < 0)
            break;
        QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
        zip_file_t* file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (file == nullptr)
            break;
        const zip_int64_t read = zip_fread(file, bytes.data(), stat.size);
        zip_fclose(file);
        if (read != zip_int64_t(stat.size))
            break;
        entries.emplace_back(QString::fromUtf8(stat.name), bytes);
    }
    zip_discard(archive);
    return entries;
}

inline const QByteArray* entryNamed(const ZipEntries& entries, const QString& name)
{
    for (const auto& [entryName, bytes] : entries) {
        if (entryName == name)
            return &bytes;
    }
    return nullptr;
}

// Rewrites the zip at `path` with `change` applied to the entry `name`;
// false when the entry is missing or the zip cannot be written.
inline bool changeZipEntry(const QString& path, const QString& name,
                           const std::function<void(QByteArray&)>& change)
{
    ZipEntries entries = readZip(path);
    QByteArray* bytes = nullptr;
    for (auto& entry : entries) {
        if (entry.first == name)
            bytes = &entry.second;
    }
    if (bytes == nullptr)
        return false;
    change(*bytes);
    int error = 0;
    zip_t* archive = zip_open(path.toLocal8Bit().constData(), 0, &error);
    if (archive == nullptr)
        return false;
    const QByteArray utf8 = name.toUtf8();
    const zip_int64_t index = zip_name_locate(archive, utf8.constData(), 0);
    zip_source_t* source =
        zip_source_buffer(archive, bytes->constData(), zip_uint64_t(bytes->size()), 0);
    if (index < 0 || source == nullptr ||
        zip_file_replace(archive, zip_uint64_t(index), source, 0) < 0) {
        if (source != nullptr)
            zip_source_free(source);
        zip_discard(archive);
        return false;
    }
    return zip_close(archive) == 0;
}

// Writes `entries` as a new zip at `path`, stored uncompressed: the same files
// as another tool might pack them.
inline bool writeZip(const QString& path, const ZipEntries& entries)
{
    int error = 0;
    zip_t* archive = zip_open(path.toLocal8Bit().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (archive == nullptr)
        return false;
    for (const auto& [name, bytes] : entries) {
        zip_source_t* source =
            zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        const QByteArray utf8 = name.toUtf8();
        const zip_int64_t index =
            source == nullptr ? -1 : zip_file_add(archive, utf8.constData(), source, 0);
        if (index < 0 ||
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0) < 0) {
            if (source != nullptr && index < 0)
                zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

} // namespace palisade::test
