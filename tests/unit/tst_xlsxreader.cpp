// XlsxReader: workbooks written by libxlsxwriter read back cell by cell, and hand-made ZIP
// archives for the damaged and hostile files that a fuzzer would try.
#include "io/XlsxReader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <xlsxwriter.h>

#include <functional>

using namespace assetreg;

namespace {

const QByteArray kMainNs =
    QByteArrayLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QByteArray kRelNs =
    QByteArrayLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QByteArray kPackageRelNs =
    QByteArrayLiteral("http://schemas.openxmlformats.org/package/2006/relationships");

quint32 crc32Of(const QByteArray& data) {
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data) {
        crc ^= static_cast<uchar>(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1u) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
    }
    return ~crc;
}

void put16(QByteArray& bytes, qsizetype at, quint16 value) {
    qToLittleEndian<quint16>(value, bytes.data() + at);
}

void put32(QByteArray& bytes, qsizetype at, quint32 value) {
    qToLittleEndian<quint32>(value, bytes.data() + at);
}

struct ZipPart {
    QByteArray name;
    QByteArray data;
    bool deflate = false;
};

// A ZIP archive built by hand, with the offsets that tests patch to make it hostile.
struct Zip {
    QByteArray bytes;
    QList<qsizetype> localOffsets;
    QList<qsizetype> centralOffsets;
    qsizetype endOffset = 0;

    qsizetype centralOffsetOf(const QByteArray& name, const QList<ZipPart>& parts) const {
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (parts.at(i).name == name)
                return centralOffsets.at(i);
        }
        return -1;
    }
};

Zip buildZip(const QList<ZipPart>& parts) {
    Zip zip;
    QByteArray central;
    for (const ZipPart& part : parts) {
        QByteArray stored = part.data;
        if (part.deflate) {
            // qCompress gives a 4-byte length, a 2-byte zlib header, raw deflate and Adler-32.
            const QByteArray z = qCompress(part.data, 9);
            stored = z.mid(6, z.size() - 10);
        }
        const quint16 method = part.deflate ? 8 : 0;
        const quint32 crc = crc32Of(part.data);
        zip.localOffsets.append(zip.bytes.size());
        QByteArray local(30, '\0');
        put32(local, 0, 0x04034b50);
        put16(local, 4, 20);
        put16(local, 8, method);
        put32(local, 14, crc);
        put32(local, 18, quint32(stored.size()));
        put32(local, 22, quint32(part.data.size()));
        put16(local, 26, quint16(part.name.size()));
        const qsizetype localOffset = zip.bytes.size();
        zip.bytes += local + part.name + stored;

        QByteArray header(46, '\0');
        put32(header, 0, 0x02014b50);
        put16(header, 4, 20);
        put16(header, 6, 20);
        put16(header, 10, method);
        put32(header, 16, crc);
        put32(header, 20, quint32(stored.size()));
        put32(header, 24, quint32(part.data.size()));
        put16(header, 28, quint16(part.name.size()));
        put32(header, 42, quint32(localOffset));
        zip.centralOffsets.append(central.size());
        central += header + part.name;
    }
    const qsizetype centralStart = zip.bytes.size();
    for (qsizetype& offset : zip.centralOffsets)
        offset += centralStart;
    zip.bytes += central;
    QByteArray end(22, '\0');
    put32(end, 0, 0x06054b50);
    put16(end, 8, quint16(parts.size()));
    put16(end, 10, quint16(parts.size()));
    put32(end, 12, quint32(central.size()));
    put32(end, 16, quint32(centralStart));
    zip.endOffset = zip.bytes.size();
    zip.bytes += end;
    return zip;
}

struct WorkbookXml {
    QByteArray sheetData;
    QByteArray sharedStrings;
    QByteArray styles;
    QByteArray workbookPr;
    bool deflate = false;
};

// The smallest set of parts Excel itself would open: one sheet named 台帳.
QList<ZipPart> workbookParts(const WorkbookXml& x) {
    QList<ZipPart> parts;
    parts.append({"[Content_Types].xml",
                  "<?xml version='1.0' encoding='UTF-8'?><Types "
                  "xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>",
                  x.deflate});
    parts.append({"_rels/.rels",
                  "<Relationships xmlns='" + kPackageRelNs + "'><Relationship Id='rId1' Type='" +
                      kRelNs + "/officeDocument' Target='xl/workbook.xml'/></Relationships>",
                  x.deflate});
    parts.append({"xl/workbook.xml",
                  "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<workbook xmlns='" +
                      kMainNs + "' xmlns:r='" + kRelNs + "'>" + x.workbookPr +
                      "<sheets><sheet name='台帳' sheetId='1' r:id='rId1'/></sheets></workbook>",
                  x.deflate});
    QByteArray rels = "<Relationships xmlns='" + kPackageRelNs +
                      "'><Relationship Id='rId1' Type='" + kRelNs +
                      "/worksheet' Target='worksheets/sheet1.xml'/>";
    if (!x.sharedStrings.isNull())
        rels += "<Relationship Id='rId2' Type='" + kRelNs +
                "/sharedStrings' Target='sharedStrings.xml'/>";
    if (!x.styles.isNull())
        rels += "<Relationship Id='rId3' Type='" + kRelNs + "/styles' Target='/xl/styles.xml'/>";
    rels += "</Relationships>";
    parts.append({"xl/_rels/workbook.xml.rels", rels, x.deflate});
    if (!x.sharedStrings.isNull())
        parts.append({"xl/sharedStrings.xml",
                      "<sst xmlns='" + kMainNs + "'>" + x.sharedStrings + "</sst>", x.deflate});
    if (!x.styles.isNull())
        parts.append({"xl/styles.xml",
                      "<styleSheet xmlns='" + kMainNs + "'>" + x.styles + "</styleSheet>",
                      x.deflate});
    if (!x.sheetData.isNull())
        parts.append({"xl/worksheets/sheet1.xml",
                      "<worksheet xmlns='" + kMainNs + "'><sheetData>" + x.sheetData +
                          "</sheetData></worksheet>",
                      x.deflate});
    return parts;
}

