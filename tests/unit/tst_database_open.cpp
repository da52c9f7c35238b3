// Opening registers safely (SQLite): damaged and foreign files are refused with a clear message
// and their bytes left exactly as they were; old schemas are migrated after a backup; a register
// from a newer version is refused.
#include "TestSupport.h"

#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/BackupService.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace assetreg;
using namespace assetreg::test;

class TestDatabaseOpen : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // A real register with some content, closed, as bytes.
    QByteArray registerBytes() {
        const QString path = m_dir.filePath(QStringLiteral("source.db"));
        QFile::remove(path);
        {
            Database db;
            if (!db.openAndMigrate(ConnectionSettings::forSqlite(path),
                                   Database::OpenMode::CreateIfMissing))
                qFatal("%s", qPrintable(db.errorString()));
            const Organisation org = seedOrganisation(db);
            AssetRepository repo(db);
            for (int i = 0; i < 40; ++i) {
                Asset a = makeAsset(org, QStringLiteral("SOM-%1").arg(i),
                                    QStringLiteral("資産%1").arg(i));
                a.description = QString(300, QChar(0x53F0));
                if (!repo.create(a))
                    qFatal("%s", qPrintable(repo.lastError().message));
            }
            db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QString());
        }
        return fileBytes(path);
    }

    void expectRefused(const QString& path, const QString& mentions) {
        const QByteArray before = fileBytes(path);
        Database db;
        QVERIFY(!db.open(ConnectionSettings::forSqlite(path)));
        QCOMPARE(db.lastError().kind, StorageError::Kind::Refused);
        QVERIFY2(db.errorString().contains(mentions), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(QDir::toNativeSeparators(path)),
                 qPrintable(db.errorString()));
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || before.isEmpty());
    }

