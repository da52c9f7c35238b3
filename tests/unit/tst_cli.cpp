// assetreg-cli end to end: every verb run as a user would, against a register on the back end
// under test (tst_cli_sqlite, tst_cli_postgres).
#include "TestSupport.h"

#include "io/XlsxReader.h"
#include "storage/AssetRepository.h"
#include "storage/RiskRepository.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace assetreg;
using namespace assetreg::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TempRegister> m_reg;
    Organisation m_org;

    Run cli(const QStringList& args, const QByteArray& input = {},
            const QString& lang = QStringLiteral("en")) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ASSETREG_LANG"), lang);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ASSETREG_CLI_PATH), args);
        if (!process.waitForStarted())
            qFatal("assetreg-cli did not start");
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            qFatal("assetreg-cli did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    Run onRegister(const QStringList& args, const QByteArray& input = {},
                   const QString& lang = QStringLiteral("en")) {
        return cli(m_reg->cliArguments() + args, input, lang);
    }
    void addSample() {
        const Run r = onRegister({QStringLiteral("add"),
                                  QStringLiteral("--number"),
                                  QStringLiteral("SOM-2026-0100"),
                                  QStringLiteral("--name"),
                                  QStringLiteral("職員情報システム"),
                                  QStringLiteral("--type"),
                                  QStringLiteral("system"),
                                  QStringLiteral("--department"),
                                  QStringLiteral("SOM"),
                                  QStringLiteral("--owner"),
                                  QStringLiteral("t.yamada"),
                                  QStringLiteral("--segment"),
                                  QStringLiteral("LGWAN接続系"),
                                  QStringLiteral("--confidentiality"),
                                  QStringLiteral("自治体機密性3C"),
                                  QStringLiteral("--integrity"),
                                  QStringLiteral("2"),
                                  QStringLiteral("--availability"),
                                  QStringLiteral("２"),
                                  QStringLiteral("--restrictions"),
                                  QStringLiteral("持出禁止,recovery_time=24時間")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("C3C-I2-A2")));
    }