QByteArray sheetPartName() {
    return QByteArrayLiteral("xl/worksheets/sheet1.xml");
}

bool openBytes(XlsxReader& reader, const QByteArray& bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    return reader.open(&buffer);
}

QString u8(const char* text) {
    return QString::fromUtf8(text);
}

} // namespace

class TestXlsxReader : public QObject {
    Q_OBJECT

private slots:
    void init();

    void notAZip();
    void emptyFile();
    void olderOfficeFiles();
    void zipWithoutWorkbook();
    void japaneseText_data();
    void japaneseText();
    void numbersBooleansAndFormulas();
    void dates();
    void dates1904();
    void emptyCellsAndRowNumbers();
    void twoSheetsWithJapaneseNames();
    void sharedStringsRepeated();
    void richTextWithoutFurigana();
    void cellTypesAndReferences();
    void chartSheetsLeftOut();
    void truncatedWorkbook();
    void corruptedBytesNeverCrash();
    void missingSheetPart();
    void hostileDirectory_data();
    void hostileDirectory();
    void zip64AndEncryptionRefused();
    void deflateEndingEarly();
    void damagedSheetXml_data();
    void damagedSheetXml();
    void hugeGridRefused();
    void largeSheet();

private:
    // Writes a workbook with libxlsxwriter; fill() adds sheets and cells.
    QString writeWorkbook(const QString& name, const std::function<void(lxw_workbook*)>& fill,
                          bool constantMemory = false);

    QTemporaryDir m_dir;
};

void TestXlsxReader::init() {
    QVERIFY(m_dir.isValid());
}

QString TestXlsxReader::writeWorkbook(const QString& name,
                                      const std::function<void(lxw_workbook*)>& fill,
                                      bool constantMemory) {
    const QString path = m_dir.filePath(name);
    const QByteArray encoded = QFile::encodeName(path);
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook* workbook = workbook_new_opt(encoded.constData(), &options);
    if (!workbook)
        return {};
    fill(workbook);
    if (workbook_close(workbook) != LXW_NO_ERROR)
        return {};
    return path;
}

void TestXlsxReader::notAZip() {
    XlsxReader reader;
    QVERIFY(!openBytes(reader, u8("資産番号,名称\n1,住民基本台帳システム\n").toUtf8()));
    QCOMPARE(reader.errorString(),
             QStringLiteral("The file is not an Excel workbook (.xlsx): it is not a ZIP archive."));
    QVERIFY(!reader.isOpen());
    QVERIFY(reader.sheetNames().isEmpty());
    QList<QStringList> rows;
    QVERIFY(!reader.readSheet(0, &rows));
    QVERIFY(!reader.errorString().isEmpty());
}

void TestXlsxReader::emptyFile() {
    XlsxReader reader;
    QVERIFY(!openBytes(reader, QByteArray()));
    QCOMPARE(reader.errorString(), QStringLiteral("The file is empty."));

    QFile missing(m_dir.filePath(QStringLiteral("does-not-exist.xlsx")));
    QVERIFY(!reader.open(&missing));
    QVERIFY2(reader.errorString().startsWith(QStringLiteral("The file could not be opened")),
             qPrintable(reader.errorString()));
}

void TestXlsxReader::olderOfficeFiles() {
    QByteArray compound("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    compound.append(600, '\0');
    XlsxReader reader;
    QVERIFY(!openBytes(reader, compound));
    QVERIFY2(reader.errorString().contains(QStringLiteral(".xls")),
             qPrintable(reader.errorString()));

    QByteArray encrypted = compound;
    for (const char* c = "EncryptionInfo"; *c; ++c)
        encrypted.append(*c).append('\0');
    QVERIFY(!openBytes(reader, encrypted));
    QVERIFY2(reader.errorString().contains(QStringLiteral("password")),
             qPrintable(reader.errorString()));
}

void TestXlsxReader::zipWithoutWorkbook() {
    XlsxReader reader;
    QVERIFY(!openBytes(reader, buildZip({{"readme.txt", "hello"}}).bytes));
    QVERIFY2(reader.errorString().contains(QStringLiteral("no workbook part")),
             qPrintable(reader.errorString()));

    const Zip ods = buildZip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                              {"content.xml", "<office:document-content/>"}});
    QVERIFY(!openBytes(reader, ods.bytes));
    QVERIFY2(reader.errorString().contains(QStringLiteral(".ods")),
             qPrintable(reader.errorString()));
}

void TestXlsxReader::japaneseText_data() {
    QTest::addColumn<bool>("constantMemory");
    QTest::newRow("shared strings") << false;
    QTest::newRow("inline strings") << true; // libxlsxwriter's constant_memory mode
}

void TestXlsxReader::japaneseText() {
    QFETCH(bool, constantMemory);
    // No literal "_x000D_": libxlsxwriter 1.1.4 does not escape it, so Excel too would read a
    // carriage return there.
    const QList<QByteArray> texts{
        "住民基本台帳",   "髙橋",         "①", "～", "𠮷野家", "  前後に空白  ",
        "一行目\n二行目", "A&B <C> \"D\""};
    const QString path = writeWorkbook(
        QStringLiteral("japanese.xlsx"),
        [&](lxw_workbook* wb) {
            lxw_worksheet* ws = workbook_add_worksheet(wb, "資産台帳");
            for (int i = 0; i < texts.size(); ++i)
                worksheet_write_string(ws, lxw_row_t(i), 0, texts.at(i).constData(), nullptr);
        },
        constantMemory);
    QVERIFY(!path.isEmpty());

    QFile file(path); // not opened: the reader opens it
    XlsxReader reader;
    QVERIFY2(reader.open(&file), qPrintable(reader.errorString()));
    QVERIFY(!file.isOpen());
    QCOMPARE(reader.sheetNames(), QStringList{u8("資産台帳")});
    QList<QStringList> rows;
    QVERIFY2(reader.readSheet(0, &rows), qPrintable(reader.errorString()));
    QCOMPARE(rows.size(), texts.size());
    for (int i = 0; i < texts.size(); ++i)
        QCOMPARE(rows.at(i), QStringList{QString::fromUtf8(texts.at(i))});
}

