#include "Bootstrap.h"
#include "MainWindow.h"
#include "demo/DemoRegister.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

using namespace assetreg;

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    bootstrap::setApplicationIdentity();
    bootstrap::installTranslators(qEnvironmentVariable("ASSETREG_LANG"));
    QApplication::setApplicationDisplayName(
        QApplication::translate("main", "Information Asset Register"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Information Asset Register"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QApplication::translate("main", "SQLite register file."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("pg"),
                      QApplication::translate("main", "PostgreSQL connection string."),
                      QStringLiteral("CONNINFO")});
    parser.process(app);

    ConnectionSettings settings;
    bool firstStart = false;
    if (parser.isSet(QStringLiteral("pg"))) {
        QString error;
        const auto pg =
            ConnectionSettings::fromPgConnInfo(parser.value(QStringLiteral("pg")), &error);
        if (!pg) {
            QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), error);
            return 2;
        }
        settings = *pg;
    } else {
        const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                : bootstrap::defaultRegisterPath();
        // The embedded default register is created, with the demo data, on first start.
        firstStart = !parser.isSet(QStringLiteral("db")) && !QFileInfo::exists(path);
        settings = ConnectionSettings::forSqlite(path);
    }

    Database db;
    const auto mode =
        firstStart ? Database::OpenMode::CreateIfMissing : Database::OpenMode::ExistingOnly;
    if (!db.openAndMigrate(settings, mode)) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), db.errorString());
        return 1;
    }
    if (firstStart) {
        QString error;
        if (!DemoRegister::populate(db, &error))
            QMessageBox::warning(nullptr, QApplication::applicationDisplayName(),
                                 QApplication::translate("main", "The demo register could not be "
                                                                 "created: %1")
                                     .arg(error));
    }

    MainWindow window(db);
    window.show();
    return app.exec();
}
