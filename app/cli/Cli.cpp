#include "Cli.h"

#include "Bootstrap.h"
#include "TextTable.h"
#include "demo/DemoRegister.h"
#include "domain/AssetFields.h"
#include "domain/Clock.h"
#include "io/AssetExporter.h"
#include "io/AssetImporter.h"
#include "io/AssetTextCodec.h"
#include "io/Csv.h"
#include "reports/ConsistencyReport.h"
#include "reports/RegisterPrinter.h"
#include "reports/RegisterStatistics.h"
#include "reports/RiskReport.h"
#include "storage/AccessControl.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "storage/MasterDataRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

#include <unistd.h>

namespace assetreg::cli {
namespace {

QString optionName(const char* key) {
    return QString::fromLatin1(key).replace(QLatin1Char('_'), QLatin1Char('-'));
}

bool parseVerb(QCommandLineParser& parser, const QString& verb, const QStringList& args,
               QString* error) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList full{QStringLiteral("assetreg-cli ") + verb};
    full.append(args);
    if (!parser.parse(full)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err, QTextStream& in)
    : m_out(out)
    , m_err(err)
    , m_in(in) {
}

int Cli::usage(const QString& message) {
    m_err << "assetreg-cli: " << message << '\n'
          << tr("Run \"assetreg-cli --help\" for the list of commands.") << '\n';
    m_err.flush();
    return UsageError;
}

int Cli::fail(const QString& message) {
    m_err << "assetreg-cli: " << message << '\n';
    m_err.flush();
    return Failure;
}

int Cli::help() {
    m_out
        << tr("Usage: assetreg-cli [--db PATH | --pg CONNINFO] COMMAND [OPTIONS]\n"
              "\n"
              "Information Asset Register (情報資産管理台帳) without a window.\n"
              "\n"
              "Register:\n"
              "  --db PATH       an SQLite register file (default: %1)\n"
              "  --pg CONNINFO   a register on a PostgreSQL server, e.g.\n"
              "                  \"host=db.example port=5432 dbname=assets user=tanaka\"\n"
              "\n"
              "Commands:\n"
              "  init [--demo]                 create the register (with the demo data)\n"
              "  add [--FIELD VALUE]... [--json]\n"
              "                                add an asset from options, or from one JSON\n"
              "                                object on standard input (--json)\n"
              "  list [--query TEXT] [--department CODE] [--status STATUS]\n"
              "       [--format table|json|csv]\n"
              "                                list the register, or the assets matching\n"
              "  show NUMBER [--history]       one asset, with its change history\n"
              "  retire NUMBER --reason TEXT [--date YYYY-MM-DD]\n"
              "                                take an asset out of use (the record stays)\n"
              "  verify                        check the database and the audit chain\n"
              "  backup FILE                   consistent copy of the register, while in use\n"
              "  restore FILE [--replace-register [--yes]]\n"
              "                                replace the register with a backup\n"
              "  stats [--json]                counts by category, segment, level, ...\n"
              "  import FILE [--mapping native|ipa|MAPPING.json] [--encoding auto|utf-8|cp932|\n"
              "       utf-16] [--mode add|update|skip] [--sheet N] [--create-departments]\n"
              "       [--dry-run]\n"
              "                                import a CSV or Excel register (one transaction)\n"
              "  export FILE [--format csv|xlsx|pdf] [--query TEXT] [--department CODE]\n"
              "       [--encoding utf-8|cp932] [--sheet-per-department] [--paper a4|a3]\n"
              "                                export the register (PDF: the printed register)\n"
              "  report risk FILE [--format pdf|xlsx]\n"
              "                                the risk summary for the information security\n"
              "                                committee\n"
              "  report register FILE [--format pdf|xlsx] [--query TEXT] [--department CODE]\n"
              "       [--sheet-per-department] [--paper a4|a3]\n"
              "                                the register as a printed document or a workbook\n"
              "  review submit|section-approve|approve|return NUMBER... [--comment TEXT]\n"
              "                                review decisions (all or none)\n"
              "  history NUMBER                every change and review decision of an asset\n"
              "  user add LOGIN --role ROLE [--department CODE] [--person NAME]\n"
              "  user list\n"
              "  user set-role LOGIN ROLE [--department CODE]\n"
              "                                roles: staff, section_head, officer, reader, admin\n"
              "  check [--format text|json]    consistency rules over the register (exit 1 on\n"
              "                                any error-level finding)\n"
              "\n"
              "  --version, --help\n"
              "\n"
              "Fields for add (JSON keys are the same with underscores):\n"
              "  %2\n"
              "\n"
              "Exit codes: 0 success, 1 error, 2 usage error.\n")
               .arg(QDir::toNativeSeparators(bootstrap::defaultRegisterPath()), [] {
                   QStringList names;
                   for (const AssetField& f : assetFields())
                       names.append(QStringLiteral("--") + optionName(f.key));
                   return names.join(QLatin1Char(' '));
               }());
    m_out.flush();
    return Success;
}

int Cli::run(const QStringList& arguments) {
    QStringList args = arguments;
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString arg = args.takeFirst();
        auto value = [&](const QString& name) -> std::optional<QString> {
            if (arg.startsWith(name + QLatin1Char('=')))
                return arg.mid(name.size() + 1);
            if (args.isEmpty())
                return std::nullopt;
            return args.takeFirst();
        };
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            return help();
        } else if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            m_out << "assetreg-cli " << QCoreApplication::applicationVersion() << '\n';
            m_out.flush();
            return Success;
        } else if (arg == QLatin1String("--db") || arg.startsWith(QLatin1String("--db="))) {
            const auto path = value(QStringLiteral("--db"));
            if (!path || path->isEmpty())
                return usage(tr("--db needs a file path."));
            m_settings = ConnectionSettings::forSqlite(*path);
        } else if (arg == QLatin1String("--pg") || arg.startsWith(QLatin1String("--pg="))) {
            const auto conninfo = value(QStringLiteral("--pg"));
            if (!conninfo)
                return usage(tr("--pg needs a connection string."));
            QString error;
            m_settings = ConnectionSettings::fromPgConnInfo(*conninfo, &error);
            if (!m_settings)
                return usage(error);
        } else {
            return usage(tr("Unknown option %1.").arg(arg));
        }
    }
    if (args.isEmpty())
        return usage(tr("No command given."));
    const QString verb = args.takeFirst();
    using Command = int (Cli::*)(const QStringList&);
    static const QList<QPair<QLatin1String, Command>> commands{
        {QLatin1String("init"), &Cli::cmdInit},       {QLatin1String("add"), &Cli::cmdAdd},
        {QLatin1String("list"), &Cli::cmdList},       {QLatin1String("show"), &Cli::cmdShow},
        {QLatin1String("retire"), &Cli::cmdRetire},   {QLatin1String("verify"), &Cli::cmdVerify},
        {QLatin1String("backup"), &Cli::cmdBackup},   {QLatin1String("restore"), &Cli::cmdRestore},
        {QLatin1String("stats"), &Cli::cmdStats},     {QLatin1String("import"), &Cli::cmdImport},
        {QLatin1String("export"), &Cli::cmdExport},   {QLatin1String("review"), &Cli::cmdReview},
        {QLatin1String("history"), &Cli::cmdHistory}, {QLatin1String("user"), &Cli::cmdUser},
        {QLatin1String("check"), &Cli::cmdCheck},     {QLatin1String("report"), &Cli::cmdReport},
    };
    for (const auto& [name, command] : commands) {
        if (verb == name)
            return (this->*command)(args);
    }
    if (verb == QLatin1String("help"))
        return help();
    return usage(tr("Unknown command \"%1\".").arg(verb));
}