private slots:
    void refusesPlainText() {
        expectRefused(writeFile(QStringLiteral("notes.txt"),
                                "資産台帳のメモ\nこれはデータベースではありません\n"),
                      QStringLiteral("not an SQLite database"));
    }

    void refusesRandomBytes() {
        QByteArray bytes(64 * 1024, '\0');
        QRandomGenerator rng(42);
        for (char& c : bytes)
            c = char(rng.bounded(256));
        expectRefused(writeFile(QStringLiteral("random.bin"), bytes),
                      QStringLiteral("not an SQLite"));
    }

    void refusesEmptyFile() {
        expectRefused(writeFile(QStringLiteral("empty.db"), QByteArray()), QStringLiteral("empty"));
    }

    void refusesTruncatedRegister_data() {
        QTest::addColumn<double>("fraction");
        QTest::newRow("header only") << 0.0;
        QTest::newRow("half") << 0.5;
        QTest::newRow("one page short") << -1.0;
    }
    void refusesTruncatedRegister() {
        QFETCH(double, fraction);
        const QByteArray full = registerBytes();
        QVERIFY(full.size() > 8192);
        qsizetype size =
            fraction < 0 ? full.size() - 4096 : qsizetype(double(full.size()) * fraction);
        if (size < 100)
            size = 60;
        expectRefused(writeFile(QStringLiteral("truncated.db"), full.left(size)),
                      size < 100 ? QStringLiteral("truncated") : QStringLiteral("truncated"));
    }

    void refusesCorruptedPages() {
        QByteArray bytes = registerBytes();
        // Overwrite the middle of the file (b-tree pages), keep the header intact.
        for (qsizetype i = 4096 * 2; i < 4096 * 4 && i < bytes.size(); ++i)
            bytes[i] = char(0xA5);
        expectRefused(writeFile(QStringLiteral("corrupt.db"), bytes), QStringLiteral("damaged"));
    }

    void largeRegistersAreCheckedInTheBackground() {
        QByteArray bytes = registerBytes();
        for (qsizetype i = 4096 * 2; i < 4096 * 4 && i < bytes.size(); ++i)
            bytes[i] = char(0xA5);
        const QString path = writeFile(QStringLiteral("large.db"), bytes);
        const QByteArray before = fileBytes(path);
        Database db;
        db.setDeferLargeChecks(true, 1024); // "large" for this test
        QVERIFY(db.open(ConnectionSettings::forSqlite(path)));
        QVERIFY(db.integrityCheckDeferred());
        db.close();
        const StorageError damage = Database::runDeferredCheck(path);
        QVERIFY(damage.isError());
        QVERIFY2(damage.message.contains(QStringLiteral("damaged")), qPrintable(damage.message));
        QCOMPARE(fileBytes(path), before);
        const QString good = writeFile(QStringLiteral("good-large.db"), registerBytes());
        QVERIFY(!Database::runDeferredCheck(good).isError());
    }

    void refusesForeignSqliteDatabase() {
        const QString path = m_dir.filePath(QStringLiteral("foreign.db"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts VALUES ('x')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        expectRefused(path, QStringLiteral("not an asset register"));
    }

    void opensIntactRegisterWithWalAndForeignKeys() {
        const QString path = writeFile(QStringLiteral("good.db"), registerBytes());
        Database db;
        QVERIFY2(db.openAndMigrate(ConnectionSettings::forSqlite(path)),
                 qPrintable(db.errorString()));
        QSqlQuery q = db.query();
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(quint32(q.value(0).toLongLong()), Database::kApplicationId);
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO departments (organ_id, code, name_ja) VALUES (999, 'X', 'x')")));
        QCOMPARE(AssetRepository(db).count(), 40);
    }

    void missingFileIsNotCreatedUnlessAsked() {
        const QString path = m_dir.filePath(QStringLiteral("absent/register.db"));
        Database db;
        QVERIFY(!db.open(ConnectionSettings::forSqlite(path)));
        QCOMPARE(db.lastError().kind, StorageError::Kind::NotFound);
        QVERIFY(!QFile::exists(path));
        QVERIFY(db.openAndMigrate(ConnectionSettings::forSqlite(path),
                                  Database::OpenMode::CreateIfMissing));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    }

    void refusesNewerSchemaUnchanged() {
        const QString path = writeFile(QStringLiteral("future.db"), registerBytes());
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(
                QStringLiteral(
                    "INSERT INTO schema_migrations VALUES (%1, 'future', '2030-01-01', '9.0')")
                    .arg(Database::latestSchemaVersion() + 1)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const QByteArray before = fileBytes(path);
        Database db;
        QVERIFY(db.open(ConnectionSettings::forSqlite(path)));
        QVERIFY(!db.migrate());
        QCOMPARE(db.lastError().kind, StorageError::Kind::Refused);
        QVERIFY2(db.errorString().contains(QStringLiteral("newer version")),
                 qPrintable(db.errorString()));
        db.close();
        QCOMPARE(fileBytes(path), before);
    }

    // Every earlier schema version is kept as a fixture and must migrate with its data intact.
    void migratesFromEveryEarlierVersion_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("fromVersion");
        QTest::addColumn<QString>("dataNumber"); // 住民記録データ, living on SHIMIN-2026-0001
        QTest::addColumn<int>("systemVersion");  // of SHIMIN-2026-0001
        QTest::addColumn<int>("residentHits");   // assets with 住民 in their text
        QTest::newRow("schema 1") << QStringLiteral("schema_v1.db") << 1
                                  << QStringLiteral("SHIMIN-2026-0003") << 3 << 3;
        QTest::newRow("schema 2") << QStringLiteral("schema_v2.db") << 2
                                  << QStringLiteral("SHIMIN-2026-0002") << 1 << 2;
        QTest::newRow("schema 3") << QStringLiteral("schema_v3.db") << 3
                                  << QStringLiteral("SHIMIN-2026-0002") << 1 << 2;
        QTest::newRow("schema 4") << QStringLiteral("schema_v4.db") << 4
                                  << QStringLiteral("SHIMIN-2026-0002") << 1 << 2;
    }
    void migratesFromEveryEarlierVersion() {
        QFETCH(QString, fixture);
        QFETCH(int, fromVersion);
        QFETCH(QString, dataNumber);
        QFETCH(int, systemVersion);
        QFETCH(int, residentHits);
        const QString source = QStringLiteral(ASSETREG_TEST_DATA "/") + fixture;
        const QByteArray original = fileBytes(source);
        QVERIFY(!original.isEmpty());
        const QString path = writeFile(fixture, original);

        Database db;
        QVERIFY2(db.open(ConnectionSettings::forSqlite(path)), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), fromVersion);
        QVERIFY2(db.migrate(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());

        // The backup taken first is the register as it was.
        QVERIFY(QFile::exists(db.lastMigrationBackup()));
        {
            Database backup;
            QVERIFY(backup.open(ConnectionSettings::forSqlite(db.lastMigrationBackup())));
            QCOMPARE(backup.schemaVersion(), fromVersion);
        }

        AssetRepository repo(db);
        QCOMPARE(repo.count(), 3);
        const auto record = repo.findByNumber(dataNumber);
        QVERIFY(record);
        QCOMPARE(record->name, QStringLiteral("住民記録データ"));
        QCOMPARE(record->classificationLabel(), QStringLiteral("C3B-I2-A2"));
        QCOMPARE(record->livesOnNumbers, QStringList{QStringLiteral("SHIMIN-2026-0001")});
        QCOMPARE(record->restrictions.size(), 2);
        QCOMPARE(repo.findByNumber(QStringLiteral("SHIMIN-2026-0001"))->version, systemVersion);
        // Assets that existed before the search index are found by it.
        AssetQuery search;
        search.text = QStringLiteral("記録デ");
        QCOMPARE(repo.count(search), 1);
        search.text = QStringLiteral("住民");
        QCOMPARE(repo.count(search), residentHits);
        const AuditVerification v = AuditLog(db).verify();
        QVERIFY2(v.ok, qPrintable(v.message));
        // Editing a migrated asset continues its history.
        Asset edit = *record;
        edit.location = QStringLiteral("サーバ室");
        QVERIFY2(repo.update(edit), qPrintable(repo.lastError().message));
        QVERIFY(AuditLog(db).verify().ok);
    }

    void eachMigrationIsOneTransaction() {
        // A failing statement in a migration must leave the register at the version before.
        const QString path = writeFile(
            QStringLiteral("v1.db"), fileBytes(QStringLiteral(ASSETREG_TEST_DATA "/schema_v1.db")));
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw2"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            // Occupies the name that migration 2 creates, so it fails half-way.
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX audit_log_entity_idx ON assets (name)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw2"));
        Database db;
        QVERIFY(db.open(ConnectionSettings::forSqlite(path)));
        QVERIFY(!db.migrate());
        QVERIFY(db.errorString().contains(QStringLiteral("schema version 2")));
        QCOMPARE(db.schemaVersion(), 1);
        QVERIFY(!db.tableExists(QStringLiteral("audit_log")));
    }

    void backupTablesCoverTheSchema() {
        TempRegister reg(Backend::SQLite);
        QVERIFY(reg.isValid());
        QStringList tables = reg.db().tables();
        tables.removeAll(QStringLiteral("schema_migrations"));
        QStringList known = BackupService::tablesInDependencyOrder();
        tables.sort();
        known.sort();
        QCOMPARE(known, tables);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database_open.moc"
