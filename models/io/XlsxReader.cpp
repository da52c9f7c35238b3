#include "XlsxReader.h"

#include <QDate>
#include <QHash>
#include <QIODevice>
#include <QUrl>
#include <QXmlStreamReader>
#include <QtEndian>

#include <zlib.h>

#include <cmath>
#include <cstring>

namespace assetreg {
namespace {

// Limits that keep a hostile file from exhausting memory or time. Real registers are far below
// them: a 100,000-row, 20-column sheet is 2 million cells and about 40 MB of XML.
constexpr qint64 kMaxFileSize = 512LL * 1024 * 1024;
constexpr qint64 kMaxUncompressed = 512LL * 1024 * 1024;
constexpr qint64 kMaxCells = 10'000'000;
constexpr int kMaxRows = 1'048'576; // Excel's own limits
constexpr int kMaxColumns = 16'384;
constexpr qint64 kMegabyte = 1024 * 1024;
constexpr qsizetype kMaxTextLength = 1'000'000; // Excel itself stops at 32,767 characters

constexpr quint32 kLocalHeaderSignature = 0x04034b50;
constexpr quint32 kCentralHeaderSignature = 0x02014b50;
constexpr quint32 kEndOfDirectorySignature = 0x06054b50;
constexpr quint32 kZip64LocatorSignature = 0x07064b50;
constexpr qint64 kEndOfDirectorySize = 22;
constexpr qint64 kCentralHeaderSize = 46;
constexpr qint64 kLocalHeaderSize = 30;

quint16 le16(const char* p) {
    return qFromLittleEndian<quint16>(p);
}

quint32 le32(const char* p) {
    return qFromLittleEndian<quint32>(p);
}

struct ZipEntry {
    QString name;
    quint16 flags = 0;
    quint16 method = 0;
    quint32 crc = 0;
    quint32 compressedSize = 0;
    quint32 uncompressedSize = 0;
    quint32 localOffset = 0;
};

// How a cell style shows a number; decides whether a serial number becomes a date.
enum class NumberKind : quint8 { Plain, Date, DateTime, Time };

// Produces the uncompressed bytes of one ZIP entry on demand, so that a large sheet never sits
// uncompressed in memory, and checks them against the declared size and CRC-32: the central
// directory is the only thing that bounds how much a hostile entry may inflate to.
class PartDevice final : public QIODevice {
public:
    PartDevice(const char* compressed, const ZipEntry& entry)
        : m_in(compressed)
        , m_entry(entry) {
        if (m_entry.method == 8) {
            std::memset(&m_z, 0, sizeof m_z);
            m_z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed));
            m_z.avail_in = m_entry.compressedSize;
            if (inflateInit2(&m_z, -MAX_WBITS) == Z_OK)
                m_inflating = true;
            else
                fail(XlsxReader::tr("the decompressor could not be started"));
        }
        if (m_entry.uncompressedSize == 0 && m_entry.method == 0)
            finish();
    }
    ~PartDevice() override {
        if (m_inflating)
            inflateEnd(&m_z);
    }
    PartDevice(const PartDevice&) = delete;
    PartDevice& operator=(const PartDevice&) = delete;