void TestXlsxReader::numbersBooleansAndFormulas() {
    const QString path = writeWorkbook(QStringLiteral("numbers.xlsx"), [](lxw_workbook* wb) {
        lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
        lxw_format* money = workbook_add_format(wb);
        format_set_num_format(money, "#,##0\"円\";[Red]-#,##0\"円\"");
        worksheet_write_number(ws, 0, 0, 3, nullptr);
        worksheet_write_number(ws, 0, 1, 12.5, nullptr);
        worksheet_write_number(ws, 0, 2, -0.25, nullptr);
        worksheet_write_number(ws, 0, 3, 1234567.891, money);
        worksheet_write_boolean(ws, 1, 0, 1, nullptr);
        worksheet_write_boolean(ws, 1, 1, 0, nullptr);
        worksheet_write_formula_num(ws, 2, 0, "=A1*4", nullptr, 12);
        worksheet_write_formula_str(ws, 2, 1, "=\"合\"&\"計\"", nullptr, "合計");
    });
    QVERIFY(!path.isEmpty());
    QFile file(path);
    XlsxReader reader;
    QVERIFY2(reader.open(&file), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), QStringList{QStringLiteral("Sheet1")});
    QList<QStringList> rows;
    QVERIFY2(reader.readSheet(0, &rows), qPrintable(reader.errorString()));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("3"), QStringLiteral("12.5"),
                                      QStringLiteral("-0.25"), QStringLiteral("1234567.891")}));
    QCOMPARE(rows.at(1),
             (QStringList{QStringLiteral("TRUE"), QStringLiteral("FALSE"), QString(), QString()}));
    QCOMPARE(rows.at(2), (QStringList{QStringLiteral("12"), u8("合計"), QString(), QString()}));
}

void TestXlsxReader::dates() {
    const QString path = writeWorkbook(QStringLiteral("dates.xlsx"), [](lxw_workbook* wb) {
        lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
        lxw_format* iso = workbook_add_format(wb);
        format_set_num_format(iso, "yyyy-mm-dd");
        lxw_format* japanese = workbook_add_format(wb);
        format_set_num_format(japanese, "yyyy\"年\"m\"月\"d\"日\"");
        lxw_format* builtIn = workbook_add_format(wb);
        format_set_num_format_index(builtIn, 14);
        lxw_format* withTime = workbook_add_format(wb);
        format_set_num_format(withTime, "yyyy/mm/dd hh:mm");
        lxw_format* timeOnly = workbook_add_format(wb);
        format_set_num_format(timeOnly, "h:mm AM/PM");
        lxw_format* quotedD = workbook_add_format(wb);
        format_set_num_format(quotedD, "0\"days\"");
        lxw_format* colour = workbook_add_format(wb);
        format_set_num_format(colour, "[Red]0.00");

        lxw_datetime fiscal{2024, 4, 1, 0, 0, 0};
        lxw_datetime leap{2024, 2, 29, 0, 0, 0};
        lxw_datetime first{1900, 1, 1, 0, 0, 0};
        lxw_datetime beforeFake{1900, 2, 28, 0, 0, 0};
        lxw_datetime afterFake{1900, 3, 1, 0, 0, 0};
        lxw_datetime meeting{2024, 4, 1, 9, 30, 0};
        lxw_datetime afternoon{0, 0, 0, 13, 45, 0};
        worksheet_write_datetime(ws, 0, 0, &fiscal, iso);
        worksheet_write_datetime(ws, 1, 0, &leap, japanese);
        worksheet_write_datetime(ws, 2, 0, &fiscal, builtIn);
        worksheet_write_datetime(ws, 3, 0, &first, iso);
        worksheet_write_datetime(ws, 4, 0, &beforeFake, iso);
        worksheet_write_number(ws, 5, 0, 60, iso); // Lotus 1-2-3's 1900-02-29
        worksheet_write_datetime(ws, 6, 0, &afterFake, iso);
        worksheet_write_datetime(ws, 7, 0, &meeting, withTime);
        worksheet_write_datetime(ws, 8, 0, &meeting, iso);
        worksheet_write_datetime(ws, 9, 0, &afternoon, timeOnly);
        worksheet_write_number(ws, 10, 0, 45383, quotedD);
        worksheet_write_number(ws, 11, 0, 45383, colour);
        worksheet_write_number(ws, 12, 0, -1, iso);
    });
    QVERIFY(!path.isEmpty());
    QFile file(path);
    XlsxReader reader;
    QVERIFY2(reader.open(&file), qPrintable(reader.errorString()));
    QList<QStringList> rows;
    QVERIFY2(reader.readSheet(0, &rows), qPrintable(reader.errorString()));
    QStringList column;
    for (const QStringList& row : std::as_const(rows))
        column.append(row.value(0));
    const QStringList expected{QStringLiteral("2024-04-01"), QStringLiteral("2024-02-29"),
                               QStringLiteral("2024-04-01"), QStringLiteral("1900-01-01"),
                               QStringLiteral("1900-02-28"), QStringLiteral("1900-02-29"),
                               QStringLiteral("1900-03-01"), QStringLiteral("2024-04-01T09:30:00"),
                               QStringLiteral("2024-04-01"), QStringLiteral("13:45:00"),
                               QStringLiteral("45383"),      QStringLiteral("45383"),
                               QStringLiteral("-1")};
    QCOMPARE(column, expected);
}