bool Cli::openRegister(Database& db, bool createIfMissing) {
    const ConnectionSettings settings =
        m_settings.value_or(ConnectionSettings::forSqlite(bootstrap::defaultRegisterPath()));
    if (!db.open(settings, createIfMissing ? Database::OpenMode::CreateIfMissing
                                           : Database::OpenMode::ExistingOnly)) {
        if (db.lastError().kind == StorageError::Kind::NotFound)
            fail(db.errorString() + QLatin1Char('\n') +
                 tr("Create it with \"assetreg-cli --db %1 init\".").arg(settings.sqlitePath));
        else
            fail(db.errorString());
        return false;
    }
    const int before = db.schemaVersion();
    if (!db.migrate()) {
        fail(db.errorString());
        return false;
    }
    if (!db.lastMigrationBackup().isEmpty())
        m_err << tr("The register was updated from schema version %1 to %2; a copy of it as it "
                    "was before is kept in %3")
                     .arg(before)
                     .arg(db.schemaVersion())
                     .arg(QDir::toNativeSeparators(db.lastMigrationBackup()))
              << '\n';
    return true;
}

int Cli::cmdInit(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("demo"), tr("Fill the new register with the demo data.")});
    QString error;
    if (!parseVerb(parser, QStringLiteral("init"), args, &error))
        return usage(error);
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("init takes no arguments."));
    Database db;
    if (!openRegister(db, true))
        return Failure;
    AssetRepository assets(db);
    const qint64 existing = assets.count();
    if (!parser.isSet(QStringLiteral("demo")) && existing == 0) {
        // Whoever creates a register administers it; everyone else reads until registered.
        AccessControl access(db);
        if (access.setupMode()) {
            UserRecord admin;
            admin.login = db.currentUser();
            admin.role = Role::Admin;
            if (!access.addUser(admin))
                return fail(db.errorString());
            m_out << tr("%1 is the register's administrator. Register the other users with "
                        "\"assetreg-cli user add\".")
                         .arg(admin.login)
                  << '\n';
        }
    }
    if (parser.isSet(QStringLiteral("demo"))) {
        if (existing > 0)
            return fail(tr("The register already holds %1 assets; the demo data goes only into an "
                           "empty register.")
                            .arg(existing));
        if (!DemoRegister::populate(db, &error))
            return fail(tr("The demo data could not be created: %1").arg(error));
        assets.reloadReference();
    }
    m_out << tr("Register ready: %1 (schema version %2, %3 assets)")
                 .arg(db.settings().displayName())
                 .arg(db.schemaVersion())
                 .arg(assets.count())
          << '\n';
    m_out.flush();
    return Success;
}

