#include "AssetExporter.h"

#include "Csv.h"
#include "domain/AssetFields.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>

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

// Column width in Excel's units from the widest value (East Asian characters count double).
double widthOf(const QString& text) {
    double width = 0;
    for (const QChar ch : text)
        width += ch.unicode() >= 0x2E80 ? 2.1 : 1.1;
    return width;
}

QString sheetName(QString name, QStringList* used) {
    static const QString invalid = QStringLiteral("[]:*?/\\");
    for (QChar& ch : name) {
        if (invalid.contains(ch))
            ch = QLatin1Char('_');
    }
    name = name.left(28);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString unique = name;
    for (int n = 2; used->contains(unique); ++n)
        unique = name + QStringLiteral("(%1)").arg(n);
    used->append(unique);
    return unique;
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

    // XLSX: libxlsxwriter writes a file; it is written in a private folder and copied into the
    // device, so a failure never leaves half a workbook where the user looks.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = tr("No temporary folder for the workbook: %1").arg(dir.errorString());
        return false;
    }
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("export.xlsx")));
    const QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options workbookOptions{};
    workbookOptions.constant_memory =
        LXW_TRUE; // rows go to disk as written: 100k rows, small memory
    workbookOptions.tmpdir = const_cast<char*>(tmp.constData());
    lxw_workbook* workbook = workbook_new_opt(path.constData(), &workbookOptions);
    if (!workbook) {
        *error = tr("The workbook could not be created.");
        return false;
    }
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDE6F0);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format* text = workbook_add_format(workbook);
    format_set_num_format(text, "@"); // stays text even when someone edits the cell in Excel

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
    QStringList usedNames;
    int done = 0;
    for (const auto& [title, rows] : sheets) {
        const QByteArray name = sheetName(title, &usedNames).toUtf8();
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.constData());
        // Widths first: in constant-memory mode columns are set before any cell.
        QList<double> widths(columns.size(), 8.0);
        for (qsizetype c = 0; c < columns.size(); ++c)
            widths[c] = std::max(widths[c], widthOf(headers[c]) + 2);
        for (int sample = 0; sample < std::min<qsizetype>(rows.size(), 500); ++sample) {
            for (qsizetype c = 0; c < columns.size(); ++c)
                widths[c] =
                    std::max(widths[c], widthOf(value(assets[rows[sample]], columns[c], ref)) + 1);
        }
        for (qsizetype c = 0; c < columns.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(widths[c], 60.0),
                                 nullptr);
        for (qsizetype c = 0; c < columns.size(); ++c)
            worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c].toUtf8().constData(), header);
        worksheet_freeze_panes(sheet, 1, 0);
        if (!columns.isEmpty())
            worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows.size()),
                                 lxw_col_t(columns.size() - 1));
        lxw_row_t r = 1;
        for (int i : rows) {
            if (cancelled(done++)) {
                workbook_close(workbook);
                return false;
            }
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const QString cell = value(assets[i], columns[c], ref);
                if (cell.isEmpty())
                    continue;
                // Strings only, never formulas: a value like "=HYPERLINK(…)" stays inert text.
                worksheet_write_string(sheet, r, lxw_col_t(c), cell.toUtf8().constData(),
                                       CsvWriter::isFormulaLike(cell) ? text : nullptr);
            }
            ++r;
        }
    }
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        *error = tr("The workbook could not be written: %1")
                     .arg(QString::fromUtf8(lxw_strerror(closed)));
        return false;
    }
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    while (!file.atEnd()) {
        const QByteArray block = file.read(1 << 20);
        if (device->write(block) != block.size()) {
            *error = tr("The file could not be written: %1").arg(device->errorString());
            return false;
        }
    }
    return true;
}

} // namespace assetreg