void TestXlsxReader::dates1904() {
    WorkbookXml x;
    x.workbookPr = "<workbookPr date1904='1'/>";
    x.styles = "<numFmts count='1'><numFmt numFmtId='200' formatCode='[$-411]ge.m.d'/></numFmts>"
               "<cellStyleXfs count='1'><xf numFmtId='14'/></cellStyleXfs>"
               "<cellXfs count='3'><xf numFmtId='0'/><xf numFmtId='14'/><xf numFmtId='200'/>"
               "</cellXfs>";
    x.sheetData = "<row r='1'><c r='A1' s='1'><v>0</v></c><c r='B1' s='2'><v>43585</v></c>"
                  "<c r='C1' s='0'><v>14</v></c><c r='D1' s='9'><v>1</v></c></row>";
    XlsxReader reader;
    QVERIFY2(openBytes(reader, buildZip(workbookParts(x)).bytes), qPrintable(reader.errorString()));
    QList<QStringList> rows;
    QVERIFY2(reader.readSheet(0, &rows), qPrintable(reader.errorString()));
    // 43585 in the 1904 system is 45047 (2023-05-01) in the 1900 one; unknown style 9 leaves
    // the number alone.
    QCOMPARE(rows, (QList<QStringList>{{QStringLiteral("1904-01-01"), QStringLiteral("2023-05-01"),
                                        QStringLiteral("14"), QStringLiteral("1")}}));
}

void TestXlsxReader::emptyCellsAndRowNumbers() {
    const QString path = writeWorkbook(QStringLiteral("gaps.xlsx"), [](lxw_workbook* wb) {
        lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
        lxw_format* bordered = workbook_add_format(wb);
        format_set_border(bordered, LXW_BORDER_THIN);
        worksheet_write_string(ws, 2, 0, "資産番号", nullptr); // A3
        worksheet_write_string(ws, 2, 2, "名称", nullptr);     // C3
        worksheet_write_number(ws, 4, 1, 7, nullptr);          // B5
        worksheet_write_string(ws, 6, 0, "", nullptr);         // an empty string is no value
        // Formatted but empty cells: Excel writes them, yet they hold nothing to import.
        worksheet_write_blank(ws, 9, 25, bordered);
        worksheet_write_blank(ws, 3, 10, bordered);
    });
    QVERIFY(!path.isEmpty());
    QFile file(path);
    XlsxReader reader;
    QVERIFY2(reader.open(&file), qPrintable(reader.errorString()));
    QList<QStringList> rows;
    QList<int> numbers;
    QVERIFY2(reader.readSheet(0, &rows, &numbers), qPrintable(reader.errorString()));
    QCOMPARE(numbers, (QList<int>{3, 4, 5}));
    QCOMPARE(rows, (QList<QStringList>{{u8("資産番号"), QString(), u8("名称")},
                                       {QString(), QString(), QString()},
                                       {QString(), QStringLiteral("7"), QString()}}));
}

void TestXlsxReader::twoSheetsWithJapaneseNames() {
    const QString path = writeWorkbook(QStringLiteral("two.xlsx"), [](lxw_workbook* wb) {
        lxw_worksheet* assets = workbook_add_worksheet(wb, "資産台帳");
        lxw_worksheet* departments = workbook_add_worksheet(wb, "部署一覧");
        worksheet_write_string(assets, 0, 0, "住民基本台帳システム", nullptr);
        worksheet_write_string(departments, 0, 0, "市民課", nullptr);
        worksheet_write_string(departments, 1, 0, "総務課", nullptr);
    });
    QVERIFY(!path.isEmpty());
    QFile file(path);
    XlsxReader reader;
    QVERIFY2(reader.open(&file), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), (QStringList{u8("資産台帳"), u8("部署一覧")}));
    QList<QStringList> rows;
    QVERIFY2(reader.readSheet(1, &rows), qPrintable(reader.errorString()));
    QCOMPARE(rows, (QList<QStringList>{{u8("市民課")}, {u8("総務課")}}));
    QVERIFY2(reader.readSheet(0, &rows), qPrintable(reader.errorString()));
    QCOMPARE(rows, (QList<QStringList>{{u8("住民基本台帳システム")}}));

    QVERIFY(!reader.readSheet(2, &rows));
    QCOMPARE(reader.errorString(), QStringLiteral("The workbook has no sheet number 3."));
    QVERIFY(!reader.readSheet(-1, &rows));
    QCOMPARE(reader.errorString(), QStringLiteral("The workbook has no sheet number 0."));
}

void TestXlsxReader::sharedStringsRepeated() {
    const char* departments[] = {"総務課", "市民課", "税務課"};
    const QString path = writeWorkbook(QStringLiteral("repeated.xlsx"), [&](lxw_workbook* wb) {
        lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
        for (int r = 0; r < 600; ++r) {
            worksheet_write_string(ws, lxw_row_t(r), 0, departments[r % 3], nullptr);
            worksheet_write_string(ws, lxw_row_t(r), 1, departments[(r + 1) % 3], nullptr);
        }
    });
    QVERIFY(!path.isEmpty());
    QFile file(path);
    XlsxReader reader;
    QVERIFY2(reader.open(&file), qPrintable(reader.errorString()));
    QList<QStringList> rows;
    QVERIFY2(reader.readSheet(0, &rows), qPrintable(reader.errorString()));
    QCOMPARE(rows.size(), 600);
    for (int r = 0; r < 600; ++r) {
        QCOMPARE(rows.at(r).at(0), u8(departments[r % 3]));
        QCOMPARE(rows.at(r).at(1), u8(departments[(r + 1) % 3]));
    }
}

