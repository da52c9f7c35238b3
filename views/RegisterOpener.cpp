#include "RegisterOpener.h"

#include "Prompts.h"
#include "storage/AutoBackup.h"

#include <QDir>
#include <QLocale>

namespace assetreg {

bool RegisterOpener::open(QWidget* parent, Database& db, const ConnectionSettings& settings,
                          Database::OpenMode mode) {
    db.setAutomaticBackups(true);
    if (db.openAndMigrate(settings, mode))
        return true;
    const QString error = db.errorString();
    const QString latest = settings.backend == Backend::SQLite && db.openFoundUnusableFile()
                               ? AutoBackup::latest(settings.sqlitePath)
                               : QString();
    if (latest.isEmpty()) {
        prompts::critical(parent, tr("Open Register"), error);
        return false;
    }
    const QString when =
        QLocale().toString(AutoBackup::takenAt(latest).toLocalTime(), QLocale::ShortFormat);
    const auto answer = prompts::question(
        parent, tr("Register Damaged"),
        tr("%1\n\nThe latest automatic backup of this register was taken on %2. Restore the "
           "register from it? Changes made since then are not in it. The damaged file is kept "
           "beside the register, unchanged.")
            .arg(error, when),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    QString aside;
    QString restoreError;
    if (!AutoBackup::restoreLatest(settings.sqlitePath, &aside, &restoreError)) {
        prompts::critical(parent, tr("Register Damaged"),
                          tr("The automatic backup could not be restored: %1").arg(restoreError));
        return false;
    }
    if (!db.openAndMigrate(settings, Database::OpenMode::ExistingOnly)) {
        prompts::critical(parent, tr("Open Register"), db.errorString());
        return false;
    }
    prompts::information(parent, tr("Register Restored"),
                         tr("The register was restored from the automatic backup of %1. The "
                            "damaged file was kept as \"%2\".")
                             .arg(when, QDir::toNativeSeparators(aside)));
    return true;
}

} // namespace assetreg
