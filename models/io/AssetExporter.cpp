#include "AssetExporter.h"

#include "Csv.h"
#include "XlsxWorkbook.h"
#include "domain/AssetFields.h"

#include <QHash>

#include <xlsxwriter.h>

#include <algorithm>

namespace assetreg {
namespace {

// Fields whose exported text is the translated name (import reads either language).
bool exportsDisplayName(const QString& key) {
    static const QStringList keys{QStringLiteral("category"),      QStringLiteral("sub_type"),
                                  QStringLiteral("medium"),        QStringLiteral("segment"),
                                  QStringLiteral("personal_info"), QStringLiteral("status"),
                                  QStringLiteral("review_state"),  QStringLiteral("outsourced"),
                                  QStringLiteral("cloud_service")};
    return keys.contains(key);
}

} // namespace

QStringList AssetExporter::columnsOf(const ExportOptions& options) {
    if (!options.columns.isEmpty())
        return options.columns;
    QStringList keys;
    for (const AssetField& field : assetFields())
        keys.append(QString::fromLatin1(field.key));
    return keys;
}

QString AssetExporter::value(const Asset& asset, const QString& key, const ReferenceData& ref) {
    const AssetField* field = assetField(key);
    if (!field)
        return {};
    return exportsDisplayName(key) ? field->displayText(asset, ref) : field->text(asset, ref);
}

bool AssetExporter::write(const QList<Asset>& assets, const ReferenceData& ref,
                          const ExportOptions& options, QIODevice* device, QString* error) {
    const QStringList columns = columnsOf(options);
    QStringList headers;
    for (const QString& key : columns) {
        const AssetField* field = assetField(key);
        if (!field) {
            *error = tr("Unknown column \"%1\".").arg(key);
            return false;
        }
        headers.append(options.keyHeaders ? key : field->translatedLabel());
    }
    const int total = int(assets.size());
    auto cancelled = [&](int done) {
        if (options.progress && done % 1000 == 0 && !options.progress(done, total)) {
            *error = tr("Export cancelled.");
            return true;
        }
        return false;
    };

    if (options.format == ExportOptions::Format::Csv) {
        const bool bom =
            options.encoding == TextEncoding::Utf8 || options.encoding == TextEncoding::Auto;
        QByteArray chunk;
        if (!TextCodec::encode(CsvWriter::row(headers), options.encoding, bom, &chunk, error))
            return false;
        qint64 written = device->write(chunk);
        for (int i = 0; i < total && written >= 0; ++i) {
            if (cancelled(i))
                return false;
            QStringList cells;
            cells.reserve(columns.size());
            for (const QString& key : columns)
                cells.append(value(assets[i], key, ref));
            QString row = CsvWriter::row(cells);
            if (!TextCodec::encode(row, options.encoding, false, &chunk, error)) {
                *error = tr("%1 (%2): %3").arg(assets[i].assetNumber, assets[i].name, *error);
                return false;
            }
            written = device->write(chunk);
        }
        if (written < 0) {
            *error = tr("The file could not be written: %1").arg(device->errorString());
            return false;
        }
        return true;
    }

    // XLSX: the workbook is made in a private folder and copied into the device.
    XlsxWorkbook book(true); // rows go to disk as written: 100k rows, small memory
    if (!book.isOpen()) {
        *error = book.errorString();
        return false;
    }

    // One sheet, or one per department in order of first appearance.
    QList<QPair<QString, QList<int>>> sheets;
    if (options.sheetPerDepartment) {
        QHash<qint64, qsizetype> index;
        for (int i = 0; i < total; ++i) {
            const qint64 dept = assets[i].departmentId;
            if (!index.contains(dept)) {
                const Department* d = ref.department(dept);
                index.insert(dept, sheets.size());
                sheets.append({d ? d->nameJa : assets[i].departmentName, {}});
            }
            sheets[index.value(dept)].second.append(i);
        }
    } else {
        QList<int> all(total);
        std::iota(all.begin(), all.end(), 0);
        sheets.append(
            {options.sheetTitle.isEmpty() ? tr("Information Asset Register") : options.sheetTitle,
             all});
    }
    if (sheets.isEmpty())
        sheets.append(
            {options.sheetTitle.isEmpty() ? tr("Information Asset Register") : options.sheetTitle,
             {}});
    int done = 0;
    for (const auto& [title, rows] : sheets) {
        lxw_worksheet* sheet = book.addSheet(title);
        // Widths first: in constant-memory mode columns are set before any cell.
        QList<double> widths(columns.size(), 0.0);
        for (int sample = 0; sample < std::min<qsizetype>(rows.size(), 500); ++sample) {
            for (qsizetype c = 0; c < columns.size(); ++c)
                widths[c] = std::max(
                    widths[c], XlsxWorkbook::widthOf(value(assets[rows[sample]], columns[c], ref)));
        }
        book.writeHeader(sheet, 0, headers, widths, int(rows.size()));
        int r = 1;
        for (int i : rows) {
            if (cancelled(done++))
                return false;
            for (qsizetype c = 0; c < columns.size(); ++c)
                book.writeText(sheet, r, int(c), value(assets[i], columns[c], ref));
            ++r;
        }
    }
    if (!book.finish(device)) {
        *error = book.errorString();
        return false;
    }
    return true;
}

} // namespace assetreg
