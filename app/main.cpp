#include "Bootstrap.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "RegisterOpener.h"
#include "demo/DemoRegister.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>

using namespace assetreg;

namespace {

// The register to open when none is named: the last one used, else the embedded default.
ConnectionSettings lastOrDefaultRegister(bool* isDefault) {
    const QString last = QSettings().value(QStringLiteral("registers/last")).toString();
    *isDefault = false;
    if (last.startsWith(QLatin1String("sqlite:")) && QFileInfo::exists(last.mid(7)))
        return ConnectionSettings::forSqlite(last.mid(7));
    if (last.startsWith(QLatin1String("pg:"))) {
        if (const auto pg = ConnectionSettings::fromPgConnInfo(last.mid(3), nullptr))
            return *pg;
    }
    *isDefault = true;
    return ConnectionSettings::forSqlite(bootstrap::defaultRegisterPath());
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    bootstrap::setApplicationIdentity();
    // ASSETREG_LANG (for one run) wins over the language chosen in the menu, which wins over
    // the system locale.
    QString language = qEnvironmentVariable("ASSETREG_LANG");
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("language")).toString();
    bootstrap::installTranslators(language);
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
    bool isDefault = false;
    if (parser.isSet(QStringLiteral("pg"))) {
        QString error;
        const auto pg =
            ConnectionSettings::fromPgConnInfo(parser.value(QStringLiteral("pg")), &error);
        if (!pg) {
            prompts::critical(nullptr, QApplication::applicationDisplayName(), error);
            return 2;
        }
        settings = *pg;
    } else if (parser.isSet(QStringLiteral("db"))) {
        settings = ConnectionSettings::forSqlite(parser.value(QStringLiteral("db")));
    } else {
        settings = lastOrDefaultRegister(&isDefault);
    }
    // The embedded default register is created, with the demo data, on first start.
    const bool firstStart = isDefault && !QFileInfo::exists(settings.sqlitePath);

    auto db = std::make_unique<Database>();
    db->setDeferLargeChecks(true); // the window checks a large register in the background
    const auto mode =
        firstStart ? Database::OpenMode::CreateIfMissing : Database::OpenMode::ExistingOnly;
    if (!RegisterOpener::open(nullptr, *db, settings, mode))
        return 1;
    if (firstStart) {
        QString error;
        if (!DemoRegister::populate(*db, &error))
            prompts::warning(nullptr, QApplication::applicationDisplayName(),
                             QApplication::translate("main", "The demo register could not be "
                                                             "created: %1")
                                 .arg(error));
    }

    MainWindow window(std::move(db));
    window.setLanguageSwitcher([](const QString& lang) { bootstrap::installTranslators(lang); });
    window.show();
    return app.exec();
}
