// The committee's risk summary: the PDF read back with pdftotext (title, 和暦 date, stamp, top
// risks, overdue treatments, page numbers, charts drawn as vectors) and the workbook read back
// with XlsxReader (sheets and numbers). No translator is installed, so the words are English; one
// test installs a Japanese one to show that the document follows it.
#include "TestSupport.h"

#include "domain/Clock.h"
#include "io/XlsxReader.h"
#include "reports/RiskReport.h"
#include "storage/AssetRepository.h"
#include "storage/MasterDataRepository.h"
#include "storage/RiskRepository.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace assetreg;
using namespace assetreg::test;

namespace {

const QDate kToday(2026, 11, 30);

// The PDF's text, NFKC-normalised (Qt writes some kanji as Kangxi radicals) and with runs of white
// space collapsed, since pdftotext spaces words by their position.
QString normalisedText(const QString& path) {
    return pdfLayoutText(path).normalized(QString::NormalizationForm_KC).simplified();
}

// The cells of one sheet by name.
QList<QStringList> sheet(const QByteArray& workbook, const QString& name) {
    QBuffer buffer;
    buffer.setData(workbook);
    XlsxReader reader;
    if (!reader.open(&buffer))
        return {};
    QList<QStringList> rows;
    reader.readSheet(int(reader.sheetNames().indexOf(name)), &rows);
    return rows;
}

// The value beside a label in the first two columns.
QString valueOf(const QList<QStringList>& rows, const QString& label) {
    for (const QStringList& row : rows) {
        if (row.size() > 1 && row.first().trimmed() == label)
            return row[1];
    }
    return {};
}

// A translator that knows a few of the report's words in Japanese, as the shipped .qm will.
class JapaneseWords : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "assetreg::RiskReport") != 0)
            return {};
        static const QHash<QString, QString> words{
            {QStringLiteral("Risk summary"), QStringLiteral("リスク分析結果報告書")},
            {QStringLiteral("Department"), QStringLiteral("所管課")},
            {QStringLiteral("Overdue"), QStringLiteral("期限超過")}};
        return words.value(QString::fromUtf8(source));
    }
};

} // namespace

