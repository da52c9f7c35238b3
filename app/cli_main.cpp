#include "Bootstrap.h"
#include "cli/Cli.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

namespace {
QtMessageHandler g_standardHandler = nullptr;

// The offscreen platform warns that it has no runtime folder: noise for a command-line user.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.contains(QLatin1String("XDG_RUNTIME_DIR")))
        return;
    if (g_standardHandler)
        g_standardHandler(type, context, message);
}
} // namespace

int main(int argc, char* argv[]) {
    g_standardHandler = qInstallMessageHandler(quietHandler);
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