    bool isSequential() const override { return true; }
    // QXmlStreamReader takes atEnd() as the end of the document; a failure ends it too, and the
    // caller asks failed() before trusting what the reader made of it.
    bool atEnd() const override { return m_done || m_failed; }
    bool failed() const { return m_failed; }
    bool finished() const { return m_done; }
    QString failure() const { return m_failure; }

protected:
    qint64 readData(char* out, qint64 maxSize) override {
        if (m_failed)
            return -1;
        if (m_done || maxSize <= 0)
            return 0;
        if (m_entry.method == 0)
            return readStored(out, maxSize);
        return readDeflated(out, maxSize);
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 readStored(char* out, qint64 maxSize) {
        const qint64 n = qMin(maxSize, qint64(m_entry.uncompressedSize) - m_produced);
        std::memcpy(out, m_in + m_produced, size_t(n));
        account(out, n);
        if (m_produced == qint64(m_entry.uncompressedSize))
            finish();
        return m_failed ? -1 : n;
    }

    qint64 readDeflated(char* out, qint64 maxSize) {
        const uInt room = uInt(qMin<qint64>(maxSize, 1 << 20));
        m_z.next_out = reinterpret_cast<Bytef*>(out);
        m_z.avail_out = room;
        int status = Z_OK;
        // A call may consume input without producing output (block headers, empty blocks); each
        // such round eats input, so the loop ends within the compressed size.
        while (m_z.avail_out == room) {
            status = inflate(&m_z, Z_NO_FLUSH);
            if (status != Z_OK)
                break;
        }
        const qint64 n = qint64(room - m_z.avail_out);
        account(out, n);
        if (m_produced > qint64(m_entry.uncompressedSize))
            fail(XlsxReader::tr("it is longer than its declared size"));
        else if (status == Z_STREAM_END)
            finish();
        else if (status == Z_BUF_ERROR)
            fail(XlsxReader::tr("its compressed data ends early (the file may be truncated)"));
        else if (status != Z_OK)
            fail(XlsxReader::tr("its compressed data is invalid (%1)")
                     .arg(QString::fromLatin1(m_z.msg ? m_z.msg : "zlib error")));
        return m_failed ? -1 : n;
    }

    void account(const char* out, qint64 n) {
        m_crc = crc32(m_crc, reinterpret_cast<const Bytef*>(out), uInt(n));
        m_produced += n;
    }

    void finish() {
        if (m_produced != qint64(m_entry.uncompressedSize))
            fail(XlsxReader::tr("it is shorter than its declared size"));
        else if (m_crc != m_entry.crc)
            fail(XlsxReader::tr("its CRC-32 checksum does not match"));
        else
            m_done = true;
    }

    void fail(const QString& why) {
        if (!m_failed)
            m_failure = why;
        m_failed = true;
    }

    const char* m_in;
    ZipEntry m_entry;
    z_stream m_z;
    bool m_inflating = false;
    qint64 m_produced = 0;
    uLong m_crc = crc32(0, nullptr, 0);
    bool m_done = false;
    bool m_failed = false;
    QString m_failure;
};

QString partLabel(const QString& path) {
    return XlsxReader::tr("The part \"%1\" of the workbook").arg(path);
}

QString sheetLabel(const QString& name) {
    return XlsxReader::tr("The sheet \"%1\"").arg(name);
}

QString withoutFinalDot(QString text) {
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

// Part names inside the archive are compared case-insensitively (OPC), and some writers use
// backslashes.
QString entryKey(QString name) {
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    return name.toLower();
}

QString directoryOf(const QString& part) {
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash + 1);
}

// Relationship targets are URIs relative to the source part's folder, or absolute from the
// package root.
QString resolveTarget(const QString& baseDirectory, const QString& target) {
    QString path = QUrl::fromPercentEncoding(target.toUtf8());
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(baseDirectory);
    QStringList segments;
    for (const QString& segment : path.split(QLatin1Char('/'))) {
        if (segment.isEmpty() || segment == QLatin1String("."))
            continue;
        if (segment == QLatin1String("..")) {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(segment);
    }
    return segments.join(QLatin1Char('/'));
}

QStringView attribute(const QXmlStreamAttributes& attributes, QStringView localName) {
    for (const QXmlStreamAttribute& a : attributes) {
        if (a.name() == localName)
            return a.value();
    }
    return {};
}

int hexDigit(QChar c) {
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Excel writes characters that XML cannot carry (and literal "_x") as _xHHHH_ (ST_Xstring).
QString decodeEscapes(const QString& text) {
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (text[i] == QLatin1Char('_') && i + 6 < n && text[i + 1] == QLatin1Char('x') &&
            text[i + 6] == QLatin1Char('_')) {
            int code = 0;
            for (qsizetype k = i + 2; k < i + 6 && code >= 0; ++k) {
                const int digit = hexDigit(text[k]);
                code = digit < 0 ? -1 : code * 16 + digit;
            }
            if (code >= 0) {
                out.append(QChar(code));
                i += 7;
                continue;
            }
        }
        out.append(text[i]);
        ++i;
    }
    return out;
}

NumberKind builtInKind(int id) {
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
        (id >= 50 && id <= 58))
        return NumberKind::Date;
    // 32 and 33 are h"時"mm"分" and h"時"mm"分"ss"秒" in East Asian locales.
    if ((id >= 18 && id <= 21) || id == 32 || id == 33 || (id >= 45 && id <= 47))
        return NumberKind::Time;
    if (id == 22)
        return NumberKind::DateTime;
    return NumberKind::Plain;
}

// A custom number format shows a date when y, m or d appear outside quoted text, escapes and
// [brackets] (colours, conditions, locales); m next to h or s means minutes.
NumberKind customKind(QStringView code) {
    bool date = false;
    bool month = false;
    bool time = false;
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = code[i].toLower();
        if (c == QLatin1Char('"')) {
            while (++i < n && code[i] != QLatin1Char('"')) {
            }
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i);
            const QStringView inside = code.mid(i + 1, (close < 0 ? n : close) - i - 1);
            // [h]:mm and [mm]:ss are elapsed times.
            if (!inside.isEmpty() &&
                (inside[0].toLower() == QLatin1Char('h') ||
                 inside[0].toLower() == QLatin1Char('s') ||
                 inside[0].toLower() == QLatin1Char('m')) &&
                inside.size() <= 3)
                time = true;
            i = close < 0 ? n : close;
        } else if (code.mid(i).startsWith(QLatin1String("am/pm"), Qt::CaseInsensitive)) {
            i += 4;
            time = true;
        } else if (code.mid(i).startsWith(QLatin1String("a/p"), Qt::CaseInsensitive)) {
            i += 2;
            time = true;
        } else if (c == QLatin1Char('y') || c == QLatin1Char('d')) {
            date = true;
        } else if (c == QLatin1Char('m')) {
            month = true;
        } else if (c == QLatin1Char('h') || c == QLatin1Char('s')) {
            time = true;
        }
    }
    if (date)
        return time ? NumberKind::DateTime : NumberKind::Date;
    if (time)
        return NumberKind::Time;
    return month ? NumberKind::Date : NumberKind::Plain;
}

