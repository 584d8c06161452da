#include "tests/reliability/FaultInjectingVfs.h"

#include <stdexcept>

namespace palisade::test {

// The file SQLite holds: this header, then the default VFS's own file object.
struct FaultInjectingVfs::File
{
    sqlite3_file base;
    FaultInjectingVfs* owner;
    FileRole role;
    sqlite3_file* real;
};

namespace {

FaultInjectingVfs::FileRole roleFor(int flags)
{
    if (flags & SQLITE_OPEN_MAIN_DB)
        return FaultInjectingVfs::FileRole::MainDatabase;
    if (flags & SQLITE_OPEN_WAL)
        return FaultInjectingVfs::FileRole::Wal;
    if (flags & SQLITE_OPEN_MAIN_JOURNAL)
        return FaultInjectingVfs::FileRole::Journal;
    return FaultInjectingVfs::FileRole::Other;
}

} // namespace

FaultInjectingVfs::FaultInjectingVfs()
{
    m_base = sqlite3_vfs_find(nullptr);
    if (!m_base)
        throw std::runtime_error("SQLite has no default VFS");

    m_vfs.iVersion = 2;
    m_vfs.szOsFile = int(sizeof(File)) + m_base->szOsFile;
    m_vfs.mxPathname = m_base->mxPathname;
    m_vfs.zName = "palisade_fault_injecting";
    m_vfs.pAppData = this;
    m_vfs.xOpen = &FaultInjectingVfs::open;
    m_vfs.xDelete = [](sqlite3_vfs* vfs, const char* name, int syncDir) {
        return baseOf(vfs)->xDelete(baseOf(vfs), name, syncDir);
    };
    m_vfs.xAccess = [](sqlite3_vfs* vfs, const char* name, int flags, int* result) {
        return baseOf(vfs)->xAccess(baseOf(vfs), name, flags, result);
    };
    m_vfs.xFullPathname = [](sqlite3_vfs* vfs, const char* name, int size, char* out) {
        return baseOf(vfs)->xFullPathname(baseOf(vfs), name, size, out);
    };
    m_vfs.xDlOpen = [](sqlite3_vfs* vfs, const char* name) {
        return baseOf(vfs)->xDlOpen(baseOf(vfs), name);
    };
    m_vfs.xDlError = [](sqlite3_vfs* vfs, int size, char* message) {
        baseOf(vfs)->xDlError(baseOf(vfs), size, message);
    };
    m_vfs.xDlSym = [](sqlite3_vfs* vfs, void* handle, const char* symbol) {
        return baseOf(vfs)->xDlSym(baseOf(vfs), handle, symbol);
    };
    m_vfs.xDlClose = [](sqlite3_vfs* vfs, void* handle) {
        baseOf(vfs)->xDlClose(baseOf(vfs), handle);
    };
    m_vfs.xRandomness = [](sqlite3_vfs* vfs, int size, char* out) {
        return baseOf(vfs)->xRandomness(baseOf(vfs), size, out);
    };
    m_vfs.xSleep = [](sqlite3_vfs* vfs, int microseconds) {
        return baseOf(vfs)->xSleep(baseOf(vfs), microseconds);
    };
    m_vfs.xCurrentTime = [](sqlite3_vfs* vfs, double* now) {
        return baseOf(vfs)->xCurrentTime(baseOf(vfs), now);
    };
    m_vfs.xGetLastError = [](sqlite3_vfs* vfs, int size, char* out) {
        return baseOf(vfs)->xGetLastError(baseOf(vfs), size, out);
    };
    m_vfs.xCurrentTimeInt64 = [](sqlite3_vfs* vfs, sqlite3_int64* now) {
        return baseOf(vfs)->xCurrentTimeInt64(baseOf(vfs), now);
    };

    // Version 3 with the shared-memory and memory-map calls, which WAL mode needs.
    m_methods.iVersion = 3;
    m_methods.xClose = [](sqlite3_file* file) {
        return realOf(file)->pMethods->xClose(realOf(file));
    };
    m_methods.xRead = [](sqlite3_file* file, void* out, int amount, sqlite3_int64 offset) {
        return realOf(file)->pMethods->xRead(realOf(file), out, amount, offset);
    };
    m_methods.xWrite = &FaultInjectingVfs::write;
    m_methods.xTruncate = [](sqlite3_file* file, sqlite3_int64 size) {
        return realOf(file)->pMethods->xTruncate(realOf(file), size);
    };
    m_methods.xSync = &FaultInjectingVfs::sync;
    m_methods.xFileSize = [](sqlite3_file* file, sqlite3_int64* size) {
        return realOf(file)->pMethods->xFileSize(realOf(file), size);
    };
    m_methods.xLock = [](sqlite3_file* file, int level) {
        return realOf(file)->pMethods->xLock(realOf(file), level);
    };
    m_methods.xUnlock = [](sqlite3_file* file, int level) {
        return realOf(file)->pMethods->xUnlock(realOf(file), level);
    };
    m_methods.xCheckReservedLock = [](sqlite3_file* file, int* result) {
        return realOf(file)->pMethods->xCheckReservedLock(realOf(file), result);
    };
    m_methods.xFileControl = [](sqlite3_file* file, int op, void* arg) {
        return realOf(file)->pMethods->xFileControl(realOf(file), op, arg);
    };
    m_methods.xSectorSize = [](sqlite3_file* file) {
        return realOf(file)->pMethods->xSectorSize(realOf(file));
    };
    m_methods.xDeviceCharacteristics = [](sqlite3_file* file) {
        return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file));
    };
    m_methods.xShmMap = [](sqlite3_file* file, int page, int pageSize, int extend,
                           void volatile** out) {
        return realOf(file)->pMethods->xShmMap(realOf(file), page, pageSize, extend, out);
    };
    m_methods.xShmLock = [](sqlite3_file* file, int offset, int count, int flags) {
        return realOf(file)->pMethods->xShmLock(realOf(file), offset, count, flags);
    };
    m_methods.xShmBarrier = [](sqlite3_file* file) {
        realOf(file)->pMethods->xShmBarrier(realOf(file));
    };
    m_methods.xShmUnmap = [](sqlite3_file* file, int deleteFlag) {
        return realOf(file)->pMethods->xShmUnmap(realOf(file), deleteFlag);
    };
    m_methods.xFetch = [](sqlite3_file* file, sqlite3_int64 offset, int amount, void** out) {
        return realOf(file)->pMethods->xFetch(realOf(file), offset, amount, out);
    };
    m_methods.xUnfetch = [](sqlite3_file* file, sqlite3_int64 offset, void* page) {
        return realOf(file)->pMethods->xUnfetch(realOf(file), offset, page);
    };

    if (const int rc = sqlite3_vfs_register(&m_vfs, 1); rc != SQLITE_OK)
        throw std::runtime_error(sqlite3_errstr(rc));
}