int Cli::cmdAdd(const QStringList& args) {
    QCommandLineParser parser;
    for (const AssetField& field : assetFields()) {
        QStringList names{optionName(field.key)};
        if (QLatin1String(field.key) == QLatin1String("asset_number"))
            names << QStringLiteral("number");
        if (QLatin1String(field.key) == QLatin1String("sub_type"))
            names << QStringLiteral("type");
        parser.addOption({names, field.translatedLabel(), QStringLiteral("value")});
    }
    parser.addOption({QStringLiteral("json"), tr("Read one JSON object from standard input.")});
    QString error;
    if (!parseVerb(parser, QStringLiteral("add"), args, &error))
        return usage(error);
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    bool anyField = false;
    for (const AssetField& field : assetFields())
        anyField = anyField || parser.isSet(optionName(field.key));
    const bool fromJson = parser.isSet(QStringLiteral("json"));
    if (!anyField && !fromJson)
        return usage(tr("Give the fields as options (--name …) or a JSON object with --json."));

    Database db;
    if (!openRegister(db, false))
        return Failure;
    AssetRepository repo(db);
    AssetTextCodec codec(repo.reference());
    Asset asset;
    if (const ClassificationScheme* scheme = repo.reference().defaultScheme())
        asset.schemeCode = scheme->code;
    QList<FieldError> errors;
    if (fromJson) {
        const QByteArray input = m_in.readAll().toUtf8();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(input, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            // Line and column of the offset, for a human looking at the input.
            const QByteArray before = input.left(parseError.offset);
            const auto line = before.count('\n') + 1;
            const auto column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
            return fail(tr("Standard input, line %1, column %2: %3")
                            .arg(line)
                            .arg(column)
                            .arg(parseError.errorString()));
        }
        if (!doc.isObject())
            return fail(tr("Standard input must hold one JSON object."));
        errors = codec.fromJson(asset, doc.object());
    }
    for (const AssetField& field : assetFields()) {
        const QString name = optionName(field.key);
        if (!parser.isSet(name))
            continue;
        if (!codec.setField(asset, QString::fromLatin1(field.key), parser.value(name), &error))
            errors.append({QString::fromLatin1(field.key), error});
    }
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const FieldError& e : errors)
            lines.append(e.message);
        return fail(tr("The asset was not added:") + QStringLiteral("\n  ") +
                    lines.join(QStringLiteral("\n  ")));
    }
    for (const QString& number : asset.livesOnNumbers) {
        const auto target = repo.findByNumber(number);
        if (!target)
            return fail(tr("The asset was not added: it lives on %1, which is not in the "
                           "register.")
                            .arg(number));
        asset.livesOnIds.append(target->id);
    }
    if (asset.assetNumber.isEmpty()) {
        if (const Department* dept = repo.reference().department(asset.departmentId))
            asset.assetNumber = repo.nextAssetNumber(dept->code, Clock::today().year());
    }
    if (!repo.create(asset)) {
        const StorageError& e = repo.lastError();
        QStringList lines;
        for (const FieldError& fe : e.fieldErrors) {
            const AssetField* field = assetField(fe.field);
            lines.append((field ? field->translatedLabel() : fe.field) + QLatin1String(": ") +
                         fe.message);
        }
        if (lines.isEmpty())
            lines.append(e.message);
        return fail(tr("The asset was not added:") + QStringLiteral("\n  ") +
                    lines.join(QStringLiteral("\n  ")));
    }
    m_out << tr("Added %1 %2 (%3)").arg(asset.assetNumber, asset.name, asset.classificationLabel())
          << '\n';
    m_out.flush();
    return Success;
}

int Cli::cmdList(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("query"), tr("Only assets whose text contains TEXT."),
                      QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("department"), tr("Only this department."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("status"), tr("Only this status (in_use, retired, disposed)."),
                      QStringLiteral("STATUS")});
    parser.addOption({QStringLiteral("format"), tr("table, json or csv."), QStringLiteral("FORMAT"),
                      QStringLiteral("table")});
    QString error;
    if (!parseVerb(parser, QStringLiteral("list"), args, &error))
        return usage(error);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json") &&
        format != QLatin1String("csv"))
        return usage(tr("Unknown format \"%1\": use table, json or csv.").arg(format));
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));

    Database db;
    if (!openRegister(db, false))
        return Failure;
    AssetRepository repo(db);
    AssetQuery query;
    query.text = parser.value(QStringLiteral("query"));
    if (parser.isSet(QStringLiteral("department"))) {
        const Department* dept =
            repo.reference().departmentByCode(parser.value(QStringLiteral("department")));
        if (!dept)
            return fail(
                tr("Unknown department \"%1\".").arg(parser.value(QStringLiteral("department"))));
        query.departmentIds = {dept->id};
    }
    if (parser.isSet(QStringLiteral("status"))) {
        query.status = parseEnum<AssetStatus>(parser.value(QStringLiteral("status")));
        if (!query.status)
            return usage(tr("Unknown status \"%1\".").arg(parser.value(QStringLiteral("status"))));
    }
    query.withRelations = format != QLatin1String("table");
    const QList<Asset> assets = repo.list(query);
    if (repo.lastError().isError())
        return fail(repo.lastError().message);

    AssetTextCodec codec(repo.reference());
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Asset& asset : assets)
            array.append(codec.toJson(asset));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (format == QLatin1String("csv")) {
        QStringList header;
        for (const AssetField& field : assetFields())
            header.append(QString::fromLatin1(field.key));
        m_out << CsvWriter::row(header);
        for (const Asset& asset : assets) {
            QStringList cells;
            for (const AssetField& field : assetFields())
                cells.append(field.text(asset, repo.reference()));
            m_out << CsvWriter::row(cells);
        }
    } else {
        TextTable table({assetField(QStringLiteral("asset_number"))->translatedLabel(),
                         assetField(QStringLiteral("name"))->translatedLabel(),
                         assetField(QStringLiteral("department"))->translatedLabel(),
                         tr("Classification"),
                         assetField(QStringLiteral("segment"))->translatedLabel(),
                         assetField(QStringLiteral("status"))->translatedLabel()});
        for (const Asset& asset : assets)
            table.addRow({asset.assetNumber, asset.name, asset.departmentName,
                          asset.classificationLabel(), displayName(asset.segment),
                          displayName(asset.status)});
        m_out << table.render();
        m_out << tr("%n asset(s)", nullptr, int(assets.size())) << '\n';
    }
    m_out.flush();
    return Success;
}

