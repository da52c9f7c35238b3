#include "Bootstrap.h"
#include "cli/Cli.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[]) {
    // A QGuiApplication for the PDF writer's fonts, on the offscreen platform: the CLI shows no
    // windows and must run where there is no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    assetreg::bootstrap::setApplicationIdentity();
    assetreg::bootstrap::installTranslators(qEnvironmentVariable("ASSETREG_LANG"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    assetreg::cli::Cli cli(out, err, in);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return cli.run(args);
}
