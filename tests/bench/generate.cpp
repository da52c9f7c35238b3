// assetreg-generate: a register of N assets with realistic Japanese text, for benchmarks and
// for trying the window at scale.  assetreg-generate (--db PATH | --pg CONNINFO) --count N
#include "demo/DemoRegister.h"
#include "domain/Clock.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <random>

using namespace assetreg;

namespace {

struct Template {
    const char* name;
    const char* type;
    const char* conf;
    const char* integ;
    const char* avail;
    Segment segment;
    PersonalInfo personal;
    Medium medium;
};

// A spread like a real city's: many PCs and data sets, fewer systems and documents.
const Template kTemplates[] = {
    {"業務用端末", "pc", "3C", "2", "1", Segment::Lgwan, PersonalInfo::None, Medium::Electronic},
    {"マイナンバー利用事務系端末", "pc", "3B", "2", "1", Segment::MyNumber, PersonalInfo::None,
     Medium::Electronic},
    {"住民異動届出書", "paper", "3C", "2", "1", Segment::None, PersonalInfo::Personal,
     Medium::Paper},
    {"課税台帳データ", "data", "3B", "2", "2", Segment::MyNumber, PersonalInfo::MyNumber,
     Medium::Electronic},
    {"窓口受付簿", "paper", "3C", "2", "1", Segment::None, PersonalInfo::Personal, Medium::Paper},
    {"会議資料（公開前）", "data", "2", "1", "1", Segment::Lgwan, PersonalInfo::None,
     Medium::Electronic},
    {"ホームページ掲載原稿", "data", "1", "1", "1", Segment::Internet, PersonalInfo::None,
     Medium::Electronic},
    {"相談記録", "data", "3C", "2", "1", Segment::Lgwan, PersonalInfo::Sensitive,
     Medium::Electronic},
    {"業務システム運用手順書", "manual", "2", "2", "1", Segment::Lgwan, PersonalInfo::None,
     Medium::Both},
    {"暗号化USBメモリ", "media", "3C", "2", "1", Segment::None, PersonalInfo::Personal,
     Medium::Electronic},
    {"ネットワーク構成図", "network_diagram", "3C", "2", "1", Segment::Lgwan, PersonalInfo::None,
     Medium::Both},
    {"申請受付システム", "system", "3C", "2", "2", Segment::Lgwan, PersonalInfo::Personal,
     Medium::Electronic},
};

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Generates a large asset register."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("SQLite register file"), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("pg"), QStringLiteral("PostgreSQL connection"),
                      QStringLiteral("CONNINFO")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("Number of assets"),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    ConnectionSettings settings;
    if (parser.isSet(QStringLiteral("pg"))) {
        QString error;
        const auto pg =
            ConnectionSettings::fromPgConnInfo(parser.value(QStringLiteral("pg")), &error);
        if (!pg) {
            err << error << '\n';
            return 2;
        }
        settings = *pg;
    } else if (parser.isSet(QStringLiteral("db"))) {
        settings = ConnectionSettings::forSqlite(parser.value(QStringLiteral("db")));
    } else {
        err << "give --db or --pg\n";
        return 2;
    }
    const int count = parser.value(QStringLiteral("count")).toInt();
    Database db;
    if (!db.openAndMigrate(settings, Database::OpenMode::CreateIfMissing)) {
        err << db.errorString() << '\n';
        return 1;
    }
    QString error;
    AssetRepository repo(db);
    if (repo.count() == 0 && !DemoRegister::populate(db, &error)) {
        err << error << '\n';
        return 1;
    }
    repo.reloadReference();
    const ReferenceData& ref = repo.reference();
    QList<const Section*> sections;
    for (const Section& s : ref.sections)
        sections.append(&s);
    std::mt19937 rng(20261130);
    QElapsedTimer timer;
    timer.start();
    const int batch = 10000;
    const int year = Clock::today().year();
    for (int done = 0; done < count; done += batch) {
        QList<Asset> assets;
        for (int i = done; i < std::min(count, done + batch); ++i) {
            const Section* section = sections[int(rng() % sections.size())];
            const Template& t = kTemplates[rng() % std::size(kTemplates)];
            const Department* dept = ref.department(section->departmentId);
            qint64 owner = 0;
            for (const Person& p : ref.people) {
                if (p.sectionId == section->id) {
                    owner = p.id;
                    break;
                }
            }
            if (!owner)
                owner = ref.people.first().id;
            Asset a;
            a.assetNumber = QStringLiteral("G%1-%2-%3")
                                .arg(dept->code)
                                .arg(year)
                                .arg(i + 1, 7, 10, QLatin1Char('0'));
            a.name = section->nameJa + QLatin1Char(' ') + QString::fromUtf8(t.name) +
                     QStringLiteral(" #%1").arg(i % 997 + 1);
            a.subType = QString::fromUtf8(t.type);
            a.category = ref.assetType(a.subType)->category;
            a.description =
                QStringLiteral("%1が所管する%2。%3で管理する。")
                    .arg(section->nameJa, QString::fromUtf8(t.name),
                         t.medium == Medium::Paper ? QStringLiteral("鍵付き書庫")
                                                   : QStringLiteral("庁内ファイルサーバ"));
            a.departmentId = dept->id;
            a.sectionId = section->id;
            a.ownerId = owner;
            a.userScope = section->nameJa + QStringLiteral("職員");
            a.medium = t.medium;
            a.location = t.medium == Medium::Paper ? QStringLiteral("第%1書庫").arg(i % 9 + 1)
                                                   : QStringLiteral("本庁舎サーバ室");
            a.segment = t.segment;
            a.schemeCode = QStringLiteral("MIC2024");
            a.confidentiality = QString::fromUtf8(t.conf);
            a.integrity = QString::fromUtf8(t.integ);
            a.availability = QString::fromUtf8(t.avail);
            a.personalInfo = t.personal;
            a.retention = QStringLiteral("5年");
            a.reviewState = ReviewState::Approved;
            a.lastReviewedOn = Clock::today().addDays(-int(rng() % 700));
            assets.append(a);
        }
        if (!repo.createMany(assets)) {
            err << repo.lastError().message << '\n';
            return 1;
        }
        out << (done + assets.size()) << " assets, " << double(timer.elapsed()) / 1000.0 << " s\n";
        out.flush();
    }
    return 0;
}
