// Import and export: every encoding Excel writes, malformed files, the IPA ledger layout,
// duplicates and unknown values reported with line and column, all-or-nothing writes, formula
// neutralisation and the export → import round trip.
#include "TestSupport.h"

#include "demo/DemoRegister.h"
#include "domain/AssetFields.h"
#include "domain/Clock.h"
#include "io/AssetExporter.h"
#include "io/AssetImporter.h"
#include "io/Csv.h"
#include "io/XlsxReader.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/MasterDataRepository.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTest>

using namespace assetreg;
using namespace assetreg::test;

namespace {

QByteArray cp932(const QString& text) {
    QStringEncoder encoder("windows-31j");
    QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        qFatal("not CP932");
    return bytes;
}

QByteArray utf16(const QString& text) {
    QStringEncoder encoder(QStringEncoder::Utf16LE);
    return QByteArray("\xFF\xFE") + QByteArray(encoder.encode(text));
}

// Our own export's header with the fields used here.
const QString kHeader = QStringLiteral(
    "管理番号,名称,種別,所管課,管理責任者,ネットワーク区分,機密性,完全性,可用性,説明\r\n");

QString row(const QString& number, const QString& name, const QString& extra = QString()) {
    return number + QLatin1Char(',') + name +
           QStringLiteral(",電子データ,SOM,山田 太郎,LGWAN接続系,3C,2,1,") + extra +
           QStringLiteral("\r\n");
}

QStringList fieldTexts(const Asset& a, const ReferenceData& ref) {
    QStringList values;
    for (const AssetField& field : assetFields()) {
        if (QLatin1String(field.key) == QLatin1String("lives_on"))
            continue; // compared separately: numbers, not ids
        values.append(QString::fromLatin1(field.key) + QLatin1Char('=') + field.text(a, ref));
    }
    return values;
}

} // namespace

