#include "XlsxWorkbook.h"

#include "Csv.h"

#include <QFile>

#include <xlsxwriter.h>

#include <algorithm>

namespace assetreg {

XlsxWorkbook::XlsxWorkbook(bool constantMemory) {
    if (!m_dir.isValid()) {
        fail(tr("No temporary folder for the workbook: %1").arg(m_dir.errorString()));
        return;
    }
    m_path = QFile::encodeName(m_dir.filePath(QStringLiteral("workbook.xlsx")));
    m_tmp = QFile::encodeName(m_dir.path());
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = m_tmp.data();
    m_workbook = workbook_new_opt(m_path.constData(), &options);
    if (!m_workbook)
        fail(tr("The workbook could not be created."));
}

XlsxWorkbook::~XlsxWorkbook() {
    // An unfinished workbook is closed only to free it; its file goes with the folder.
    if (m_workbook)
        workbook_close(m_workbook);
}

bool XlsxWorkbook::fail(const QString& message) {
    m_error = message;
    return false;
}

lxw_worksheet* XlsxWorkbook::addSheet(const QString& title) {
    static const QString invalid = QStringLiteral("[]:*?/\\");
    QString name = title;
    for (QChar& ch : name) {
        if (invalid.contains(ch))
            ch = QLatin1Char('_');
    }
    name = name.left(28); // Excel allows 31, and "(2)" may be added
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString unique = name;
    for (int n = 2; m_sheetNames.contains(unique); ++n)
        unique = name + QStringLiteral("(%1)").arg(n);
    m_sheetNames.append(unique);
    return workbook_add_worksheet(m_workbook, unique.toUtf8().constData());
}

lxw_format* XlsxWorkbook::headerFormat() {
    if (!m_header) {
        m_header = workbook_add_format(m_workbook);
        format_set_bold(m_header);
        format_set_bg_color(m_header, 0xDDE6F0);
        format_set_border(m_header, LXW_BORDER_THIN);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_CENTER);
    }
    return m_header;
}

void XlsxWorkbook::writeHeader(lxw_worksheet* sheet, int row, const QStringList& headers,
                               const QList<double>& valueWidths, int dataRows) {
    for (qsizetype c = 0; c < headers.size(); ++c) {
        const double width = std::max({8.0, widthOf(headers[c]) + 2, valueWidths.value(c) + 1});
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(width, 60.0), nullptr);
    }
    for (qsizetype c = 0; c < headers.size(); ++c)
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(c), headers[c].toUtf8().constData(),
                               headerFormat());
    worksheet_freeze_panes(sheet, lxw_row_t(row + 1), 0);
    if (!headers.isEmpty())
        worksheet_autofilter(sheet, lxw_row_t(row), 0, lxw_row_t(row + dataRows),
                             lxw_col_t(headers.size() - 1));
}

void XlsxWorkbook::writeText(lxw_worksheet* sheet, int row, int column, const QString& text,
                             lxw_format* format) {
    if (text.isEmpty())
        return;
    if (CsvWriter::isFormulaLike(text)) {
        if (!m_inertText) {
            m_inertText = workbook_add_format(m_workbook);
            format_set_num_format(m_inertText, "@");
        }
        format = m_inertText;
    }
    worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(),
                           format);
}

bool XlsxWorkbook::finish(QIODevice* device) {
    if (!m_workbook)
        return false;
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (closed != LXW_NO_ERROR)
        return fail(tr("The workbook could not be written: %1")
                        .arg(QString::fromUtf8(lxw_strerror(closed))));
    QFile file(QFile::decodeName(m_path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    while (!file.atEnd()) {
        const QByteArray block = file.read(1 << 20);
        if (device->write(block) != block.size())
            return fail(tr("The file could not be written: %1").arg(device->errorString()));
    }
    return true;
}

double XlsxWorkbook::widthOf(const QString& text) {
    double width = 0;
    for (const QChar ch : text)
        width += ch.unicode() >= 0x2E80 ? 2.1 : 1.1;
    return width;
}

} // namespace assetreg
