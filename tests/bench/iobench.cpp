// assetreg-iobench: import and export at scale, printed, never asserted.
//   assetreg-iobench [--rows N] [--pdf-assets N] [--keep PATH | --pg CONNINFO]
// Writes an N-row CSV (20 columns, Japanese text) and, in the same run, times: the sqlite3
// shell's .import of that CSV into a plain table; our import of the same file into a fresh
// register (validation, audit log, search index — one transaction); CSV and XLSX export of all
// rows; a PDF of the first M assets. The register is a temporary SQLite file, or the file
// --keep names (left for assetreg-bench), or the empty PostgreSQL database --pg names.
#include "demo/DemoRegister.h"
#include "io/AssetExporter.h"
#include "io/AssetImporter.h"
#include "reports/RegisterPrinter.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace assetreg;

namespace {

const char* const kNames[] = {"住民基本台帳データ",   "課税台帳データ",     "生活保護ケース記録",
                              "窓口受付簿",           "相談記録",           "申請受付データ",
                              "会議資料（公開前）",   "ネットワーク構成図", "ホームページ原稿",
                              "国民健康保険データ",   "介護認定審査資料",   "業務用端末の設定記録",
                              "マイナンバー照会記録", "入札関係書類",       "職員研修記録",
                              "施設予約データ"};
const char* const kPlaces[] = {"庁内ファイルサーバ", "本庁舎サーバ室", "鍵付き書庫",
                               "暗号化USBメモリ", "自治体情報セキュリティクラウド"};

double seconds(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv); // the PDF writer needs fonts
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("rows to import"), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("pdf-assets"), QStringLiteral("assets in the PDF"),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("SQLite register to create and keep"),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("pg"), QStringLiteral("empty PostgreSQL database to use"),
                      QStringLiteral("CONNINFO")});
    parser.process(app);
    const int rows = parser.value(QStringLiteral("rows")).toInt();
    const int pdfAssets = parser.value(QStringLiteral("pdf-assets")).toInt();
    QTextStream out(stdout);
    QTemporaryDir dir;

    Database db;
    QString error;
    ConnectionSettings settings = ConnectionSettings::forSqlite(
        parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep"))
                                             : dir.filePath(QStringLiteral("register.db")));
    if (parser.isSet(QStringLiteral("pg"))) {
        const auto pg =
            ConnectionSettings::fromPgConnInfo(parser.value(QStringLiteral("pg")), &error);
        if (!pg) {
            out << error << '\n';
            return 1;
        }
        settings = *pg;
    }
    out << "register: " << settings.displayName() << '\n';
    DemoRegister::Options organisationOnly;
    organisationOnly.assets = false;
    if (!db.openAndMigrate(settings, Database::OpenMode::CreateIfMissing) ||
        !DemoRegister::populate(db, &error, organisationOnly)) {
        out << "setup failed: " << db.errorString() << error << '\n';
        return 1;
    }
    AssetRepository repo(db);
    const ReferenceData& ref = repo.reference();

    // The CSV: our own export's header; 20 columns.
    const QStringList columns{
        QStringLiteral("asset_number"),    QStringLiteral("name"),
        QStringLiteral("sub_type"),        QStringLiteral("description"),
        QStringLiteral("department"),      QStringLiteral("owner"),
        QStringLiteral("user_scope"),      QStringLiteral("medium"),
        QStringLiteral("location"),        QStringLiteral("segment"),
        QStringLiteral("confidentiality"), QStringLiteral("integrity"),
        QStringLiteral("availability"),    QStringLiteral("classification_note"),
        QStringLiteral("restrictions"),    QStringLiteral("personal_info"),
        QStringLiteral("outsourced"),      QStringLiteral("contractor"),
        QStringLiteral("retention"),       QStringLiteral("disposal_method")};
    const QString csvPath = dir.filePath(QStringLiteral("assets.csv"));
    {
        QFile csv(csvPath);
        csv.open(QIODevice::WriteOnly);
        QTextStream s(&csv);
        s << columns.join(QLatin1Char(',')) << "\n";
        for (int i = 0; i < rows; ++i) {
            const Department& d = ref.departments[i % ref.departments.size()];
            const Person* owner = nullptr;
            for (const Person& p : ref.people) {
                if (p.departmentId == d.id) {
                    owner = &p;
                    break;
                }
            }
            // Names and descriptions vary like a city's, so that searches find realistic hits.
            const char* word = kNames[i % std::size(kNames)];
            s << "B-" << i << ',' << word << "（" << d.nameJa << "）#" << i % 997 + 1
              << ",電子データ," << d.nameJa << "が所管する" << word << "。"
              << kPlaces[i % std::size(kPlaces)] << "で管理する（第" << i % 97 << "号）," << d.code
              << ',' << (owner ? owner->name : ref.people.first().name) << ',' << d.nameJa
              << "職員,電子,本庁舎サーバ室,LGWAN接続系,3C,2,1,個人情報を含むため3C,"
              << "\"関係者限り,持出禁止\",個人情報,いいえ,,5年,データ消去\n";
        }
    }
    out << "rows: " << rows << " (20 columns, " << QFile(csvPath).size() / 1024 / 1024 << " MB)\n";

    // The baseline: the sqlite3 shell, same file, plain table.
    QElapsedTimer timer;
    timer.start();
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("plain.db"))});
    shell.waitForStarted();
    shell.write(QStringLiteral(".mode csv\n.import %1 plain\n").arg(csvPath).toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(600000);
    const double baseline = seconds(timer);
    out << QStringLiteral("sqlite3 .import (plain table): %1 s\n").arg(baseline, 0, 'f', 2);

    timer.restart();
    QFile csv(csvPath);
    csv.open(QIODevice::ReadOnly);
    ImportTable table;
    TextEncoding used;
    if (!AssetImporter::readCsv(csv.readAll(), TextEncoding::Auto, &table, &used, &error)) {
        out << error << '\n';
        return 1;
    }
    const double readSeconds = seconds(timer);
    const ImportReport report = AssetImporter(repo).run(table, {});
    const double ours = seconds(timer);
    if (!report.committed) {
        out << "import failed: " << report.summary() << '\n';
        for (int i = 0; i < std::min<qsizetype>(5, report.issues.size()); ++i)
            out << report.issues[i].text() << '\n';
        return 1;
    }
    out << QStringLiteral("our import (read %1 s, check and write %2 s): %3 s — %4 rows/s, "
                          "ratio %5× the sqlite3 shell\n")
               .arg(readSeconds, 0, 'f', 2)
               .arg(ours - readSeconds, 0, 'f', 2)
               .arg(ours, 0, 'f', 2)
               .arg(qint64(double(rows) / ours))
               .arg(ours / baseline, 0, 'f', 2);

    timer.restart();
    AssetQuery all;
    const QList<Asset> assets = repo.list(all);
    out << QStringLiteral("read %1 assets for export: %2 s\n")
               .arg(assets.size())
               .arg(seconds(timer), 0, 'f', 2);
    for (const auto format : {ExportOptions::Format::Csv, ExportOptions::Format::Xlsx}) {
        QFile file(dir.filePath(format == ExportOptions::Format::Csv ? QStringLiteral("out.csv")
                                                                     : QStringLiteral("out.xlsx")));
        file.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.format = format;
        timer.restart();
        if (!AssetExporter::write(assets, repo.reference(), options, &file, &error))
            out << error << '\n';
        out << QStringLiteral("export %1: %2 s (%3 MB)\n")
                   .arg(format == ExportOptions::Format::Csv ? QStringLiteral("CSV")
                                                             : QStringLiteral("XLSX"))
                   .arg(seconds(timer), 0, 'f', 2)
                   .arg(double(file.size()) / 1e6, 0, 'f', 1);
    }
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    PrintOptions print;
    print.organisationName = QStringLiteral("みなみ野市");
    timer.restart();
    if (!RegisterPrinter::writePdf(assets.mid(0, pdfAssets), repo.reference(), print, &pdf, &error))
        out << error << '\n';
    out << QStringLiteral("PDF of %1 assets: %2 s (%3 KB)\n")
               .arg(std::min<qsizetype>(pdfAssets, assets.size()))
               .arg(seconds(timer), 0, 'f', 2)
               .arg(pdf.size() / 1024);
    return 0;
}
