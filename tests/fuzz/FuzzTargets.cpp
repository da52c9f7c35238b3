#include "FuzzTargets.h"

#include "TestSupport.h"
#include "io/AssetImporter.h"
#include "io/XlsxReader.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace assetreg::fuzz {
namespace {

// One register for the whole process: a fresh one per input would spend the fuzzing budget on
// migrations. Imports below are dry runs, so it never changes.
struct ImportRegister {
    test::TempRegister reg;
    std::unique_ptr<AssetRepository> repo;
    ImportRegister() {
        if (reg.isValid()) {
            test::seedOrganisation(reg.db());
            repo = std::make_unique<AssetRepository>(reg.db());
        }
    }
};

ImportRegister& importRegister() {
    static ImportRegister instance;
    return instance;
}

QString importTable(const ImportTable& table) {
    ImportRegister& target = importRegister();
    if (!target.repo)
        return QStringLiteral("cannot create the import register: ") + target.reg.error();
    AssetImporter importer(*target.repo);
    for (const ImportMode mode : {ImportMode::AddOnly, ImportMode::Update}) {
        ImportOptions options;
        options.mode = mode;
        options.dryRun = true;
        options.createDepartments = mode == ImportMode::Update;
        const ImportReport report = importer.run(table, options);
        if (report.committed)
            return QStringLiteral("a dry run committed");
        for (const ImportIssue& issue : report.issues) {
            if (issue.message.isEmpty())
                return QStringLiteral("an import issue without a message");
        }
    }
    return {};
}

} // namespace

QString csv(const QByteArray& bytes) {
    for (const TextEncoding encoding :
         {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Cp932, TextEncoding::Utf16}) {
        ImportTable table;
        TextEncoding used = TextEncoding::Auto;
        QString error;
        if (!AssetImporter::readCsv(bytes, encoding, &table, &used, &error)) {
            if (error.isEmpty())
                return QStringLiteral("readCsv refused without a message");
            continue;
        }
        if (used == TextEncoding::Auto)
            return QStringLiteral("readCsv did not say which encoding it used");
        if (table.rows.size() != table.lines.size())
            return QStringLiteral("rows and lines differ in number");
        // The importer is the costly part: run it once, on what Auto reads.
        if (encoding == TextEncoding::Auto) {
            if (QString problem = importTable(table); !problem.isEmpty())
                return problem;
        }
    }
    return {};
}

QString xlsx(const QByteArray& bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    XlsxReader reader;
    if (!reader.open(&buffer))
        return reader.errorString().isEmpty() ? QStringLiteral("open refused without a message")
                                              : QString();
    const QStringList sheets = reader.sheetNames();
    for (int i = 0; i < sheets.size(); ++i) {
        QList<QStringList> rows;
        QList<int> rowNumbers;
        if (!reader.readSheet(i, &rows, &rowNumbers)) {
            if (reader.errorString().isEmpty())
                return QStringLiteral("readSheet refused without a message");
            continue;
        }
        if (rows.size() != rowNumbers.size())
            return QStringLiteral("rows and row numbers differ in number");
        for (const QStringList& row : rows) {
            if (row.size() != rows.first().size())
                return QStringLiteral("rows of different widths");
        }
    }
    // And through the importer, as the import dialog does.
    buffer.close();
    ImportTable table;
    QString error;
    if (AssetImporter::readXlsx(&buffer, 0, &table, &error))
        return importTable(table);
    return error.isEmpty() ? QStringLiteral("readXlsx refused without a message") : QString();
}

QString database(const QByteArray& bytes) {
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.db"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size())
            return QStringLiteral("cannot write the temporary register");
    }
    QString problem;
    {
        Database db;
        if (db.open(ConnectionSettings::forSqlite(path))) {
            // Opened: it must also be readable without a crash.
            (void)db.schemaVersion();
            (void)db.tables();
        } else if (db.errorString().isEmpty()) {
            problem = QStringLiteral("open refused without a message");
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly) || file.readAll() != bytes)
                problem = QStringLiteral("a refused register was changed");
        }
    }
    // Leave nothing for the next input: WAL and journal files, backups.
    const QStringList leftovers = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : leftovers)
        QFile::remove(dir.filePath(name));
    return problem;
}

} // namespace assetreg::fuzz
