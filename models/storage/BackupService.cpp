#include "BackupService.h"

#include "AccessControl.h"
#include "AuditLog.h"
#include "Database.h"
#include "domain/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <cstdio>

namespace assetreg {
namespace {

const QStringList kIdentityTables{
    QStringLiteral("organs"),
    QStringLiteral("departments"),
    QStringLiteral("sections"),
    QStringLiteral("people"),
    QStringLiteral("users"),
    QStringLiteral("classification_schemes"),
    QStringLiteral("classification_levels"),
    QStringLiteral("handling_restrictions"),
    QStringLiteral("threats"),
    QStringLiteral("risk_bands"),
    QStringLiteral("risk_templates"),
    QStringLiteral("assets"),
    QStringLiteral("risk_assessments"),
};

} // namespace

BackupService::BackupService(Database& db)
    : m_db(db) {
}

const QStringList& BackupService::tablesInDependencyOrder() {
    static const QStringList tables{
        QStringLiteral("settings"),
        QStringLiteral("organs"),
        QStringLiteral("departments"),
        QStringLiteral("sections"),
        QStringLiteral("people"),
        QStringLiteral("users"),
        QStringLiteral("asset_types"),
        QStringLiteral("classification_schemes"),
        QStringLiteral("classification_levels"),
        QStringLiteral("handling_restrictions"),
        QStringLiteral("level_default_restrictions"),
        QStringLiteral("threat_groups"),
        QStringLiteral("threats"),
        QStringLiteral("level_importance"),
        QStringLiteral("risk_bands"),
        QStringLiteral("risk_templates"),
        QStringLiteral("risk_template_rows"),
        QStringLiteral("assets"),
        QStringLiteral("asset_restrictions"),
        QStringLiteral("asset_dependencies"),
        QStringLiteral("risk_assessments"),
        QStringLiteral("audit_log"),
    };
    return tables;
}

bool BackupService::copyAll(Database& from, Database& to) {
    for (const QString& table : tablesInDependencyOrder()) {
        QSqlQuery read = from.query();
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT * FROM ") + table)) {
            from.setSqlError(read, tr("Reading %1").arg(table));
            m_error = from.errorString();
            return false;
        }
        const QSqlRecord record = read.record();
        QStringList columns;
        QStringList marks;
        for (int i = 0; i < record.count(); ++i) {
            columns.append(record.fieldName(i));
            marks.append(QStringLiteral("?"));
        }
        QSqlQuery write = to.query();
        write.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
        while (read.next()) {
            for (int i = 0; i < record.count(); ++i)
                write.bindValue(i, read.value(i));
            if (!write.exec()) {
                to.setSqlError(write, tr("Writing %1").arg(table));
                m_error = to.errorString();
                return false;
            }
        }
        for (const QString& sql : to.dialect().resetIdentity(table)) {
            if (kIdentityTables.contains(table) && !to.exec(sql, tr("Writing %1").arg(table))) {
                m_error = to.errorString();
                return false;
            }
        }
    }
    return true;
}

