#pragma once

#include <sqlcipher/sqlite3.h>

namespace palisade::test {

// A SQLite VFS that passes every call to the default VFS and, once armed,
// fails writes or syncs from a given operation on. While it exists it is the
// default VFS, so every connection opened in the meantime (the program's own)
// goes through it; connections opened through it must be closed before it is
// destroyed, which restores the previous default.
class FaultInjectingVfs
{
public:
    enum class Fault
    {
        WriteError, // xWrite fails with SQLITE_IOERR_WRITE
        SyncError,  // xSync fails with SQLITE_IOERR_FSYNC
        DiskFull,   // xWrite fails with SQLITE_FULL
    };

    // The file a failed operation was aimed at.
    enum class FileRole
    {
        MainDatabase,
        Wal,
        Journal,
        Other,
    };

    FaultInjectingVfs();
    ~FaultInjectingVfs();
    FaultInjectingVfs(const FaultInjectingVfs&) = delete;
    FaultInjectingVfs& operator=(const FaultInjectingVfs&) = delete;

    // Counts the operations `fault` applies to (writes, or syncs) from zero;
    // the one numbered `after` and every later one fails, as a full disk or a
    // failing device would. Also resets the counts below.
    void arm(Fault fault, int after);
    // Passes everything through again.
    void disarm();

    // Since the last arm(): the writes and syncs seen (failed or not), and
    // the faults injected.
    int writes() const { return m_writes; }
    int syncs() const { return m_syncs; }
    int injected() const { return m_injected; }
    // The file the first injected fault hit (meaningful when injected() > 0).
    FileRole firstRole() const { return m_firstRole; }

    static const char* roleName(FileRole role);

private:
    struct File;
    static int open(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags,
                    int* outFlags);
    static int write(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset);
    static int sync(sqlite3_file* file, int flags);
    static sqlite3_vfs* baseOf(sqlite3_vfs* vfs);
    static sqlite3_file* realOf(sqlite3_file* file);
    // Counts this write (or sync) and tells whether it is to fail.
    bool failNext(bool isSync, FileRole role);

    sqlite3_vfs* m_base = nullptr;
    sqlite3_vfs m_vfs{};
    sqlite3_io_methods m_methods{};
    bool m_armed = false;
    Fault m_fault = Fault::WriteError;
    int m_after = 0;
    int m_operations = 0; // of the armed kind
    int m_writes = 0;
    int m_syncs = 0;
    int m_injected = 0;
    FileRole m_firstRole = FileRole::Other;
};

} // namespace palisade::test
