#pragma once

#include <QCoreApplication>

#include "ConnectionSettings.h"
#include "SqlDialect.h"
#include "StorageError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

// The gateway to one register: owns its connection (by name, one per thread), opens it safely,
// migrates its schema and runs transactions. Every other storage class works through it.
namespace assetreg {

class Database {
    Q_DECLARE_TR_FUNCTIONS(assetreg::Database)

public:
    enum class OpenMode { ExistingOnly, CreateIfMissing };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens and checks the register without changing it: a file that is not an intact SQLite
    // register is refused and its bytes are left exactly as they were.
    bool open(const ConnectionSettings& settings, OpenMode mode = OpenMode::ExistingOnly);
    // Brings the schema up to targetVersion. An existing SQLite register is copied to a backup
    // file first; each migration runs in its own transaction.
    bool migrate(int targetVersion = latestSchemaVersion());
    bool openAndMigrate(const ConnectionSettings& settings, OpenMode mode = OpenMode::ExistingOnly);
    void close();
    bool isOpen() const;

    const StorageError& lastError() const { return m_error; }
    QString errorString() const { return m_error.message; }
    void setError(StorageError::Kind kind, const QString& message);
    void setError(const StorageError& error) { m_error = error; }
    // A validation with field errors becomes the last error, its first message the summary;
    // true when there were any (the caller refuses the change).
    bool refuseInvalid(StorageError invalid);
    void setSqlError(const QSqlQuery& query, const QString& context);
    void clearError() { m_error = {}; }

    QSqlDatabase connection() const;
    const QString& connectionName() const { return m_connectionName; }
    const ConnectionSettings& settings() const { return m_settings; }
    Backend backend() const { return m_settings.backend; }
    const SqlDialect& dialect() const { return *m_dialect; }
    bool isReadOnly() const { return m_readOnly; }
    // The last open failed because the file is not an intact register (truncated, damaged or
    // another program's): the case where restoring an automatic backup is the remedy.
    bool openFoundUnusableFile() const { return m_unusableFile; }

    // Takes a rotating automatic backup (AutoBackup) of an SQLite register on open, at most once
    // a day. Off by default so that tools and tests opening large registers pay nothing.
    void setAutomaticBackups(bool on) { m_automaticBackups = on; }
    // The automatic backup taken by the last open, if one was due.
    QString lastAutomaticBackup() const { return m_lastAutomaticBackup; }
    // What the user should know about the open register although it opened: read-only, on a
    // network drive, no automatic backup possible. Empty when all is well.
    QStringList warnings() const { return m_warnings; }

    // The name of the network file system (NFS, SMB/CIFS, …) with statfs(2) type `fsType`, where
    // SQLite's file locking cannot be trusted; empty for a local file system.
    static QString networkFileSystemName(qint64 fsType);
    // The same for the file system holding `path` (or its folder when the file does not exist).
    static QString networkFileSystemOf(const QString& path);
    bool isOnNetworkFileSystem() const { return !m_networkFileSystem.isEmpty(); }

    static int latestSchemaVersion();
    int schemaVersion(); // 0 for an empty database
    bool tableExists(const QString& table);
    QStringList tables();
    // Path of the backup taken by the last migration, if any.
    QString lastMigrationBackup() const { return m_lastMigrationBackup; }

    // Who is changing the register: the database login on PostgreSQL, the OS login on SQLite.
    QString currentUser() const { return m_currentUser; }
    // Acting as another login, for tests of roles on SQLite (where the identity is the OS login).
    void setLoginForTesting(const QString& login) { m_currentUser = login; }
    // PostgreSQL: the login is a superuser or owns the register's tables, so row security and
    // the audit rules do not bind it (fine for set-up, update, backup and restore only).
    bool isAboveRowSecurity() const { return m_aboveRowSecurity; }

    // PostgreSQL sessions: how long a statement waits for a lock, and runs at most.
    static constexpr int kLockTimeoutMs = 5000;
    static constexpr int kStatementTimeoutSeconds = 600;

    // The audit chain's head as the current write transaction has left it, shared by every
    // AuditLog appending in it (SQLite; on PostgreSQL the server keeps the chain). Reset when a
    // transaction or savepoint ends or is rolled back.
    struct AuditHead {
        bool loaded = false;
        qint64 nextId = 1;
        QString prevHash;
    };
    AuditHead& auditHead() { return m_auditHead; }

    // A null QString binds as SQL NULL; text columns are NOT NULL, so bind text through this.
    static QVariant text(const QString& value) {
        return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
    }

    // A prepared query on this connection; check exec() through run().
    QSqlQuery query() const;
    bool run(QSqlQuery& query, const QString& context);
    bool exec(const QString& sql, const QString& context);

    // Transactions nest: the outermost one is a real transaction, inner ones are savepoints.
    bool beginWrite();
    bool commit();
    void rollback();
    int transactionDepth() const { return m_txDepth; }

    // Registers larger than this are integrity-checked after opening, off the caller's thread,
    // when setDeferLargeChecks(true) (the GUI); otherwise always before.
    static constexpr qint64 kInlineCheckLimit = 64LL * 1024 * 1024;
    void setDeferLargeChecks(bool defer, qint64 limit = kInlineCheckLimit) {
        m_deferLargeChecks = defer;
        m_inlineCheckLimit = limit;
    }
    bool integrityCheckDeferred() const { return m_checkDeferred; }
    // PRAGMA quick_check on its own read-only connection; callable from any thread.
    static StorageError runDeferredCheck(const QString& path);

    // A consistent online copy of an SQLite register (VACUUM INTO), written atomically.
    bool copySqliteFileTo(const QString& targetPath);

    // Checks an SQLite file's header without opening it: null error when it looks intact.
    static StorageError inspectSqliteFile(const QString& path, bool allowEmpty);

    static constexpr quint32 kApplicationId = 0x41525347; // "ARSG"

private:
    bool openSqlite(OpenMode mode);
    static StorageError quickCheck(QSqlDatabase& db, const QString& path);
    bool openPostgres();
    void noteSqliteConditions();
    bool applyMigration(int version, const QString& name, const QString& script);
    QString osLogin() const;

    ConnectionSettings m_settings;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    QString m_currentUser;
    QString m_lastMigrationBackup;
    StorageError m_error;
    bool m_readOnly = false;
    bool m_unusableFile = false;
    bool m_automaticBackups = false;
    QString m_lastAutomaticBackup;
    QString m_networkFileSystem;
    QStringList m_warnings;
    bool m_deferLargeChecks = false;
    bool m_checkDeferred = false;
    qint64 m_inlineCheckLimit = kInlineCheckLimit;
    int m_txDepth = 0;
    bool m_txFailed = false;
    bool m_aboveRowSecurity = false;
    AuditHead m_auditHead;
};

// Rolls back unless commit() was called: `Transaction tx(db); …; return tx.commit();`
class Transaction {
public:
    explicit Transaction(Database& db)
        : m_db(db)
        , m_active(db.beginWrite()) {}
    ~Transaction() {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit() {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }

private:
    Database& m_db;
    bool m_active;
};

} // namespace assetreg
