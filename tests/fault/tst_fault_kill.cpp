// Fault test: a process changing the register is killed with SIGKILL at random moments, many
// hundreds of times. After each kill the register must pass its integrity checks, hold every
// change the process had reported as committed, and hold each import entirely or not at all.

#include "TestSupport.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace assetreg;
using namespace assetreg::test;

class TestFaultKill : public QObject {
    Q_OBJECT

private:
    QString m_template; // a seeded register that every round starts again from

    // Checks what one killed run left behind; `run` names the numbers that run wrote.
    void verifyAfterKill(const QString& path, const QString& run, const QStringList& lines,
                         int iteration) {
        const QString where = QStringLiteral("iteration %1").arg(iteration);
        Database db;
        QVERIFY2(db.open(ConnectionSettings::forSqlite(path)),
                 qPrintable(where + QLatin1String(": ") + db.errorString()));
        QSqlQuery check = db.query();
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        check.finish();
        const AuditVerification audit = AuditLog(db).verify();
        QVERIFY2(audit.ok, qPrintable(where + QLatin1String(": ") + audit.message));

        // What the register holds of this run.
        QHash<QString, QString> descriptions; // E-n → "rev <run> <n>"
        QHash<QString, int> importRows;       // "I<run>-<n>-" → rows present
        QSet<QString> created;
        QSqlQuery q = db.query();
        QVERIFY(q.exec(QStringLiteral("SELECT asset_number, description FROM assets")));
        while (q.next()) {
            const QString number = q.value(0).toString();
            if (number.startsWith(QLatin1String("E-"))) {
                descriptions.insert(number, q.value(1).toString());
            } else if (number.startsWith(QLatin1Char('I') + run + QLatin1Char('-'))) {
                importRows[number.left(number.lastIndexOf(QLatin1Char('-')) + 1)] += 1;
            } else if (number.startsWith(QLatin1Char('C') + run + QLatin1Char('-'))) {
                created.insert(number);
            }
        }
        q.finish();

        QHash<QString, int> lastEdit; // E-n → highest change index reported for it
        for (const QString& line : lines) {
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.first() == QLatin1String("CREATE")) {
                QVERIFY2(created.contains(parts.at(1)),
                         qPrintable(where + QLatin1String(": lost ") + line));
            } else if (parts.first() == QLatin1String("IMPORT")) {
                QVERIFY2(importRows.value(parts.at(1)) == parts.at(2).toInt(),
                         qPrintable(where + QLatin1String(": lost ") + line));
            } else if (parts.first() == QLatin1String("EDIT")) {
                lastEdit[parts.at(1)] = parts.at(2).toInt();
            }
        }
        // An edit reported as committed is there, or a later one (committed, not yet reported).
        for (auto it = lastEdit.cbegin(); it != lastEdit.cend(); ++it) {
            const QStringList rev = descriptions.value(it.key()).split(QLatin1Char(' '));
            QVERIFY2(rev.size() == 3 && rev.at(1) == run && rev.at(2).toInt() >= it.value(),
                     qPrintable(where + QLatin1String(": lost edit of ") + it.key() +
                                QLatin1String(", found ") + descriptions.value(it.key())));
        }
        // No import half-applied, reported or not.
        for (auto it = importRows.cbegin(); it != importRows.cend(); ++it)
            QVERIFY2(it.value() == 20,
                     qPrintable(where + QLatin1String(": import ") + it.key() +
                                QLatin1String(" half-applied: ") + QString::number(it.value()) +
                                QLatin1String(" of 20 rows")));
    }

private slots:
    void initTestCase() { QVERIFY(QFile::exists(QStringLiteral(ASSETREG_FAULT_WORKER))); }

    void killedAtRandomMomentsLosesNothing() {
        if (backendUnderTest() != Backend::SQLite)
            QSKIP("the kill test drives an SQLite register file");
        // Enough kills to land in every phase of open, edit, import and commit many times;
        // ASSETREG_FAULT_ITERATIONS raises it for a longer soak.
        const int iterations = qEnvironmentVariableIsSet("ASSETREG_FAULT_ITERATIONS")
                                   ? qEnvironmentVariableIntValue("ASSETREG_FAULT_ITERATIONS")
                                   : 400;
        TempRegister reg;
        QVERIFY2(reg.isValid(), qPrintable(reg.error()));
        const Organisation org = seedOrganisation(reg.db());
        AssetRepository repo(reg.db());
        for (int i = 0; i < 5; ++i) {
            Asset asset =
                makeAsset(org, QStringLiteral("E-%1").arg(i), QStringLiteral("編集対象 %1").arg(i));
            QVERIFY2(repo.create(asset), qPrintable(repo.lastError().message));
        }
        m_template = reg.tempPath(QStringLiteral("template.db"));
        QVERIFY2(reg.db().copySqliteFileTo(m_template), qPrintable(reg.db().errorString()));
        const QString path = reg.tempPath(QStringLiteral("killed.db"));

        QRandomGenerator random(QRandomGenerator::global()->generate());
        const quint32 seed = random.generate();
        qInfo("seed %u, %d iterations", seed, iterations);
        random.seed(seed);
        QElapsedTimer timer;
        timer.start();
        int reported = 0;
        int finishedBeforeKill = 0;
        for (int i = 0; i < iterations; ++i) {
            // A fresh copy now and then keeps the register small, so the checks stay fast.
            if (i % 40 == 0) {
                for (const char* suffix : {"", "-wal", "-shm"})
                    QFile::remove(path + QString::fromLatin1(suffix));
                QVERIFY(QFile::copy(m_template, path));
            }
            const QString run = QString::number(i);
            QProcess worker;
            worker.setProcessChannelMode(QProcess::SeparateChannels);
            worker.start(QStringLiteral(ASSETREG_FAULT_WORKER),
                         {QStringLiteral("--work"), path, run, QString::number(random.generate()),
                          QStringLiteral("100000")});
            QVERIFY2(worker.waitForStarted(), qPrintable(worker.errorString()));
            // 0–250 ms: some kills land while it opens, most while it writes and commits.
            QThread::usleep(random.bounded(250000));
            if (worker.state() == QProcess::Running)
                worker.kill(); // SIGKILL
            else
                ++finishedBeforeKill;
            QVERIFY(worker.waitForFinished(10000));
            const QString err = QString::fromUtf8(worker.readAllStandardError());
            QVERIFY2(worker.exitStatus() == QProcess::CrashExit || worker.exitCode() == 0,
                     qPrintable(err));
            QStringList lines = QString::fromUtf8(worker.readAllStandardOutput())
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            reported += int(lines.size());
            verifyAfterKill(path, run, lines, i);
            if (QTest::currentTestFailed()) {
                qWarning("seed %u; worker output: %s", seed, qPrintable(lines.join(u'|')));
                return;
            }
        }
        qInfo("%d kills, %d reported commits checked, %lld ms", iterations - finishedBeforeKill,
              reported, timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestFaultKill)
#include "tst_fault_kill.moc"
