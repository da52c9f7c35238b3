#pragma once

#include "ColumnMapping.h"
#include "TextEncoding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

// Imports a table of assets (from CSV or XLSX) into the register: maps columns, reads values in
// either language and after NFKC, checks every row and reports each problem with its line and
// column, then writes everything in one transaction — or nothing.
namespace assetreg {

class AssetRepository;

enum class ImportMode {
    AddOnly, // a number already in the register is an error
    Update,  // rows whose number exists update those assets (only the columns in the file)
    Skip,    // rows whose number exists are left out
};

struct ImportOptions {
    ColumnMapping mapping = ColumnMapping::nativeMapping();
    ImportMode mode = ImportMode::AddOnly;
    bool createDepartments = false;
    bool dryRun = false;
    // Called now and then with rows done and total; returning false cancels (nothing changes).
    std::function<bool(int done, int total)> progress;
};

struct ImportIssue {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    qsizetype line = 0; // file line (CSV) or row (XLSX); 0 for the file as a whole
    int column = 0;     // 1-based; 0 when not one column
    QString header;
    QString message;

    QString text() const; // "line 12, column 5 (機密性): …"
};

struct ImportReport {
    int rows = 0;
    int added = 0;
    int updated = 0;
    int skipped = 0;
    QStringList createdDepartments;
    QList<ImportIssue> issues;
    bool cancelled = false;
    bool committed = false;

    int errorCount() const;
    QString summary() const;
};

// A table read from a file: the header row first; lines[i] is where row i starts in the file.
struct ImportTable {
    QList<QStringList> rows;
    QList<qsizetype> lines;
};

class AssetImporter {
    Q_DECLARE_TR_FUNCTIONS(assetreg::AssetImporter)

public:
    explicit AssetImporter(AssetRepository& repo);

    ImportReport run(const ImportTable& table, const ImportOptions& options);

    static bool readCsv(const QByteArray& bytes, TextEncoding encoding, ImportTable* table,
                        TextEncoding* used, QString* error);
    static bool readXlsx(QIODevice* device, int sheet, ImportTable* table, QString* error);
    static QStringList xlsxSheets(QIODevice* device, QString* error);

private:
    AssetRepository& m_repo;
};

} // namespace assetreg