private slots:
    void init() {
        m_reg = std::make_unique<TempRegister>();
        QVERIFY2(m_reg->isValid(), qPrintable(m_reg->error()));
        m_org = seedOrganisation(m_reg->db());
    }
    void cleanup() { m_reg.reset(); }

    void versionHelpAndUsageErrors() {
        Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("assetreg-cli 0.")));
        r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char* verb :
             {"init", "add", "list", "show", "retire", "verify", "backup", "restore", "stats"})
            QVERIFY2(r.out.contains(QLatin1String(verb)), verb);
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(
            onRegister({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")})
                .exitCode,
            2);
        QCOMPARE(onRegister({QStringLiteral("show")}).exitCode, 2);
        QCOMPARE(onRegister({QStringLiteral("retire"), QStringLiteral("X")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--pg"), QStringLiteral("host=x"), QStringLiteral("list")})
                     .exitCode,
                 2);
        r = onRegister({QStringLiteral("list"), QStringLiteral("--colour")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("colour")));
    }

    void initDemoThenVerifyAndStats() {
        // A fresh register of its own: init creates it.
        TempRegister fresh;
        QVERIFY(fresh.isValid());
        QStringList target = fresh.cliArguments();
        if (fresh.settings().backend == Backend::SQLite)
            target = {QStringLiteral("--db"), fresh.tempPath(QStringLiteral("new.db"))};
        Run r = cli(target + QStringList{QStringLiteral("init"), QStringLiteral("--demo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Register ready")));
        r = cli(target + QStringList{QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("intact")));
        r = cli(target + QStringList{QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(stats.value(QStringLiteral("total")).toInt() >= 300);
        QCOMPARE(stats.value(QStringLiteral("by_segment")).toObject().size(), 4);
        QVERIFY(stats.value(QStringLiteral("review_overdue")).toInt() > 0);
        // A second init --demo must not double the data.
        r = cli(target + QStringList{QStringLiteral("init"), QStringLiteral("--demo")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("already holds")));
        if (fresh.settings().backend == Backend::SQLite) {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ic"));
            raw.setDatabaseName(target.last());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("ic"));
        }
    }

    void addFromOptionsAndShow() {
        addSample();
        Run r = onRegister({QStringLiteral("show"), QStringLiteral("ｓｏｍ－２０２６－０１００")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("職員情報システム")));
        QVERIFY(r.out.contains(QStringLiteral("LGWAN segment")));
        QVERIFY(r.out.contains(QStringLiteral("〇〇以内復旧(24時間)")));
        r = onRegister({QStringLiteral("show"), QStringLiteral("SOM-2026-0100")}, {},
                       QStringLiteral("ja"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("管理番号")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("LGWAN接続系")));
    }

    void addFromJsonOnStdin() {
        addSample();
        const QByteArray json = QByteArray(
            "{\"name\": \"給与データ\", \"sub_type\": \"data\", "
            "\"department\": \"SOM\", \"owner\": \"山田 太郎\", \"segment\": \"lgwan\", "
            "\"confidentiality\": \"3B\", "
            "\"integrity\": \"2\", \"availability\": \"1\", \"personal_info\": \"個人情報\", "
            "\"lives_on\": [\"SOM-2026-0100\"], \"outsourced\": true, \"contractor\": "
            "\"みなみ情報システム株式会社\"}");
        Run r = onRegister({QStringLiteral("add"), QStringLiteral("--json")}, json);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // No number given: the next one of the department is used.
        QVERIFY2(r.out.contains(QStringLiteral("SOM-20")), qPrintable(r.out));
        r = onRegister({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"),
                        QStringLiteral("--query"), QStringLiteral("給与")});
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject().value(QStringLiteral("lives_on")).toString(),
                 QStringLiteral("SOM-2026-0100"));
        QCOMPARE(list[0].toObject().value(QStringLiteral("label")).toString(),
                 QStringLiteral("C3B-I2-A1"));
        QCOMPARE(list[0].toObject().value(QStringLiteral("contractor")).toString(),
                 QStringLiteral("みなみ情報システム株式会社"));
    }

    void badInputSaysWhereAndWhy() {
        Run r = onRegister({QStringLiteral("add"), QStringLiteral("--json")},
                           "{\n  \"name\": \"x\",\n  oops\n}");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 3")), qPrintable(r.err));
        r = onRegister({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"),
                        QStringLiteral("--segment"), QStringLiteral("intranet"),
                        QStringLiteral("--department"), QStringLiteral("NOPE")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("intranet")));
        QVERIFY(r.err.contains(QStringLiteral("NOPE")));
        r = onRegister({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("番号なし"),
                        QStringLiteral("--department"), QStringLiteral("SOM"),
                        QStringLiteral("--type"), QStringLiteral("data")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Owner")), qPrintable(r.err));
        QCOMPARE(AssetRepository(m_reg->db()).count(), 0);
        addSample();
        r = onRegister({QStringLiteral("add"), QStringLiteral("--number"),
                        QStringLiteral("ＳＯＭ－２０２６－０１００"), QStringLiteral("--name"),
                        QStringLiteral("重複"), QStringLiteral("--type"), QStringLiteral("data"),
                        QStringLiteral("--department"), QStringLiteral("SOM"),
                        QStringLiteral("--owner"), QStringLiteral("t.yamada"), QStringLiteral("-c"),
                        QStringLiteral("2"), QStringLiteral("--integrity"), QStringLiteral("1"),
                        QStringLiteral("--availability"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2); // -c is not an option
        r = onRegister({QStringLiteral("add"), QStringLiteral("--number"),
                        QStringLiteral("ＳＯＭ－２０２６－０１００"), QStringLiteral("--name"),
                        QStringLiteral("重複"), QStringLiteral("--type"), QStringLiteral("data"),
                        QStringLiteral("--department"), QStringLiteral("SOM"),
                        QStringLiteral("--owner"), QStringLiteral("t.yamada"),
                        QStringLiteral("--confidentiality"), QStringLiteral("2"),
                        QStringLiteral("--integrity"), QStringLiteral("1"),
                        QStringLiteral("--availability"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already used")), qPrintable(r.err));
        QCOMPARE(AssetRepository(m_reg->db()).count(), 1);
    }

    void listFormats() {
        addSample();
        Run r = onRegister({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("職員情報システム")));
        QVERIFY(r.out.contains(QStringLiteral("1 asset")));
        r = onRegister({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("asset_number,name,")));
        QCOMPARE(r.out.count(QStringLiteral("\r\n")), 2);
        r = onRegister(
            {QStringLiteral("list"), QStringLiteral("--query"), QStringLiteral("存在しない")});
        QVERIFY(r.out.contains(QStringLiteral("0 assets")));
    }

    void csvNeutralisesFormulas() {
        const QByteArray json = QByteArray(
            "{\"asset_number\": \"SOM-X1\", \"name\": \"=HYPERLINK(\\\"http://evil\\\")\", "
            "\"sub_type\": \"data\", \"department\": \"SOM\", \"owner\": \"t.yamada\", "
            "\"confidentiality\": \"1\", "
            "\"integrity\": \"1\", \"availability\": \"1\", \"description\": \"+1, "
            "\\\"quoted\\\"\\nsecond line\"}");
        Run r = onRegister({QStringLiteral("add"), QStringLiteral("--json")}, json);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = onRegister({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.out.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\")\"")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("\"'+1, \"\"quoted\"\"\nsecond line\"")));
    }

    void showHistoryAndRetire() {
        addSample();
        Run r = onRegister({QStringLiteral("retire"), QStringLiteral("SOM-2026-0100"),
                            QStringLiteral("--reason"), QStringLiteral("システム統合により廃止"),
                            QStringLiteral("--date"), QStringLiteral("2026-10-31")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = onRegister(
            {QStringLiteral("show"), QStringLiteral("SOM-2026-0100"), QStringLiteral("--history")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Retired")));
        QVERIFY(r.out.contains(QStringLiteral("create")));
        QVERIFY(r.out.contains(QStringLiteral("retire")));
        QVERIFY(r.out.contains(QStringLiteral("システム統合により廃止")));
        QVERIFY(r.out.contains(QStringLiteral("Status: in_use → retired")));
        r = onRegister({QStringLiteral("retire"), QStringLiteral("SOM-2026-0100"),
                        QStringLiteral("--reason"), QStringLiteral("again")});
        QCOMPARE(r.exitCode, 1);
        r = onRegister({QStringLiteral("show"), QStringLiteral("NONE-1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("NONE-1")));
    }

    void verifyNamesTheTamperedEntry() {
        addSample();
        Run r = onRegister({QStringLiteral("retire"), QStringLiteral("SOM-2026-0100"),
                            QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(onRegister({QStringLiteral("verify")}).exitCode, 0);
        QSqlQuery q = m_reg->db().query();
        // On PostgreSQL the log refuses changes; a tamperer with the owner's rights would first
        // switch that off — verify must still catch what follows.
        if (m_reg->settings().backend == Backend::PostgreSQL)
            QVERIFY(q.exec(
                QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_immutable")));
        // The first entry about an asset: the register's own baseline entries come before it.
        QVERIFY(q.exec(QStringLiteral("SELECT MIN(id) FROM audit_log WHERE entity = 'asset'")));
        QVERIFY(q.next());
        const qint64 first = q.value(0).toLongLong();
        q.finish();
        QVERIFY(
            q.exec(QStringLiteral(
                       "UPDATE audit_log SET changes = REPLACE(changes, '3C', '1') WHERE id = %1")
                       .arg(first)));
        r = onRegister({QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("#%1").arg(first)), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("altered")));
    }

    void backupAndRestore() {
        addSample();
        const QString file = m_reg->tempPath(QStringLiteral("backup.db"));
        Run r = onRegister({QStringLiteral("backup"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = onRegister({QStringLiteral("retire"), QStringLiteral("SOM-2026-0100"),
                        QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 0);
        // The backup is a register of its own that the CLI can read.
        r = cli({QStringLiteral("--db"), file, QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = onRegister({QStringLiteral("restore"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = onRegister({QStringLiteral("show"), QStringLiteral("SOM-2026-0100")});
        QVERIFY(r.out.contains(QStringLiteral("In use")));
        QCOMPARE(onRegister({QStringLiteral("verify")}).exitCode, 0);
        const QString text = m_reg->tempPath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a backup");
        f.close();
        r = onRegister({QStringLiteral("restore"), text});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("not an asset register")));
    }

    void exportThenImportAndPrint() {
        addSample();
        const QString csv = m_reg->tempPath(QStringLiteral("out.csv"));
        const QString xlsx = m_reg->tempPath(QStringLiteral("out.xlsx"));
        const QString pdf = m_reg->tempPath(QStringLiteral("out.pdf"));
        Run r = onRegister({QStringLiteral("export"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(fileBytes(csv).startsWith("\xEF\xBB\xBF"));
        r = onRegister({QStringLiteral("export"), xlsx, QStringLiteral("--sheet-per-department")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(fileBytes(xlsx).startsWith("PK"));
        r = onRegister(
            {QStringLiteral("export"), pdf, QStringLiteral("--paper"), QStringLiteral("a3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(fileBytes(pdf).startsWith("%PDF"));
        QCOMPARE(onRegister({QStringLiteral("export"), pdf, QStringLiteral("--format"),
                             QStringLiteral("doc")})
                     .exitCode,
                 2);

        // A failed export leaves the old file as it was.
        Asset odd = makeAsset(m_org, QStringLiteral("SOM-EMOJI"), QStringLiteral("𠮷の台帳"));
        QVERIFY(AssetRepository(m_reg->db()).create(odd));
        const QByteArray before = fileBytes(csv);
        r = onRegister(
            {QStringLiteral("export"), csv, QStringLiteral("--encoding"), QStringLiteral("cp932")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("SOM-EMOJI")), qPrintable(r.err));
        QCOMPARE(fileBytes(csv), before);

        // The export imports into a fresh register: dry run first, then for real.
        TempRegister other;
        QVERIFY(other.isValid());
        seedOrganisation(other.db());
        const QStringList target = other.cliArguments();
        r = cli(target + QStringList{QStringLiteral("import"), csv, QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("dry run")));
        QCOMPARE(AssetRepository(other.db()).count(), 0);
        r = cli(target + QStringList{QStringLiteral("import"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(AssetRepository(other.db()).count(), 1);
        r = cli(target + QStringList{QStringLiteral("import"), csv, QStringLiteral("--mode"),
                                     QStringLiteral("skip")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        r = cli(target + QStringList{QStringLiteral("import"), csv});
        QCOMPARE(r.exitCode, 1); // the number exists now
        QVERIFY2(r.err.contains(QStringLiteral("line 2, column 1")), qPrintable(r.err));
        r = cli(target + QStringList{QStringLiteral("import"), xlsx, QStringLiteral("--sheet"),
                                     QStringLiteral("9")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no sheet")));
    }

    void reviewHistoryUsersAndCheck() {
        addSample();
        Run r = onRegister(
            {QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("SOM-2026-0100")});
        QCOMPARE(r.exitCode, 1); // a draft is not approved
        QVERIFY2(r.err.contains(QStringLiteral("SOM-2026-0100")), qPrintable(r.err));
        r = onRegister(
            {QStringLiteral("review"), QStringLiteral("submit"), QStringLiteral("SOM-2026-0100")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = onRegister(
            {QStringLiteral("review"), QStringLiteral("return"), QStringLiteral("SOM-2026-0100")});
        QCOMPARE(r.exitCode, 1); // a return needs a comment
        r = onRegister({QStringLiteral("review"), QStringLiteral("return"),
                        QStringLiteral("SOM-2026-0100"), QStringLiteral("--comment"),
                        QStringLiteral("所管課を確認してください")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = onRegister({QStringLiteral("history"), QStringLiteral("SOM-2026-0100")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("submit")));
        QVERIFY(r.out.contains(QStringLiteral("所管課を確認してください")));
        QCOMPARE(
            onRegister({QStringLiteral("review"), QStringLiteral("bless"), QStringLiteral("X")})
                .exitCode,
            2);

        r = onRegister(
            {QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject clean = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(clean.value(QStringLiteral("errors")).toInt(), 0);
        // My Number information outside the My Number segment is an error-level finding.
        const QByteArray json =
            QByteArray("{\"asset_number\": \"SOM-MN\", \"name\": \"個人番号データ\", "
                       "\"sub_type\": \"data\", \"department\": \"SOM\", \"owner\": \"t.yamada\", "
                       "\"segment\": \"lgwan\", "
                       "\"personal_info\": \"mynumber\", \"confidentiality\": \"3B\", "
                       "\"integrity\": \"2\", \"availability\": \"2\"}");
        QCOMPARE(onRegister({QStringLiteral("add"), QStringLiteral("--json")}, json).exitCode, 0);
        r = onRegister({QStringLiteral("check")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("SOM-MN  R02")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("第7条(3)ア")));

        r = onRegister({QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QStringLiteral("No users yet")));
        r = onRegister({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("k.tanaka"),
                        QStringLiteral("--role"), QStringLiteral("staff")});
        QCOMPARE(r.exitCode, 2); // staff need a department
        r = onRegister({QStringLiteral("user"), QStringLiteral("add"), m_reg->db().currentUser(),
                        QStringLiteral("--role"), QStringLiteral("admin")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = onRegister({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("k.tanaka"),
                        QStringLiteral("--role"), QStringLiteral("staff"),
                        QStringLiteral("--department"), QStringLiteral("SHIMIN")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = onRegister({QStringLiteral("user"), QStringLiteral("set-role"),
                        QStringLiteral("k.tanaka"), QStringLiteral("officer")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = onRegister({QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QStringLiteral("k.tanaka")));
        QVERIFY(r.out.contains(QStringLiteral("Security officer")));
    }

    void refusesAFileThatIsNotARegister() {
        const QString text = m_reg->tempPath(QStringLiteral("memo.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("メモ");
        f.close();
        const Run r = cli({QStringLiteral("--db"), text, QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("not an asset register")));
        QCOMPARE(fileBytes(text), QByteArray("メモ"));
    }

    void reportRiskAndRegisterInBothFormats() {
        const Run help = cli({QStringLiteral("--help")});
        QVERIFY(help.out.contains(QStringLiteral("report risk FILE")));
        QVERIFY(help.out.contains(QStringLiteral("report register FILE")));
        addSample();
        // One high risk of the sample asset, its treatment long overdue.
        const auto asset =
            AssetRepository(m_reg->db()).findByNumber(QStringLiteral("SOM-2026-0100"));
        QVERIFY(asset);
        RiskRepository risks(m_reg->db());
        const RiskCatalogue catalogue = risks.catalogue();
        RiskAssessment risk;
        risk.threatId = catalogue.threatByCode(QStringLiteral("malware"))->id;
        risk.likelihood = 3;
        risk.vulnerability = 3;
        risk.treatment = Treatment::Reduce;
        risk.treatmentDue = QDate(2020, 4, 1);
        QVERIFY2(risks.saveAssessment(asset->id, {risk}), qPrintable(risks.lastError().message));

        const QString pdf = m_reg->tempPath(QStringLiteral("risk.pdf"));
        Run r = onRegister({QStringLiteral("report"), QStringLiteral("risk"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Risk summary written")));
        QVERIFY(fileBytes(pdf).startsWith("%PDF"));

        // The format from the suffix, or from --format whatever the suffix.
        for (const QString& name : {QStringLiteral("risk.xlsx"), QStringLiteral("risk.dat")}) {
            const QString path = m_reg->tempPath(name);
            r = onRegister({QStringLiteral("report"), QStringLiteral("risk"), path,
                            QStringLiteral("--format"), QStringLiteral("XLSX")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QBuffer buffer;
            buffer.setData(fileBytes(path));
            XlsxReader reader;
            QVERIFY2(reader.open(&buffer), qPrintable(reader.errorString()));
            QVERIFY(reader.sheetNames().contains(QStringLiteral("Risks")));
            QList<QStringList> rows;
            QVERIFY(
                reader.readSheet(int(reader.sheetNames().indexOf(QStringLiteral("Risks"))), &rows));
            QCOMPARE(rows.size(), 2);
            QCOMPARE(rows[1].first(), QStringLiteral("SOM-2026-0100"));
        }

        const QString registerPdf = m_reg->tempPath(QStringLiteral("register.pdf"));
        const QString registerXlsx = m_reg->tempPath(QStringLiteral("register.xlsx"));
        r = onRegister({QStringLiteral("report"), QStringLiteral("register"), registerPdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("1 asset")));
        QVERIFY(fileBytes(registerPdf).startsWith("%PDF"));
        r = onRegister({QStringLiteral("report"), QStringLiteral("register"), registerXlsx,
                        QStringLiteral("--department"), QStringLiteral("SOM")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(fileBytes(registerXlsx).startsWith("PK"));
    }

    void reportRefusesBadFormatsAndUnwritablePaths() {
        const QString kept = m_reg->tempPath(QStringLiteral("kept.pdf"));
        QFile file(kept);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the committee's copy");
        file.close();
        const QList<QStringList> usageErrors{
            {QStringLiteral("report")},
            {QStringLiteral("report"), QStringLiteral("budget"), kept},
            {QStringLiteral("report"), QStringLiteral("risk")},
            {QStringLiteral("report"), QStringLiteral("risk"), kept, QStringLiteral("--format"),
             QStringLiteral("doc")},
            {QStringLiteral("report"), QStringLiteral("risk"),
             m_reg->tempPath(QStringLiteral("risk.txt"))},
            // CSV is an export, not a report.
            {QStringLiteral("report"), QStringLiteral("register"),
             m_reg->tempPath(QStringLiteral("r.csv"))},
            {QStringLiteral("report"), QStringLiteral("register"), kept, QStringLiteral("--format"),
             QStringLiteral("csv")}};
        for (const QStringList& args : usageErrors) {
            const Run r = onRegister(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY(!r.err.isEmpty());
        }
        Run r = onRegister({QStringLiteral("report"), QStringLiteral("risk"), kept,
                            QStringLiteral("--format"), QStringLiteral("doc")});
        QVERIFY2(r.err.contains(QStringLiteral("\"doc\"")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("pdf or xlsx")));
        QCOMPARE(fileBytes(kept), QByteArray("the committee's copy"));

        // A folder that does not exist: an error in the user's language, exit code 1.
        const QString nowhere = m_reg->tempPath(QStringLiteral("no-such-folder/risk.pdf"));
        r = onRegister({QStringLiteral("report"), QStringLiteral("risk"), nowhere});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Cannot write")), qPrintable(r.err));
        r = onRegister({QStringLiteral("report"), QStringLiteral("register"), nowhere}, {},
                       QStringLiteral("ja"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("書き込めません")), qPrintable(r.err));
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