FaultInjectingVfs::~FaultInjectingVfs()
{
    sqlite3_vfs_unregister(&m_vfs);
    sqlite3_vfs_register(m_base, 1);
}

void FaultInjectingVfs::arm(Fault fault, int after)
{
    m_fault = fault;
    m_after = after;
    m_operations = 0;
    m_writes = 0;
    m_syncs = 0;
    m_injected = 0;
    m_firstRole = FileRole::Other;
    m_armed = true;
}

void FaultInjectingVfs::disarm()
{
    m_armed = false;
}

const char* FaultInjectingVfs::roleName(FileRole role)
{
    switch (role) {
    case FileRole::MainDatabase:
        return "main database";
    case FileRole::Wal:
        return "WAL";
    case FileRole::Journal:
        return "rollback journal";
    case FileRole::Other:
        break;
    }
    return "other file";
}

sqlite3_vfs* FaultInjectingVfs::baseOf(sqlite3_vfs* vfs)
{
    return static_cast<FaultInjectingVfs*>(vfs->pAppData)->m_base;
}

sqlite3_file* FaultInjectingVfs::realOf(sqlite3_file* file)
{
    return reinterpret_cast<File*>(file)->real;
}

bool FaultInjectingVfs::failNext(bool isSync, FileRole role)
{
    if (!m_armed)
        return false;
    ++(isSync ? m_syncs : m_writes);
    if (isSync != (m_fault == Fault::SyncError))
        return false;
    if (m_operations++ < m_after)
        return false;
    if (m_injected == 0)
        m_firstRole = role;
    ++m_injected;
    return true;
}

int FaultInjectingVfs::open(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags,
                            int* outFlags)
{
    auto* self = static_cast<FaultInjectingVfs*>(vfs->pAppData);
    auto* shim = reinterpret_cast<File*>(file);
    shim->owner = self;
    shim->role = roleFor(flags);
    shim->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + sizeof(File));
    shim->real->pMethods = nullptr;
    const int rc = self->m_base->xOpen(self->m_base, name, shim->real, flags, outFlags);
    // SQLite calls xClose whenever pMethods is set, even after a failed open.
    file->pMethods = shim->real->pMethods ? &self->m_methods : nullptr;
    return rc;
}

int FaultInjectingVfs::write(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
{
    File* shim = reinterpret_cast<File*>(file);
    FaultInjectingVfs* self = shim->owner;
    if (self->failNext(false, shim->role))
        return self->m_fault == Fault::DiskFull ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    return shim->real->pMethods->xWrite(shim->real, data, amount, offset);
}

int FaultInjectingVfs::sync(sqlite3_file* file, int flags)
{
    File* shim = reinterpret_cast<File*>(file);
    if (shim->owner->failNext(true, shim->role))
        return SQLITE_IOERR_FSYNC;
    return shim->real->pMethods->xSync(shim->real, flags);
}

} // namespace palisade::test
