#pragma once

#include <QCoreApplication>

#include "storage/ConnectionSettings.h"

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace assetreg {
class Database;
}

// assetreg-cli: the register without a GUI, for scripts, administrators and tests. Exit codes:
// 0 success, 1 error (message on stderr), 2 usage error.
namespace assetreg::cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

class Cli {
    Q_DECLARE_TR_FUNCTIONS(assetreg::cli::Cli)

public:
    Cli(QTextStream& out, QTextStream& err, QTextStream& in);
    int run(const QStringList& arguments); // without the program name

private:
    int usage(const QString& message);
    int fail(const QString& message);
    int help();
    // Opens (and migrates) the register named by --db/--pg or the default one.
    bool openRegister(Database& db, bool createIfMissing);

    int cmdInit(const QStringList& args);
    int cmdAdd(const QStringList& args);
    int cmdList(const QStringList& args);
    int cmdShow(const QStringList& args);
    int cmdRetire(const QStringList& args);
    int cmdVerify(const QStringList& args);
    int cmdBackup(const QStringList& args);
    int cmdRestore(const QStringList& args);
    int cmdStats(const QStringList& args);
    int cmdImport(const QStringList& args);
    int cmdExport(const QStringList& args);
    int cmdReview(const QStringList& args);
    int cmdHistory(const QStringList& args);
    int cmdUser(const QStringList& args);
    int cmdCheck(const QStringList& args);
    int cmdReport(const QStringList& args);

    // A verb that writes one file: the file and its format (the one asked for, or else the
    // file's suffix) when the arguments parse and the format is one of `formats`; otherwise the
    // usage error is printed.
    struct Output {
        QString path;
        QString format;
    };
    std::optional<Output> parseOutput(QCommandLineParser& parser, const QString& verb,
                                      const QStringList& args, const QStringList& formats);
    // export, and report register: the register as CSV, XLSX or PDF, in one of `formats`.
    int exportRegister(const QString& verb, const QStringList& args, const QStringList& formats);
    // Writes the file through a temporary one renamed over it at the end; Success or Failure
    // (with the message on stderr).
    int saveFile(const QString& path, const std::function<bool(QIODevice*, QString*)>& write);

    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream& m_in;
    std::optional<ConnectionSettings> m_settings;
};

} // namespace assetreg::cli
