// assetreg-bench: figures for the register at scale, printed, never asserted.
//   assetreg-bench (--db PATH | --pg CONNINFO)
// Measures on an existing register (make one with assetreg-generate): opening to the first rows
// of the table model, sorting, filtering, and search latency over 100 queries (kanji substrings
// of one, two and more characters, and asset numbers).
#include "BenchSupport.h"
#include "domain/Clock.h"
#include "itemmodels/AssetTableModel.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace assetreg;
using bench::ms;

namespace {

struct Stats {
    double median = 0;
    double p95 = 0;
};

Stats stats(QList<double> values) {
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return {};
    return {values[values.size() / 2], values[qsizetype(double(values.size() - 1) * 0.95)]};
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    bench::addRegisterOptions(parser);
    parser.process(app);
    QTextStream out(stdout);

    QString error;
    const std::optional<ConnectionSettings> chosen = bench::registerFrom(parser, &error);
    if (!chosen) {
        out << error << '\n';
        return 2;
    }
    const ConnectionSettings settings = *chosen;

    QElapsedTimer timer;
    timer.start();
    Database db;
    if (!db.openAndMigrate(settings)) {
        out << db.errorString() << '\n';
        return 1;
    }
    const double openMs = ms(timer);
    timer.restart();
    AssetTableModel model(db);
    const QVariant first = model.index(0, AssetTableModel::NameColumn).data();
    const QVariant fortieth = model.index(39, AssetTableModel::NameColumn).data();
    const double firstRowsMs = ms(timer);
    out << "register: " << settings.displayName() << " (" << model.rowCount() << " assets)\n";
    out << QStringLiteral("open (integrity check, migrations): %1 ms\n").arg(openMs, 0, 'f', 1);
    out << QStringLiteral("first rows shown (ids + first block): %1 ms\n")
               .arg(firstRowsMs, 0, 'f', 1);

    // Jumping to the end, as dragging the scroll bar does.
    timer.restart();
    model.index(model.rowCount() - 1, AssetTableModel::NameColumn).data();
    out << QStringLiteral("jump to the last row: %1 ms\n").arg(ms(timer), 0, 'f', 1);

    for (const auto& [column, name] : QList<QPair<int, const char*>>{
             {AssetTableModel::NameColumn, "name"},
             {AssetTableModel::DepartmentColumn, "department"},
             {AssetTableModel::ClassificationColumn, "classification"}}) {
        timer.restart();
        model.sort(column, Qt::AscendingOrder);
        model.index(0, 0).data();
        out << QStringLiteral("sort by %1: %2 ms\n")
                   .arg(QLatin1String(name))
                   .arg(ms(timer), 0, 'f', 1);
    }
    model.sort(AssetTableModel::NumberColumn, Qt::AscendingOrder);

    AssetQuery query;
    query.segment = Segment::MyNumber;
    timer.restart();
    model.setQuery(query);
    model.index(0, 0).data();
    out << QStringLiteral("filter by segment: %1 ms (%2 rows)\n")
               .arg(ms(timer), 0, 'f', 1)
               .arg(model.rowCount());
    query = {};
    query.reviewedBefore = Clock::today().addMonths(-12);
    timer.restart();
    model.setQuery(query);
    model.index(0, 0).data();
    out << QStringLiteral("filter overdue: %1 ms (%2 rows)\n")
               .arg(ms(timer), 0, 'f', 1)
               .arg(model.rowCount());

    const QStringList words{QStringLiteral("台帳"),
                            QStringLiteral("端"),
                            QStringLiteral("課税台帳"),
                            QStringLiteral("住民"),
                            QStringLiteral("相談記録"),
                            QStringLiteral("暗号化"),
                            QStringLiteral("ネットワーク構成"),
                            QStringLiteral("書庫"),
                            QStringLiteral("#12"),
                            QStringLiteral("gshimin"),
                            QStringLiteral("マイナンバー"),
                            QStringLiteral("会議資料"),
                            QStringLiteral("窓口"),
                            QStringLiteral("申請受付"),
                            QStringLiteral("市民課 業務"),
                            QStringLiteral("USB"),
                            QStringLiteral("存在しない語"),
                            QStringLiteral("生活保護"),
                            QStringLiteral("税"),
                            QStringLiteral("ホームページ")};
    QList<double> latencies;
    AssetRepository repo(db);
    for (int i = 0; i < 100; ++i) {
        AssetQuery search;
        search.text = words[i % words.size()];
        timer.restart();
        const QList<qint64> ids = repo.ids(search);
        latencies.append(ms(timer));
        Q_UNUSED(ids);
    }
    const Stats s = stats(latencies);
    out << QStringLiteral("search (100 queries): median %1 ms, 95th percentile %2 ms\n")
               .arg(s.median, 0, 'f', 1)
               .arg(s.p95, 0, 'f', 1);
    Q_UNUSED(first);
    Q_UNUSED(fortieth);
    return 0;
}