int Cli::cmdShow(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("history"), tr("Also show every recorded change.")});
    QString error;
    if (!parseVerb(parser, QStringLiteral("show"), args, &error))
        return usage(error);
    if (parser.positionalArguments().size() != 1)
        return usage(tr("show needs exactly one asset number."));
    Database db;
    if (!openRegister(db, false))
        return Failure;
    AssetRepository repo(db);
    const QString number = parser.positionalArguments().first();
    const auto asset = repo.findByNumber(number);
    if (!asset)
        return fail(repo.lastError().isError() ? repo.lastError().message
                                               : tr("No asset %1 in the register.").arg(number));
    int labelWidth = 0;
    for (const AssetField& field : assetFields())
        labelWidth = std::max(labelWidth, displayWidth(field.translatedLabel()));
    auto line = [&](const QString& label, const QString& value) {
        m_out << label << QString(labelWidth - displayWidth(label) + 2, QLatin1Char(' ')) << value
              << '\n';
    };
    for (const AssetField& field : assetFields())
        line(field.translatedLabel(), field.displayText(*asset, repo.reference()));
    line(tr("Classification"), asset->classificationLabel());
    line(tr("Version"), QString::number(asset->version));
    line(tr("Created"), asset->createdAt.toLocalTime().toString(Qt::ISODate) + QLatin1Char(' ') +
                            asset->createdBy);
    line(tr("Updated"), asset->updatedAt.toLocalTime().toString(Qt::ISODate) + QLatin1Char(' ') +
                            asset->updatedBy);
    if (parser.isSet(QStringLiteral("history"))) {
        m_out << '\n' << tr("History") << '\n';
        AuditLog audit(db);
        for (const AuditEntry& entry : audit.entriesFor(QStringLiteral("asset"), asset->id)) {
            m_out << entry.occurredAt.toLocalTime().toString(Qt::ISODate) << "  " << entry.actor
                  << "  " << entry.action << "  v" << entry.version;
            if (!entry.comment.isEmpty())
                m_out << "  (" << entry.comment << ')';
            m_out << '\n';
            for (const FieldChange& change : entry.changes) {
                const AssetField* field = assetField(change.field);
                m_out << "    " << (field ? field->translatedLabel() : change.field) << ": "
                      << (change.oldValue.isEmpty() ? QStringLiteral("—") : change.oldValue)
                      << " → "
                      << (change.newValue.isEmpty() ? QStringLiteral("—") : change.newValue)
                      << '\n';
            }
        }
    }
    m_out.flush();
    return Success;
}

int Cli::cmdRetire(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("reason"), tr("Why the asset is retired."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("date"), tr("Date of retirement (default today)."),
                      QStringLiteral("YYYY-MM-DD")});
    QString error;
    if (!parseVerb(parser, QStringLiteral("retire"), args, &error))
        return usage(error);
    if (parser.positionalArguments().size() != 1)
        return usage(tr("retire needs exactly one asset number."));
    if (parser.value(QStringLiteral("reason")).trimmed().isEmpty())
        return usage(tr("retire needs --reason."));
    QDate date = Clock::today();
    if (parser.isSet(QStringLiteral("date"))) {
        date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid())
            return usage(tr("\"%1\" is not a date (use 2026-03-31).")
                             .arg(parser.value(QStringLiteral("date"))));
    }
    Database db;
    if (!openRegister(db, false))
        return Failure;
    AssetRepository repo(db);
    const QString number = parser.positionalArguments().first();
    const auto asset = repo.findByNumber(number);
    if (!asset)
        return fail(tr("No asset %1 in the register.").arg(number));
    if (!repo.retire(asset->id, asset->version, parser.value(QStringLiteral("reason")), date))
        return fail(repo.lastError().message);
    m_out << tr("Retired %1 %2").arg(asset->assetNumber, asset->name) << '\n';
    m_out.flush();
    return Success;
}

int Cli::cmdVerify(const QStringList& args) {
    if (!args.isEmpty())
        return usage(tr("verify takes no arguments."));
    Database db;
    if (!openRegister(db, false))
        return Failure;
    bool ok = true;
    if (db.backend() == Backend::SQLite) {
        QSqlQuery q = db.query();
        QStringList problems;
        if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            while (q.next()) {
                if (q.value(0).toString() != QLatin1String("ok"))
                    problems.append(q.value(0).toString());
            }
        } else {
            problems.append(tr("the integrity check could not run"));
        }
        if (q.exec(QStringLiteral("PRAGMA foreign_key_check")) && q.next())
            problems.append(
                tr("a row in table %1 refers to a missing row").arg(q.value(0).toString()));
        if (problems.isEmpty()) {
            m_out << tr("Database: intact (integrity and foreign keys checked).") << '\n';
        } else {
            ok = false;
            m_err << tr("Database: damaged: %1").arg(problems.join(QLatin1String("; "))) << '\n';
        }
    } else {
        m_out << tr("Database: PostgreSQL server (the server guards storage integrity).") << '\n';
    }
    const AuditVerification audit = AuditLog(db).verify();
    if (audit.ok) {
        m_out << audit.message << '\n' << tr("Chain head: %1").arg(audit.lastHash) << '\n';
    } else {
        ok = false;
        m_err << tr("The audit log is NOT intact: %1").arg(audit.message) << '\n';
    }
    m_out.flush();
    m_err.flush();
    return ok ? Success : Failure;
}

int Cli::cmdBackup(const QStringList& args) {
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-')))
        return usage(tr("backup needs exactly one target file."));
    Database db;
    if (!openRegister(db, false))
        return Failure;
    const QString target = QFileInfo(args.first()).absoluteFilePath();
    if (db.backend() == Backend::SQLite && QFileInfo(target) == QFileInfo(db.settings().sqlitePath))
        return fail(tr("The backup cannot overwrite the register itself."));
    BackupService backup(db);
    if (!backup.backup(target))
        return fail(backup.errorString());
    m_out << tr("Backup written to %1").arg(QDir::toNativeSeparators(target)) << '\n';
    m_out.flush();
    return Success;
}

