#pragma once

#include "TextEncoding.h"
#include "domain/Asset.h"
#include "domain/MasterData.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include <functional>

// Writes assets to CSV or XLSX on a QIODevice (a QSaveFile makes the file appear only when all
// of it is written). Values are what people read — Japanese names, level codes — and import back
// unchanged with the native mapping. Cells that a spreadsheet would run as formulas are
// neutralised in both formats.
namespace assetreg {

struct ExportOptions {
    enum class Format { Csv, Xlsx };
    Format format = Format::Csv;
    TextEncoding encoding = TextEncoding::Utf8; // CSV only; UTF-8 gets a BOM so Excel reads it
    QStringList columns;                        // AssetField keys; empty = every field
    bool keyHeaders = false;                    // headers as field keys instead of labels
    bool sheetPerDepartment = false;            // XLSX: one sheet per department
    QString sheetTitle;                         // XLSX: the single sheet's name
    std::function<bool(int done, int total)> progress;
};

class AssetExporter {
    Q_DECLARE_TR_FUNCTIONS(assetreg::AssetExporter)

public:
    static bool write(const QList<Asset>& assets, const ReferenceData& ref,
                      const ExportOptions& options, QIODevice* device, QString* error);

    // The text of one field as exported.
    static QString value(const Asset& asset, const QString& key, const ReferenceData& ref);
    static QStringList columnsOf(const ExportOptions& options);
};

} // namespace assetreg