class TestRiskReport : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TempRegister> m_reg;
    Organisation m_org;

    qint64 created(const QString& number, const QString& name, qint64 department, qint64 owner,
                   const QString& c, const QString& i, const QString& a) {
        Asset asset = makeAsset(m_org, number, name);
        asset.departmentId = department;
        asset.ownerId = owner;
        asset.confidentiality = c;
        asset.integrity = i;
        asset.availability = a;
        AssetRepository repo(m_reg->db());
        if (!repo.create(asset))
            qFatal("create failed: %s", qPrintable(repo.lastError().message));
        return asset.id;
    }

    RiskAssessment row(const QString& threat, int likelihood, int vulnerability,
                       Treatment treatment = Treatment::None, const QDate& due = {}) {
        const RiskCatalogue cat = RiskRepository(m_reg->db()).catalogue();
        RiskAssessment r;
        r.threatId = cat.threatByCode(threat) ? cat.threatByCode(threat)->id : 0;
        r.likelihood = likelihood;
        r.vulnerability = vulnerability;
        r.treatment = treatment;
        r.treatmentDue = due;
        if (treatment != Treatment::None)
            r.treatmentPlan = QStringLiteral("多要素認証を導入する");
        return r;
    }

    // Four assets, six risks: three high (9, 6, 6), two medium (3, 3), one low (2); three open
    // treatments, one of them overdue and one due after the printed month.
    void seedRisks() {
        QVERIFY(MasterDataRepository(m_reg->db())
                    .setSetting(QStringLiteral("organisation_name"), QStringLiteral("みなみ野市")));
        const qint64 system = created(
            QStringLiteral("SOM-2026-0001"), QStringLiteral("職員情報システム"), m_org.deptA,
            m_org.ownerA, QStringLiteral("3B"), QStringLiteral("2"), QStringLiteral("2"));
        const qint64 documents =
            created(QStringLiteral("SOM-2026-0002"), QStringLiteral("文書管理データ"), m_org.deptA,
                    m_org.ownerA, QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("1"));
        const qint64 residents = created(
            QStringLiteral("SHIMIN-2026-0001"), QStringLiteral("住民記録データ"), m_org.deptB,
            m_org.ownerB, QStringLiteral("3A"), QStringLiteral("2"), QStringLiteral("2"));
        const qint64 leaflet = created(
            QStringLiteral("SHIMIN-2026-0002"), QStringLiteral("窓口案内パンフレット"), m_org.deptB,
            m_org.ownerB, QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"));
        RiskRepository risks(m_reg->db());
        QVERIFY2(risks.saveAssessment(residents, {row(QStringLiteral("unauthorized_access"), 3, 3,
                                                      Treatment::Reduce, QDate(2026, 10, 1)),
                                                  row(QStringLiteral("malware"), 3, 2,
                                                      Treatment::Reduce, QDate(2026, 12, 15))}),
                 qPrintable(risks.lastError().message));
        QVERIFY2(risks.saveAssessment(system, {row(QStringLiteral("fire"), 1, 1, Treatment::Accept),
                                               row(QStringLiteral("insider"), 2, 3,
                                                   Treatment::Transfer, QDate(2027, 6, 30))}),
                 qPrintable(risks.lastError().message));
        QVERIFY(risks.saveAssessment(documents, {row(QStringLiteral("malware"), 2, 2)}));
        QVERIFY(risks.saveAssessment(leaflet, {row(QStringLiteral("dos"), 3, 3)}));
    }

    RiskReportData load() {
        RiskReportData data;
        QString error;
        if (!RiskReport::load(m_reg->db(), kToday, &data, &error))
            qFatal("load failed: %s", qPrintable(error));
        return data;
    }

    QString writePdf(const RiskReportData& data, const QString& name) {
        const QString path = m_reg->tempPath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        QString error;
        if (!RiskReport::writePdf(data, &file, &error))
            qFatal("PDF failed: %s", qPrintable(error));
        return path;
    }

private slots:
    void initTestCase() {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (poppler-utils) is needed");
    }

    void init() {
        Clock::setFixed(QDateTime(kToday, QTime(9, 0), Qt::UTC));
        m_reg = std::make_unique<TempRegister>();
        QVERIFY2(m_reg->isValid(), qPrintable(m_reg->error()));
        m_org = seedOrganisation(m_reg->db());
    }
    void cleanup() {
        m_reg.reset();
        Clock::setFixed({});
    }

    void loadsTheStatisticsAndTheFrame() {
        seedRisks();
        const RiskReportData data = load();
        QCOMPARE(data.date, kToday);
        QCOMPARE(data.stats.risks, 6);
        QCOMPARE(data.risks.size(), 6);
        QCOMPARE(data.organisationName, QStringLiteral("みなみ野市"));
        // The highest classification of the assessed assets, as the printed register stamps it.
        QCOMPARE(data.stamp, QStringLiteral("自治体機密性3A・完全性2・可用性2"));
        QVERIFY(data.evidence.contains(QStringLiteral("sha256:")));
    }

    void pdfShowsTheCommitteeWhatMatters() {
        seedRisks();
        const QString path = writePdf(load(), QStringLiteral("risk.pdf"));
        const QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.startsWith("%PDF"));
        // Charts are painted as vectors: no image anywhere in the file.
        QVERIFY(!bytes.contains("/Subtype /Image"));
        QVERIFY(!bytes.contains("/Subtype/Image"));

        const QString text = normalisedText(path);
        QVERIFY(!text.isEmpty());
        for (const QString& word :
             {QStringLiteral("Risk summary"), QStringLiteral("みなみ野市"),
              QStringLiteral("令和8年11月30日"), QStringLiteral("自治体機密性3A"),
              QStringLiteral("課長"), QStringLiteral("決"), QStringLiteral("SHIMIN-2026-0001"),
              QStringLiteral("住民記録データ"), QStringLiteral("Residents"),
              QStringLiteral("Overdue"), QStringLiteral("令和8年10月1日"),
              QStringLiteral("Risk map"), QStringLiteral("Risks by department"),
              QStringLiteral("Top risks"), QStringLiteral("Register history")})
            QVERIFY2(text.contains(word), qPrintable(word));
        QVERIFY2(QRegularExpression(QStringLiteral("(^|\\s)1\\s*/\\s*\\d+(\\s|$)"))
                     .match(text)
                     .hasMatch(),
                 qPrintable(text));
        // The transfer due next June is not among the month's treatments, but it is counted.
        QVERIFY2(text.contains(QStringLiteral("1 more")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("令和9年6月30日")));
    }

    void pdfFollowsTheTranslator() {
        seedRisks();
        JapaneseWords japanese;
        QCoreApplication::installTranslator(&japanese);
        QLocale::setDefault(QLocale(QLocale::Japanese));
        const RiskReportData data = load(); // names are read in the language of the moment
        const QString path = writePdf(data, QStringLiteral("ja.pdf"));
        QCoreApplication::removeTranslator(&japanese);
        QLocale::setDefault(QLocale::c());
        const QString text = normalisedText(path);
        for (const QString& word :
             {QStringLiteral("リスク分析結果報告書"), QStringLiteral("所管課"),
              QStringLiteral("市民課"), QStringLiteral("期限超過")})
            QVERIFY2(text.contains(word), qPrintable(word));
    }

    void emptyRegisterStillPrints() {
        const RiskReportData data = load();
        QCOMPARE(data.stats.risks, 0);
        QVERIFY(data.stamp.isEmpty());
        const QString text = normalisedText(writePdf(data, QStringLiteral("empty.pdf")));
        QVERIFY(text.contains(QStringLiteral("No risks have been assessed yet.")));
        QVERIFY(text.contains(QStringLiteral("No open treatment has a due date.")));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(RiskReport::writeXlsx(data, &buffer, &error), qPrintable(error));
        QCOMPARE(valueOf(sheet(buffer.data(), QStringLiteral("Summary")),
                         QStringLiteral("Risks identified")),
                 QStringLiteral("0"));
    }

    void workbookHasTheSheetsAndTheNumbers() {
        seedRisks();
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(RiskReport::writeXlsx(load(), &buffer, &error), qPrintable(error));
        QVERIFY(buffer.data().startsWith("PK"));
        {
            QBuffer in;
            in.setData(buffer.data());
            XlsxReader reader;
            QVERIFY2(reader.open(&in), qPrintable(reader.errorString()));
            QCOMPARE(reader.sheetNames(),
                     QStringList({QStringLiteral("Summary"), QStringLiteral("Risks"),
                                  QStringLiteral("Treatments due"), QStringLiteral("Heat map")}));
        }

        const QList<QStringList> summary = sheet(buffer.data(), QStringLiteral("Summary"));
        QCOMPARE(valueOf(summary, QStringLiteral("Assets in use")), QStringLiteral("4"));
        QCOMPARE(valueOf(summary, QStringLiteral("Assessed assets")), QStringLiteral("4"));
        QCOMPARE(valueOf(summary, QStringLiteral("Risks identified")), QStringLiteral("6"));
        QCOMPARE(valueOf(summary, QStringLiteral("High (treat)")), QStringLiteral("3"));
        QCOMPARE(valueOf(summary, QStringLiteral("Medium")), QStringLiteral("2"));
        QCOMPARE(valueOf(summary, QStringLiteral("Low (accept)")), QStringLiteral("1"));
        QCOMPARE(valueOf(summary, QStringLiteral("Open treatments")), QStringLiteral("3"));
        QCOMPARE(valueOf(summary, QStringLiteral("Overdue treatments")), QStringLiteral("1"));
        // By department: Residents has two high risks, one of them overdue.
        bool residents = false;
        for (const QStringList& r : summary) {
            if (r.value(0) == QLatin1String("Residents")) {
                residents = true;
                QCOMPARE(r.mid(1, 7),
                         QStringList({QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("0"),
                                      QStringLiteral("3"), QStringLiteral("9"), QStringLiteral("2"),
                                      QStringLiteral("1")}));
            }
        }
        QVERIFY(residents);

        const QList<QStringList> risks = sheet(buffer.data(), QStringLiteral("Risks"));
        QCOMPARE(risks.size(), 7);
        const QStringList header = risks.first();
        for (const char* column :
             {"Asset number", "Asset name", "Department", "Threat", "Likelihood", "Vulnerability",
              "Importance", "Possibility", "Risk value", "Band", "Existing controls", "Treatment",
              "Treatment plan", "Treatment owner", "Due", "Done"})
            QVERIFY2(header.contains(QLatin1String(column)), column);
        const QStringList top = risks[1]; // highest first
        QCOMPARE(top[header.indexOf(QStringLiteral("Asset number"))],
                 QStringLiteral("SHIMIN-2026-0001"));
        QCOMPARE(top[header.indexOf(QStringLiteral("Risk value"))], QStringLiteral("9"));
        QCOMPARE(top[header.indexOf(QStringLiteral("Due"))], QStringLiteral("2026-10-01"));
        QCOMPARE(top[header.indexOf(QStringLiteral("Band"))], QStringLiteral("High (treat)"));

        const QList<QStringList> due = sheet(buffer.data(), QStringLiteral("Treatments due"));
        QCOMPARE(due.size(), 4); // the header and three open treatments, soonest first
        QCOMPARE(due[1][0], QStringLiteral("2026-10-01"));
        QVERIFY(due[1][1].startsWith(QStringLiteral("Overdue")));
        QCOMPARE(due[3][0], QStringLiteral("2027-06-30"));

        // Importance 3 on top; possibility 1 to 3 from the left.
        const QList<QStringList> heat = sheet(buffer.data(), QStringLiteral("Heat map"));
        QStringList grid;
        for (const QStringList& r : heat) {
            if (r.size() >= 4 && (r[0] == QLatin1String("3") || r[0] == QLatin1String("2") ||
                                  r[0] == QLatin1String("1")))
                grid.append(r.mid(0, 4).join(QLatin1Char(' ')));
        }
        QCOMPARE(grid, QStringList({QStringLiteral("3 1 2 1"), QStringLiteral("2 1 0 0"),
                                    QStringLiteral("1 0 0 1")}));
    }

    void failingOutputsSayWhy() {
        seedRisks();
        const RiskReportData data = load();
        QBuffer closed;
        QString error;
        QVERIFY(!RiskReport::writePdf(data, &closed, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!RiskReport::writeXlsx(data, &closed, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!RiskReport::print(data, nullptr, &error));
    }
};

QTEST_MAIN(TestRiskReport)
#include "tst_riskreport.moc"