int Cli::cmdRestore(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("replace-register"),
                      tr("Replace this register as a whole with another register's backup, or "
                         "with one whose history differs (administrators; audited).")});
    parser.addOption({QStringLiteral("yes"), tr("Do not ask before replacing the register.")});
    QString error;
    if (!parseVerb(parser, QStringLiteral("restore"), args, &error))
        return usage(error);
    if (parser.positionalArguments().size() != 1)
        return usage(tr("restore needs exactly one backup file."));
    const QString file = parser.positionalArguments().first();
    const bool replace = parser.isSet(QStringLiteral("replace-register"));
    Database db;
    if (!openRegister(db, true))
        return Failure;
    if (replace && !parser.isSet(QStringLiteral("yes"))) {
        // Loud on purpose: this throws away the register's history as it is now.
        m_err << tr("WARNING: --replace-register replaces %1 as a whole with %2. Its current "
                    "contents and audit log are replaced (a safety copy is kept for SQLite "
                    "registers) and the replacement is recorded in the audit log. Type REPLACE "
                    "to go on: ")
                     .arg(db.settings().displayName(), QDir::toNativeSeparators(file));
        m_err.flush();
        if (m_in.readLine().trimmed() != QLatin1String("REPLACE"))
            return fail(tr("Nothing was restored."));
    }
    BackupService backup(db);
    if (!backup.restore(file, replace ? BackupService::Mode::ReplaceRegister
                                      : BackupService::Mode::SameRegister))
        return fail(backup.errorString());
    if (!backup.safetyCopyPath().isEmpty())
        m_out << tr("The register as it was before is kept in %1")
                     .arg(QDir::toNativeSeparators(backup.safetyCopyPath()))
              << '\n';
    m_out << tr("Restored %1 from %2")
                 .arg(db.settings().displayName(), QDir::toNativeSeparators(file))
          << '\n';
    m_out.flush();
    return Success;
}

int Cli::cmdStats(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Machine-readable output.")});
    QString error;
    if (!parseVerb(parser, QStringLiteral("stats"), args, &error))
        return usage(error);
    Database db;
    if (!openRegister(db, false))
        return Failure;
    RegisterStatistics stats;
    if (!RegisterStatistics::compute(db, &stats, Clock::today()))
        return fail(db.errorString());
    const QList<QPair<QString, const QList<CountRow>*>> groups{
        {QStringLiteral("category"), &stats.byCategory},
        {QStringLiteral("segment"), &stats.bySegment},
        {QStringLiteral("confidentiality"), &stats.byConfidentiality},
        {QStringLiteral("integrity"), &stats.byIntegrity},
        {QStringLiteral("availability"), &stats.byAvailability},
        {QStringLiteral("personal_info"), &stats.byPersonalInfo},
        {QStringLiteral("status"), &stats.byStatus},
        {QStringLiteral("review_state"), &stats.byReviewState},
        {QStringLiteral("department"), &stats.byDepartment},
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject root{{QStringLiteral("total"), stats.total},
                         {QStringLiteral("in_use"), stats.inUse},
                         {QStringLiteral("review_overdue"), stats.reviewOverdue},
                         {QStringLiteral("review_period_months"), stats.reviewPeriodMonths},
                         {QStringLiteral("dependencies"), stats.dependencies},
                         {QStringLiteral("audit_entries"), stats.auditEntries}};
        for (const auto& [name, rows] : groups) {
            QJsonObject group;
            for (const CountRow& row : *rows)
                group.insert(row.key, row.count);
            root.insert(QStringLiteral("by_") + name, group);
        }
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        m_out << tr("Assets: %1 (in use %2, review overdue %3)")
                     .arg(stats.total)
                     .arg(stats.inUse)
                     .arg(stats.reviewOverdue)
              << '\n';
        int labelWidth = 0;
        for (const auto& [name, rows] : groups) {
            for (const CountRow& row : *rows)
                labelWidth =
                    std::max(labelWidth, displayWidth(row.label.isEmpty() ? row.key : row.label));
        }
        for (const auto& [name, rows] : groups) {
            const AssetField* field = assetField(name);
            m_out << '\n' << (field ? field->translatedLabel() : name) << '\n';
            for (const CountRow& row : *rows) {
                const QString label = row.label.isEmpty() ? row.key : row.label;
                const QString count = QString::number(row.count);
                m_out << "  " << label
                      << QString(labelWidth - displayWidth(label) + 8 - int(count.size()),
                                 QLatin1Char(' '))
                      << count << '\n';
            }
        }
        m_out << '\n'
              << tr("Dependencies: %1, audit entries: %2")
                     .arg(stats.dependencies)
                     .arg(stats.auditEntries)
              << '\n';
    }
    m_out.flush();
    return Success;
}