QString twoDigits(qint64 value) {
    return QString::number(value).rightJustified(2, QLatin1Char('0'));
}

// Serial numbers count days from 1899-12-31 (1900 system, which keeps Lotus 1-2-3's fake
// 1900-02-29 as day 60) or from 1904-01-01; the fraction is the time of day.
QString serialToText(const QString& written, NumberKind kind, bool date1904) {
    bool ok = false;
    const double value = written.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0 || value >= 2958466.0) // after 9999-12-31
        return written;
    auto days = qint64(std::floor(value));
    auto seconds = qint64(std::llround((value - double(days)) * 86400.0));
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    const QString time = twoDigits(seconds / 3600) + QLatin1Char(':') +
                         twoDigits(seconds / 60 % 60) + QLatin1Char(':') + twoDigits(seconds % 60);
    if (kind == NumberKind::Time && days == 0)
        return time;
    QString date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days).toString(QStringLiteral("yyyy-MM-dd"));
    } else if (days == 0) {
        return written; // "1900-01-00": Excel's day zero is no date
    } else if (days == 60) {
        date = QStringLiteral("1900-02-29");
    } else {
        const QDate epoch = days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
        date = epoch.addDays(days).toString(QStringLiteral("yyyy-MM-dd"));
    }
    if (kind != NumberKind::Date && seconds != 0)
        return date + QLatin1Char('T') + time;
    return date;
}

// t="d" cells hold ISO 8601 text already; a midnight time adds nothing.
QString isoDateText(const QString& value) {
    if (value.size() > 10 && value[10] == QLatin1Char('T')) {
        const QStringView rest = QStringView(value).mid(11);
        bool midnight = true;
        for (QChar c : rest) {
            if (c != QLatin1Char('0') && c != QLatin1Char(':') && c != QLatin1Char('.') &&
                c != QLatin1Char('Z'))
                midnight = false;
        }
        if (midnight)
            return value.left(10);
    }
    return value;
}

QString cellName(int row, int column) {
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row);
}

// "B3" → row 3, column 1; false for anything outside Excel's grid.
bool parseCellReference(QStringView reference, int* row, int* column) {
    qsizetype i = 0;
    const qsizetype n = reference.size();
    int col = 0;
    while (i < n && reference[i].isLetter() && reference[i].unicode() < 128) {
        col = col * 26 + (reference[i].toUpper().unicode() - 'A' + 1);
        if (col > kMaxColumns)
            return false;
        ++i;
    }
    if (col == 0 || i == n)
        return false;
    int r = 0;
    while (i < n && reference[i].unicode() >= '0' && reference[i].unicode() <= '9') {
        r = r * 10 + (reference[i].unicode() - '0');
        if (r > kMaxRows)
            return false;
        ++i;
    }
    if (i != n || r == 0)
        return false;
    *row = r;
    *column = col - 1;
    return true;
}

} // namespace

struct XlsxReader::Private {
    struct Sheet {
        QString name;
        QString part; // empty when the workbook names no part for it
    };

    QByteArray file;
    QHash<QString, ZipEntry> entries; // by entryKey()
    QList<Sheet> sheets;
    QStringList sharedStrings;
    QList<NumberKind> styleKinds; // by cellXfs index
    bool date1904 = false;
    qint64 openBytes = 0; // uncompressed bytes of the parts open() read

    const ZipEntry* entry(const QString& path) const {
        const auto it = entries.constFind(entryKey(path));
        return it == entries.constEnd() ? nullptr : &*it;
    }
};

