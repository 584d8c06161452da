#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

struct zip;

namespace palisade {

// Reads a zip archive held in memory (libzip), entry by entry, without
// writing anything to disk. Used to check an evidence bundle against its
// manifest.
class PackBundleReader
{
    Q_DECLARE_TR_FUNCTIONS(palisade::PackBundleReader)

public:
    // Whether `head` (the first bytes of a file) starts like a zip archive.
    static bool looksLikeZip(const QByteArray& head);
    // An Integrity error when `bytes` is not a zip archive libzip can read.
    static Result<PackBundleReader> open(QByteArray bytes);

    PackBundleReader(PackBundleReader&&) noexcept;
    PackBundleReader& operator=(PackBundleReader&&) noexcept;
    ~PackBundleReader();

    // The entries' names in archive order (UTF-8, '/'-separated).
    QStringList names() const { return m_names; }
    // The uncompressed size of an entry, as the archive states it.
    qint64 size(int index) const;
    // The SHA-256 of an entry's bytes (lower-case hex) and how many there
    // were, read in pieces so a large entry is never held whole.
    struct Digest
    {
        QString sha256;
        qint64 size = 0;
    };
    Result<Digest> digest(int index) const;
    // An entry's bytes; an Integrity error when it holds more than `limit`.
    Result<QByteArray> content(int index, qint64 limit) const;

private:
    PackBundleReader() = default;
    Error unreadable(int index) const;

    QByteArray m_bytes; // the archive reads from these
    std::unique_ptr<zip, void (*)(zip*)> m_zip{nullptr, nullptr};
    QStringList m_names;
};

} // namespace palisade