int Cli::cmdImport(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("mapping"), tr("native, ipa or a mapping file."),
                      QStringLiteral("MAPPING"), QStringLiteral("native")});
    parser.addOption({QStringLiteral("encoding"), tr("auto, utf-8, cp932 or utf-16."),
                      QStringLiteral("ENCODING"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("mode"),
                      tr("add, update or skip: what to do with numbers "
                         "that are already in the register."),
                      QStringLiteral("MODE"), QStringLiteral("add")});
    parser.addOption({QStringLiteral("sheet"),
                      tr("The sheet of an Excel file (number from 1, or "
                         "name)."),
                      QStringLiteral("SHEET"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("create-departments"),
                      tr("Create departments the register does not have.")});
    parser.addOption({QStringLiteral("dry-run"), tr("Check only; change nothing.")});
    QString error;
    if (!parseVerb(parser, QStringLiteral("import"), args, &error))
        return usage(error);
    if (parser.positionalArguments().size() != 1)
        return usage(tr("import needs exactly one file."));
    const auto encoding = parseEncoding(parser.value(QStringLiteral("encoding")));
    if (!encoding)
        return usage(tr("Unknown encoding \"%1\".").arg(parser.value(QStringLiteral("encoding"))));
    const QString modeText = parser.value(QStringLiteral("mode"));
    ImportOptions options;
    if (modeText == QLatin1String("add"))
        options.mode = ImportMode::AddOnly;
    else if (modeText == QLatin1String("update"))
        options.mode = ImportMode::Update;
    else if (modeText == QLatin1String("skip"))
        options.mode = ImportMode::Skip;
    else
        return usage(tr("Unknown mode \"%1\": use add, update or skip.").arg(modeText));
    const QString mapping = parser.value(QStringLiteral("mapping"));
    if (mapping == QLatin1String("ipa")) {
        options.mapping = ColumnMapping::ipaMapping();
    } else if (mapping != QLatin1String("native")) {
        QFile file(mapping);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read the mapping file %1: %2").arg(mapping, file.errorString()));
        if (!ColumnMapping::load(&file, &options.mapping, &error))
            return fail(QDir::toNativeSeparators(mapping) + QLatin1String(": ") + error);
    }
    options.createDepartments = parser.isSet(QStringLiteral("create-departments"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));

    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    ImportTable table;
    const bool xlsx = file.peek(4) == QByteArray("PK\x03\x04", 4);
    if (xlsx) {
        const QString sheetText = parser.value(QStringLiteral("sheet"));
        const QStringList sheets = AssetImporter::xlsxSheets(&file, &error);
        if (sheets.isEmpty())
            return fail(QDir::toNativeSeparators(path) + QLatin1String(": ") + error);
        bool numeric = false;
        int sheet = sheetText.toInt(&numeric) - 1;
        if (!numeric)
            sheet = int(sheets.indexOf(sheetText));
        if (sheet < 0 || sheet >= sheets.size())
            return fail(tr("%1 has no sheet \"%2\" (it has: %3).")
                            .arg(QDir::toNativeSeparators(path), sheetText,
                                 sheets.join(QLatin1String(", "))));
        file.seek(0);
        if (!AssetImporter::readXlsx(&file, sheet, &table, &error))
            return fail(QDir::toNativeSeparators(path) + QLatin1String(": ") + error);
    } else {
        TextEncoding used = TextEncoding::Auto;
        if (!AssetImporter::readCsv(file.readAll(), *encoding, &table, &used, &error))
            return fail(QDir::toNativeSeparators(path) + QLatin1String(": ") + error);
        m_out << tr("Reading %1 as %2 text.")
                     .arg(QDir::toNativeSeparators(path), encodingKey(used).toUpper())
              << '\n';
    }
    Database db;
    if (!openRegister(db, false))
        return Failure;
    AssetRepository repo(db);
    AssetImporter importer(repo);
    const ImportReport report = importer.run(table, options);
    for (const ImportIssue& issue : report.issues)
        (issue.severity == ImportIssue::Severity::Error ? m_err : m_out)
            << QDir::toNativeSeparators(path) << ": " << issue.text() << '\n';
    m_out << report.summary() << '\n';
    m_out.flush();
    m_err.flush();
    return report.errorCount() > 0 || report.cancelled ? Failure : Success;
}

int Cli::cmdExport(const QStringList& args) {
    return exportRegister(QStringLiteral("export"), args,
                          {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")});
}

int Cli::exportRegister(const QString& verb, const QStringList& args, const QStringList& formats) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"),
                      tr("csv, xlsx or pdf (default: from the file "
                         "name)."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("query"), tr("Only assets whose text contains TEXT."),
                      QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("department"), tr("Only this department."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("encoding"), tr("CSV: utf-8 (with BOM, default) or cp932."),
                      QStringLiteral("ENCODING"), QStringLiteral("utf-8")});
    parser.addOption(
        {QStringLiteral("sheet-per-department"), tr("XLSX: one sheet per department.")});
    parser.addOption({QStringLiteral("paper"), tr("PDF: a4 (default) or a3."),
                      QStringLiteral("PAPER"), QStringLiteral("a4")});
    const auto output = parseOutput(parser, verb, args, formats);
    if (!output)
        return UsageError;
    const auto& [path, format] = *output;
    const auto encoding = parseEncoding(parser.value(QStringLiteral("encoding")));
    if (!encoding || *encoding == TextEncoding::Utf16)
        return usage(tr("Unknown encoding \"%1\": use utf-8 or cp932.")
                         .arg(parser.value(QStringLiteral("encoding"))));
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("a3"))
        return usage(tr("Unknown paper \"%1\": use a4 or a3.").arg(paper));

    Database db;
    if (!openRegister(db, false))
        return Failure;
    AssetRepository repo(db);
    AssetQuery query;
    query.text = parser.value(QStringLiteral("query"));
    QString scope = tr("All departments");
    if (parser.isSet(QStringLiteral("department"))) {
        const Department* dept =
            repo.reference().departmentByCode(parser.value(QStringLiteral("department")));
        if (!dept)
            return fail(
                tr("Unknown department \"%1\".").arg(parser.value(QStringLiteral("department"))));
        query.departmentIds = {dept->id};
        scope = dept->nameJa;
    }
    if (format == QLatin1String("pdf"))
        query.sort = AssetSort::Department;
    const QList<Asset> assets = repo.list(query);
    if (repo.lastError().isError())
        return fail(repo.lastError().message);

    const int saved = saveFile(path, [&](QIODevice* file, QString* message) {
        if (format == QLatin1String("pdf")) {
            PrintOptions print;
            print.paper = paper == QLatin1String("a3") ? QPageSize::A3 : QPageSize::A4;
            print.organisationName =
                MasterDataRepository(db).setting(QStringLiteral("organisation_name"));
            print.scopeTitle = scope;
            const auto [entry, hash] = AuditLog(db).head();
            print.evidence = tr("Audit log #%1 sha256:%2").arg(entry).arg(hash);
            return RegisterPrinter::writePdf(assets, repo.reference(), print, file, message);
        }
        ExportOptions options;
        options.format = format == QLatin1String("xlsx") ? ExportOptions::Format::Xlsx
                                                         : ExportOptions::Format::Csv;
        options.encoding = *encoding;
        options.sheetPerDepartment = parser.isSet(QStringLiteral("sheet-per-department"));
        return AssetExporter::write(assets, repo.reference(), options, file, message);
    });
    if (saved != Success)
        return saved;
    m_out << tr("Exported %n asset(s) to %1", nullptr, int(assets.size()))
                 .arg(QDir::toNativeSeparators(path))
          << '\n';
    m_out.flush();
    return Success;
}

std::optional<Cli::Output> Cli::parseOutput(QCommandLineParser& parser, const QString& verb,
                                            const QStringList& args, const QStringList& formats) {
    QString error;
    if (!parseVerb(parser, verb, args, &error)) {
        usage(error);
        return std::nullopt;
    }
    if (parser.positionalArguments().size() != 1) {
        usage(tr("%1 needs exactly one file.").arg(verb));
        return std::nullopt;
    }
    const QString path = parser.positionalArguments().first();
    // The format asked for, or else the file's suffix.
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = QFileInfo(path).suffix().toLower();
    if (!formats.contains(format)) {
        usage(formats.contains(QLatin1String("csv"))
                  ? tr("Unknown format \"%1\": use csv, xlsx or pdf.").arg(format)
                  : tr("Unknown format \"%1\": use pdf or xlsx.").arg(format));
        return std::nullopt;
    }
    return Output{path, format};
}

int Cli::saveFile(const QString& path, const std::function<bool(QIODevice*, QString*)>& write) {
    // Written beside the target and renamed over it at the end: a failed write leaves the old
    // file as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QString error;
    if (!write(&file, &error)) {
        file.cancelWriting();
        return fail(tr("%1 was not written: %2").arg(QDir::toNativeSeparators(path), error));
    }
    if (!file.commit())
        return fail(
            tr("%1 was not written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Success;
}

int Cli::cmdReport(const QStringList& args) {
    const QString kind = args.value(0);
    const QStringList documents{QStringLiteral("pdf"), QStringLiteral("xlsx")};
    if (kind == QLatin1String("register"))
        return exportRegister(QStringLiteral("report register"), args.mid(1), documents);
    if (kind != QLatin1String("risk"))
        return usage(tr("Unknown report \"%1\": use risk or register.").arg(kind));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), tr("pdf or xlsx (default: from the file name)."),
                      QStringLiteral("FORMAT")});
    const auto output = parseOutput(parser, QStringLiteral("report risk"), args.mid(1), documents);
    if (!output)
        return UsageError;
    const auto& [path, format] = *output;

    Database db;
    if (!openRegister(db, false))
        return Failure;
    RiskReportData data;
    QString error;
    if (!RiskReport::load(db, Clock::today(), &data, &error))
        return fail(error);
    const int saved = saveFile(path, [&](QIODevice* file, QString* message) {
        return format == QLatin1String("pdf") ? RiskReport::writePdf(data, file, message)
                                              : RiskReport::writeXlsx(data, file, message);
    });
    if (saved != Success)
        return saved;
    m_out << tr("Risk summary written to %1: %2 risks of %3 assessed assets.")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(data.stats.risks)
                 .arg(data.stats.assessedAssets)
          << '\n';
    m_out.flush();
    return Success;
}

