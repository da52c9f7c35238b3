#pragma once

#include <QCoreApplication>

#include <QString>

// Whole-register copies: an online, consistent backup to an SQLite file (from either back end),
// and restore from such a file into the open register in one transaction.
namespace assetreg {

class Database;
struct AuditVerification;

class BackupService {
    Q_DECLARE_TR_FUNCTIONS(assetreg::BackupService)

public:
    explicit BackupService(Database& db);

    // Writes a complete register file atomically; an existing file is replaced only on success.
    bool backup(const QString& targetPath);
    // Restoring is for administrators of the register being replaced (on PostgreSQL: the
    // schema's owner, README "PostgreSQL"). Checks the file (intact, a register, audit log and
    // state verified) and that it is a backup of this very register (the register id stored at
    // creation) whose audit chain agrees with this register's as far as both go; keeps a safety
    // copy of the current SQLite register, then replaces all contents in one transaction and
    // records the restore in the audit log. On failure nothing changed.
    enum class Mode {
        SameRegister,   // refuses another register's backup or a rewritten history
        ReplaceRegister // an administrator's explicit, audited replacement of the whole register
    };
    bool restore(const QString& sourcePath, Mode mode = Mode::SameRegister);

    QString errorString() const { return m_error; }
    QString safetyCopyPath() const { return m_safetyCopy; }

    // Tables in an order that satisfies their foreign keys (parents first).
    static const QStringList& tablesInDependencyOrder();

private:
    bool copyAll(Database& from, Database& to);
    // Empty when `source` may replace the open register in `mode`; otherwise why not.
    QString whyNotRestore(Database& source, const QString& shown, Mode mode,
                          const AuditVerification& sourceLog);
    Database& m_db;
    QString m_error;
    QString m_safetyCopy;
};

} // namespace assetreg