void TestXlsxReader::richTextWithoutFurigana() {
    // Written by hand the way Excel stores text typed with a Japanese IME: rich-text runs plus
    // <rPh> furigana runs that are not part of the value.
    WorkbookXml x;
    x.sharedStrings =
        "<si><r><t>住民</t></r><r><rPr><b/></rPr><t>基本台帳</t></r>"
        "<rPh sb='0' eb='2'><t>ジュウミン</t></rPh><phoneticPr fontId='1'/></si>"
        "<si><t>髙橋</t><rPh sb='0' eb='2'><t>タカハシ</t></rPh><phoneticPr fontId='1'/></si>"
        "<si><t xml:space='preserve'>  空白  </t></si>"
        "<si><t>行1_x000D_\n行2 _x005F_x0041_</t></si>"
        "<si><t/></si>";
    x.sheetData = "<row r='1'><c r='A1' t='s'><v>0</v></c><c r='B1' t='s'><v>1</v></c>"
                  "<c r='C1' t='s'><v>2</v></c><c r='D1' t='s'><v>3</v></c>"
                  "<c r='E1' t='s'><v>4</v></c><c r='F1' t='s'><v>0</v></c></row>";
    XlsxReader reader;
    QVERIFY2(openBytes(reader, buildZip(workbookParts(x)).bytes), qPrintable(reader.errorString()));
    QList<QStringList> rows;
    QVERIFY2(reader.readSheet(0, &rows), qPrintable(reader.errorString()));
    QCOMPARE(rows, (QList<QStringList>{{u8("住民基本台帳"), u8("髙橋"), u8("  空白  "),
                                        u8("行1\r\n行2 _x0041_"), QString(), u8("住民基本台帳")}}));

    // The same through libxlsxwriter's rich strings.
    const QString path = writeWorkbook(QStringLiteral("rich.xlsx"), [](lxw_workbook* wb) {
        lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
        lxw_format* bold = workbook_add_format(wb);
        format_set_bold(bold);
        lxw_rich_string_tuple first{nullptr, const_cast<char*>("機密性")};
        lxw_rich_string_tuple second{bold, const_cast<char*>("3A")};
        lxw_rich_string_tuple* tuples[] = {&first, &second, nullptr};
        worksheet_write_rich_string(ws, 0, 0, tuples, nullptr);
    });
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY2(reader.open(&file), qPrintable(reader.errorString()));
    QVERIFY2(reader.readSheet(0, &rows), qPrintable(reader.errorString()));
    QCOMPARE(rows, (QList<QStringList>{{u8("機密性3A")}}));
}

void TestXlsxReader::cellTypesAndReferences() {
    // A prefixed namespace, cells and rows without references, every cell type, formulas whose
    // text must not leak into the value, and part names in another case than the relationships.
    QList<ZipPart> parts;
    parts.append({"_rels/.rels",
                  "<Relationships xmlns='" + kPackageRelNs + "'><Relationship Id='rId1' Type='" +
                      kRelNs + "/officeDocument' Target='/xl/workbook.xml'/></Relationships>"});
    parts.append({"xl/workbook.xml", "<x:workbook xmlns:x='" + kMainNs + "' xmlns:r='" + kRelNs +
                                         "'><x:sheets><x:sheet name='種別' sheetId='1' "
                                         "r:id='rId7'/></x:sheets></x:workbook>"});
    parts.append({"xl/_rels/workbook.xml.rels",
                  "<Relationships xmlns='" + kPackageRelNs + "'><Relationship Id='rId7' Type='" +
                      kRelNs + "/worksheet' Target='/XL/Worksheets/Data.xml'/></Relationships>"});
    parts.append(
        {"xl/worksheets/data.xml",
         "<x:worksheet xmlns:x='" + kMainNs +
             "'><x:sheetData>"
             "<x:row><x:c t='inlineStr'><x:is><x:r><x:t>課</x:t></x:r><x:r><x:t>長</x:t></x:r>"
             "<x:rPh sb='0' eb='2'><x:t>カチョウ</x:t></x:rPh></x:is></x:c>"
             "<x:c t='str'><x:f>UPPER(\"a\")</x:f><x:v>A</x:v></x:c>"
             "<x:c t='b'><x:v>1</x:v></x:c>"
             "<x:c t='e'><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c>"
             "<x:c t='d'><x:v>2024-04-01T00:00:00</x:v></x:c>"
             "<x:c t='n'><x:v>1.5E-3</x:v></x:c></x:row>"
             "<x:row><x:c r='C2'><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c></x:row>"
             "<x:row r='4'><x:c t='inlineStr'><x:is><x:t>&lt;&amp;&gt;</x:t></x:is></x:c></x:row>"
             "</x:sheetData><x:mergeCells count='0'/></x:worksheet>",
         true});
    XlsxReader reader;
    QVERIFY2(openBytes(reader, buildZip(parts).bytes), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), QStringList{u8("種別")});
    QList<QStringList> rows;
    QList<int> numbers;
    QVERIFY2(reader.readSheet(0, &rows, &numbers), qPrintable(reader.errorString()));
    QCOMPARE(numbers, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(
        rows,
        (QList<QStringList>{
            {u8("課長"), QStringLiteral("A"), QStringLiteral("TRUE"), QStringLiteral("#DIV/0!"),
             QStringLiteral("2024-04-01"), QStringLiteral("1.5E-3")},
            {QString(), QString(), QStringLiteral("3"), QStringLiteral("4"), QString(), QString()},
            {QString(), QString(), QString(), QString(), QString(), QString()},
            {QStringLiteral("<&>"), QString(), QString(), QString(), QString(), QString()}}));
}