class TestIo : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TempRegister> m_reg;
    qint64 m_entriesAtStart = 0; // the new register's baseline and organisation
    Organisation m_org;

    ImportReport importBytes(const QByteArray& bytes, ImportOptions options = {},
                             TextEncoding encoding = TextEncoding::Auto,
                             QString* readError = nullptr, TextEncoding* used = nullptr) {
        ImportTable table;
        QString error;
        TextEncoding detected = TextEncoding::Auto;
        if (!AssetImporter::readCsv(bytes, encoding, &table, &detected, &error)) {
            if (readError)
                *readError = error;
            ImportReport failed;
            failed.issues.append({ImportIssue::Severity::Error, 0, 0, {}, error});
            return failed;
        }
        if (used)
            *used = detected;
        AssetRepository repo(m_reg->db());
        return AssetImporter(repo).run(table, options);
    }

    static QString issues(const ImportReport& report) {
        QStringList lines;
        for (const ImportIssue& issue : report.issues)
            lines.append(issue.text());
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase() { Clock::setFixed(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC)); }
    void init() {
        m_reg = std::make_unique<TempRegister>();
        QVERIFY2(m_reg->isValid(), qPrintable(m_reg->error()));
        m_org = seedOrganisation(m_reg->db());
        m_entriesAtStart = AuditLog(m_reg->db()).count();
    }
    void cleanup() { m_reg.reset(); }

    void everyEncodingExcelWrites_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("expected");
        const QString text =
            kHeader + row(QStringLiteral("SOM-1"), QStringLiteral("髙橋課長の①番～台帳"));
        QTest::newRow("UTF-8 with BOM")
            << (QByteArray("\xEF\xBB\xBF") + text.toUtf8()) << int(TextEncoding::Utf8);
        QTest::newRow("UTF-8") << text.toUtf8() << int(TextEncoding::Utf8);
        QTest::newRow("CP932") << cp932(text) << int(TextEncoding::Cp932);
        QString tabbed = text;
        tabbed.replace(QLatin1Char(','), QLatin1Char('\t'));
        QTest::newRow("UTF-16 with tabs") << utf16(tabbed) << int(TextEncoding::Utf16);
    }
    void everyEncodingExcelWrites() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, expected);
        TextEncoding used = TextEncoding::Auto;
        const ImportReport report = importBytes(bytes, {}, TextEncoding::Auto, nullptr, &used);
        QVERIFY2(report.committed, qPrintable(issues(report)));
        QCOMPARE(int(used), expected);
        AssetRepository repo(m_reg->db());
        QCOMPARE(repo.findByNumber(QStringLiteral("SOM-1"))->name,
                 QStringLiteral("髙橋課長の①番～台帳"));
    }

    void aWrongEncodingSaysWhere() {
        const QByteArray bytes =
            cp932(kHeader + row(QStringLiteral("SOM-1"), QStringLiteral("台帳")));
        QString error;
        const ImportReport report = importBytes(bytes, {}, TextEncoding::Utf8, &error);
        QVERIFY(!report.committed);
        QVERIFY2(error.contains(QStringLiteral("line 1")),
                 qPrintable(error)); // the header is Japanese too
        QCOMPARE(AssetRepository(m_reg->db()).count(), 0);
    }

    void quotedLineBreaksAndQuotes() {
        const QString text =
            kHeader +
            QStringLiteral("SOM-1,\"名称, カンマ入り\",電子データ,SOM,山田 "
                           "太郎,LGWAN接続系,3C,2,1,\"一行目\r\n二行目 \"\"引用\"\"\"\r\n") +
            row(QStringLiteral("SOM-2"), QStringLiteral("次の行"));
        const ImportReport report = importBytes(text.toUtf8());
        QVERIFY2(report.committed, qPrintable(issues(report)));
        AssetRepository repo(m_reg->db());
        const auto a = repo.findByNumber(QStringLiteral("SOM-1"));
        QCOMPARE(a->name, QStringLiteral("名称, カンマ入り"));
        QCOMPARE(a->description, QStringLiteral("一行目\r\n二行目 \"引用\""));
        QVERIFY(repo.findByNumber(QStringLiteral("SOM-2")));
    }

    void malformedFilesChangeNothing_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 18)
                                << QStringLiteral("binary");
        QTest::newRow("unclosed quote")
            << (kHeader + QStringLiteral("SOM-1,\"never closed,電子データ\r\n")).toUtf8()
            << QStringLiteral("Line 2, column 2");
        QTest::newRow("no name column")
            << QByteArray("foo,bar\r\n1,2\r\n") << QStringLiteral("name");
    }
    void malformedFilesChangeNothing() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const ImportReport report = importBytes(bytes);
        QVERIFY(!report.committed);
        QVERIFY(report.errorCount() > 0);
        QVERIFY2(issues(report).contains(says, Qt::CaseInsensitive), qPrintable(issues(report)));
        QCOMPARE(AssetRepository(m_reg->db()).count(), 0);
    }

    void headerOnlyImportsNothingQuietly() {
        const ImportReport report = importBytes(kHeader.toUtf8());
        QCOMPARE(report.errorCount(), 0);
        QCOMPARE(report.rows, 0);
        QCOMPARE(AssetRepository(m_reg->db()).count(), 0);
    }

    void rowErrorsNameLineAndColumnAndNothingIsWritten() {
        const QString text =
            kHeader + row(QStringLiteral("SOM-1"), QStringLiteral("正常")) +
            QStringLiteral("SOM-2,水準誤り,電子データ,SOM,山田 太郎,LGWAN接続系,9,2,1,\r\n") +
            QStringLiteral(
                "SOM-3,部署なし,電子データ,存在しない課,山田 太郎,LGWAN接続系,3C,2,1,\r\n") +
            row(QStringLiteral("ＳＯＭ－１"), QStringLiteral("重複")) +
            row(QStringLiteral("SOM-5"), QString(300, QChar(0x540D))) +
            QStringLiteral("SOM-6,区分誤り,電子データ,SOM,山田 太郎,イントラ,3C,2,1,\r\n");
        const ImportReport report = importBytes(text.toUtf8());
        const QString all = issues(report);
        QVERIFY(!report.committed);
        QVERIFY2(all.contains(QStringLiteral("line 3, column 7")), qPrintable(all)); // level 9
        QVERIFY2(all.contains(QStringLiteral("line 4, column 4")), qPrintable(all)); // department
        QVERIFY2(all.contains(QStringLiteral("存在しない課")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("line 5, column 1")), qPrintable(all)); // duplicate
        QVERIFY2(all.contains(QStringLiteral("line 2 of this file")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("line 6, column 2")), qPrintable(all)); // too long
        QVERIFY2(all.contains(QStringLiteral("line 7, column 6")), qPrintable(all)); // segment
        QCOMPARE(report.errorCount(), 5);
        QCOMPARE(AssetRepository(m_reg->db()).count(), 0);
        QCOMPARE(AuditLog(m_reg->db()).count(), m_entriesAtStart);
    }

    void unknownDepartmentsCanBeCreated() {
        MasterDataRepository master(m_reg->db());
        const QString text = QStringLiteral("名称,管理部署,管理責任者,機密性,完全性,可用性\r\n") +
                             QStringLiteral("新しい課の台帳,新設課,山田 太郎,2,1,1\r\n");
        ImportOptions options;
        options.mapping = ColumnMapping::nativeMapping();
        options.mapping.rules.append({QStringLiteral("管理部署"), QStringLiteral("department")});
        options.createDepartments = true;
        const ImportReport report = importBytes(text.toUtf8(), options);
        QVERIFY2(report.committed, qPrintable(issues(report)));
        QCOMPARE(report.createdDepartments, QStringList{QStringLiteral("新設課")});
        AssetRepository repo(m_reg->db());
        const QList<Asset> all = repo.list();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().departmentName, QStringLiteral("新設課"));
        QVERIFY(all.first().assetNumber.startsWith(QStringLiteral("DEPT")));

        // Once users are registered, only an administrator may create departments by import:
        // an officer's import is refused with the reason, and nothing is written.
        Database& db = m_reg->db();
        QVERIFY(registerAdminAnd(db, QStringLiteral("officer"), Role::Officer));
        db.setLoginForTesting(QStringLiteral("officer"));
        const QString another =
            QStringLiteral("名称,管理部署,管理責任者,機密性,完全性,可用性\r\n") +
            QStringLiteral("別の課の台帳,別設課,山田 太郎,2,1,1\r\n");
        const ImportReport refused = importBytes(another.toUtf8(), options);
        QVERIFY(!refused.committed);
        QVERIFY2(issues(refused).contains(QStringLiteral("only an administrator")),
                 qPrintable(issues(refused)));
        QCOMPARE(master.load().departments.size(), 3);
        QCOMPARE(repo.count(), 1);
    }

    void modesForExistingNumbers() {
        QVERIFY(importBytes((kHeader + row(QStringLiteral("SOM-1"), QStringLiteral("元の名称"),
                                           QStringLiteral("元の説明")))
                                .toUtf8())
                    .committed);
        const QByteArray again =
            (QStringLiteral("管理番号,名称\r\nSOM-1,新しい名称\r\nSOM-9,追加分\r\n")).toUtf8();
        ImportOptions add;
        ImportReport report = importBytes(again, add);
        QVERIFY(!report.committed);
        QVERIFY(issues(report).contains(QStringLiteral("already in the register")));

        ImportOptions skip;
        skip.mode = ImportMode::Skip;
        // SOM-9 has no department/owner columns in this file: it cannot be added.
        report = importBytes(again, skip);
        QCOMPARE(report.skipped, 1);
        QVERIFY(!report.committed);

        ImportOptions update;
        update.mode = ImportMode::Update;
        report = importBytes(QByteArray("管理番号,名称\r\nSOM-1,新しい名称\r\n"), update);
        QVERIFY2(report.committed, qPrintable(issues(report)));
        QCOMPARE(report.updated, 1);
        const auto a = AssetRepository(m_reg->db()).findByNumber(QStringLiteral("SOM-1"));
        QCOMPARE(a->name, QStringLiteral("新しい名称"));
        QCOMPARE(a->description, QStringLiteral("元の説明")); // columns not in the file stay
        QCOMPARE(a->version, 2);
    }

    void dryRunAndCancelChangeNothing() {
        QString text = kHeader;
        for (int i = 0; i < 2500; ++i)
            text += row(QStringLiteral("SOM-%1").arg(i), QStringLiteral("資産%1").arg(i));
        ImportOptions dry;
        dry.dryRun = true;
        ImportReport report = importBytes(text.toUtf8(), dry);
        QCOMPARE(report.errorCount(), 0);
        QCOMPARE(report.added, 2500);
        QVERIFY(!report.committed);
        QCOMPARE(AssetRepository(m_reg->db()).count(), 0);

        ImportOptions cancel;
        cancel.progress = [](int done, int) {
            return done < 1500;
        };
        report = importBytes(text.toUtf8(), cancel);
        QVERIFY(report.cancelled);
        QCOMPARE(AssetRepository(m_reg->db()).count(), 0);
        QCOMPARE(AuditLog(m_reg->db()).count(), m_entriesAtStart);
    }

    void ipaLedgerFromExcelInCp932() {
        const QString text = QStringLiteral(
            "業務分類,情報資産名称,備考,利用者範囲,管理部署,媒体・保存先,個人情報,要配慮個人情報,"
            "特定個人情報,機密性,完全性,可用性,重要度,保存期限,登録日\r\n"
            "人事,職員名簿,﨑の字を含む,総務課職員,総務課,紙・書庫①,○,,,3,3,2,3,5年,2024/4/1\r\n"
            "税務,住民税課税データ,,税務課職員,市民課,基幹系サーバ,○,,○,3,2,2,3,常用,2024/4/1\r\n"
            "広報,広報誌原稿,公開前,広報担当,総務課,ファイルサーバ,,,,1,1,1,1,1年,2025/1/10\r\n");
        ImportOptions options;
        options.mapping = ColumnMapping::ipaMapping();
        const ImportReport report = importBytes(cp932(text), options);
        QVERIFY2(report.committed, qPrintable(issues(report)));
        QCOMPARE(report.added, 3);
        AssetRepository repo(m_reg->db());
        const QList<Asset> all = repo.list();
        QCOMPARE(all.size(), 3);
        const Asset* roster = nullptr;
        const Asset* tax = nullptr;
        for (const Asset& a : all) {
            if (a.name == QStringLiteral("職員名簿"))
                roster = &a;
            if (a.name == QStringLiteral("住民税課税データ"))
                tax = &a;
        }
        QVERIFY(roster && tax);
        QVERIFY(roster->assetNumber.startsWith(QStringLiteral("SOM-2026-"))); // numbers generated
        QCOMPARE(roster->medium, Medium::Paper);
        QCOMPARE(roster->location, QStringLiteral("紙・書庫①"));
        QCOMPARE(roster->personalInfo, PersonalInfo::Personal);
        QCOMPARE(roster->schemeCode, QStringLiteral("LEGACY")); // plain 3 of the old ledger
        QCOMPARE(roster->integrity, QStringLiteral("2"));       // 3 read as the top level
        QCOMPARE(roster->ownerId, m_org.ownerA);                // the department's head
        QVERIFY(roster->description.contains(QStringLiteral("業務分類: 人事")));
        QVERIFY(roster->description.contains(QStringLiteral("﨑")));
        QCOMPARE(tax->personalInfo, PersonalInfo::MyNumber);
        QCOMPARE(tax->departmentName, QStringLiteral("市民課"));
        const QString all2 = issues(report);
        QVERIFY2(all2.contains(QStringLiteral("line 2, column 10")),
                 qPrintable(all2));                       // scheme note
        QVERIFY(all2.contains(QStringLiteral("重要度"))); // not imported
    }

    void mappingFilesRoundTripAndBadOnesSayWhy() {
        ColumnMapping mapping = ColumnMapping::ipaMapping();
        mapping.name = QStringLiteral("市の様式");
        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        QString error;
        QVERIFY(mapping.save(&buffer, &error));
        buffer.seek(0);
        ColumnMapping loaded;
        QVERIFY2(ColumnMapping::load(&buffer, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.name, mapping.name);
        QCOMPARE(loaded.rules.size(), mapping.rules.size());
        QBuffer bad;
        bad.setData("{\"columns\": [{\"header\": \"x\", \"field\": \"colour\"}]}");
        bad.open(QIODevice::ReadOnly);
        QVERIFY(!ColumnMapping::load(&bad, &loaded, &error));
        QVERIFY(error.contains(QStringLiteral("colour")));
    }

    void exportNeutralisesFormulasInBothFormats() {
        AssetRepository repo(m_reg->db());
        Asset a = makeAsset(m_org, QStringLiteral("SOM-X"),
                            QStringLiteral("=HYPERLINK(\"http://x\",\"クリック\")"));
        a.description = QStringLiteral("+cmd|' /C calc'!A0");
        a.location = QStringLiteral("@SUM(1+1)");
        QVERIFY(repo.create(a));
        const QList<Asset> assets = repo.list();
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(AssetExporter::write(assets, repo.reference(), {}, &csv, &error),
                 qPrintable(error));
        const QString text = QString::fromUtf8(csv.data());
        QVERIFY(csv.data().startsWith("\xEF\xBB\xBF")); // BOM: Excel reads UTF-8
        QVERIFY(
            text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"クリック\"\")\"")));
        QVERIFY(text.contains(QStringLiteral("\"'+cmd|' /C calc'!A0\"")));
        QVERIFY(text.contains(QStringLiteral("\"'@SUM(1+1)\"")));

        ExportOptions xlsxOptions;
        xlsxOptions.format = ExportOptions::Format::Xlsx;
        QBuffer xlsx;
        xlsx.open(QIODevice::ReadWrite);
        QVERIFY2(AssetExporter::write(assets, repo.reference(), xlsxOptions, &xlsx, &error),
                 qPrintable(error));
        xlsx.seek(0);
        XlsxReader reader;
        QVERIFY2(reader.open(&xlsx), qPrintable(reader.errorString()));
        QList<QStringList> rows;
        QVERIFY(reader.readSheet(0, &rows));
        QCOMPARE(rows.size(), 2);
        // Stored as text cells, exactly: never a formula.
        QVERIFY(rows[1].contains(QStringLiteral("=HYPERLINK(\"http://x\",\"クリック\")")));
        QVERIFY(rows[1].contains(QStringLiteral("@SUM(1+1)")));
        QVERIFY(!xlsx.data().contains("<f>"));
    }

    void cp932ExportRefusesWhatItCannotWrite() {
        AssetRepository repo(m_reg->db());
        Asset a = makeAsset(m_org, QStringLiteral("SOM-Y"), QStringLiteral("𠮷野家の台帳"));
        QVERIFY(repo.create(a));
        ExportOptions options;
        options.encoding = TextEncoding::Cp932;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(!AssetExporter::write(repo.list(), repo.reference(), options, &out, &error));
        QVERIFY2(error.contains(QStringLiteral("𠮷")) && error.contains(QStringLiteral("SOM-Y")),
                 qPrintable(error));
        Asset b = makeAsset(m_org, QStringLiteral("SOM-Z"), QStringLiteral("髙﨑①～"));
        QVERIFY(repo.create(b));
        QBuffer ok;
        ok.open(QIODevice::WriteOnly);
        QVERIFY(
            AssetExporter::write(repo.byIds({b.id}, true), repo.reference(), options, &ok, &error));
        QVERIFY(ok.data().contains(cp932(QStringLiteral("髙﨑①～"))));
    }

    void roundTripReproducesEveryField_data() {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(ExportOptions::Format::Csv);
        QTest::newRow("xlsx") << int(ExportOptions::Format::Xlsx);
    }
    void roundTripReproducesEveryField() {
        QFETCH(int, format);
        TempRegister source;
        QString error;
        QVERIFY2(DemoRegister::populate(source.db(), &error), qPrintable(error));
        TempRegister target;
        DemoRegister::Options organisationOnly;
        organisationOnly.assets = false;
        QVERIFY2(DemoRegister::populate(target.db(), &error, organisationOnly), qPrintable(error));

        AssetRepository from(source.db());
        AssetQuery everything; // in number order, so that systems come before what lives on them?
        const QList<Asset> assets = from.list(everything);
        ExportOptions options;
        options.format = ExportOptions::Format(format);
        QBuffer file;
        file.open(QIODevice::ReadWrite);
        QVERIFY2(AssetExporter::write(assets, from.reference(), options, &file, &error),
                 qPrintable(error));

        ImportTable table;
        if (options.format == ExportOptions::Format::Csv) {
            TextEncoding used;
            QVERIFY2(AssetImporter::readCsv(file.data(), TextEncoding::Auto, &table, &used, &error),
                     qPrintable(error));
        } else {
            file.seek(0);
            QVERIFY2(AssetImporter::readXlsx(&file, 0, &table, &error), qPrintable(error));
        }
        AssetRepository to(target.db());
        const ImportReport report = AssetImporter(to).run(table, {});
        QVERIFY2(report.committed, qPrintable(issues(report).left(3000)));
        QCOMPARE(report.added, int(assets.size()));
        for (const Asset& original : assets) {
            const auto copy = to.findByNumber(original.assetNumber);
            QVERIFY(copy);
            QCOMPARE(fieldTexts(*copy, to.reference()), fieldTexts(original, from.reference()));
            QCOMPARE(copy->livesOnNumbers, original.livesOnNumbers);
        }
        QVERIFY(AuditLog(target.db()).verify().ok);
    }

    void aHundredThousandRowFile() {
        QString text = QStringLiteral("管理番号,名称,種別,所管課,管理責任者,ネットワーク区分,"
                                      "機密性,完全性,可用性,説明,保管場所,利用者範囲\r\n");
        text.reserve(130 * 100000);
        for (int i = 0; i < 100000; ++i)
            text += QStringLiteral("SOM-%1,業務データ%1,電子データ,SOM,山田 "
                                   "太郎,LGWAN接続系,3C,2,1,総務課の業務で扱う記録 "
                                   "%1,本庁舎サーバ室,総務課職員\r\n")
                        .arg(i);
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = importBytes(text.toUtf8());
        QVERIFY2(report.committed, qPrintable(issues(report).left(2000)));
        qInfo("100,000 rows imported in %lld ms", timer.elapsed());
        AssetRepository repo(m_reg->db());
        QCOMPARE(repo.count(), 100000);
        AssetQuery search;
        search.text = QStringLiteral("業務データ99999");
        QCOMPARE(repo.count(search), 1);
    }
};

QTEST_GUILESS_MAIN(TestIo)
#include "tst_io.moc"
