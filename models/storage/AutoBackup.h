#pragma once

#include <QCoreApplication>

#include <QDateTime>
#include <QStringList>

// Rotating automatic backups of an SQLite register in a folder beside it ("<file>.backups"):
// one consistent copy taken on open at most once a day, the newest few kept, so that a register
// damaged by a crash, a disk fault or a stray program can be restored from yesterday at worst.
namespace assetreg {

class Database;

class AutoBackup {
    Q_DECLARE_TR_FUNCTIONS(assetreg::AutoBackup)

public:
    static constexpr int kKeep = 7;
    static constexpr qint64 kIntervalSeconds = 24 * 60 * 60;

    // "/data/register.db" → "/data/register.db.backups".
    static QString folderFor(const QString& registerPath);
    // The automatic backups of a register, newest first.
    static QStringList list(const QString& registerPath);
    static QString latest(const QString& registerPath);
    // When the backup file was taken (from its name, UTC); invalid for another file.
    static QDateTime takenAt(const QString& backupPath);

    // Copies the open register when its newest backup is older than `intervalSeconds` (or there
    // is none), then deletes all but the newest `keep`. True when nothing had to be done too;
    // *taken is the new file, if any.
    static bool takeIfDue(Database& db, QString* taken, QString* error,
                          qint64 intervalSeconds = kIntervalSeconds, int keep = kKeep);

    // Puts a copy of the latest backup where the (closed) register was. The damaged file and its
    // write-ahead log are not changed, only moved aside, byte for byte, to *setAside.
    static bool restoreLatest(const QString& registerPath, QString* setAside, QString* error);
};

} // namespace assetreg