void TestXlsxReader::chartSheetsLeftOut() {
    QList<ZipPart> parts =
        workbookParts({"<row r='1'><c r='A1'><v>1</v></c></row>", {}, {}, {}, false});
    for (ZipPart& part : parts) {
        if (part.name == "xl/workbook.xml")
            part.data.replace("</sheets>",
                              "<sheet name='グラフ' sheetId='2' r:id='rId9'/></sheets>");
        if (part.name == "xl/_rels/workbook.xml.rels")
            part.data.replace("</Relationships>",
                              QByteArray("<Relationship Id='rId9' Type='" + kRelNs +
                                         "/chartsheet' Target='chartsheets/"
                                         "sheet1.xml'/></Relationships>"));
    }
    XlsxReader reader;
    QVERIFY2(openBytes(reader, buildZip(parts).bytes), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), QStringList{u8("台帳")});
}

void TestXlsxReader::truncatedWorkbook() {
    const QString path = writeWorkbook(QStringLiteral("whole.xlsx"), [](lxw_workbook* wb) {
        lxw_worksheet* ws = workbook_add_worksheet(wb, "台帳");
        for (int r = 0; r < 50; ++r) {
            worksheet_write_string(ws, lxw_row_t(r), 0, "住民基本台帳", nullptr);
            worksheet_write_number(ws, lxw_row_t(r), 1, r, nullptr);
        }
    });
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    XlsxReader reader;
    QVERIFY2(openBytes(reader, whole), qPrintable(reader.errorString()));

    QList<qsizetype> cuts{1,
                          4,
                          30,
                          whole.size() / 2,
                          whole.size() - 23,
                          whole.size() - 22,
                          whole.size() - 21,
                          whole.size() - 1};
    for (qsizetype cut = 0; cut < whole.size(); cut += 37)
        cuts.append(cut);
    for (qsizetype cut : std::as_const(cuts)) {
        const bool opened = openBytes(reader, whole.left(cut));
        QVERIFY2(!opened, qPrintable(QStringLiteral("cut at %1 opened").arg(cut)));
        QVERIFY(!reader.errorString().isEmpty());
    }
    QVERIFY(!openBytes(reader, whole.left(whole.size() - 1)));
    QCOMPARE(reader.errorString(), QStringLiteral("The workbook is damaged: the end of its ZIP "
                                                  "directory is missing (the file may be "
                                                  "truncated)."));
}

void TestXlsxReader::corruptedBytesNeverCrash() {
    // Every byte of a real workbook is changed in turn: the reader must either say what is wrong
    // or read exactly the original cells (when the byte was one it does not use, or CRC-32
    // protects); it must never crash, hang or return altered cells.
    const QString path = writeWorkbook(QStringLiteral("fuzz.xlsx"), [](lxw_workbook* wb) {
        lxw_worksheet* ws = workbook_add_worksheet(wb, "台帳");
        lxw_format* date = workbook_add_format(wb);
        format_set_num_format(date, "yyyy/m/d");
        lxw_datetime day{2024, 4, 1, 0, 0, 0};
        worksheet_write_string(ws, 0, 0, "髙橋", nullptr);
        worksheet_write_number(ws, 0, 1, 42, nullptr);
        worksheet_write_datetime(ws, 1, 2, &day, date);
    });
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    XlsxReader reader;
    QVERIFY2(openBytes(reader, whole), qPrintable(reader.errorString()));
    QList<QStringList> original;
    QVERIFY(reader.readSheet(0, &original));
    QCOMPARE(original.value(1).value(2), QStringLiteral("2024-04-01"));

    QRandomGenerator random(20240401);
    int refused = 0;
    for (qsizetype at = 0; at < whole.size(); ++at) {
        QByteArray bytes = whole;
        bytes[at] = char(bytes.at(at) ^ char(1 + random.bounded(255)));
        if (!openBytes(reader, bytes)) {
            QVERIFY(!reader.errorString().isEmpty());
            ++refused;
            continue;
        }
        QList<QStringList> rows;
        if (!reader.readSheet(0, &rows)) {
            QVERIFY(!reader.errorString().isEmpty());
            ++refused;
            continue;
        }
        QVERIFY2(rows == original, qPrintable(QStringLiteral("byte %1 changed the cells").arg(at)));
    }
    qInfo("%d of %d altered bytes refused", refused, int(whole.size()));
    QVERIFY(refused > whole.size() / 4);
}

void TestXlsxReader::missingSheetPart() {
    WorkbookXml x;
    x.sheetData = QByteArray(); // the relationship names sheet1.xml, the archive lacks it
    XlsxReader reader;
    QVERIFY2(openBytes(reader, buildZip(workbookParts(x)).bytes), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), QStringList{u8("台帳")});
    QList<QStringList> rows;
    QVERIFY(!reader.readSheet(0, &rows));
    QCOMPARE(reader.errorString(), u8("The workbook is damaged: the data of the sheet \"台帳\" "
                                      "(xl/worksheets/sheet1.xml) is missing."));

    // Without the workbook's relationships nothing says where the sheets are.
    QList<ZipPart> parts = workbookParts({"<row/>", {}, {}, {}, false});
    parts.removeIf([](const ZipPart& p) { return p.name == "xl/_rels/workbook.xml.rels"; });
    QVERIFY(!openBytes(reader, buildZip(parts).bytes));
    QCOMPARE(reader.errorString(), QStringLiteral("The workbook is damaged: the part "
                                                  "\"xl/_rels/workbook.xml.rels\" is missing."));
}

void TestXlsxReader::hostileDirectory_data() {
    QTest::addColumn<QString>("patch");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<QString>("message");
    QTest::newRow("compressed size beyond the file")
        << "compressed" << true << "its data lies beyond the end of the file";
    QTest::newRow("local header beyond the file")
        << "offset" << true << "its ZIP header is missing";
    QTest::newRow("uncompressed size too large")
        << "uncompressed-huge" << true << "is too large to read (600 MB uncompressed";
    QTest::newRow("uncompressed size too small")
        << "uncompressed-small" << true << "is damaged: its stored size does not match";
    QTest::newRow("directory beyond the file")
        << "directory-offset" << false << "its ZIP directory lies outside the file";
    QTest::newRow("more entries than the directory holds")
        << "entry-count" << false << "entry 7 of its ZIP directory is not valid";
    QTest::newRow("name longer than the directory")
        << "name-length" << false << "of its ZIP directory is not valid";
    QTest::newRow("wrong checksum") << "crc" << true << "its CRC-32 checksum does not match";
    QTest::newRow("split archive") << "disk" << false << "split over several files";
}

