#pragma once

#include <QCoreApplication>

#include <QString>

// Whole-register copies: an online, consistent backup to an SQLite file (from either back end),
// and restore from such a file into the open register in one transaction.
namespace assetreg {

class Database;

class BackupService {
    Q_DECLARE_TR_FUNCTIONS(assetreg::BackupService)

public:
    explicit BackupService(Database& db);

    // Writes a complete register file atomically; an existing file is replaced only on success.
    bool backup(const QString& targetPath);
    // Checks the file (intact, a register, audit chain unbroken), keeps a safety copy of the
    // current SQLite register, then replaces all contents in one transaction and records the
    // restore in the audit log. On failure nothing changed.
    bool restore(const QString& sourcePath);

    QString errorString() const { return m_error; }
    QString safetyCopyPath() const { return m_safetyCopy; }

    // Tables in an order that satisfies their foreign keys (parents first).
    static const QStringList& tablesInDependencyOrder();

private:
    bool copyAll(Database& from, Database& to);
    Database& m_db;
    QString m_error;
    QString m_safetyCopy;
};

} // namespace assetreg
