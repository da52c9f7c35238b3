#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 CSV as Excel writes and reads it: quoted fields with "" escapes and line breaks inside
// quotes, CRLF or LF line ends, comma or tab separated.
namespace assetreg {

struct CsvRecord {
    qsizetype line = 0; // 1-based line where the record starts
    QStringList fields;
};

class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(assetreg::CsvReader)

public:
    // Tab when the first line has more tabs than commas outside quotes, else comma.
    static QChar detectDelimiter(const QString& text);
    // Parses the whole text. On malformed input returns false and says where: "line 12,
    // column 3: …". Blank lines are skipped.
    static bool parse(const QString& text, QChar delimiter, QList<CsvRecord>* records,
                      QString* error);
};

class CsvWriter {
public:
    // One cell, quoted when needed. Cells that a spreadsheet would run as a formula (starting
    // with = + - @ tab or CR) get a leading apostrophe (OWASP CSV injection).
    static QString cell(const QString& value, QChar delimiter = QLatin1Char(','));
    static QString row(const QStringList& values, QChar delimiter = QLatin1Char(','));
    // Whether a value would be neutralised; importers undo exactly that.
    static bool isFormulaLike(const QString& value);
    static QString unneutralise(const QString& value);
};

} // namespace assetreg
