#pragma once

#include "core/storage/Statement.h"
#include "core/util/Result.h"

#include <QString>
#include <QStringList>
#include <memory>

struct sqlite3;

namespace palisade {

class SecretBuffer;
class StatementPool;

// One SQLCipher connection (RAII). Throwing calls are paired with try* calls
// that return a Result instead.
class Database
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadWriteCreate,
        ReadOnly,
    };

    // Opens the file without reading it; nothing is checked until a key is
    // applied and the schema is read.
    static Database open(const QString& path, Mode mode);
    static Result<Database> tryOpen(const QString& path, Mode mode);

    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool isOpen() const { return m_db != nullptr; }
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

    void key(const SecretBuffer& passphrase);
    void rekey(const SecretBuffer& passphrase);

    void exec(const QString& sql);
    Result<void> tryExec(const QString& sql);
    Statement prepare(const QString& sql);
    Result<Statement> tryPrepare(const QString& sql);

    // The first column of every row of a query (PRAGMA results, checks).
    QStringList column(const QString& sql);
    // The first column of the first row, or an empty string.
    QString scalar(const QString& sql);
    qint64 scalarInt(const QString& sql);

    // While on, prepare() reuses the statements it made earlier for the same
    // SQL (each comes back reset, without bindings), so bulk writing that
    // runs the same statements many times prepares each once. Off by
    // default; turning it off finalizes the kept statements.
    void setStatementReuse(bool on);
    bool statementReuse() const { return m_pool != nullptr; }

    qint64 lastInsertRowId() const;
    int changes() const;
    void close();

    // The raw handle, for the storage layer's own use (backup, fault tests).
    sqlite3* handle() const { return m_db; }

private:
    Database(sqlite3* db, QString path, Mode mode);
    [[noreturn]] void fail(int rc, const QString& sql = {}) const;

    sqlite3* m_db = nullptr;
    QString m_path;
    Mode m_mode = Mode::ReadWrite;
    std::shared_ptr<StatementPool> m_pool; // while statement reuse is on
};

} // namespace palisade
