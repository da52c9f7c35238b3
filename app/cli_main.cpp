#include "Bootstrap.h"
#include "cli/Cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
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