namespace {

bool readZipDirectory(const QByteArray& file, QHash<QString, ZipEntry>* entries, QString* error) {
    const char* p = file.constData();
    const qint64 size = file.size();
    qint64 end = -1;
    // The end record sits in the last 22 bytes plus a comment of up to 65,535 bytes.
    for (qint64 pos = size - kEndOfDirectorySize;
         pos >= 0 && pos >= size - kEndOfDirectorySize - 0xFFFF; --pos) {
        if (le32(p + pos) == kEndOfDirectorySignature &&
            pos + kEndOfDirectorySize + le16(p + pos + 20) <= size) {
            end = pos;
            break;
        }
    }
    if (end < 0) {
        if (size >= 8 && std::memcmp(p, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0) {
            // Office stores password-protected workbooks, and old .xls ones, in this format.
            QByteArray utf16Marker;
            for (const char* c = "EncryptionInfo"; *c; ++c)
                utf16Marker.append(*c).append('\0');
            *error = file.contains(utf16Marker)
                         ? XlsxReader::tr("The workbook is protected with a password. Remove the "
                                          "password in Excel, save the workbook and try again.")
                         : XlsxReader::tr("The file is an Excel 97-2003 workbook (.xls) or another "
                                          "older Office file, not an .xlsx workbook. Save it in "
                                          "Excel as \"Excel Workbook (*.xlsx)\" and try again.");
        } else if (size >= 4 && le32(p) == kLocalHeaderSignature) {
            *error = XlsxReader::tr("The workbook is damaged: the end of its ZIP directory is "
                                    "missing (the file may be truncated).");
        } else {
            *error = XlsxReader::tr(
                "The file is not an Excel workbook (.xlsx): it is not a ZIP archive.");
        }
        return false;
    }

    const quint16 disk = le16(p + end + 4);
    const quint16 directoryDisk = le16(p + end + 6);
    const quint16 entriesOnDisk = le16(p + end + 8);
    const quint16 entryCount = le16(p + end + 10);
    const quint32 directorySize = le32(p + end + 12);
    const quint32 directoryOffset = le32(p + end + 16);
    if ((end >= 20 && le32(p + end - 20) == kZip64LocatorSignature) || entryCount == 0xFFFF ||
        directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF) {
        *error = XlsxReader::tr("The workbook uses the ZIP64 format, which is not supported. Open "
                                "it in Excel and save it again.");
        return false;
    }
    if (disk != 0 || directoryDisk != 0 || entriesOnDisk != entryCount) {
        *error = XlsxReader::tr("The workbook is a ZIP archive split over several files, which is "
                                "not supported.");
        return false;
    }
    if (qint64(directoryOffset) + qint64(directorySize) > end) {
        *error = XlsxReader::tr("The workbook is damaged: its ZIP directory lies outside the file "
                                "(the file may be truncated).");
        return false;
    }

    const qint64 directoryEnd = qint64(directoryOffset) + directorySize;
    qint64 pos = directoryOffset;
    for (int i = 0; i < entryCount; ++i) {
        if (pos + kCentralHeaderSize > directoryEnd || le32(p + pos) != kCentralHeaderSignature) {
            *error = XlsxReader::tr("The workbook is damaged: entry %1 of its ZIP directory is "
                                    "not valid.")
                         .arg(i + 1);
            return false;
        }
        ZipEntry e;
        e.flags = le16(p + pos + 8);
        e.method = le16(p + pos + 10);
        e.crc = le32(p + pos + 16);
        e.compressedSize = le32(p + pos + 20);
        e.uncompressedSize = le32(p + pos + 24);
        const quint16 nameLength = le16(p + pos + 28);
        const quint16 extraLength = le16(p + pos + 30);
        const quint16 commentLength = le16(p + pos + 32);
        e.localOffset = le32(p + pos + 42);
        const qint64 next = pos + kCentralHeaderSize + nameLength + extraLength + commentLength;
        if (next > directoryEnd) {
            *error = XlsxReader::tr("The workbook is damaged: entry %1 of its ZIP directory is "
                                    "not valid.")
                         .arg(i + 1);
            return false;
        }
        if (e.compressedSize == 0xFFFFFFFF || e.uncompressedSize == 0xFFFFFFFF ||
            e.localOffset == 0xFFFFFFFF) {
            *error = XlsxReader::tr("The workbook uses the ZIP64 format, which is not supported. "
                                    "Open it in Excel and save it again.");
            return false;
        }
        e.name = QString::fromUtf8(p + pos + kCentralHeaderSize, nameLength);
        const QString key = entryKey(e.name);
        if (!entries->contains(key))
            entries->insert(key, e);
        pos = next;
    }
    return true;
}

// Finds where an entry's data starts and refuses what this reader will not inflate.
bool locateEntryData(const QByteArray& file, const ZipEntry& e, const QString& label, qint64 budget,
                     qint64* start, QString* error) {
    if ((e.flags & 0x1) != 0 || e.method == 99) {
        *error = XlsxReader::tr("%1 is encrypted, which is not supported. Remove the password "
                                "in Excel, save the workbook and try again.")
                     .arg(label);
        return false;
    }
    if (e.method != 0 && e.method != 8) {
        *error = XlsxReader::tr("%1 is compressed with method %2, which is not supported (only "
                                "stored and deflated parts are).")
                     .arg(label)
                     .arg(e.method);
        return false;
    }
    if (qint64(e.uncompressedSize) > budget) {
        *error = XlsxReader::tr("%1 is too large to read (%2 MB uncompressed; at most %3 MB).")
                     .arg(label)
                     .arg((qint64(e.uncompressedSize) + kMegabyte - 1) / kMegabyte)
                     .arg(kMaxUncompressed / kMegabyte);
        return false;
    }
    const char* p = file.constData();
    const qint64 offset = e.localOffset;
    if (offset + kLocalHeaderSize > file.size() || le32(p + offset) != kLocalHeaderSignature) {
        *error = XlsxReader::tr("%1 is damaged: %2.")
                     .arg(label, XlsxReader::tr("its ZIP header is missing"));
        return false;
    }
    const qint64 dataStart =
        offset + kLocalHeaderSize + le16(p + offset + 26) + le16(p + offset + 28);
    if (dataStart + qint64(e.compressedSize) > file.size()) {
        *error = XlsxReader::tr("%1 is damaged: %2.")
                     .arg(label, XlsxReader::tr("its data lies beyond the end of the file (the "
                                                "file may be truncated)"));
        return false;
    }
    if (e.method == 0 && e.compressedSize != e.uncompressedSize) {
        *error = XlsxReader::tr("%1 is damaged: %2.")
                     .arg(label, XlsxReader::tr("its stored size does not match its declared "
                                                "size"));
        return false;
    }
    *start = dataStart;
    return true;
}

// Streams one part through QXmlStreamReader. handler(xml, &problem) sees every token; it
// returns false to stop, with problem set to report damage at the reader's position, or empty
// when it has set *error itself.
template <typename Handler>
bool streamPart(const QByteArray& file, const ZipEntry& e, const QString& label, qint64 budget,
                QString* error, Handler&& handler) {
    qint64 start = 0;
    if (!locateEntryData(file, e, label, budget, &start, error))
        return false;
    PartDevice device(file.constData() + start, e);
    device.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QXmlStreamReader xml(&device);
    QString problem;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Invalid)
            break;
        if (!handler(xml, &problem)) {
            if (problem.isEmpty())
                return false;
            xml.raiseError(problem);
            break;
        }
    }
    if (device.failed()) {
        *error = XlsxReader::tr("%1 is damaged: %2.").arg(label, device.failure());
        return false;
    }
    if (xml.hasError()) {
        *error = XlsxReader::tr("%1 is damaged: %2 (line %3, column %4).")
                     .arg(label, withoutFinalDot(xml.errorString()))
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber());
        return false;
    }
    return true;
}

