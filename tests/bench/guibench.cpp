// assetreg-guibench: the main window on a large register, printed, never asserted.
//   assetreg-guibench (--db PATH | --pg CONNINFO)
// Opens the register as the application does (large registers are integrity-checked in the
// background), shows the main window and times it until the first rows are painted; then
// scrolls to the end, sorts and searches as a user would, and reports the process's peak
// resident memory (VmHWM) with the register open.
#include "BenchSupport.h"
#include "MainWindow.h"
#include "storage/Database.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextStream>

using namespace assetreg;
using bench::ms;

namespace {

// Peak resident set size of this process in MB, from /proc (Linux).
double peakMegabytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    bench::addRegisterOptions(parser);
    parser.process(app);
    QTextStream out(stdout);
    const double baseline = peakMegabytes();

    QString error;
    const std::optional<ConnectionSettings> chosen = bench::registerFrom(parser, &error);
    if (!chosen) {
        out << error << '\n';
        return 2;
    }
    const ConnectionSettings settings = *chosen;

    QElapsedTimer timer;
    timer.start();
    auto db = std::make_unique<Database>();
    db->setDeferLargeChecks(true);
    if (!db->openAndMigrate(settings)) {
        out << db->errorString() << '\n';
        return 1;
    }
    MainWindow window(std::move(db));
    window.resize(1366, 768);
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("assetTableView"));
    if (!table || !QTest::qWaitForWindowExposed(&window)) {
        out << "the window did not appear\n";
        return 1;
    }
    table->model()->index(0, 1).data();
    QApplication::processEvents();
    const double shown = ms(timer);
    const int rows = table->model()->rowCount();
    out << "register: " << settings.displayName() << " (" << rows << " assets)\n";
    out << QStringLiteral("GUI: open to first rows painted: %1 ms\n").arg(shown, 0, 'f', 1);

    timer.restart();
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
    QApplication::processEvents();
    out << QStringLiteral("GUI: scroll to the end: %1 ms\n").arg(ms(timer), 0, 'f', 1);

    timer.restart();
    table->horizontalHeader()->setSortIndicator(2, Qt::AscendingOrder);
    QApplication::processEvents();
    out << QStringLiteral("GUI: sort by a column: %1 ms\n").arg(ms(timer), 0, 'f', 1);

    if (auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))) {
        timer.restart();
        search->setText(QStringLiteral("台帳"));
        QTest::qWait(200); // the search box waits for a pause in typing (150 ms)
        out << QStringLiteral("GUI: search 台帳 (incl. 150 ms typing pause): %1 ms (%2 rows)\n")
                   .arg(ms(timer), 0, 'f', 1)
                   .arg(table->model()->rowCount());
    }
    QTest::qWait(500); // let the background integrity check of large registers run
    out << QStringLiteral("GUI: peak memory with the register open: %1 MB (Qt alone: %2 MB)\n")
               .arg(peakMegabytes(), 0, 'f', 1)
               .arg(baseline, 0, 'f', 1);
    return 0;
}
