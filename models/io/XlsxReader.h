#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>

class QIODevice;

namespace assetreg {

// Reads the cell values of .xlsx workbooks (Office Open XML spreadsheets), enough to import a
// register that a city keeps in Excel. No formulas are evaluated; a formula cell gives the value
// Excel cached when it last saved the file.
class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(assetreg::XlsxReader)

public:
    XlsxReader();
    ~XlsxReader();
    XlsxReader(XlsxReader&& other) noexcept;
    XlsxReader& operator=(XlsxReader&& other) noexcept;

    // Reads the whole device (opening it read-only if it is not open yet) and checks that it is
    // a readable workbook: a ZIP archive with the workbook, its relationships, shared strings and
    // styles. Returns false with errorString() otherwise; the input may be hostile.
    bool open(QIODevice* device);
    bool isOpen() const;

    // Worksheets in workbook order, hidden ones included; chart sheets hold no cells and are
    // left out, so index i of readSheet() is sheetNames()[i].
    QStringList sheetNames() const;

    // Cell values as text: shared and inline strings (without furigana), numbers as written in
    // the file, booleans as TRUE/FALSE, error values such as #N/A, dates as yyyy-MM-dd (with
    // Thh:mm:ss when the format shows a time of day), times of day as hh:mm:ss.
    // Row r, column c (A = 0); every row has as many entries as the widest row; empty rows
    // before the first and after the last row with a value are dropped, empty rows in between
    // are kept, and rowNumbers (optional) gives each returned row's row number in Excel.
    bool readSheet(int index, QList<QStringList>* rows, QList<int>* rowNumbers = nullptr);

    QString errorString() const;

private:
    bool fail(const QString& message);

    struct Private;
    std::unique_ptr<Private> m_d;
    QString m_error;
};

} // namespace assetreg
