// The printed register and detail sheet: 和暦 dates, the highest classification, and PDFs read
// back with pdftotext (page numbers, stamp and header row on every page, grouping, paper sizes,
// rows taller than a page, failing output devices). No translator is installed, so column labels
// are English; the frame of the document (title, 作成日, stamp, 決裁欄) is always Japanese.
#include "TestSupport.h"

#include "domain/AssetFields.h"
#include "domain/Clock.h"
#include "reports/JapaneseDate.h"
#include "reports/RegisterPrinter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace assetreg;
using assetreg::test::pdfLayoutText;

namespace {

const QDate kPrintDate(2026, 3, 31);
const QString kStamp = QStringLiteral("自治体機密性3B・完全性2・可用性2");

ClassificationLevel level(qint64 id, Axis axis, const QString& code, int rank,
                          const QString& labelJa) {
    ClassificationLevel l;
    l.id = id;
    l.axis = axis;
    l.code = code;
    l.rank = rank;
    l.labelJa = labelJa;
    return l;
}

// Codes, ranks and Japanese labels as resources/migrations/0001_core.sql ships them.
ReferenceData sampleReference() {
    ReferenceData ref;
    ref.organs.append(
        {1, QStringLiteral("MAYOR"), QStringLiteral("市長"), QStringLiteral("Mayor"), 1});
    ref.departments.append({10, 1, QStringLiteral("SOM"), QStringLiteral("総務部"), {}, 1, true});
    ref.departments.append(
        {11, 1, QStringLiteral("SHIMIN"), QStringLiteral("市民部"), {}, 2, true});
    ref.departments.append({12, 1, QStringLiteral("ZEI"), QStringLiteral("税務部"), {}, 3, true});
    const QStringList names{QStringLiteral("髙橋 一郎"), QStringLiteral("山﨑 花子"),
                            QStringLiteral("渡邊 次郎")};
    for (int i = 0; i < names.size(); ++i)
        ref.people.append({30 + i, {}, names[i], QStringLiteral("課長"), 10 + i, 0, {}, {}, true});
    ref.assetTypes.append({QStringLiteral("data"), AssetCategory::Information,
                           QStringLiteral("電子データ"), QStringLiteral("Electronic data"), 1});
    ref.assetTypes.append({QStringLiteral("system"), AssetCategory::Infrastructure,
                           QStringLiteral("業務システム"), QStringLiteral("Business system"), 2});

    ClassificationScheme mic{
        1, QStringLiteral("MIC2024"), QStringLiteral("総務省"), QStringLiteral("MIC"), true, {}};
    int rank = 5;
    qint64 id = 100;
    for (const QString& code : {QStringLiteral("3A"), QStringLiteral("3B"), QStringLiteral("3C"),
                                QStringLiteral("2"), QStringLiteral("1")})
        mic.levels.append(level(id++, Axis::Confidentiality, code, rank--,
                                QStringLiteral("自治体機密性") + code));
    ClassificationScheme legacy{
        2, QStringLiteral("LEGACY"), QStringLiteral("従来"), QStringLiteral("Legacy"), false, {}};
    for (int r = 3; r >= 1; --r)
        legacy.levels.append(level(id++, Axis::Confidentiality, QString::number(r), r,
                                   QStringLiteral("機密性%1").arg(r)));
    for (ClassificationScheme* scheme : {&mic, &legacy}) {
        for (int r = 2; r >= 1; --r) {
            scheme->levels.append(level(id++, Axis::Integrity, QString::number(r), r,
                                        QStringLiteral("完全性%1").arg(r)));
            scheme->levels.append(level(id++, Axis::Availability, QString::number(r), r,
                                        QStringLiteral("可用性%1").arg(r)));
        }
    }
    ref.schemes = {mic, legacy};
    ref.restrictions.append({1,
                             QStringLiteral("no_takeout"),
                             Axis::Confidentiality,
                             QStringLiteral("持出禁止"),
                             {},
                             false,
                             1});
    ref.restrictions.append({2,
                             QStringLiteral("no_copy"),
                             Axis::Confidentiality,
                             QStringLiteral("複製禁止"),
                             {},
                             false,
                             2});
    ref.restrictions.append({3,
                             QStringLiteral("recovery_time"),
                             Axis::Availability,
                             QStringLiteral("〇〇以内復旧"),
                             {},
                             true,
                             3});
    return ref;
}

Asset makeAsset(int number, qint64 departmentId, const QString& name) {
    Asset a;
    a.assetNumber = QStringLiteral("SOM-2026-%1").arg(number, 4, 10, QLatin1Char('0'));
    a.name = name;
    a.category = AssetCategory::Information;
    a.subType = QStringLiteral("data");
    a.departmentId = departmentId;
    a.ownerId = 30 + (departmentId - 10);
    a.schemeCode = QStringLiteral("MIC2024");
    a.confidentiality = QStringLiteral("2");
    a.integrity = QStringLiteral("1");
    a.availability = QStringLiteral("1");
    a.location = QStringLiteral("本庁舎3階 書庫B");
    a.segment = Segment::Lgwan;
    return a;
}

// 120 assets: 42 of 総務部, 50 of 市民部, 28 of 税務部, with long names and restrictions so that
// rows wrap. The highest levels are spread over different assets.
QList<Asset> sampleAssets() {
    QList<Asset> assets;
    const QList<QPair<qint64, int>> departments{{10, 42}, {11, 50}, {12, 28}};
    int number = 1;
    for (const auto& [departmentId, count] : departments) {
        for (int i = 0; i < count; ++i, ++number) {
            QString name = QStringLiteral("業務データ%1").arg(number, 3, 10, QLatin1Char('0'));
            if (number % 7 == 0)
                name += QStringLiteral("（住民基本台帳ネットワークシステム連携用の中間ファイル及び"
                                       "その出力帳票一式）");
            Asset a = makeAsset(number, departmentId, name);
            if (number % 5 == 0) {
                a.restrictions = {{QStringLiteral("no_takeout"), {}},
                                  {QStringLiteral("no_copy"), {}},
                                  {QStringLiteral("recovery_time"), QStringLiteral("24時間")}};
            }
            assets.append(a);
        }
    }
    assets[3].confidentiality = QStringLiteral("3B");
    assets[60].integrity = QStringLiteral("2");
    assets[100].availability = QStringLiteral("2");
    assets.last().name = QStringLiteral("最終頁確認用データ");
    return assets;
}

PrintOptions sampleOptions() {
    PrintOptions options;
    options.organisationName = QStringLiteral("みなみ野市");
    options.scopeTitle = QStringLiteral("全所管課");
    options.date = kPrintDate;
    options.evidence = QStringLiteral("監査ログ末尾 #4711 sha256:3f2a9c0d5e");
    return options;
}

// The text of each page, NFKC-normalised (the full-width spaces of the frame become spaces) and
// with runs of white space collapsed, since pdftotext spaces words by their position.
QStringList pdfPages(const QString& path) {
    QStringList pages =
        pdfLayoutText(path).normalized(QString::NormalizationForm_KC).split(QLatin1Char('\f'));
    while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString& page : pages)
        page = page.simplified();
    return pages;
}

