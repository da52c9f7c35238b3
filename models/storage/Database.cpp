#include "Database.h"

#include "AutoBackup.h"
#include "Migrations.h"
#include "domain/Clock.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QtEndian>

#include <cstdio>
#include <pwd.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace assetreg {
namespace {

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("assetreg-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString quoteSqlString(const QString& text) {
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

Database::Database() = default;

Database::~Database() {
    close();
}

void Database::setError(StorageError::Kind kind, const QString& message) {
    m_error = StorageError::make(kind, message);
}

bool Database::refuseInvalid(StorageError invalid) {
    if (invalid.fieldErrors.isEmpty())
        return false;
    invalid.kind = StorageError::Kind::Validation;
    invalid.message = invalid.fieldErrors.first().message;
    m_error = invalid;
    return true;
}

void Database::setSqlError(const QSqlQuery& query, const QString& context) {
    const QSqlError error = query.lastError();
    QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (backend() == Backend::PostgreSQL) {
        // By SQLSTATE: the driver's text quotes the statement, which is no message for people.
        const QString state = error.nativeErrorCode();
        // The application's statements are fixed and tested: a "syntax error" in one with '?'
        // placeholders means the server could not prepare it, and Qt then sent the text as it
        // was. Preparing waits for the table's lock like the statement itself (lock_timeout).
        const bool unprepared =
            state == QLatin1String("42601") && query.lastQuery().contains(QLatin1Char('?'));
        if (state == QLatin1String("55P03") || unprepared) { // lock_not_available
            setError(StorageError::Kind::Io,
                     tr("%1: the register is locked by another session, which has held it for "
                        "more than %2 seconds. Nothing was saved; try again in a moment, or ask "
                        "the administrator who is holding the lock.")
                         .arg(context)
                         .arg(kLockTimeoutMs / 1000));
            return;
        }
        if (state == QLatin1String("57014")) { // query_canceled (statement_timeout)
            setError(StorageError::Kind::Io,
                     tr("%1: the server did not finish within %2 minutes, so the statement was "
                        "cancelled. Nothing was saved.")
                         .arg(context)
                         .arg(kStatementTimeoutSeconds / 60));
            return;
        }
        if (state == QLatin1String("42501")) { // insufficient_privilege, row security
            const QString why = detail.section(QLatin1Char('\n'), 0, 0).trimmed();
            setError(StorageError::Kind::Refused,
                     tr("%1: the shared register refused this for your login (%2).")
                         .arg(context, why.isEmpty() ? m_currentUser : why));
            return;
        }
        if (state.startsWith(QLatin1String("08"))) { // connection exceptions
            setError(
                StorageError::Kind::Io,
                tr("%1: the connection to the server was lost. Nothing was saved.").arg(context));
            return;
        }
        // Other server errors: their first line, never the statement.
        detail = detail.section(QLatin1Char('\n'), 0, 0);
    }
    if (detail.contains(QLatin1String("database is locked")) ||
        detail.contains(QLatin1String("SQLITE_BUSY"))) {
        setError(StorageError::Kind::Io,
                 tr("%1: the register is locked by another program. Try again in a moment.")
                     .arg(context));
        return;
    }
    // SQLITE_FULL: the disk (or the register's page limit) is full; the transaction was rolled
    // back, so the register is as it was before this change.
    if (detail.contains(QLatin1String("database or disk is full"))) {
        setError(StorageError::Kind::Io,
                 tr("%1: the disk is full, so the change was not saved. Everything saved before "
                    "is intact. Free some space and save again.")
                     .arg(context));
        return;
    }
    setError(StorageError::Kind::Sql, context + QLatin1String(": ") + detail.trimmed());
}

StorageError Database::inspectSqliteFile(const QString& path, bool allowEmpty) {
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return StorageError::make(StorageError::Kind::NotFound,
                                  tr("The register \"%1\" does not exist.").arg(shown));
    if (!file.open(QIODevice::ReadOnly))
        return StorageError::make(StorageError::Kind::Io,
                                  tr("Cannot read \"%1\": %2").arg(shown, file.errorString()));
    const qint64 size = file.size();
    if (size == 0) {
        if (allowEmpty)
            return {};
        return StorageError::make(StorageError::Kind::Refused,
                                  tr("\"%1\" is an empty file, not an asset register.").arg(shown));
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return StorageError::make(StorageError::Kind::Refused,
                                  tr("\"%1\" is not an asset register: it is not an SQLite "
                                     "database file. The file was not changed.")
                                      .arg(shown));
    if (header.size() < 100)
        return StorageError::make(StorageError::Kind::Refused,
                                  tr("\"%1\" is damaged: the file is truncated (only %2 bytes). "
                                     "The file was not changed.")
                                      .arg(shown)
                                      .arg(size));
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return StorageError::make(StorageError::Kind::Refused,
                                  tr("\"%1\" is damaged: its header is invalid. The file was not "
                                     "changed.")
                                      .arg(shown));
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    // A process killed while checkpointing its write-ahead log may leave page 1 (with the new
    // page count) written and later pages not yet: the log beside the file completes them on the
    // next open, so only without a log is a short file truncated.
    const bool logged = QFileInfo(path + QStringLiteral("-wal")).size() > 0 ||
                        QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    if (size % pageSize != 0 ||
        (!logged && validFor == changeCounter && qint64(pageCount) * pageSize > size))
        return StorageError::make(StorageError::Kind::Refused,
                                  tr("\"%1\" is damaged: the file is truncated (%2 bytes, %3 "
                                     "expected). The file was not changed.")
                                      .arg(shown)
                                      .arg(size)
                                      .arg(qint64(pageCount) * pageSize));
    const quint32 applicationId = qFromBigEndian<quint32>(bytes + 68);
    if (applicationId != 0 && applicationId != kApplicationId)
        return StorageError::make(StorageError::Kind::Refused,
                                  tr("\"%1\" is an SQLite database of another application, not "
                                     "an asset register. The file was not changed.")
                                      .arg(shown));
    return {};
}

QString Database::networkFileSystemName(qint64 fsType) {
    // The f_type magic numbers of linux/magic.h (and of fs/smb for SMB2/3).
    switch (quint32(fsType)) {
    case 0x6969:
        return QStringLiteral("NFS");
    case 0x517B:
        return QStringLiteral("SMB");
    case 0xFF534D42:
        return QStringLiteral("CIFS");
    case 0xFE534D42:
        return QStringLiteral("SMB2");
    case 0x564C:
        return QStringLiteral("NCP");
    case 0x73757245:
        return QStringLiteral("Coda");
    case 0x5346414F:
    case 0x6B414653:
        return QStringLiteral("AFS");
    case 0x00C36400:
        return QStringLiteral("CephFS");
    case 0x01021997:
        return QStringLiteral("9P");
    case 0x0BD00BD0:
        return QStringLiteral("Lustre");
    case 0x01161970:
        return QStringLiteral("GFS2");
    case 0x7461636F:
        return QStringLiteral("OCFS2");
    default:
        return {};
    }
}

QString Database::networkFileSystemOf(const QString& path) {
    QFileInfo info(path);
    const QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    struct statfs fs {};
    if (::statfs(QFile::encodeName(existing).constData(), &fs) != 0)
        return {};
    return networkFileSystemName(qint64(fs.f_type));
}

bool Database::open(const ConnectionSettings& settings, OpenMode mode) {
    close();
    clearError();
    m_unusableFile = false;
    m_lastAutomaticBackup.clear();
    m_networkFileSystem.clear();
    m_warnings.clear();
    m_settings = settings;
    m_dialect = SqlDialect::create(settings.backend);
    if (!QSqlDatabase::isDriverAvailable(m_dialect->qtDriver())) {
        setError(StorageError::Kind::Io,
                 tr("The Qt database driver %1 is not installed.").arg(m_dialect->qtDriver()));
        return false;
    }
    m_connectionName = nextConnectionName();
    const bool ok = settings.backend == Backend::SQLite ? openSqlite(mode) : openPostgres();
    if (!ok) {
        const StorageError error = m_error;
        close();
        m_error = error;
        return false;
    }
    if (settings.backend == Backend::SQLite)
        noteSqliteConditions();
    return true;
}

void Database::noteSqliteConditions() {
    const QString shown = QDir::toNativeSeparators(m_settings.sqlitePath);
    if (m_readOnly)
        m_warnings.append(tr("\"%1\" is open read-only because the file or its folder cannot be "
                             "written. You can view, search, print and export, but not save "
                             "changes.")
                              .arg(shown));
    m_networkFileSystem = networkFileSystemOf(m_settings.sqlitePath);
    if (!m_networkFileSystem.isEmpty())
        m_warnings.append(tr("\"%1\" is on a network drive (%2). SQLite cannot lock files "
                             "reliably there, so two people saving at the same time can damage "
                             "the register. For a register shared over the network, use the "
                             "PostgreSQL mode (File → Connect to a PostgreSQL Register).")
                              .arg(shown, m_networkFileSystem));
    // Only a register that has just passed its integrity check is copied, so a backup is never
    // a copy of damage; a large register checked later in the background is not copied here.
    if (m_automaticBackups && !m_readOnly && !m_checkDeferred &&
        tableExists(QStringLiteral("schema_migrations"))) {
        QString error;
        if (!AutoBackup::takeIfDue(*this, &m_lastAutomaticBackup, &error))
            m_warnings.append(
                tr("No automatic backup of the register could be taken: %1").arg(error));
        clearError();
    }
}

bool Database::openSqlite(OpenMode mode) {
    const QString path = m_settings.sqlitePath;
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode == OpenMode::ExistingOnly) {
        setError(StorageError::Kind::NotFound,
                 tr("The register \"%1\" does not exist.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (exists) {
        if (info.isDir()) {
            setError(
                StorageError::Kind::Refused,
                tr("\"%1\" is a folder, not a register file.").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        m_error = inspectSqliteFile(path, mode == OpenMode::CreateIfMissing);
        if (m_error.isError()) {
            m_unusableFile = m_error.kind == StorageError::Kind::Refused;
            return false;
        }
        m_readOnly = !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable();
    } else if (!QDir().mkpath(info.absolutePath())) {
        setError(StorageError::Kind::Io, tr("Cannot create the folder \"%1\".")
                                             .arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->qtDriver(), m_connectionName);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_readOnly)
        options += QLatin1String(";QSQLITE_OPEN_READONLY");
    // A WAL register in a folder we cannot write needs its shared-memory file, which SQLite
    // cannot create there. Without one no connection has the register open in WAL mode, so it
    // is read as an immutable file instead of not at all.
    if (m_readOnly && !QFileInfo(info.absolutePath()).isWritable() &&
        !QFileInfo::exists(path + QStringLiteral("-shm"))) {
        db.setDatabaseName(
            QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
            QStringLiteral("?immutable=1"));
        options += QLatin1String(";QSQLITE_OPEN_URI");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        setError(StorageError::Kind::Io,
                 tr("Cannot open \"%1\": %2")
                     .arg(QDir::toNativeSeparators(path), db.lastError().text()));
        return false;
    }

    // Check before anything writes: a damaged file must stay exactly as it was. A large
    // register is checked in the background instead (runDeferredCheck), so that it opens at once.
    m_checkDeferred = exists && info.size() > m_inlineCheckLimit && m_deferLargeChecks;
    if (!m_checkDeferred) {
        const StorageError damage = quickCheck(db, path);
        if (damage.isError()) {
            m_error = damage;
            m_unusableFile = damage.kind == StorageError::Kind::Refused;
            return false;
        }
    }
    if (!tableExists(QStringLiteral("schema_migrations")) && !tables().isEmpty()) {
        setError(StorageError::Kind::Refused,
                 tr("\"%1\" is an SQLite database but not an asset register. The file was not "
                    "changed.")
                     .arg(QDir::toNativeSeparators(path)));
        m_unusableFile = true;
        return false;
    }

    if (!m_readOnly) {
        // A 64 MB page cache: an import of 100k assets updates several indexes and the search
        // index in one transaction, and the default 2 MB cache thrashes on that.
        for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                   "PRAGMA cache_size = -65536"}) {
            QSqlQuery q(db);
            if (!q.exec(QString::fromLatin1(pragma))) {
                setSqlError(q, tr("Preparing the register"));
                return false;
            }
        }
    }
    QSqlQuery fk(db);
    if (!fk.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        setSqlError(fk, tr("Preparing the register"));
        return false;
    }
    m_currentUser = osLogin();
    return true;
}

bool Database::openPostgres() {
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->qtDriver(), m_connectionName);
    if (!m_settings.host.isEmpty())
        db.setHostName(m_settings.host);
    db.setPort(m_settings.port);
    db.setDatabaseName(m_settings.databaseName);
    if (!m_settings.user.isEmpty())
        db.setUserName(m_settings.user);
    if (!m_settings.password.isEmpty())
        db.setPassword(m_settings.password);
    QString options = m_settings.extraOptions;
    if (!options.contains(QLatin1String("connect_timeout")))
        options += (options.isEmpty() ? QString() : QStringLiteral(";")) +
                   QStringLiteral("connect_timeout=10");
    db.setConnectOptions(options);
    if (!db.open()) {
        setError(StorageError::Kind::Io,
                 tr("Cannot connect to the PostgreSQL register %1: %2")
                     .arg(m_settings.displayName(), db.lastError().text().trimmed()));
        return false;
    }
    QSqlQuery q(db);
    // Notices ("… already exists, skipping") would go to stderr of CLI users. A session that
    // holds a lock (or a runaway statement) must not hang every other writer: a save waits at
    // most 5 seconds for its locks, then says so, as on SQLite.
    if (!q.exec(QStringLiteral("SET client_encoding TO 'UTF8'")) ||
        !q.exec(QStringLiteral("SET client_min_messages TO WARNING")) ||
        !q.exec(QStringLiteral("SET lock_timeout TO '%1ms'").arg(kLockTimeoutMs)) ||
        !q.exec(QStringLiteral("SET statement_timeout TO '%1s'").arg(kStatementTimeoutSeconds)) ||
        !q.exec(QStringLiteral("SELECT session_user, "
                               "(SELECT rolsuper FROM pg_roles WHERE rolname = session_user)")) ||
        !q.next()) {
        setSqlError(q, tr("Preparing the register"));
        return false;
    }
    // session_user: the login, whatever role a SECURITY DEFINER function or SET ROLE acts as.
    m_currentUser = q.value(0).toString();
    m_aboveRowSecurity = q.value(1).toBool();
    q.finish();
    // The schema's owner and superusers are not bound by row security in the way the
    // application's logins are: warn whoever uses such a login for day-to-day work.
    QSqlQuery owner(db);
    if (owner.exec(QStringLiteral("SELECT pg_get_userbyid(relowner) FROM pg_class "
                                  "WHERE oid = to_regclass('audit_log')")) &&
        owner.next() && owner.value(0).toString() == m_currentUser)
        m_aboveRowSecurity = true;
    owner.finish();
    if (m_aboveRowSecurity)
        m_warnings.append(
            tr("You are connected as \"%1\", the owner of the register's tables or a "
               "superuser. Row security and the audit rules do not bind this login: use it only "
               "to set up, update, back up and restore the register, and connect with your own "
               "login for everyday work (README, \"PostgreSQL\").")
                .arg(m_currentUser));
    if (!tableExists(QStringLiteral("schema_migrations")) && !tables().isEmpty()) {
        setError(StorageError::Kind::Refused,
                 tr("The PostgreSQL database %1 already holds other tables and is not an asset "
                    "register.")
                     .arg(m_settings.displayName()));
        return false;
    }
    return true;
}

StorageError Database::quickCheck(QSqlDatabase& db, const QString& path) {
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
        check.value(0).toString() != QLatin1String("ok")) {
        const QString detail = check.lastError().isValid() ? check.lastError().databaseText()
                                                           : check.value(0).toString();
        // SQLITE_CANTOPEN says nothing about the file's contents: not damage.
        if (check.lastError().nativeErrorCode() == QLatin1String("14"))
            return StorageError::make(
                StorageError::Kind::Io,
                tr("Cannot open \"%1\": %2").arg(QDir::toNativeSeparators(path), detail));
        return StorageError::make(StorageError::Kind::Refused,
                                  tr("\"%1\" is damaged and cannot be opened (%2). The file was "
                                     "not changed; restore it from a backup.")
                                      .arg(QDir::toNativeSeparators(path), detail));
    }
    return {};
}

StorageError Database::runDeferredCheck(const QString& path) {
    // Its own read-only connection: this runs on a worker thread.
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("assetreg-check-%1").arg(counter.fetchAndAddRelaxed(1));
    StorageError result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            result = StorageError::make(StorageError::Kind::Io, db.lastError().text());
        else
            result = quickCheck(db, path);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString Database::osLogin() const {
    for (const char* name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    if (const passwd* pw = getpwuid(getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("unknown");
}

void Database::close() {
    if (m_connectionName.isEmpty())
        return;
    while (m_txDepth > 0)
        rollback();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_readOnly = false;
    m_aboveRowSecurity = false;
    m_auditHead = {};
}

bool Database::isOpen() const {
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::query() const {
    return QSqlQuery(connection());
}

bool Database::run(QSqlQuery& query, const QString& context) {
    if (query.exec())
        return true;
    setSqlError(query, context);
    return false;
}

bool Database::exec(const QString& sql, const QString& context) {
    QSqlQuery q = query();
    if (q.exec(sql))
        return true;
    setSqlError(q, context);
    return false;
}

bool Database::tableExists(const QString& table) {
    QSqlQuery q = query();
    q.prepare(m_dialect->tableExistsQuery());
    q.addBindValue(table);
    return q.exec() && q.next();
}

QStringList Database::tables() {
    QStringList names;
    QSqlQuery q = query();
    if (q.exec(m_dialect->listTablesQuery())) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

int Database::latestSchemaVersion() {
    return Migrations::latestVersion();
}

int Database::schemaVersion() {
    if (!tableExists(QStringLiteral("schema_migrations")))
        return 0;
    QSqlQuery q = query();
    if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool Database::beginWrite() {
    if (m_readOnly) {
        setError(StorageError::Kind::Refused,
                 tr("The register is open read-only; changes cannot be saved."));
        return false;
    }
    const QString sql = m_txDepth == 0 ? m_dialect->beginWriteTransaction()
                                       : QStringLiteral("SAVEPOINT sp%1").arg(m_txDepth);
    if (!exec(sql, tr("Starting a transaction")))
        return false;
    ++m_txDepth;
    if (m_txDepth == 1)
        m_auditHead = {};
    return true;
}

bool Database::commit() {
    Q_ASSERT(m_txDepth > 0);
    if (m_txDepth <= 0)
        return false;
    const QString sql = m_txDepth == 1
                            ? QStringLiteral("COMMIT")
                            : QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_txDepth - 1);
    if (!exec(sql, tr("Saving the changes"))) {
        rollback();
        return false;
    }
    --m_txDepth;
    if (m_txDepth == 0)
        m_auditHead = {};
    return true;
}

void Database::rollback() {
    if (m_txDepth <= 0)
        return;
    QSqlQuery q = query();
    if (m_txDepth == 1) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        const QString sp = QStringLiteral("sp%1").arg(m_txDepth - 1);
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + sp);
        q.exec(QStringLiteral("RELEASE SAVEPOINT ") + sp);
    }
    --m_txDepth;
    // Entries appended since may be gone: read the chain's head again at the next append.
    m_auditHead = {};
}

bool Database::migrate(int targetVersion) {
    clearError();
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (latest == 0) {
        setError(StorageError::Kind::Refused,
                 tr("This build of the application contains no schema migrations; it cannot "
                    "open registers."));
        return false;
    }
    if (current > latest) {
        setError(StorageError::Kind::Refused,
                 tr("This register was saved by a newer version of the application (schema "
                    "version %1; this version knows up to %2). Update the application to open "
                    "it. The register was not changed.")
                     .arg(current)
                     .arg(latest));
        return false;
    }
    if (current >= targetVersion)
        return true;
    if (m_readOnly) {
        setError(StorageError::Kind::Refused,
                 tr("The register needs an update to schema version %1 but is read-only.")
                     .arg(targetVersion));
        return false;
    }
    m_lastMigrationBackup.clear();
    if (current > 0 && backend() == Backend::SQLite) {
        const QString stamp = Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString backup =
            m_settings.sqlitePath + QStringLiteral(".v%1-%2.bak").arg(current).arg(stamp);
        if (!copySqliteFileTo(backup)) {
            m_error.message = tr("No backup could be taken before updating the register, so it "
                                 "was not updated: %1")
                                  .arg(m_error.message);
            return false;
        }
        m_lastMigrationBackup = backup;
    }
    // One update is one transaction: the register is either at the new version with all its
    // data transformed, or untouched. Code steps run after all scripts, on the final schema, so
    // that they can use the current repositories.
    QList<Migration> pending;
    for (const Migration& migration : Migrations::all()) {
        if (migration.version > current && migration.version <= targetVersion)
            pending.append(migration);
    }
    Transaction tx(*this);
    if (!tx.isActive())
        return false;
    for (const Migration& migration : pending) {
        if (!applyMigration(migration.version, migration.name, migration.script))
            return false;
    }
    for (const Migration& migration : pending) {
        if (!Migrations::runCodeStep(*this, migration.version)) {
            m_error.message =
                tr("Updating the register to schema version %1").arg(migration.version) +
                QLatin1String(": ") + m_error.message;
            return false;
        }
    }
    if (!tx.commit())
        return false;
    if (backend() == Backend::SQLite) {
        exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
             tr("Marking the file as an asset register"));
    }
    return true;
}

bool Database::applyMigration(int version, const QString& name, const QString& script) {
    const QString context = tr("Updating the register to schema version %1").arg(version);
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                             "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                             "applied_at TEXT NOT NULL, app_version TEXT NOT NULL)"),
              context))
        return false;
    for (const QString& statement : m_dialect->prepareScript(script)) {
        QSqlQuery q = query();
        if (!q.exec(statement)) {
            setSqlError(q, context);
            return false;
        }
    }
    QSqlQuery record = query();
    record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at, "
                                  "app_version) VALUES (?, ?, ?, ?)"));
    record.addBindValue(version);
    record.addBindValue(name);
    record.addBindValue(Clock::nowUtc().toString(Qt::ISODateWithMs));
    record.addBindValue(QStringLiteral(ASSETREG_VERSION));
    return run(record, context);
}

bool Database::openAndMigrate(const ConnectionSettings& settings, OpenMode mode) {
    return open(settings, mode) && migrate();
}

bool Database::copySqliteFileTo(const QString& targetPath) {
    Q_ASSERT(backend() == Backend::SQLite);
    const QString temp = targetPath + QStringLiteral(".part");
    QFile::remove(temp);
    if (!exec(QStringLiteral("VACUUM INTO ") + quoteSqlString(temp),
              tr("Copying the register to \"%1\"").arg(QDir::toNativeSeparators(targetPath)))) {
        QFile::remove(temp);
        return false;
    }
    // rename(2) replaces an existing target atomically: readers see the old or the new copy.
    if (std::rename(QFile::encodeName(temp).constData(),
                    QFile::encodeName(targetPath).constData()) != 0) {
        QFile::remove(temp);
        setError(StorageError::Kind::Io,
                 tr("Cannot write \"%1\".").arg(QDir::toNativeSeparators(targetPath)));
        return false;
    }
    return true;
}

} // namespace assetreg
