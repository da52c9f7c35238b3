#pragma once

#include "storage/ConnectionSettings.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

#include <optional>

// What the benchmark programs share: choosing the register (--db PATH or --pg CONNINFO) and
// reading a timer in milliseconds.
namespace assetreg::bench {

inline void addRegisterOptions(QCommandLineParser& parser) {
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("SQLite register"), QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("pg"), QStringLiteral("PostgreSQL register"), QStringLiteral("CONNINFO")});
}

// The register the options name; nullopt with `error` set for a connection string that
// does not parse.
inline std::optional<ConnectionSettings> registerFrom(const QCommandLineParser& parser,
                                                      QString* error) {
    if (parser.isSet(QStringLiteral("pg")))
        return ConnectionSettings::fromPgConnInfo(parser.value(QStringLiteral("pg")), error);
    return ConnectionSettings::forSqlite(parser.value(QStringLiteral("db")));
}

inline double ms(const QElapsedTimer& timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace assetreg::bench
