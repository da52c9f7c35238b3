#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>

namespace assetreg {

ConnectionSettings ConnectionSettings::forSqlite(const QString& path) {
    ConnectionSettings settings;
    settings.backend = Backend::SQLite;
    settings.sqlitePath = path;
    return settings;
}

std::optional<ConnectionSettings> ConnectionSettings::fromPgConnInfo(const QString& conninfo,
                                                                     QString* error) {
    ConnectionSettings settings;
    settings.backend = Backend::PostgreSQL;
    QStringList extras;
    // libpq syntax: key=value pairs separated by spaces; values may be single-quoted with \' and
    // \\ escapes.
    int i = 0;
    const int n = int(conninfo.size());
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    while (i < n) {
        while (i < n && conninfo[i].isSpace())
            ++i;
        if (i >= n)
            break;
        int keyStart = i;
        while (i < n && conninfo[i] != QLatin1Char('=') && !conninfo[i].isSpace())
            ++i;
        const QString key = conninfo.mid(keyStart, i - keyStart);
        while (i < n && conninfo[i].isSpace())
            ++i;
        if (i >= n || conninfo[i] != QLatin1Char('='))
            return fail(QCoreApplication::translate("ConnectionSettings",
                                                    "Connection string: \"%1\" has no value "
                                                    "(expected key=value).")
                            .arg(key));
        ++i;
        while (i < n && conninfo[i].isSpace())
            ++i;
        QString value;
        if (i < n && conninfo[i] == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                QChar ch = conninfo[i++];
                if (ch == QLatin1Char('\\') && i < n) {
                    value += conninfo[i++];
                } else if (ch == QLatin1Char('\'')) {
                    closed = true;
                    break;
                } else {
                    value += ch;
                }
            }
            if (!closed)
                return fail(QCoreApplication::translate(
                                "ConnectionSettings",
                                "Connection string: the quoted value of \"%1\" is not closed.")
                                .arg(key));
        } else {
            while (i < n && !conninfo[i].isSpace())
                value += conninfo[i++];
        }
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
            settings.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            settings.port = value.toInt(&ok);
            if (!ok || settings.port <= 0 || settings.port > 65535)
                return fail(QCoreApplication::translate("ConnectionSettings",
                                                        "Connection string: \"%1\" is not a "
                                                        "valid port.")
                                .arg(value));
        } else if (key == QLatin1String("dbname")) {
            settings.databaseName = value;
        } else if (key == QLatin1String("user")) {
            settings.user = value;
        } else if (key == QLatin1String("password")) {
            settings.password = value;
        } else if (key == QLatin1String("sslmode") || key == QLatin1String("connect_timeout") ||
                   key == QLatin1String("application_name") ||
                   key == QLatin1String("sslrootcert")) {
            extras.append(key + QLatin1Char('=') + value);
        } else {
            return fail(QCoreApplication::translate("ConnectionSettings",
                                                    "Connection string: unknown keyword \"%1\".")
                            .arg(key));
        }
    }
    if (settings.databaseName.isEmpty())
        return fail(QCoreApplication::translate("ConnectionSettings",
                                                "Connection string: dbname is missing."));
    settings.extraOptions = extras.join(QLatin1Char(';'));
    return settings;
}

ConnectionSettings ConnectionSettings::withDatabase(const QString& name) const {
    ConnectionSettings copy = *this;
    copy.databaseName = name;
    return copy;
}

QString ConnectionSettings::toConnInfo() const {
    auto quoted = [](QString value) -> QString {
        if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) &&
            !value.contains(QLatin1Char('\'')) && !value.contains(QLatin1Char('\\')))
            return value;
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        value.replace(QLatin1Char('\''), QLatin1String("\\'"));
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    };
    QStringList parts;
    if (!host.isEmpty())
        parts.append(QStringLiteral("host=") + quoted(host));
    parts.append(QStringLiteral("port=%1").arg(port));
    parts.append(QStringLiteral("dbname=") + quoted(databaseName));
    if (!user.isEmpty())
        parts.append(QStringLiteral("user=") + quoted(user));
    for (const QString& extra : extraOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        parts.append(extra);
    return parts.join(QLatin1Char(' '));
}

QString ConnectionSettings::displayName() const {
    if (backend == Backend::SQLite)
        return QDir::toNativeSeparators(sqlitePath);
    QString where = host.isEmpty() ? QStringLiteral("localhost") : host;
    return QStringLiteral("postgresql://%1%2:%3/%4")
        .arg(user.isEmpty() ? QString() : user + QLatin1Char('@'), where)
        .arg(port)
        .arg(databaseName);
}

} // namespace assetreg
