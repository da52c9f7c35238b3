#include "Bootstrap.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTranslator>

namespace assetreg::bootstrap {

void setApplicationIdentity() {
    QCoreApplication::setApplicationName(QStringLiteral("assetreg"));
    QCoreApplication::setOrganizationName(QStringLiteral("assetreg"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSETREG_VERSION));
}

QString installTranslators(const QString& language) {
    QString lang = language;
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja")
                                                                 : QStringLiteral("en");
    static QTranslator* app = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** t : {&app, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    app = new QTranslator(QCoreApplication::instance());
    if (app->load(QStringLiteral(":/i18n/assetreg_") + lang))
        QCoreApplication::installTranslator(app);
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + lang,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(
        QLocale(lang == QLatin1String("ja") ? QLocale::Japanese : QLocale::English));
    return lang;
}

QString defaultRegisterPath() {
    // ~/.local/share/assetreg (not AppDataLocation, which would nest the organisation name).
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(QStringLiteral("assetreg/register.db"));
}

} // namespace assetreg::bootstrap