void TestXlsxReader::hostileDirectory() {
    QFETCH(QString, patch);
    QFETCH(bool, opens);
    QFETCH(QString, message);
    WorkbookXml x;
    x.sheetData = "<row r='1'><c r='A1' t='s'><v>0</v></c></row>";
    x.sharedStrings = "<si><t>台帳</t></si>";
    const QList<ZipPart> parts = workbookParts(x);
    Zip zip = buildZip(parts);
    QCOMPARE(parts.size(), 6);
    const qsizetype sheet = zip.centralOffsetOf(sheetPartName(), parts);
    QVERIFY(sheet > 0);
    if (patch == u"compressed") {
        put32(zip.bytes, sheet + 20, 0x7FFFFFF0);
    } else if (patch == u"offset") {
        put32(zip.bytes, sheet + 42, quint32(zip.bytes.size() + 100));
    } else if (patch == u"uncompressed-huge") {
        put32(zip.bytes, sheet + 24, 600u * 1024 * 1024);
    } else if (patch == u"uncompressed-small") {
        put32(zip.bytes, sheet + 24, 3);
    } else if (patch == u"directory-offset") {
        put32(zip.bytes, zip.endOffset + 16, 0xFFFFFF00);
    } else if (patch == u"entry-count") {
        put16(zip.bytes, zip.endOffset + 8, 8);
        put16(zip.bytes, zip.endOffset + 10, 8);
    } else if (patch == u"name-length") {
        put16(zip.bytes, zip.centralOffsets.last() + 28, 60000);
    } else if (patch == u"crc") {
        put32(zip.bytes, sheet + 16, 0x12345678);
    } else if (patch == u"disk") {
        put16(zip.bytes, zip.endOffset + 4, 1);
    }
    XlsxReader reader;
    QCOMPARE(openBytes(reader, zip.bytes), opens);
    if (opens) {
        QList<QStringList> rows;
        QVERIFY(!reader.readSheet(0, &rows));
    }
    QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
    if (opens)
        QVERIFY2(reader.errorString().startsWith(u8("The sheet \"台帳\"")),
                 qPrintable(reader.errorString()));
}

void TestXlsxReader::zip64AndEncryptionRefused() {
    const QList<ZipPart> parts = workbookParts({"<row/>", {}, {}, {}, false});
    const qsizetype workbook = buildZip(parts).centralOffsetOf("xl/workbook.xml", parts);
    XlsxReader reader;

    Zip encrypted = buildZip(parts);
    put16(encrypted.bytes, workbook + 8, 0x0001);
    QVERIFY(!openBytes(reader, encrypted.bytes));
    QCOMPARE(reader.errorString(),
             QStringLiteral("The part \"xl/workbook.xml\" of the workbook is encrypted, which is "
                            "not supported. Remove the password in Excel, save the workbook and "
                            "try again."));

    Zip bzip2 = buildZip(parts);
    put16(bzip2.bytes, workbook + 10, 12);
    QVERIFY(!openBytes(reader, bzip2.bytes));
    QVERIFY2(reader.errorString().contains(QStringLiteral("compressed with method 12")),
             qPrintable(reader.errorString()));

    Zip zip64 = buildZip(parts);
    put32(zip64.bytes, workbook + 24, 0xFFFFFFFF);
    QVERIFY(!openBytes(reader, zip64.bytes));
    QVERIFY2(reader.errorString().contains(QStringLiteral("ZIP64")),
             qPrintable(reader.errorString()));

    // A ZIP64 end record, even with the classic one still filled in.
    Zip withZip64End = buildZip(parts);
    QByteArray record(56, '\0');
    put32(record, 0, 0x06064b50);
    put32(record, 4, 44);
    QByteArray locator(20, '\0');
    put32(locator, 0, 0x07064b50);
    put32(locator, 8, quint32(withZip64End.endOffset));
    put32(locator, 16, 1);
    withZip64End.bytes.insert(withZip64End.endOffset, record + locator);
    QVERIFY(!openBytes(reader, withZip64End.bytes));
    QVERIFY2(reader.errorString().contains(QStringLiteral("ZIP64")),
             qPrintable(reader.errorString()));

    // libxlsxwriter's use_zip64 only adds ZIP64 fields to the local headers, which the reader
    // does not need: such a workbook reads normally.
    const QString path = m_dir.filePath(QStringLiteral("zip64.xlsx"));
    lxw_workbook_options options{};
    options.use_zip64 = LXW_TRUE;
    lxw_workbook* wb = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    QVERIFY(wb);
    worksheet_write_string(workbook_add_worksheet(wb, nullptr), 0, 0, "台帳", nullptr);
    QCOMPARE(int(workbook_close(wb)), int(LXW_NO_ERROR));
    QFile file(path);
    QVERIFY2(reader.open(&file), qPrintable(reader.errorString()));
    QList<QStringList> rows;
    QVERIFY2(reader.readSheet(0, &rows), qPrintable(reader.errorString()));
    QCOMPARE(rows, (QList<QStringList>{{u8("台帳")}}));
}