int Cli::cmdReview(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("comment"),
                      tr("A comment for the department (required to "
                         "return)."),
                      QStringLiteral("TEXT")});
    QString error;
    if (!parseVerb(parser, QStringLiteral("review"), args, &error))
        return usage(error);
    QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usage(tr("review needs a decision and at least one asset number."));
    const QString verb = positional.takeFirst();
    ReviewDecision decision;
    if (verb == QLatin1String("submit"))
        decision = ReviewDecision::Submit;
    else if (verb == QLatin1String("section-approve"))
        decision = ReviewDecision::SectionApprove;
    else if (verb == QLatin1String("approve"))
        decision = ReviewDecision::Approve;
    else if (verb == QLatin1String("return"))
        decision = ReviewDecision::Return;
    else
        return usage(tr("Unknown review decision \"%1\": use submit, section-approve, approve or "
                        "return.")
                         .arg(verb));
    Database db;
    if (!openRegister(db, false))
        return Failure;
    AssetRepository repo(db);
    QList<qint64> ids;
    for (const QString& number : positional) {
        const auto asset = repo.findByNumber(number);
        if (!asset)
            return fail(tr("No asset %1 in the register.").arg(number));
        ids.append(asset->id);
    }
    if (!repo.review(ids, decision, parser.value(QStringLiteral("comment"))))
        return fail(repo.lastError().message);
    m_out << tr("Recorded for %n asset(s).", nullptr, int(ids.size())) << '\n';
    m_out.flush();
    return Success;
}

int Cli::cmdHistory(const QStringList& args) {
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-')))
        return usage(tr("history needs exactly one asset number."));
    Database db;
    if (!openRegister(db, false))
        return Failure;
    AssetRepository repo(db);
    const auto asset = repo.findByNumber(args.first());
    if (!asset)
        return fail(tr("No asset %1 in the register.").arg(args.first()));
    m_out << asset->assetNumber << "  " << asset->name << "  (" << displayName(asset->reviewState)
          << ")\n";
    for (const AuditEntry& entry : AuditLog(db).entriesFor(QStringLiteral("asset"), asset->id)) {
        m_out << entry.occurredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
              << entry.actor << "  " << entry.action << "  v" << entry.version;
        if (!entry.comment.isEmpty())
            m_out << "  「" << entry.comment << "」";
        m_out << '\n';
        for (const FieldChange& change : entry.changes) {
            const AssetField* field = assetField(change.field);
            m_out << "    " << (field ? field->translatedLabel() : change.field) << ": "
                  << (change.oldValue.isEmpty() ? QStringLiteral("—") : change.oldValue) << " → "
                  << (change.newValue.isEmpty() ? QStringLiteral("—") : change.newValue) << '\n';
        }
    }
    const QList<FieldChange> pending = repo.changesSinceApproval(asset->id);
    if (!pending.isEmpty() && asset->approvedVersion > 0) {
        m_out << '\n'
              << tr("Changed since the approved version %1:").arg(asset->approvedVersion) << '\n';
        for (const FieldChange& change : pending) {
            const AssetField* field = assetField(change.field);
            m_out << "    " << (field ? field->translatedLabel() : change.field) << ": "
                  << change.oldValue << " → " << change.newValue << '\n';
        }
    }
    m_out.flush();
    return Success;
}