struct Relationship {
    QString type;
    QString target; // resolved part path
};

bool isType(const QString& type, QLatin1String suffix) {
    return type.endsWith(suffix, Qt::CaseInsensitive);
}

} // namespace

XlsxReader::XlsxReader() = default;
XlsxReader::~XlsxReader() = default;
XlsxReader::XlsxReader(XlsxReader&& other) noexcept = default;
XlsxReader& XlsxReader::operator=(XlsxReader&& other) noexcept = default;

bool XlsxReader::fail(const QString& message) {
    m_error = message;
    return false;
}

QString XlsxReader::errorString() const {
    return m_error;
}

bool XlsxReader::isOpen() const {
    return m_d != nullptr;
}

QStringList XlsxReader::sheetNames() const {
    QStringList names;
    if (m_d) {
        for (const Private::Sheet& sheet : m_d->sheets)
            names.append(sheet.name);
    }
    return names;
}

bool XlsxReader::open(QIODevice* device) {
    m_d.reset();
    m_error.clear();
    if (!device)
        return fail(tr("No file was given."));
    const bool openedHere = !device->isOpen();
    if (openedHere && !device->open(QIODevice::ReadOnly))
        return fail(tr("The file could not be opened: %1").arg(device->errorString()));
    if (!device->isReadable())
        return fail(tr("The file could not be read: it is not open for reading."));
    if (!device->isSequential() && device->size() - device->pos() > kMaxFileSize) {
        if (openedHere)
            device->close();
        return fail(tr("The file is too large to import (%1 MB; at most %2 MB).")
                        .arg(device->size() / kMegabyte)
                        .arg(kMaxFileSize / kMegabyte));
    }
    auto d = std::make_unique<Private>();
    d->file = device->readAll();
    if (openedHere)
        device->close();
    if (d->file.size() > kMaxFileSize)
        return fail(tr("The file is too large to import (%1 MB; at most %2 MB).")
                        .arg(d->file.size() / kMegabyte)
                        .arg(kMaxFileSize / kMegabyte));
    if (d->file.isEmpty())
        return fail(tr("The file is empty."));

    QString error;
    if (!readZipDirectory(d->file, &d->entries, &error))
        return fail(error);

    // Reads a part that open() keeps or needs; all of them together share one budget.
    auto readPart = [&](const QString& path, auto&& handler) {
        const ZipEntry* e = d->entry(path);
        if (!e)
            return fail(tr("The workbook is damaged: the part \"%1\" is missing.").arg(path));
        if (!streamPart(d->file, *e, partLabel(path), kMaxUncompressed - d->openBytes, &error,
                        handler))
            return fail(error);
        d->openBytes += e->uncompressedSize;
        return true;
    };

    auto readRelationships = [&](const QString& sourcePart, QHash<QString, Relationship>* rels) {
        const QString path = directoryOf(sourcePart) + QStringLiteral("_rels/") +
                             sourcePart.mid(directoryOf(sourcePart).size()) +
                             QStringLiteral(".rels");
        return readPart(path, [&](QXmlStreamReader& xml, QString*) {
            if (xml.isStartElement() && xml.name() == u"Relationship") {
                const QXmlStreamAttributes a = xml.attributes();
                if (attribute(a, u"TargetMode").compare(u"External", Qt::CaseInsensitive) == 0)
                    return true;
                const QString id = attribute(a, u"Id").toString();
                if (!rels->contains(id)) {
                    rels->insert(id, {attribute(a, u"Type").toString(),
                                      resolveTarget(directoryOf(sourcePart),
                                                    attribute(a, u"Target").toString())});
                }
            }
            return true;
        });
    };

    // The package relationships say where the workbook is; xl/workbook.xml is the usual place.
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    if (d->entry(QStringLiteral("_rels/.rels"))) {
        QHash<QString, Relationship> packageRels;
        if (!readRelationships(QString(), &packageRels))
            return false;
        for (const Relationship& rel : std::as_const(packageRels)) {
            if (isType(rel.type, QLatin1String("/officeDocument")) && d->entry(rel.target)) {
                workbookPart = rel.target;
                break;
            }
        }
    }
    if (!d->entry(workbookPart)) {
        if (d->entry(QStringLiteral("mimetype")) && d->entry(QStringLiteral("content.xml")))
            return fail(tr("The file is an OpenDocument spreadsheet (.ods), not an Excel "
                           "workbook (.xlsx). Save it as \"Excel 2007-365 (.xlsx)\" and try "
                           "again."));
        return fail(tr("The file is a ZIP archive but not an Excel workbook (.xlsx): it has no "
                       "workbook part."));
    }

    struct SheetRef {
        QString name;
        QString relationshipId;
    };
    QList<SheetRef> sheetRefs;
    if (!readPart(workbookPart, [&](QXmlStreamReader& xml, QString*) {
            if (!xml.isStartElement())
                return true;
            if (xml.name() == u"workbookPr") {
                const QXmlStreamAttributes a = xml.attributes();
                const QStringView value = attribute(a, u"date1904");
                d->date1904 = value == u"1" || value == u"true";
            } else if (xml.name() == u"sheet") {
                const QXmlStreamAttributes a = xml.attributes();
                // r:id, namespace-agnostic; sheetId is a different local name.
                QString id;
                for (const QXmlStreamAttribute& attr : a) {
                    if (attr.name() == u"id" && !attr.namespaceUri().isEmpty())
                        id = attr.value().toString();
                }
                sheetRefs.append({attribute(a, u"name").toString(), id});
            }
            return true;
        }))
        return false;

    QHash<QString, Relationship> workbookRels;
    if (!readRelationships(workbookPart, &workbookRels))
        return false;
    QString sharedStringsPart;
    QString stylesPart;
    for (const Relationship& rel : std::as_const(workbookRels)) {
        if (isType(rel.type, QLatin1String("/sharedStrings")))
            sharedStringsPart = rel.target;
        else if (isType(rel.type, QLatin1String("/styles")))
            stylesPart = rel.target;
    }

    for (const SheetRef& ref : std::as_const(sheetRefs)) {
        const auto rel = workbookRels.constFind(ref.relationshipId);
        if (rel != workbookRels.constEnd() && !isType(rel->type, QLatin1String("/worksheet")))
            continue; // chart sheets, dialog sheets, macro sheets
        d->sheets.append({ref.name, rel == workbookRels.constEnd() ? QString() : rel->target});
    }
    if (d->sheets.isEmpty())
        return fail(tr("The workbook has no worksheets."));

    if (!sharedStringsPart.isEmpty()) {
        QString current;
        bool inItem = false;
        bool inText = false;
        int phonetic = 0;
        if (!readPart(sharedStringsPart, [&](QXmlStreamReader& xml, QString* problem) {
                switch (xml.tokenType()) {
                case QXmlStreamReader::StartElement:
                    if (xml.name() == u"si") {
                        inItem = true;
                        current.clear();
                    } else if (xml.name() == u"rPh") {
                        ++phonetic; // furigana: a reading aid, not part of the value
                    } else if (xml.name() == u"t") {
                        inText = inItem && phonetic == 0;
                    }
                    break;
                case QXmlStreamReader::EndElement:
                    if (xml.name() == u"si" && inItem) {
                        if (d->sharedStrings.size() >= kMaxCells) {
                            error = tr("The workbook has too many different texts to import "
                                       "(more than %L1).")
                                        .arg(kMaxCells);
                            return false;
                        }
                        d->sharedStrings.append(decodeEscapes(current));
                        inItem = false;
                    } else if (xml.name() == u"rPh") {
                        phonetic = qMax(0, phonetic - 1);
                    } else if (xml.name() == u"t") {
                        inText = false;
                    }
                    break;
                case QXmlStreamReader::Characters:
                    if (inText) {
                        current += xml.text();
                        if (current.size() > kMaxTextLength) {
                            *problem = tr("text number %1 holds more than %L2 characters")
                                           .arg(d->sharedStrings.size())
                                           .arg(kMaxTextLength);
                            return false;
                        }
                    }
                    break;
                default:
                    break;
                }
                return true;
            }))
            return false;
    }

    if (!stylesPart.isEmpty()) {
        QHash<int, NumberKind> customFormats;
        QList<int> xfFormats;
        bool inCellXfs = false;
        if (!readPart(stylesPart, [&](QXmlStreamReader& xml, QString*) {
                if (xml.isStartElement()) {
                    if (xml.name() == u"numFmt") {
                        const QXmlStreamAttributes a = xml.attributes();
                        bool ok = false;
                        const int id = attribute(a, u"numFmtId").toInt(&ok);
                        if (ok)
                            customFormats.insert(id, customKind(attribute(a, u"formatCode")));
                    } else if (xml.name() == u"cellXfs") {
                        inCellXfs = true;
                    } else if (inCellXfs && xml.name() == u"xf") {
                        xfFormats.append(attribute(xml.attributes(), u"numFmtId").toInt());
                    }
                } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
                    inCellXfs = false;
                }
                return true;
            }))
            return false;
        d->styleKinds.reserve(xfFormats.size());
        for (int id : std::as_const(xfFormats))
            d->styleKinds.append(customFormats.value(id, builtInKind(id)));
    }

    m_d = std::move(d);
    return true;
}

