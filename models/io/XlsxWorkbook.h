#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTemporaryDir>

class QIODevice;
struct lxw_format;
struct lxw_workbook;
struct lxw_worksheet;

// A libxlsxwriter workbook made in a private temporary folder and copied into a QIODevice when
// finished: libxlsxwriter writes only files, and a failure must never leave half a workbook where
// the user looks. Shared by the register export and the risk summary.
namespace assetreg {

class XlsxWorkbook {
    Q_DECLARE_TR_FUNCTIONS(assetreg::XlsxWorkbook)

public:
    // constantMemory: rows go to disk as they are written (100k rows in little memory), but a
    // sheet's columns must be set before its cells and its rows written in order.
    explicit XlsxWorkbook(bool constantMemory = false);
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook&) = delete;
    XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

    bool isOpen() const { return m_workbook != nullptr; }
    QString errorString() const { return m_error; }
    lxw_workbook* handle() const { return m_workbook; }

    // A sheet named after `title`, made valid and unique for Excel.
    lxw_worksheet* addSheet(const QString& title);
    // The header row of the application's tables: bold, shaded, framed, wrapped.
    lxw_format* headerFormat();
    // Column widths from the header and the widest values (at most 60), the header in row
    // `row`, frozen above the data, with an autofilter over `dataRows` rows below it.
    void writeHeader(lxw_worksheet* sheet, int row, const QStringList& headers,
                     const QList<double>& valueWidths, int dataRows);
    // Text as a string, never a formula: a value like "=HYPERLINK(…)" stays inert, even when
    // someone edits the cell in Excel. Empty text writes nothing.
    void writeText(lxw_worksheet* sheet, int row, int column, const QString& text,
                   lxw_format* format = nullptr);

    // Closes the workbook and copies it into the device; false with errorString() set.
    bool finish(QIODevice* device);

    // A column width in Excel's units that shows the text (East Asian characters count double).
    static double widthOf(const QString& text);

private:
    bool fail(const QString& message);

    QTemporaryDir m_dir;
    QByteArray m_path;
    QByteArray m_tmp;
    lxw_workbook* m_workbook = nullptr;
    lxw_format* m_header = nullptr;
    lxw_format* m_inertText = nullptr;
    QStringList m_sheetNames;
    QString m_error;
};

} // namespace assetreg