namespace {

QString setting(Database& db, const QString& key) {
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// The hash of entry #id, or empty when there is none.
QString entryHash(Database& db, qint64 id) {
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

qint64 scalar(Database& db, const QString& sql) {
    QSqlQuery q = db.query();
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

bool BackupService::backup(const QString& targetPath) {
    m_error.clear();
    // A backup is the whole register. On PostgreSQL row security hides parts of it from staff
    // and section heads, and a partial copy would be no backup (and could not even be written:
    // its foreign keys point at rows they cannot see).
    if (m_db.backend() == Backend::PostgreSQL && !m_db.isAboveRowSecurity()) {
        const AccessControl access(m_db);
        const Role role = access.effectiveRole();
        if (access.unknownToServer() ||
            (role != Role::Admin && role != Role::Officer && role != Role::Reader)) {
            m_error = tr("Only administrators, security officers and readers, who see the whole "
                         "register, can back it up; your login \"%1\" sees only part of it. "
                         "Nothing was written.")
                          .arg(m_db.currentUser());
            return false;
        }
    }
    if (m_db.backend() == Backend::SQLite) {
        if (!m_db.copySqliteFileTo(targetPath)) {
            m_error = m_db.errorString();
            return false;
        }
        return true;
    }
    // PostgreSQL: a fresh SQLite register filled from one consistent snapshot.
    const QString temp = targetPath + QStringLiteral(".part");
    QFile::remove(temp);
    {
        Database file;
        if (!file.openAndMigrate(ConnectionSettings::forSqlite(temp),
                                 Database::OpenMode::CreateIfMissing)) {
            m_error = file.errorString();
            QFile::remove(temp);
            return false;
        }
        if (file.schemaVersion() != m_db.schemaVersion()) {
            m_error = tr("The server register is at schema version %1, this application writes "
                         "version %2. Update the register first.")
                          .arg(m_db.schemaVersion())
                          .arg(file.schemaVersion());
            file.close();
            QFile::remove(temp);
            return false;
        }
        bool ok = m_db.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                            tr("Starting the backup"));
        Transaction tx(file);
        // The new file's reference data came from its migrations; the server's replaces it.
        for (auto it = tablesInDependencyOrder().crbegin();
             ok && it != tablesInDependencyOrder().crend(); ++it)
            ok = file.exec(QStringLiteral("DELETE FROM ") + *it, tr("Preparing the backup"));
        ok = ok && copyAll(m_db, file);
        for (const QString& sql : file.dialect().rebuildSearchIndex())
            ok = ok && file.exec(sql, tr("Rebuilding the search index"));
        ok = ok && tx.commit();
        m_db.exec(QStringLiteral("COMMIT"), tr("Finishing the backup"));
        if (!ok && m_error.isEmpty())
            m_error = file.errorString();
        file.close();
        if (!ok) {
            QFile::remove(temp);
            QFile::remove(temp + QStringLiteral("-wal"));
            QFile::remove(temp + QStringLiteral("-shm"));
            return false;
        }
    }
    if (std::rename(QFile::encodeName(temp).constData(),
                    QFile::encodeName(targetPath).constData()) != 0) {
        QFile::remove(temp);
        m_error = tr("Cannot write \"%1\".").arg(QDir::toNativeSeparators(targetPath));
        return false;
    }
    return true;
}

QString BackupService::whyNotRestore(Database& source, const QString& shown, Mode mode,
                                     const AuditVerification& sourceLog) {
    // Who: the administrators of the register being replaced. On PostgreSQL deleting the audit
    // log is the schema owner's alone, so restoring is too.
    const AccessControl access(m_db);
    if (m_db.backend() == Backend::PostgreSQL && !m_db.isAboveRowSecurity())
        return tr("On a shared PostgreSQL register only the database owner's login restores "
                  "backups (README, \"PostgreSQL\"); your login \"%1\" cannot.")
            .arg(m_db.currentUser());
    if (m_db.backend() == Backend::SQLite && !access.setupMode() &&
        access.effectiveRole() != Role::Admin)
        return tr("Only an administrator of this register can restore a backup over it; your "
                  "login \"%1\" is not one.")
            .arg(m_db.currentUser());
    if (mode == Mode::ReplaceRegister)
        return {};

    // A register nobody has used yet (no users, no assets) may take any backup.
    const bool pristine = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM users")) == 0 &&
                          scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM assets")) == 0;
    if (pristine)
        return {};
    const QString ours = setting(m_db, QStringLiteral("register_id"));
    const QString theirs = setting(source, QStringLiteral("register_id"));
    if (!ours.isEmpty() && ours != theirs)
        return tr("\"%1\" is a backup of another register (register id %2, this one is %3). "
                  "Restoring it would replace this register with a different one; if that is "
                  "really wanted, an administrator replaces the register as a whole (assetreg-cli "
                  "restore FILE --replace-register).")
            .arg(shown, theirs.isEmpty() ? tr("none") : theirs, ours);

    // The backup's history must be this register's: where both chains go, they agree. The last
    // entry both have decides (each hash covers every entry before it); only the part of this
    // register's chain that still verifies is trusted for the comparison.
    AuditLog current(m_db);
    const AuditVerification ourLog = current.verify();
    qint64 ourIntact = ourLog.entriesChecked;
    if (!ourLog.ok && ourLog.firstBrokenId > 0)
        ourIntact = ourLog.firstBrokenId - 1;
    const qint64 common = std::min(ourIntact, sourceLog.entriesChecked);
    if (common > 0 && entryHash(m_db, common) != entryHash(source, common))
        return tr("The audit log of \"%1\" differs from this register's at entry #%2: its "
                  "history was rewritten, or it belongs to another register. Nothing was "
                  "restored. If the register must be replaced as a whole, an administrator does "
                  "so explicitly (assetreg-cli restore FILE --replace-register).")
            .arg(shown)
            .arg(common);
    return {};
}

bool BackupService::restore(const QString& sourcePath, Mode mode) {
    m_error.clear();
    m_safetyCopy.clear();
    const QString shown = QDir::toNativeSeparators(sourcePath);
    // Work on a private copy: the backup file itself is never changed, even by a migration.
    QTemporaryDir workDir;
    const QString work = workDir.filePath(QStringLiteral("restore.db"));
    const StorageError inspection = Database::inspectSqliteFile(sourcePath, false);
    if (inspection.isError()) {
        m_error = inspection.message;
        return false;
    }
    if (!QFile::copy(sourcePath, work)) {
        m_error = tr("Cannot read \"%1\".").arg(shown);
        return false;
    }
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString side = sourcePath + QString::fromLatin1(suffix);
        if (QFile::exists(side))
            QFile::copy(side, work + QString::fromLatin1(suffix));
    }
    Database source;
    if (!source.openAndMigrate(ConnectionSettings::forSqlite(work))) {
        m_error = tr("\"%1\" cannot be restored: %2").arg(shown, source.errorString());
        return false;
    }
    if (source.schemaVersion() != m_db.schemaVersion()) {
        m_error = tr("\"%1\" is at schema version %2 but the register is at %3.")
                      .arg(shown)
                      .arg(source.schemaVersion())
                      .arg(m_db.schemaVersion());
        return false;
    }
    const AuditVerification verification = AuditLog(source).verify();
    if (!verification.ok) {
        m_error = tr("\"%1\" is not restored because its audit log is not intact: %2")
                      .arg(shown, verification.message);
        return false;
    }
    m_error = whyNotRestore(source, shown, mode, verification);
    if (!m_error.isEmpty())
        return false;
    const std::pair<qint64, QString> replacedHead = AuditLog(m_db).head();
    const QString replacedId = setting(m_db, QStringLiteral("register_id"));

    if (m_db.backend() == Backend::SQLite) {
        const QString stamp = Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        m_safetyCopy =
            m_db.settings().sqlitePath + QStringLiteral(".before-restore-%1.bak").arg(stamp);
        if (!m_db.copySqliteFileTo(m_safetyCopy)) {
            m_error = tr("No safety copy of the current register could be taken, so nothing was "
                         "restored: %1")
                          .arg(m_db.errorString());
            m_safetyCopy.clear();
            return false;
        }
    }

    Transaction tx(m_db);
    if (!tx.isActive()) {
        m_error = m_db.errorString();
        return false;
    }
    for (const QString& sql : m_db.dialect().beginRestore()) {
        if (!m_db.exec(sql, tr("Clearing the register"))) {
            m_error = m_db.errorString();
            return false;
        }
    }
    for (auto it = tablesInDependencyOrder().crbegin(); it != tablesInDependencyOrder().crend();
         ++it) {
        if (!m_db.exec(QStringLiteral("DELETE FROM ") + *it, tr("Clearing the register"))) {
            m_error = m_db.errorString();
            return false;
        }
    }
    if (!copyAll(source, m_db))
        return false;
    for (const QString& sql : m_db.dialect().rebuildSearchIndex()) {
        if (!m_db.exec(sql, tr("Rebuilding the search index"))) {
            m_error = m_db.errorString();
            return false;
        }
    }
    AuditLog audit(m_db);
    const QString replaced = tr("the register replaced had %1 audit entries, chain head %2, "
                                "register id %3")
                                 .arg(replacedHead.first)
                                 .arg(replacedHead.second, replacedId);
    if (!audit.append(mode == Mode::ReplaceRegister ? QStringLiteral("replace")
                                                    : QStringLiteral("restore"),
                      QStringLiteral("register"), 0, QFileInfo(sourcePath).fileName(), 0, {},
                      tr("restored from %1 (%2 audit entries, chain head %3); %4")
                          .arg(shown)
                          .arg(verification.entriesChecked)
                          .arg(verification.lastHash, replaced))) {
        m_error = m_db.errorString();
        return false;
    }
    if (!tx.commit()) {
        m_error = m_db.errorString();
        return false;
    }
    return true;
}

} // namespace assetreg