int Cli::cmdUser(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("role"), tr("staff, section_head, officer, reader or admin."),
                      QStringLiteral("ROLE")});
    parser.addOption(
        {QStringLiteral("department"), tr("The user's department."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("person"), tr("The person (name or login) this user is."),
                      QStringLiteral("NAME")});
    QString error;
    if (!parseVerb(parser, QStringLiteral("user"), args, &error))
        return usage(error);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(tr("user needs add, list or set-role."));
    const QString verb = positional.first();
    Database db;
    if (!openRegister(db, false))
        return Failure;
    AccessControl access(db);
    AssetRepository repo(db);
    const ReferenceData& ref = repo.reference();
    qint64 department = 0;
    if (parser.isSet(QStringLiteral("department"))) {
        const Department* d = ref.departmentByCode(parser.value(QStringLiteral("department")));
        if (!d)
            return fail(
                tr("Unknown department \"%1\".").arg(parser.value(QStringLiteral("department"))));
        department = d->id;
    }
    if (verb == QLatin1String("list")) {
        TextTable table({tr("Login"), tr("Role"), tr("Department"), tr("Person")});
        for (const UserRecord& u : access.users()) {
            const Department* d = ref.department(u.departmentId);
            const Person* p = ref.person(u.personId);
            table.addRow({u.login + (u.active ? QString() : tr(" (inactive)")), roleName(u.role),
                          d ? d->nameJa : QString(), p ? p->name : QString()});
        }
        m_out << table.render();
        if (access.setupMode())
            m_out << tr("No users yet: everyone may change the register until the first user is "
                        "added.")
                  << '\n';
        m_out.flush();
        return Success;
    }
    if (verb == QLatin1String("add")) {
        if (positional.size() != 2)
            return usage(tr("user add needs one login."));
        const auto role = parseRole(parser.value(QStringLiteral("role")));
        if (!role)
            return usage(
                tr("user add needs --role: staff, section_head, officer, reader or admin."));
        UserRecord user;
        user.login = positional.at(1);
        user.role = *role;
        user.departmentId = department;
        if (parser.isSet(QStringLiteral("person"))) {
            const Person* p = ref.personByLoginOrName(parser.value(QStringLiteral("person")));
            if (!p)
                return fail(tr("Nobody called \"%1\" is registered.")
                                .arg(parser.value(QStringLiteral("person"))));
            user.personId = p->id;
            if (!user.departmentId)
                user.departmentId = p->departmentId;
        }
        if ((user.role == Role::Staff || user.role == Role::SectionHead) && !user.departmentId)
            return usage(tr("Staff and section heads need --department."));
        if (!access.addUser(user))
            return fail(db.errorString());
        m_out << tr("Added %1 as %2.").arg(user.login, roleName(user.role)) << '\n';
        m_out.flush();
        return Success;
    }
    if (verb == QLatin1String("set-role")) {
        if (positional.size() != 3)
            return usage(tr("user set-role needs a login and a role."));
        const auto role = parseRole(positional.at(2));
        if (!role)
            return usage(tr("Unknown role \"%1\".").arg(positional.at(2)));
        if (!access.setRole(positional.at(1), *role, department))
            return fail(db.errorString());
        m_out << tr("%1 is now %2.").arg(positional.at(1), roleName(*role)) << '\n';
        m_out.flush();
        return Success;
    }
    return usage(tr("Unknown user command \"%1\": use add, list or set-role.").arg(verb));
}

int Cli::cmdCheck(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), tr("text or json."), QStringLiteral("FORMAT"),
                      QStringLiteral("text")});
    QString error;
    if (!parseVerb(parser, QStringLiteral("check"), args, &error))
        return usage(error);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usage(tr("Unknown format \"%1\": use text or json.").arg(format));
    Database db;
    if (!openRegister(db, false))
        return Failure;
    ConsistencyReport report;
    if (!ConsistencyReport::run(db, Clock::today(), &report))
        return fail(db.errorString());
    if (format == QLatin1String("json")) {
        QJsonArray findings;
        for (const ConsistencyItem& item : report.items)
            findings.append(QJsonObject{
                {QStringLiteral("asset_number"), item.assetNumber},
                {QStringLiteral("name"), item.assetName},
                {QStringLiteral("department"), item.departmentName},
                {QStringLiteral("rule"), item.finding.ruleId},
                {QStringLiteral("severity"), item.finding.severity == RuleSeverity::Error
                                                 ? QStringLiteral("error")
                                                 : QStringLiteral("warning")},
                {QStringLiteral("article"), item.finding.article},
                {QStringLiteral("field"), item.finding.field},
                {QStringLiteral("message"), item.finding.message}});
        m_out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("assets_checked"), report.assetsChecked},
                                      {QStringLiteral("errors"), report.errors()},
                                      {QStringLiteral("warnings"), report.warnings()},
                                      {QStringLiteral("findings"), findings}})
                .toJson(QJsonDocument::Indented));
    } else {
        QString department;
        for (const ConsistencyItem& item : report.items) {
            if (item.departmentName != department) {
                department = item.departmentName;
                m_out << '\n' << department << '\n';
            }
            m_out << "  " << item.assetNumber << "  " << item.finding.ruleId << ' '
                  << (item.finding.severity == RuleSeverity::Error ? tr("error") : tr("warning"))
                  << "  " << item.finding.article << "  " << item.finding.message << '\n';
        }
        m_out << '\n'
              << tr("%1 assets checked: %2 errors, %3 warnings.")
                     .arg(report.assetsChecked)
                     .arg(report.errors())
                     .arg(report.warnings())
              << '\n';
    }
    m_out.flush();
    return report.errors() > 0 ? Failure : Success;
}

} // namespace assetreg::cli
