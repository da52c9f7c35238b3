#include "AutoBackup.h"

#include "Database.h"
#include "domain/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>

namespace assetreg {
namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString stampNow() {
    return Clock::nowUtc().toString(kStampFormat);
}

bool moveFile(const QString& from, const QString& to) {
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

QString AutoBackup::folderFor(const QString& registerPath) {
    return QFileInfo(registerPath).absoluteFilePath() + QStringLiteral(".backups");
}

QStringList AutoBackup::list(const QString& registerPath) {
    const QDir folder(folderFor(registerPath));
    const QString prefix = QFileInfo(registerPath).completeBaseName() + QLatin1Char('-');
    QStringList found;
    // The stamp in the name orders them; modification times survive copies badly.
    const QStringList names = folder.entryList({prefix + QStringLiteral("*.db")}, QDir::Files,
                                               QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        if (takenAt(name).isValid())
            found.append(folder.filePath(name));
    }
    return found;
}

QString AutoBackup::latest(const QString& registerPath) {
    const QStringList all = list(registerPath);
    return all.isEmpty() ? QString() : all.first();
}

QDateTime AutoBackup::takenAt(const QString& backupPath) {
    static const QRegularExpression stamp(QStringLiteral("-(\\d{8}-\\d{6})\\.db$"));
    const QRegularExpressionMatch match = stamp.match(QFileInfo(backupPath).fileName());
    if (!match.hasMatch())
        return {};
    QDateTime when = QDateTime::fromString(match.captured(1), kStampFormat);
    when.setTimeSpec(Qt::UTC);
    return when;
}

bool AutoBackup::takeIfDue(Database& db, QString* taken, QString* error, qint64 intervalSeconds,
                           int keep) {
    const QString path = db.settings().sqlitePath;
    const QString newest = latest(path);
    if (!newest.isEmpty() && takenAt(newest).secsTo(Clock::nowUtc()) < intervalSeconds)
        return true;
    const QString folder = folderFor(path);
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the folder \"%1\".").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QString target = QDir(folder).filePath(
        QFileInfo(path).completeBaseName() + QLatin1Char('-') + stampNow() + QStringLiteral(".db"));
    if (!db.copySqliteFileTo(target)) {
        *error = db.errorString();
        return false;
    }
    *taken = target;
    const QStringList all = list(path);
    for (int i = keep; i < all.size(); ++i)
        QFile::remove(all.at(i));
    return true;
}

bool AutoBackup::restoreLatest(const QString& registerPath, QString* setAside, QString* error) {
    const QString backup = latest(registerPath);
    if (backup.isEmpty()) {
        *error = tr("There is no automatic backup of \"%1\".")
                     .arg(QDir::toNativeSeparators(registerPath));
        return false;
    }
    const StorageError inspection = Database::inspectSqliteFile(backup, false);
    if (inspection.isError()) {
        *error = inspection.message;
        return false;
    }
    // Copy first, beside the register: the rename below is then atomic and cannot half-fail.
    const QString part = registerPath + QStringLiteral(".restoring");
    QFile::remove(part);
    if (!QFile::copy(backup, part)) {
        *error =
            tr("Cannot copy \"%1\" beside the register.").arg(QDir::toNativeSeparators(backup));
        return false;
    }
    // The damaged file keeps its bytes for whoever investigates. Its write-ahead log goes with
    // it: left in place, SQLite would replay it into the restored copy.
    const QString aside = registerPath + QStringLiteral(".damaged-") + stampNow();
    if (QFile::exists(registerPath) && !moveFile(registerPath, aside)) {
        QFile::remove(part);
        *error = tr("Cannot move the damaged register \"%1\" aside.")
                     .arg(QDir::toNativeSeparators(registerPath));
        return false;
    }
    for (const char* suffix : {"-wal", "-journal"}) {
        const QString side = registerPath + QString::fromLatin1(suffix);
        if (QFile::exists(side))
            moveFile(side, aside + QString::fromLatin1(suffix));
    }
    QFile::remove(registerPath + QStringLiteral("-shm"));
    if (!moveFile(part, registerPath)) {
        *error = tr("Cannot put the backup in place of \"%1\"; the damaged register is kept as "
                    "\"%2\".")
                     .arg(QDir::toNativeSeparators(registerPath), QDir::toNativeSeparators(aside));
        return false;
    }
    *setAside = aside;
    return true;
}

} // namespace assetreg
