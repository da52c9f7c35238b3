#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace assetreg;

// Replays, in the ordinary build, every input a fuzz target ever crashed on
// (tests/data/fuzz-crashes/<target>/) and the seed corpora, through the same code the fuzz
// targets run: a fixed crash stays fixed even where libFuzzer is not built.
class TestFuzzCrashes : public QObject {
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzCrashes::replay_data() {
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const QDir data(QStringLiteral(ASSETREG_TEST_DATA));
    for (const QString& target :
         {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("database")}) {
        QStringList dirs{QStringLiteral("fuzz-crashes/") + target,
                         QStringLiteral("fuzz-seeds/") + target};
        for (const QString& dir : dirs) {
            const QDir inputs(data.filePath(dir));
            for (const QString& name : inputs.entryList(QDir::Files, QDir::Name)) {
                if (name.startsWith(QLatin1String("README")))
                    continue;
                const QString path = inputs.filePath(name);
                QTest::newRow(qPrintable(dir + QLatin1Char('/') + name)) << target << path;
            }
        }
    }
    // The database target's seeds are the schema fixtures.
    for (const QString& name : data.entryList({QStringLiteral("*.db")}, QDir::Files))
        QTest::newRow(qPrintable(name)) << QStringLiteral("database") << data.filePath(name);
}

void TestFuzzCrashes::replay() {
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray bytes = file.readAll();
    const QString problem = target == QLatin1String("csv")    ? fuzz::csv(bytes)
                            : target == QLatin1String("xlsx") ? fuzz::xlsx(bytes)
                                                              : fuzz::database(bytes);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestFuzzCrashes)
#include "tst_fuzzcrashes.moc"
