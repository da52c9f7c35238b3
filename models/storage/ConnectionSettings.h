#pragma once

#include <QString>

#include <optional>

// Where a register lives: an embedded SQLite file, or a database on a shared PostgreSQL server.
namespace assetreg {

enum class Backend { SQLite, PostgreSQL };

struct ConnectionSettings {
    Backend backend = Backend::SQLite;
    QString sqlitePath;
    // PostgreSQL, parsed from a libpq-style "host=… port=… dbname=… user=…" string.
    QString host;
    int port = 5432;
    QString databaseName;
    QString user;
    QString password;     // usually empty: libpq falls back to PGPASSWORD / ~/.pgpass
    QString extraOptions; // other keywords (sslmode=…, connect_timeout=…), passed through

    static ConnectionSettings forSqlite(const QString& path);
    // Returns nullopt and sets *error for a malformed string or an unknown keyword.
    static std::optional<ConnectionSettings> fromPgConnInfo(const QString& conninfo,
                                                            QString* error);
    // The same settings for another database on the same server (tests, maintenance).
    ConnectionSettings withDatabase(const QString& name) const;

    // The libpq string without the password, to remember a server register.
    QString toConnInfo() const;

    // For status bars and messages; never shows the password.
    QString displayName() const;
};

} // namespace assetreg
