// A child process for the fault tests: changes a register as fast as it can and reports each
// change on stdout only after its transaction committed, so that the parent, which kills it at a
// random moment, knows what must have survived. Also holds a register's write lock on request.

#include "io/AssetExporter.h"
#include "io/AssetImporter.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

using namespace assetreg;

namespace {

// One write(2) per line, flushed at once: a line the parent reads is a change that committed.
void report(const QString& line) {
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString& message) {
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

// Holds the write lock of `path` for `ms` milliseconds, as another program would.
int holdLock(const QString& path, int ms) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
    db.setDatabaseName(path);
    if (!db.open())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")) ||
        !q.exec(QStringLiteral("UPDATE settings SET value = value")))
        return fail(q.lastError().text());
    report(QStringLiteral("LOCKED"));
    QThread::msleep(ms);
    q.exec(QStringLiteral("ROLLBACK"));
    return 0;
}

// Edits, single creations and imports of kImportSize assets, in random order, until killed.
int work(const QString& path, const QString& run, quint32 seed, int maxChanges) {
    constexpr int kImportSize = 20;
    Database db;
    if (!db.openAndMigrate(ConnectionSettings::forSqlite(path)))
        return fail(db.errorString());
    report(QStringLiteral("READY"));
    AssetRepository repo(db);
    const std::optional<Asset> model = repo.findByNumber(QStringLiteral("E-0"));
    if (!model)
        return fail(QStringLiteral("no asset E-0"));
    QRandomGenerator random(seed);
    for (int n = 0; n < maxChanges; ++n) {
        const int choice = int(random.bounded(3));
        if (choice == 0) {
            const QString number = QStringLiteral("E-%1").arg(random.bounded(5));
            std::optional<Asset> asset = repo.findByNumber(number);
            if (!asset)
                return fail(QStringLiteral("no asset ") + number);
            asset->description = QStringLiteral("rev %1 %2").arg(run).arg(n);
            if (!repo.update(*asset))
                return fail(repo.lastError().message);
            report(QStringLiteral("EDIT %1 %2").arg(number).arg(n));
        } else if (choice == 1) {
            Asset asset = *model;
            asset.id = 0;
            asset.assetNumber = QStringLiteral("C%1-%2").arg(run).arg(n);
            asset.name = QStringLiteral("単独登録 %1").arg(n);
            if (!repo.create(asset))
                return fail(repo.lastError().message);
            report(QStringLiteral("CREATE ") + asset.assetNumber);
        } else {
            // Through the real import path: a CSV as people exchange them, read and imported.
            QList<Asset> batch;
            for (int k = 0; k < kImportSize; ++k) {
                Asset asset = *model;
                asset.id = 0;
                asset.assetNumber = QStringLiteral("I%1-%2-%3").arg(run).arg(n).arg(k);
                asset.name = QStringLiteral("取込資産 %1-%2").arg(n).arg(k);
                batch.append(asset);
            }
            QBuffer csv;
            csv.open(QIODevice::WriteOnly);
            QString error;
            if (!AssetExporter::write(batch, repo.reference(), {}, &csv, &error))
                return fail(error);
            ImportTable table;
            TextEncoding used = TextEncoding::Auto;
            if (!AssetImporter::readCsv(csv.data(), TextEncoding::Auto, &table, &used, &error))
                return fail(error);
            const ImportReport result = AssetImporter(repo).run(table, {});
            if (!result.committed || result.added != kImportSize)
                return fail(QStringLiteral("import failed: ") + result.summary());
            report(QStringLiteral("IMPORT I%1-%2- %3").arg(run).arg(n).arg(kImportSize));
        }
    }
    report(QStringLiteral("DONE"));
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--hold-lock"))
        return holdLock(args.at(2), args.at(3).toInt());
    if (args.size() == 6 && args.at(1) == QLatin1String("--work"))
        return work(args.at(2), args.at(3), args.at(4).toUInt(), args.at(5).toInt());
    return fail(QStringLiteral("usage: tst_fault_worker --work PATH RUN SEED MAX | --hold-lock "
                               "PATH MS"));
}