bool XlsxReader::readSheet(int index, QList<QStringList>* rows, QList<int>* rowNumbers) {
    m_error.clear();
    if (!m_d)
        return fail(tr("No workbook is open."));
    if (index < 0 || index >= m_d->sheets.size())
        return fail(tr("The workbook has no sheet number %1.").arg(index + 1));
    const Private::Sheet& sheet = m_d->sheets.at(index);
    if (sheet.part.isEmpty())
        return fail(
            tr("The workbook is damaged: the sheet \"%1\" has no data part.").arg(sheet.name));
    const ZipEntry* e = m_d->entry(sheet.part);
    if (!e)
        return fail(tr("The workbook is damaged: the data of the sheet \"%1\" (%2) is missing.")
                        .arg(sheet.name, sheet.part));

    // grid[r - 1] is Excel row r; only non-empty values are stored, so a row's size is one past
    // its last value and `stored` never exceeds the cells that the padded result will hold.
    QList<QStringList> grid;
    qint64 stored = 0;
    int currentRow = 0;
    int nextColumn = 0;
    bool inSheetData = false;
    bool inCell = false;
    bool inInline = false;
    int phonetic = 0;
    enum class Capture { None, Value, Text } capture = Capture::None;
    enum class Type { Number, Shared, Inline, Formula, Boolean, Error, Date } type = Type::Number;
    int cellRow = 0;
    int cellColumn = 0;
    int style = 0;
    QString value;
    QString text;
    QString error;
    const QStringList& shared = m_d->sharedStrings;

    auto finishCell = [&](QString* problem) {
        QString result;
        switch (type) {
        case Type::Shared: {
            if (value.isEmpty())
                break;
            bool ok = false;
            const qsizetype i = value.trimmed().toLongLong(&ok);
            if (!ok || i < 0 || i >= shared.size()) {
                *problem = tr("cell %1 refers to text number %2, which the workbook does not have")
                               .arg(cellName(cellRow, cellColumn), value);
                return false;
            }
            result = shared.at(i);
            break;
        }
        case Type::Inline:
            result = decodeEscapes(text);
            break;
        case Type::Formula:
            result = decodeEscapes(value);
            break;
        case Type::Boolean:
            result = value == u"1"   ? QStringLiteral("TRUE")
                     : value == u"0" ? QStringLiteral("FALSE")
                                     : value;
            break;
        case Type::Error:
            result = value;
            break;
        case Type::Date:
            result = isoDateText(value);
            break;
        case Type::Number:
            if (!value.isEmpty() && style >= 0 && style < m_d->styleKinds.size() &&
                m_d->styleKinds.at(style) != NumberKind::Plain)
                result = serialToText(value, m_d->styleKinds.at(style), m_d->date1904);
            else
                result = value;
            break;
        }
        if (result.isEmpty())
            return true;
        if (cellRow > grid.size()) {
            if (cellRow > grid.capacity())
                grid.reserve(qMax<qsizetype>(cellRow, grid.capacity() * 2));
            grid.resize(cellRow);
        }
        QStringList& row = grid[cellRow - 1];
        if (cellColumn >= row.size()) {
            stored += cellColumn + 1 - row.size();
            if (stored > kMaxCells) {
                error = tr("The sheet \"%1\" is too large to import (more than %L2 cells). Split "
                           "it into smaller sheets.")
                            .arg(sheet.name)
                            .arg(kMaxCells);
                return false;
            }
            while (row.size() < cellColumn)
                row.append(QString());
            row.append(result);
        } else {
            row[cellColumn] = result;
        }
        return true;
    };

    const bool ok = streamPart(
        m_d->file, *e, sheetLabel(sheet.name), kMaxUncompressed - m_d->openBytes, &error,
        [&](QXmlStreamReader& xml, QString* problem) {
            switch (xml.tokenType()) {
            case QXmlStreamReader::StartElement: {
                const QStringView name = xml.name();
                if (!inSheetData) {
                    inSheetData = name == u"sheetData";
                } else if (inCell) {
                    if (name == u"v" && !inInline) {
                        capture = Capture::Value;
                    } else if (name == u"is") {
                        inInline = true;
                    } else if (name == u"rPh") {
                        ++phonetic;
                    } else if (name == u"t" && inInline && phonetic == 0) {
                        capture = Capture::Text;
                    }
                } else if (name == u"row") {
                    const QXmlStreamAttributes a = xml.attributes();
                    const QStringView r = attribute(a, u"r");
                    int number = currentRow + 1;
                    if (!r.isEmpty()) {
                        bool valid = false;
                        number = r.toInt(&valid);
                        if (!valid)
                            number = 0;
                    }
                    if (number < 1 || number > kMaxRows) {
                        *problem = tr("row number \"%1\" is not valid").arg(r.toString());
                        return false;
                    }
                    currentRow = number;
                    nextColumn = 0;
                } else if (name == u"c") {
                    const QXmlStreamAttributes a = xml.attributes();
                    type = Type::Number;
                    style = 0;
                    for (const QXmlStreamAttribute& attr : a) {
                        const QStringView n = attr.name();
                        const QStringView v = attr.value();
                        if (n == u"r") {
                            if (!parseCellReference(v, &cellRow, &cellColumn)) {
                                *problem =
                                    tr("the cell reference \"%1\" is not valid").arg(v.toString());
                                return false;
                            }
                            currentRow = cellRow;
                            nextColumn = cellColumn;
                        } else if (n == u"s") {
                            style = v.toInt();
                        } else if (n == u"t") {
                            if (v == u"s")
                                type = Type::Shared;
                            else if (v == u"inlineStr")
                                type = Type::Inline;
                            else if (v == u"str")
                                type = Type::Formula;
                            else if (v == u"b")
                                type = Type::Boolean;
                            else if (v == u"e")
                                type = Type::Error;
                            else if (v == u"d")
                                type = Type::Date;
                        }
                    }
                    // Cells without a reference follow the previous one.
                    cellRow = qMax(currentRow, 1);
                    cellColumn = nextColumn;
                    if (cellColumn >= kMaxColumns) {
                        *problem =
                            tr("row %1 has more than %2 columns").arg(cellRow).arg(kMaxColumns);
                        return false;
                    }
                    nextColumn = cellColumn + 1;
                    inCell = true;
                    inInline = false;
                    phonetic = 0;
                    capture = Capture::None;
                    value.clear();
                    text.clear();
                }
                break;
            }
            case QXmlStreamReader::EndElement: {
                const QStringView name = xml.name();
                if (inCell) {
                    if (name == u"c") {
                        inCell = false;
                        if (!finishCell(problem))
                            return false;
                    } else if (name == u"v" || name == u"t") {
                        capture = Capture::None;
                    } else if (name == u"is") {
                        inInline = false;
                    } else if (name == u"rPh") {
                        phonetic = qMax(0, phonetic - 1);
                    }
                } else if (name == u"sheetData") {
                    inSheetData = false;
                }
                break;
            }
            case QXmlStreamReader::Characters:
                // Usually one text token per value: take it whole rather than append to a
                // buffer that the previous cell's result still shares.
                if (capture != Capture::None) {
                    QString& target = capture == Capture::Value ? value : text;
                    if (target.isEmpty())
                        target = xml.text().toString();
                    else
                        target += xml.text();
                    if (target.size() > kMaxTextLength) {
                        *problem = tr("cell %1 holds more than %L2 characters")
                                       .arg(cellName(cellRow, cellColumn))
                                       .arg(kMaxTextLength);
                        return false;
                    }
                }
                break;
            default:
                break;
            }
            return true;
        });
    if (!ok)
        return fail(error);

    qsizetype first = 0;
    while (first < grid.size() && grid.at(first).isEmpty())
        ++first;
    qsizetype last = grid.size() - 1;
    while (last >= first && grid.at(last).isEmpty())
        --last;
    qsizetype width = 0;
    for (qsizetype r = first; r <= last; ++r)
        width = qMax(width, grid.at(r).size());
    const qint64 rowCount = last - first + 1;
    if (rowCount * width > kMaxCells)
        return fail(tr("The sheet \"%1\" is too large to import (more than %L2 cells). Split it "
                       "into smaller sheets.")
                        .arg(sheet.name)
                        .arg(kMaxCells));

    QList<QStringList> result;
    QList<int> numbers;
    result.reserve(rowCount);
    numbers.reserve(rowCount);
    for (qsizetype r = first; r <= last; ++r) {
        QStringList row = std::move(grid[r]);
        row.resize(width);
        result.append(std::move(row));
        numbers.append(int(r + 1));
    }
    if (rows)
        *rows = std::move(result);
    if (rowNumbers)
        *rowNumbers = std::move(numbers);
    return true;
}

} // namespace assetreg