bool hasPageNumber(const QString& page, int number, int total) {
    const QRegularExpression re(
        QStringLiteral("(^|\\s)%1\\s*/\\s*%2(\\s|$)").arg(number).arg(total));
    return re.match(page).hasMatch();
}

// Accepts the first `limit` bytes, then refuses every write.
class FailingBuffer : public QBuffer {
public:
    explicit FailingBuffer(qint64 limit)
        : m_limit(limit) {}

protected:
    qint64 writeData(const char* data, qint64 size) override {
        if (pos() + size > m_limit) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        return QBuffer::writeData(data, size);
    }

private:
    qint64 m_limit;
};

} // namespace

class TestRegisterPrinter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ReferenceData m_ref = sampleReference();

    QString writeRegister(const QString& name, const QList<Asset>& assets,
                          const PrintOptions& options) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QString error;
        if (!RegisterPrinter::writePdf(assets, m_ref, options, &file, &error)) {
            qWarning() << error;
            return {};
        }
        return path;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // To look at the PDFs: ASSETREG_KEEP_TEST_OUTPUT=1 keeps them and prints where.
        if (qEnvironmentVariableIsSet("ASSETREG_KEEP_TEST_OUTPUT")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs are kept in %s", qPrintable(m_dir.path()));
        }
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (poppler-utils) is needed");
    }

    void wareki_data() {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("expectedShort");
        QTest::newRow("last day of 平成") << QDate(2019, 4, 30) << QStringLiteral("平成31年4月30日")
                                          << QStringLiteral("H31.4.30");
        QTest::newRow("first day of 令和")
            << QDate(2019, 5, 1) << QStringLiteral("令和元年5月1日") << QStringLiteral("R1.5.1");
        QTest::newRow("last day of 昭和")
            << QDate(1989, 1, 7) << QStringLiteral("昭和64年1月7日") << QStringLiteral("S64.1.7");
        QTest::newRow("first day of 平成")
            << QDate(1989, 1, 8) << QStringLiteral("平成元年1月8日") << QStringLiteral("H1.1.8");
        QTest::newRow("policy revision")
            << QDate(2026, 3, 31) << QStringLiteral("令和8年3月31日") << QStringLiteral("R8.3.31");
        QTest::newRow("before the Gregorian calendar")
            << QDate(1868, 10, 23) << QStringLiteral("1868年10月23日")
            << QStringLiteral("1868.10.23");
        QTest::newRow("invalid") << QDate() << QString() << QString();
    }
    void wareki() {
        QFETCH(QDate, date);
        QFETCH(QString, expected);
        QFETCH(QString, expectedShort);
        QCOMPARE(toWareki(date), expected);
        QCOMPARE(toWarekiShort(date), expectedShort);
    }

    void highestClassification() {
        QList<Asset> assets = sampleAssets();
        QCOMPARE(RegisterPrinter::highestClassification(assets, m_ref), kStamp);
        QCOMPARE(RegisterPrinter::highestClassification({assets[0]}, m_ref),
                 QStringLiteral("自治体機密性2・完全性1・可用性1"));
        QCOMPARE(RegisterPrinter::highestClassification({}, m_ref), QString());

        // Across schemes the rank decides: legacy 機密性3 (rank 3) is below MIC 3B (rank 4) and
        // above MIC 2 (rank 2).
        Asset legacy = assets[0];
        legacy.schemeCode = QStringLiteral("LEGACY");
        legacy.confidentiality = QStringLiteral("3");
        QCOMPARE(RegisterPrinter::highestClassification({legacy, assets[3]}, m_ref),
                 QStringLiteral("自治体機密性3B・完全性1・可用性1"));
        QCOMPARE(RegisterPrinter::highestClassification({legacy, assets[0]}, m_ref),
                 QStringLiteral("機密性3・完全性1・可用性1"));
        // Unknown codes are not guessed at.
        Asset unknown = assets[0];
        unknown.confidentiality = QStringLiteral("9Z");
        QCOMPARE(RegisterPrinter::highestClassification({unknown}, m_ref),
                 QStringLiteral("完全性1・可用性1"));
    }

    void registerOnA4() {
        const QList<Asset> assets = sampleAssets();
        const QString path = writeRegister(QStringLiteral("a4.pdf"), assets, sampleOptions());
        QVERIFY(!path.isEmpty());
        const QStringList pages = pdfPages(path);
        const int n = static_cast<int>(pages.size());
        QVERIFY2(n > 1, qPrintable(QString::number(n)));

        QVERIFY(pages.first().contains(QStringLiteral("情報資産管理台帳")));
        QVERIFY(pages.first().contains(QStringLiteral("みなみ野市")));
        QVERIFY(pages.first().contains(QStringLiteral("全所管課")));
        QVERIFY(pages.first().contains(QStringLiteral("件数 120件")));
        // 決裁欄 on the first page
        for (const QString& title : PrintOptions::defaultApprovalTitles())
            QVERIFY2(pages.first().contains(title), qPrintable(title));
        for (int i = 0; i < n; ++i) {
            const QString& page = pages[i];
            QVERIFY2(hasPageNumber(page, i + 1, n),
                     qPrintable(QStringLiteral("page %1").arg(i + 1)));
            QVERIFY2(page.contains(kStamp),
                     qPrintable(QStringLiteral("stamp on page %1").arg(i + 1)));
            QVERIFY2(page.contains(QStringLiteral("Asset number")),
                     qPrintable(QStringLiteral("header on page %1").arg(i + 1)));
            QVERIFY(page.contains(QStringLiteral("情報資産管理台帳")));
            QVERIFY(page.contains(QStringLiteral("作成日 令和8年3月31日")));
            QVERIFY(page.contains(QStringLiteral("監査ログ末尾 #4711")));
        }
        const QString all = pages.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("総務部(42件)")));
        QVERIFY(all.contains(QStringLiteral("市民部(50件)")));
        QVERIFY(all.contains(QStringLiteral("税務部(28件)")));
        QVERIFY(all.contains(QStringLiteral("髙橋 一郎")));
        QVERIFY(all.contains(QStringLiteral("山﨑 花子")));
        QVERIFY(all.contains(QStringLiteral("SOM-2026-0001")));
        QVERIFY(pages.last().contains(QStringLiteral("最終頁確認用データ")));
        QVERIFY(!pages.first().contains(QStringLiteral("最終頁確認用データ")));
        // Every asset number is printed exactly once.
        for (const Asset& asset : assets)
            QCOMPARE(all.count(asset.assetNumber), 1);
        // A group running on to the next page says so.
        QVERIFY(all.contains(QStringLiteral("(続き)")));
    }

    void a3NeedsFewerPages() {
        const QList<Asset> assets = sampleAssets();
        PrintOptions options = sampleOptions();
        const int a4 = static_cast<int>(
            pdfPages(writeRegister(QStringLiteral("a4b.pdf"), assets, options)).size());
        options.paper = QPageSize::A3;
        const QStringList a3Pages =
            pdfPages(writeRegister(QStringLiteral("a3.pdf"), assets, options));
        const int a3 = static_cast<int>(a3Pages.size());
        QVERIFY2(a3 >= 1 && a3 < a4, qPrintable(QStringLiteral("A3 %1, A4 %2").arg(a3).arg(a4)));
        for (int i = 0; i < a3; ++i) {
            QVERIFY(hasPageNumber(a3Pages[i], i + 1, a3));
            QVERIFY(a3Pages[i].contains(kStamp));
        }
    }

    void ungroupedAndChosenColumns() {
        PrintOptions options = sampleOptions();
        options.groupByDepartment = false;
        options.columns = {QStringLiteral("asset_number"), QStringLiteral("name"),
                           QStringLiteral("no_such_field"), QStringLiteral("confidentiality")};
        options.approvalTitles = {QStringLiteral("部長"), QStringLiteral("情報セキュリティ管理者")};
        const QStringList pages =
            pdfPages(writeRegister(QStringLiteral("ungrouped.pdf"), sampleAssets(), options));
        QVERIFY(!pages.isEmpty());
        const QString all = pages.join(QLatin1Char('\n'));
        QVERIFY(!all.contains(QStringLiteral("総務部(42件)")));
        QVERIFY(!all.contains(QStringLiteral("Location")));
        QVERIFY(all.contains(QStringLiteral("Confidentiality")));
        QVERIFY(pages.first().contains(QStringLiteral("部長")));
        QVERIFY(!pages.first().contains(QStringLiteral("課長補佐")));
    }

    void emptyRegisterIsOnePage() {
        Clock::setFixed(QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC));
        PrintOptions options = sampleOptions();
        options.date = QDate(); // today by the application clock
        const QStringList pages = pdfPages(writeRegister(QStringLiteral("empty.pdf"), {}, options));
        Clock::setFixed(QDateTime());
        QCOMPARE(pages.size(), 1);
        QVERIFY(pages.first().contains(QStringLiteral("該当する情報資産はありません。")));
        QVERIFY(pages.first().contains(QStringLiteral("令和8年11月30日")));
        QVERIFY(hasPageNumber(pages.first(), 1, 1));
    }

    void rowTallerThanAPageIsCut() {
        Asset asset = makeAsset(1, 10, QStringLiteral("長大な説明を持つ資産"));
        QStringList lines;
        for (int i = 1; i <= 150; ++i)
            lines.append(QStringLiteral("説明の行%1").arg(i));
        asset.description = lines.join(QLatin1Char('\n'));
        PrintOptions options = sampleOptions();
        options.columns = {QStringLiteral("asset_number"), QStringLiteral("description")};
        const QStringList pages =
            pdfPages(writeRegister(QStringLiteral("tall.pdf"),
                                   {asset, makeAsset(2, 10, QStringLiteral("次の資産"))}, options));
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
        const QString all = pages.join(QLatin1Char('\n'));
        for (int i = 1; i <= 150; ++i)
            QVERIFY2(all.contains(QStringLiteral("説明の行%1\n").arg(i)) ||
                         all.contains(QStringLiteral("説明の行%1 ").arg(i)),
                     qPrintable(QString::number(i)));
        QVERIFY(pages.first().contains(QStringLiteral("総務部(2件)")));
        for (qsizetype i = 1; i < pages.size(); ++i) {
            QVERIFY(pages[i].contains(QStringLiteral("総務部(続き)")));
            // whose description runs on
            QVERIFY(pages[i].contains(QStringLiteral("SOM-2026-0001")));
            QVERIFY(
                hasPageNumber(pages[i], static_cast<int>(i + 1), static_cast<int>(pages.size())));
        }
        QVERIFY(pages.last().contains(QStringLiteral("SOM-2026-0002")));
    }

    // Qt alone would write 課長 as 課⻑ and 可用性 as 可⽤性 into the text layer (glyphs shared
    // with radicals); the written PDF is searchable as it is, without normalising.
    void textLayerIsSearchable() {
        const QString text = pdfLayoutText(
            writeRegister(QStringLiteral("text.pdf"), sampleAssets(), sampleOptions()));
        QVERIFY(!text.isEmpty());
        for (const QString& word :
             {QStringLiteral("課長"), QStringLiteral("可用性"), QStringLiteral("市民部"),
              QStringLiteral("自治体機密性3B"), QStringLiteral("作成日"), QStringLiteral("髙橋")})
            QVERIFY2(text.contains(word), qPrintable(word));
        for (QChar c : text)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                     qPrintable(QStringLiteral("radical U+%1").arg(c.unicode(), 4, 16)));
        QVERIFY(!text.contains(QLatin1Char('\t')));
    }

    void printsOnAnyPagedDevice() {
        const QString path = m_dir.filePath(QStringLiteral("device.pdf"));
        {
            QPdfWriter writer(path);
            QString error;
            QVERIFY2(
                RegisterPrinter::print(sampleAssets(), m_ref, sampleOptions(), &writer, &error),
                qPrintable(error));
            QCOMPARE(writer.pageLayout().orientation(), QPageLayout::Landscape);
            QCOMPARE(writer.pageLayout().pageSize().id(), QPageSize::A4);
        }
        QVERIFY(pdfPages(path).size() > 1);
        QString error;
        QVERIFY(!RegisterPrinter::print(sampleAssets(), m_ref, sampleOptions(), nullptr, &error));
        QVERIFY(!error.isEmpty());
    }

    void detailSheet() {
        Asset asset = sampleAssets()[3];
        asset.description = QStringLiteral("職員の人事異動及び給与計算に用いる基礎データ");
        asset.restrictions = {{QStringLiteral("no_takeout"), {}}};
        const QString path = m_dir.filePath(QStringLiteral("detail.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(RegisterPrinter::writeDetailSheetPdf(asset, m_ref, sampleOptions(), &file, &error),
                 qPrintable(error));
        file.close();
        const QStringList pages = pdfPages(path);
        QCOMPARE(pages.size(), 1);
        const QString& page = pages.first();
        QVERIFY(page.contains(QStringLiteral("情報資産管理台帳")));
        QVERIFY(page.contains(QStringLiteral("自治体機密性3B・完全性1・可用性1")));
        QVERIFY(page.contains(QStringLiteral("作成日 令和8年3月31日")));
        QVERIFY(hasPageNumber(page, 1, 1));
        QVERIFY(page.contains(QStringLiteral("課長補佐")));
        for (const AssetField& field : assetFields())
            QVERIFY2(page.contains(field.translatedLabel().section(QLatin1Char(' '), 0, 0)),
                     field.key);
        QVERIFY(page.contains(asset.assetNumber));
        QVERIFY(page.contains(asset.name));
        QVERIFY(page.contains(QStringLiteral("持出禁止")));
        QVERIFY(page.contains(QStringLiteral("髙橋 一郎")));
        QVERIFY(page.contains(QStringLiteral("職員の人事異動")));

        // Portrait paper has room for one label/value pair, still on one page.
        PrintOptions portrait = sampleOptions();
        portrait.orientation = QPageLayout::Portrait;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(RegisterPrinter::writeDetailSheetPdf(asset, m_ref, portrait, &buffer, &error));
        QVERIFY(buffer.data().startsWith("%PDF"));
    }

    void failingDeviceReportsError() {
        for (qint64 limit : {qint64(0), qint64(1000), qint64(50000)}) {
            FailingBuffer out(limit);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QString error;
            QVERIFY(
                !RegisterPrinter::writePdf(sampleAssets(), m_ref, sampleOptions(), &out, &error));
            QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        }
        FailingBuffer out(100);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(!RegisterPrinter::writeDetailSheetPdf(sampleAssets().first(), m_ref,
                                                      sampleOptions(), &out, &error));
        QVERIFY(!error.isEmpty());

        QBuffer closed;
        error.clear();
        QVERIFY(
            !RegisterPrinter::writePdf(sampleAssets(), m_ref, sampleOptions(), &closed, &error));
        QVERIFY(!error.isEmpty());
    }

    void thousandAssets() {
        QList<Asset> assets;
        const QList<Asset> sample = sampleAssets();
        for (int i = 0; i < 1000; ++i) {
            Asset a = sample[i % sample.size()];
            a.assetNumber = QStringLiteral("SOM-2026-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            assets.append(a);
        }
        std::stable_sort(assets.begin(), assets.end(), [](const Asset& a, const Asset& b) {
            return a.departmentId < b.departmentId;
        });
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(RegisterPrinter::writePdf(assets, m_ref, sampleOptions(), &buffer, &error),
                 qPrintable(error));
        qInfo("1,000 assets to PDF in %lld ms, %lld bytes", timer.elapsed(),
              static_cast<long long>(buffer.size()));
        // Generous for debug and sanitizer builds; a release build takes well under 5 s.
        QVERIFY(timer.elapsed() < 60000);
    }
};

QTEST_MAIN(TestRegisterPrinter)
#include "tst_registerprinter.moc"