void TestXlsxReader::deflateEndingEarly() {
    WorkbookXml x;
    x.sheetData.append("<row r='1'>");
    for (int c = 0; c < 200; ++c)
        x.sheetData.append("<c t='inlineStr'><is><t>資産" + QByteArray::number(c) +
                           "</t></is></c>");
    x.sheetData.append("</row>");
    x.deflate = true;
    const QList<ZipPart> parts = workbookParts(x);
    Zip zip = buildZip(parts);
    XlsxReader reader;
    QVERIFY2(openBytes(reader, zip.bytes), qPrintable(reader.errorString()));
    QList<QStringList> rows;
    QVERIFY2(reader.readSheet(0, &rows), qPrintable(reader.errorString()));
    QCOMPARE(rows.value(0).size(), 200);
    QCOMPARE(rows.value(0).last(), u8("資産199"));

    // Half of the deflate stream, with sizes that agree with each other.
    const qsizetype sheet = zip.centralOffsetOf(sheetPartName(), parts);
    const quint32 compressed = qFromLittleEndian<quint32>(zip.bytes.constData() + sheet + 20);
    put32(zip.bytes, sheet + 20, compressed / 2);
    QVERIFY2(openBytes(reader, zip.bytes), qPrintable(reader.errorString()));
    QVERIFY(!reader.readSheet(0, &rows));
    QVERIFY2(reader.errorString().contains(QStringLiteral("compressed data ends early")),
             qPrintable(reader.errorString()));
}

void TestXlsxReader::damagedSheetXml_data() {
    QTest::addColumn<QByteArray>("sheetData");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed element") << QByteArray("<row r='1'><c r='A1'><v>1</v></row>")
                                      << "The sheet \"台帳\" is damaged: Opening and ending tag "
                                         "mismatch (line 1, column";
    QTest::newRow("bad cell reference") << QByteArray("<row r='1'><c r='XFE1'><v>1</v></c></row>")
                                        << "The sheet \"台帳\" is damaged: the cell reference "
                                           "\"XFE1\" is not valid (line 1, column";
    QTest::newRow("row zero") << QByteArray("<row r='0'><c><v>1</v></c></row>")
                              << "row number \"0\" is not valid";
    QTest::newRow("missing shared string")
        << QByteArray("<row r='2'><c r='B2' t='s'><v>5</v></c></row>")
        << "cell B2 refers to text number 5, which the workbook does not have";
    QTest::newRow("undeclared entity") << QByteArray("<row r='1'><c><v>&nbsp;</v></c></row>")
                                       << "The sheet \"台帳\" is damaged: Entity 'nbsp' not "
                                          "declared";
}

void TestXlsxReader::damagedSheetXml() {
    QFETCH(QByteArray, sheetData);
    QFETCH(QString, message);
    WorkbookXml x;
    x.sheetData = sheetData;
    x.sharedStrings = "<si><t>一</t></si>";
    XlsxReader reader;
    QVERIFY2(openBytes(reader, buildZip(workbookParts(x)).bytes), qPrintable(reader.errorString()));
    QList<QStringList> rows{{QStringLiteral("stale")}};
    QVERIFY(!reader.readSheet(0, &rows));
    QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
    QCOMPARE(rows, (QList<QStringList>{{QStringLiteral("stale")}})); // no half result
}

void TestXlsxReader::hugeGridRefused() {
    // Two cells in opposite corners would pad out to 17 billion cells.
    WorkbookXml x;
    x.sheetData = "<row r='1'><c r='XFD1'><v>1</v></c></row>"
                  "<row r='1048576'><c r='A1048576'><v>2</v></c></row>";
    XlsxReader reader;
    QVERIFY2(openBytes(reader, buildZip(workbookParts(x)).bytes), qPrintable(reader.errorString()));
    QList<QStringList> rows;
    QVERIFY(!reader.readSheet(0, &rows));
    QVERIFY2(reader.errorString().startsWith(u8("The sheet \"台帳\" is too large to import")),
             qPrintable(reader.errorString()));

    // The same corners one sheet apart are fine.
    x.sheetData = "<row r='1048576'><c r='XFD1048576'><v>2</v></c></row>";
    QVERIFY2(openBytes(reader, buildZip(workbookParts(x)).bytes), qPrintable(reader.errorString()));
    QList<int> numbers;
    QVERIFY2(reader.readSheet(0, &rows, &numbers), qPrintable(reader.errorString()));
    QCOMPARE(numbers, QList<int>{1048576});
    QCOMPARE(rows.value(0).size(), 16384);
    QCOMPARE(rows.value(0).last(), QStringLiteral("2"));
}

void TestXlsxReader::largeSheet() {
    constexpr int kRows = 20000;
    constexpr int kColumns = 10;
    const QString path = writeWorkbook(QStringLiteral("large.xlsx"), [](lxw_workbook* wb) {
        lxw_worksheet* ws = workbook_add_worksheet(wb, "資産台帳");
        for (int r = 0; r < kRows; ++r) {
            for (int c = 0; c < kColumns; ++c) {
                if (c % 2 == 0) {
                    const QByteArray text =
                        "資産" + QByteArray::number(r) + "-" + QByteArray::number(c);
                    worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), text.constData(),
                                           nullptr);
                } else {
                    worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(c), r * 10 + c, nullptr);
                }
            }
        }
    });
    QVERIFY(!path.isEmpty());
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    XlsxReader reader;
    QVERIFY2(reader.open(&file), qPrintable(reader.errorString()));
    QList<QStringList> rows;
    QList<int> numbers;
    QVERIFY2(reader.readSheet(0, &rows, &numbers), qPrintable(reader.errorString()));
    qInfo("read %d rows x %d columns in %lld ms", int(rows.size()), kColumns, timer.elapsed());
    QCOMPARE(rows.size(), kRows);
    QCOMPARE(numbers.size(), kRows);
    QCOMPARE(numbers.last(), kRows);
    QCOMPARE(rows.first().size(), kColumns);
    QCOMPARE(rows.last().size(), kColumns);
    QCOMPARE(rows.first().first(), u8("資産0-0"));
    QCOMPARE(rows.last().last(), QString::number((kRows - 1) * 10 + kColumns - 1));
    QCOMPARE(rows.at(12345).at(4), u8("資産12345-4"));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
