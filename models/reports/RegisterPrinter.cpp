#include "RegisterPrinter.h"

#include "JapaneseDate.h"
#include "PrintFrame.h"
#include "domain/AssetFields.h"
#include "domain/Clock.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QIODevice>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSet>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>

namespace assetreg {
namespace {

using print::japaneseFont;
using print::joinNonEmpty;
using print::layoutReady;
using print::layoutText;
using print::widestWord;

// ---------------------------------------------------------------------------------------------
// The printout as data: what goes on the pages, before anything is measured or painted.

struct Column {
    QString label;
    Qt::Alignment alignment = Qt::AlignLeft;
    bool shaded = false; // the label columns of the detail sheet
};

enum class RowKind { Data, Heading, Note };

struct Row {
    RowKind kind = RowKind::Data;
    QStringList cells; // Data: one per column; Heading and Note: the text in cells[0]
    QString continued; // Heading: its text at the top of the pages the group runs on to
};

struct Document {
    print::FrameText frame;
    bool headerRow = true;
    int labelValuePairs = 0; // a detail sheet: label and value columns side by side
    double bodyPointSize = 9.0;
    double rowPaddingMm = 0.6;
    QList<Column> columns;
    QList<Row> rows;
};

QString dateLine(const PrintOptions& options) {
    const QDate date = options.date.isValid() ? options.date : Clock::today();
    return QStringLiteral("作成日　") + toWareki(date);
}

QStringList approvalTitlesOf(const PrintOptions& options) {
    return options.approvalTitles.isEmpty() ? PrintOptions::defaultApprovalTitles()
                                            : options.approvalTitles;
}

Qt::Alignment alignmentOf(const QString& key) {
    static const QStringList centred{
        QStringLiteral("confidentiality"), QStringLiteral("integrity"),
        QStringLiteral("availability"),    QStringLiteral("medium"),
        QStringLiteral("outsourced"),      QStringLiteral("cloud_service"),
        QStringLiteral("status"),          QStringLiteral("scheme")};
    return centred.contains(key) ? Qt::AlignHCenter : Qt::AlignLeft;
}

QString departmentHeadingName(const Asset& asset, const ReferenceData& ref) {
    // Headings are part of the official frame, so they use the department's Japanese name.
    if (const Department* department = ref.department(asset.departmentId))
        return department->nameJa;
    if (!asset.departmentName.isEmpty())
        return asset.departmentName;
    return QStringLiteral("所管課未設定");
}

Document registerDocument(const QList<Asset>& assets, const ReferenceData& ref,
                          const PrintOptions& options) {
    Document doc;
    doc.frame.title = QStringLiteral("情報資産管理台帳");
    doc.frame.subtitle = joinNonEmpty({options.organisationName, options.scopeTitle});
    doc.frame.note = QStringLiteral("件数　%1件").arg(assets.size());
    doc.frame.stamp = RegisterPrinter::highestClassification(assets, ref);
    doc.frame.approvalTitles = approvalTitlesOf(options);
    doc.frame.dateLine = dateLine(options);
    doc.frame.evidence = options.evidence;

    // Unknown keys are skipped rather than refused: saved print settings may name a field that a
    // later version dropped, and the register must still print.
    QList<const AssetField*> fields;
    QStringList keys;
    for (const QStringList& candidates :
         {options.columns.isEmpty() ? PrintOptions::defaultColumns() : options.columns,
          PrintOptions::defaultColumns()}) {
        for (const QString& key : candidates) {
            if (const AssetField* field = assetField(key)) {
                fields.append(field);
                keys.append(key);
            }
        }
        if (!fields.isEmpty())
            break;
    }
    for (qsizetype i = 0; i < fields.size(); ++i)
        doc.columns.append({fields[i]->translatedLabel(), alignmentOf(keys[i]), false});

    auto dataRow = [&](const Asset& asset) {
        Row row;
        row.cells.reserve(fields.size());
        for (const AssetField* field : fields)
            row.cells.append(field->displayText(asset, ref));
        return row;
    };

    if (assets.isEmpty()) {
        doc.rows.append({RowKind::Note, {QStringLiteral("該当する情報資産はありません。")}, {}});
        return doc;
    }
    if (!options.groupByDepartment) {
        doc.rows.reserve(assets.size());
        for (const Asset& asset : assets)
            doc.rows.append(dataRow(asset));
        return doc;
    }
    QList<qint64> order;
    QHash<qint64, QList<qsizetype>> members;
    for (qsizetype i = 0; i < assets.size(); ++i) {
        auto it = members.find(assets[i].departmentId);
        if (it == members.end()) {
            order.append(assets[i].departmentId);
            it = members.insert(assets[i].departmentId, {});
        }
        it->append(i);
    }
    doc.rows.reserve(assets.size() + order.size());
    for (qint64 departmentId : order) {
        const QList<qsizetype>& indexes = members[departmentId];
        const QString name = departmentHeadingName(assets[indexes.first()], ref);
        doc.rows.append({RowKind::Heading,
                         {QStringLiteral("%1（%2件）").arg(name).arg(indexes.size())},
                         QStringLiteral("%1（続き）").arg(name)});
        for (qsizetype i : indexes)
            doc.rows.append(dataRow(assets[i]));
    }
    return doc;
}

// pairs: how many label/value column pairs stand side by side.
Document detailDocument(const Asset& asset, const ReferenceData& ref, const PrintOptions& options,
                        int pairs, double pointSize) {
    Document doc;
    doc.frame.title = QStringLiteral("情報資産管理台帳（個票）");
    doc.frame.subtitle = joinNonEmpty(
        {options.organisationName,
         options.scopeTitle.isEmpty() ? departmentHeadingName(asset, ref) : options.scopeTitle});
    doc.frame.note = QStringLiteral("管理番号　") + asset.assetNumber;
    doc.frame.stamp = RegisterPrinter::highestClassification({asset}, ref);
    doc.frame.approvalTitles = approvalTitlesOf(options);
    doc.frame.dateLine = dateLine(options);
    doc.frame.evidence = options.evidence;
    doc.headerRow = false;
    doc.labelValuePairs = pairs;
    doc.bodyPointSize = pointSize;
    doc.rowPaddingMm = 1.0; // a form to read and sign, not a list to scan

    const QList<AssetField>& fields = assetFields();
    for (int p = 0; p < pairs; ++p) {
        doc.columns.append({QString(), Qt::AlignLeft, true});
        doc.columns.append({QString(), Qt::AlignLeft, false});
    }
    const qsizetype perPair = (fields.size() + pairs - 1) / pairs;
    for (qsizetype r = 0; r < perPair; ++r) {
        Row row;
        for (int p = 0; p < pairs; ++p) {
            const qsizetype i = p * perPair + r;
            row.cells.append(i < fields.size() ? fields[i].translatedLabel() : QString());
            row.cells.append(i < fields.size() ? fields[i].displayText(asset, ref) : QString());
        }
        doc.rows.append(row);
    }
    return doc;
}

// ---------------------------------------------------------------------------------------------
// Layout and painting.

class Renderer {
public:
    Renderer(const Document& doc, QPaintDevice* device);

    int pageCount() const { return static_cast<int>(m_pages.size()); }
    void paintPage(QPainter& painter, int page) const;

private:
    struct Piece {
        qsizetype row = 0;
        int firstLine = 0;
        int lineCount = -1; // -1: the whole row; otherwise a slice of a row taller than a page
        bool continuation = false;
        double height = 0;
    };

    double mm(double value) const { return value * m_dpi / 25.4; }
    double lineSlot(const QFont& font) const {
        return QFontMetricsF(font, m_device).height() * 1.25;
    }
    double bandHeight(int page) const { return m_frame.bandHeight(page); }
    double tableTop(int page) const { return bandHeight(page) + mm(3); }
    double bodyTop(int page) const { return tableTop(page) + m_headerRowHeight; }
    double bodyBottom() const { return m_size.height() - m_frame.footerHeight() - mm(2); }

    void layoutColumns();
    void measureRows();
    void paginate();
    int cellLines(int column, const QString& text, const QFont& font, double slot,
                  QHash<QString, int>* memo) const;

    double paintTable(QPainter& painter, int page) const;
    void paintText(QPainter& painter, const QString& text, const QFont& font, double slot,
                   const QRectF& cell, Qt::Alignment alignment, int firstLine, int lineCount,
                   bool centreVertically, bool balanced = false) const;

    const Document& m_doc;
    QPaintDevice* m_device;
    double m_dpi;
    QSizeF m_size;
    double m_padH, m_padV;

    print::PageFrame m_frame;
    QFont m_headerFont, m_bodyFont, m_headingFont;
    double m_bodySlot, m_headerSlot, m_headingSlot;

    double m_headerRowHeight = 0;
    QList<double> m_x, m_width; // per column
    QList<int> m_rowLines;
    QList<double> m_rowHeight;
    QList<QList<Piece>> m_pages;
};

Renderer::Renderer(const Document& doc, QPaintDevice* device)
    : m_doc(doc)
    , m_device(device)
    , m_dpi(device->logicalDpiY())
    , m_size(device->width(), device->height())
    , m_padH(mm(1.0))
    , m_padV(mm(doc.rowPaddingMm))
    , m_frame(doc.frame, device)
    , m_headerFont(japaneseFont(8.5, true))
    , m_bodyFont(japaneseFont(doc.bodyPointSize))
    , m_headingFont(japaneseFont(doc.bodyPointSize + 0.5, true))
    , m_bodySlot(lineSlot(m_bodyFont))
    , m_headerSlot(lineSlot(m_headerFont))
    , m_headingSlot(lineSlot(m_headingFont)) {
    layoutColumns();
    measureRows();
    paginate();
}

// Column widths from the content. A row is as tall as its tallest cell, so the long-text columns
// are balanced to need about the same number of lines for their typical (90th percentile) value.
// Columns of short values (up to seven kanji: people, statuses, levels, 要配慮個人情報) are not
// wrapped, and no column is narrower than its widest unbreakable word ("Confidentiality",
// "SOM-2026-0001") while the page allows.
void Renderer::layoutColumns() {
    const qsizetype count = m_doc.columns.size();
    const double available = m_size.width();
    const double padding = 2 * m_padH + mm(0.4);
    const QFontMetricsF headerMetrics(m_headerFont, m_device);
    const QFontMetricsF bodyMetrics(m_bodyFont, m_device);

    if (m_doc.labelValuePairs > 0) {
        // A detail sheet: every label column as wide as the widest label, values share the rest.
        const double pair = available / m_doc.labelValuePairs;
        double label = 0;
        for (const Row& row : m_doc.rows) {
            for (qsizetype c = 0; c < row.cells.size(); c += 2)
                label = std::max(label, bodyMetrics.horizontalAdvance(row.cells[c]));
        }
        label = std::min(label + padding, pair * 0.4);
        m_width.clear();
        m_x.clear();
        for (int p = 0; p < m_doc.labelValuePairs; ++p) {
            m_x << p * pair << p * pair + label;
            m_width << label << pair - label;
        }
        return;
    }

    QList<double> minimum(count), widest(count), typical(count);
    for (qsizetype c = 0; c < count; ++c) {
        const QString& label = m_doc.columns[c].label;
        // A heading may take two lines, but a short Japanese one such as 機密性 stays whole.
        double least = std::max(widestWord(label, headerMetrics, 4),
                                headerMetrics.horizontalAdvance(label) / 3);
        // Distinct values are measured once; a huge register is sampled.
        QSet<QString> seen;
        QList<double> widths;
        for (const Row& row : m_doc.rows) {
            if (row.kind != RowKind::Data || c >= row.cells.size() || seen.size() > 5000)
                continue;
            const QString& text = row.cells[c];
            if (text.isEmpty() || seen.contains(text))
                continue;
            seen.insert(text);
            least = std::max(least, widestWord(text, bodyMetrics, 1));
            double lineWidth = 0;
            for (const QString& line : text.split(QLatin1Char('\n')))
                lineWidth = std::max(lineWidth, bodyMetrics.horizontalAdvance(line));
            widths.append(lineWidth);
        }
        std::sort(widths.begin(), widths.end());
        minimum[c] = std::min(least, available * 0.3) + padding;
        widest[c] = (widths.isEmpty() ? 0 : widths.last()) + padding;
        typical[c] = (widths.isEmpty() ? 0 : widths[(widths.size() - 1) * 9 / 10]) + padding;
    }

    const double shortLimit = bodyMetrics.horizontalAdvance(QString(7, QChar(0x6F22))) + padding;
    QList<bool> isShort(count);
    for (qsizetype c = 0; c < count; ++c)
        isShort[c] = typical[c] <= shortLimit;
    // The width of every column when the long ones take `lines` lines for a typical value; the
    // rare long value of a short column (教育委員会事務局) takes two lines.
    auto widthsFor = [&](double lines) {
        QList<double> result(count);
        for (qsizetype c = 0; c < count; ++c) {
            if (!isShort[c])
                result[c] = std::max(minimum[c], typical[c] / lines);
            else
                result[c] = std::max(minimum[c], widest[c] <= shortLimit ? widest[c] : typical[c]);
        }
        return result;
    };
    auto sum = [](const QList<double>& values) {
        double total = 0;
        for (double v : values)
            total += v;
        return total;
    };
    QList<double> width = widthsFor(1);
    if (sum(width) > available) {
        double low = 1, high = 64;
        for (int i = 0; i < 40; ++i) {
            const double mid = (low + high) / 2;
            (sum(widthsFor(mid)) > available ? low : high) = mid;
        }
        width = widthsFor(high);
    }
    // The table always spans the page: spare width goes to every column, a shortfall (more
    // unbreakable words than paper) is taken from every column.
    const double total = sum(width);
    if (total > 0) {
        for (double& w : width)
            w *= available / total;
    }
    m_width = width;
    m_x.resize(count);
    double x = 0;
    for (qsizetype c = 0; c < count; ++c) {
        m_x[c] = x;
        x += width[c];
    }
}

int Renderer::cellLines(int column, const QString& text, const QFont& font, double slot,
                        QHash<QString, int>* memo) const {
    if (text.isEmpty())
        return 1;
    if (memo) {
        const auto it = memo->constFind(text);
        if (it != memo->constEnd())
            return *it;
    }
    QTextLayout layout(layoutReady(text), font, m_device);
    const int lines =
        layoutText(layout, m_width[column] - 2 * m_padH, m_doc.columns[column].alignment, slot);
    if (memo)
        memo->insert(text, lines);
    return lines;
}

void Renderer::measureRows() {
    if (m_doc.headerRow) {
        int lines = 1;
        for (int c = 0; c < m_doc.columns.size(); ++c)
            lines = std::max(
                lines, cellLines(c, m_doc.columns[c].label, m_headerFont, m_headerSlot, nullptr));
        m_headerRowHeight = lines * m_headerSlot + 2 * m_padV;
    }
    // Registers repeat the same departments, owners, levels and statuses on many rows: measuring
    // each distinct value once per column is what makes 1,000 rows fast.
    QList<QHash<QString, int>> memo(m_doc.columns.size());
    m_rowLines.reserve(m_doc.rows.size());
    m_rowHeight.reserve(m_doc.rows.size());
    for (const Row& row : m_doc.rows) {
        int lines = 1;
        double slot = m_bodySlot;
        if (row.kind == RowKind::Data) {
            for (int c = 0; c < row.cells.size() && c < m_doc.columns.size(); ++c)
                lines =
                    std::max(lines, cellLines(c, row.cells[c], m_bodyFont, m_bodySlot, &memo[c]));
        } else {
            slot = row.kind == RowKind::Heading ? m_headingSlot : m_bodySlot;
            QTextLayout layout(layoutReady(row.cells.value(0)),
                               row.kind == RowKind::Heading ? m_headingFont : m_bodyFont, m_device);
            lines = layoutText(layout, m_size.width() - 2 * m_padH, Qt::AlignLeft, slot);
        }
        m_rowLines.append(lines);
        m_rowHeight.append(lines * slot + 2 * m_padV);
    }
}

void Renderer::paginate() {
    m_pages = {{}};
    double y = 0;
    bool hasRows = false;      // a row on the current page: only then may the next move on
    bool afterHeading = false; // the last piece is a heading, which must not be left alone
    qsizetype group = -1;
    auto newPage = [&] {
        m_pages.append(QList<Piece>());
        y = 0;
        hasRows = false;
        if (group >= 0) {
            m_pages.last().append({group, 0, -1, true, m_rowHeight[group]});
            y = m_rowHeight[group];
        }
    };
    auto available = [&] {
        return bodyBottom() - bodyTop(pageCount() - 1);
    };
    const double laterPage = bodyBottom() - bodyTop(1);

    for (qsizetype i = 0; i < m_doc.rows.size(); ++i) {
        const Row& row = m_doc.rows[i];
        const double height = m_rowHeight[i];
        if (row.kind == RowKind::Heading) {
            // A heading goes with its first row, or with the first line of a row taller than a
            // page (which is cut anyway).
            double next = i + 1 < m_doc.rows.size() ? m_rowHeight[i + 1] : 0;
            if (height + next > laterPage)
                next = m_bodySlot + 2 * m_padV;
            group = -1;
            if (hasRows && y + height + next > available())
                newPage();
            group = i;
            m_pages.last().append({i, 0, -1, false, height});
            y += height;
            hasRows = true;
            afterHeading = true;
            continue;
        }
        if (hasRows && !afterHeading && y + height > available())
            newPage();
        afterHeading = false;
        if (y + height <= available() || row.kind != RowKind::Data) {
            m_pages.last().append({i, 0, -1, false, height});
            y += height;
            hasRows = true;
            continue;
        }
        // Taller than what is left of the page: cut between lines. Every cell has the same font
        // and line slot, so a cut between lines of one cell is between lines of all.
        int first = 0;
        const int total = m_rowLines[i];
        while (first < total) {
            int fit = static_cast<int>(std::floor((available() - y - 2 * m_padV) / m_bodySlot));
            if (fit < 1 && hasRows) {
                newPage();
                continue;
            }
            fit = std::clamp(fit, 1, total - first);
            const double sliceHeight = fit * m_bodySlot + 2 * m_padV;
            m_pages.last().append({i, first, fit, false, sliceHeight});
            y += sliceHeight;
            hasRows = true;
            first += fit;
            if (first < total)
                newPage();
        }
    }
}

void Renderer::paintText(QPainter& painter, const QString& text, const QFont& font, double slot,
                         const QRectF& cell, Qt::Alignment alignment, int firstLine, int lineCount,
                         bool centreVertically, bool balanced) const {
    if (text.isEmpty())
        return;
    QTextLayout layout(layoutReady(text), font, m_device);
    QRectF inner = cell.adjusted(m_padH, m_padV, -m_padH, -m_padV);
    const int lines = layoutText(layout, inner.width(), alignment, slot);
    if (balanced && lines > 1) {
        // The narrowest width that needs no more lines: ネットワーク/区分, not ネットワーク区/分.
        double low = inner.width() / lines, high = inner.width();
        for (int i = 0; i < 12; ++i) {
            const double mid = (low + high) / 2;
            (layoutText(layout, mid, alignment, slot) > lines ? low : high) = mid;
        }
        layoutText(layout, high, alignment, slot);
        inner.adjust((inner.width() - high) / 2, 0, -(inner.width() - high) / 2, 0);
    }
    double top = inner.top() - firstLine * slot;
    if (centreVertically)
        top += (inner.height() - lines * slot) / 2;
    if (lineCount < 0) {
        layout.draw(&painter, QPointF(inner.left(), top));
        return;
    }
    painter.save();
    painter.setClipRect(inner.adjusted(-m_padH, 0, m_padH, 0));
    layout.draw(&painter, QPointF(inner.left(), top));
    painter.restore();
}

double Renderer::paintTable(QPainter& painter, int page) const {
    const double width = m_size.width();
    const double top = tableTop(page);
    const QColor headerFill(226, 226, 226), headingFill(242, 242, 242), labelFill(236, 236, 236);
    QList<QLineF> thin;
    QList<QLineF> medium;

    double y = top;
    painter.setPen(Qt::black);
    if (m_doc.headerRow) {
        const QRectF header(0, y, width, m_headerRowHeight);
        painter.fillRect(header, headerFill);
        for (int c = 0; c < m_doc.columns.size(); ++c) {
            const QRectF cell(m_x[c], y, m_width[c], m_headerRowHeight);
            paintText(painter, m_doc.columns[c].label, m_headerFont, m_headerSlot, cell,
                      Qt::AlignHCenter, 0, -1, true, true);
            if (c > 0)
                thin.append(QLineF(m_x[c], y, m_x[c], y + m_headerRowHeight));
        }
        y += m_headerRowHeight;
        medium.append(QLineF(0, y, width, y));
    }

    for (const Piece& piece : m_pages[page]) {
        const Row& row = m_doc.rows[piece.row];
        const QRectF rect(0, y, width, piece.height);
        if (row.kind == RowKind::Data) {
            for (int c = 0; c < m_doc.columns.size(); ++c) {
                const QRectF cell(m_x[c], y, m_width[c], piece.height);
                if (m_doc.columns[c].shaded)
                    painter.fillRect(cell, labelFill);
                // The rest of a row cut over pages repeats its first cell (the asset number) in
                // grey, so that the page says whose text it continues.
                const bool repeat = c == 0 && piece.firstLine > 0;
                if (repeat)
                    painter.setPen(QColor(110, 110, 110));
                paintText(painter, row.cells.value(c), m_bodyFont, m_bodySlot, cell,
                          m_doc.columns[c].alignment, repeat ? 0 : piece.firstLine, piece.lineCount,
                          piece.lineCount < 0);
                if (repeat)
                    painter.setPen(Qt::black);
                if (c > 0)
                    thin.append(QLineF(m_x[c], y, m_x[c], y + piece.height));
            }
        } else if (row.kind == RowKind::Heading) {
            painter.fillRect(rect, headingFill);
            paintText(painter, piece.continuation ? row.continued : row.cells.value(0),
                      m_headingFont, m_headingSlot, rect, Qt::AlignLeft, 0, -1, true);
        } else {
            paintText(painter, row.cells.value(0), m_bodyFont, m_bodySlot, rect, Qt::AlignHCenter,
                      0, -1, true);
        }
        y += piece.height;
        thin.append(QLineF(0, y, width, y));
    }

    painter.setPen(QPen(Qt::black, mm(0.1)));
    painter.drawLines(thin);
    painter.setPen(QPen(Qt::black, mm(0.2)));
    painter.drawLines(medium);
    painter.setPen(QPen(Qt::black, mm(0.3)));
    painter.drawRect(QRectF(0, top, width, y - top));
    painter.setPen(Qt::black);
    return y;
}

void Renderer::paintPage(QPainter& painter, int page) const {
    m_frame.paintBand(painter, page);
    paintTable(painter, page);
    m_frame.paintFooter(painter, page, pageCount());
}

// ---------------------------------------------------------------------------------------------
// Devices.

void applyPageLayout(QPagedPaintDevice* device, const PrintOptions& options) {
    print::applyPageLayout(device, options.paper, options.orientation);
}

bool paintAll(const Renderer& renderer, QPagedPaintDevice* device, QString* error) {
    return print::paintPages(
        device, renderer.pageCount(),
        [&](QPainter& painter, int page) { renderer.paintPage(painter, page); }, error);
}

} // namespace

QStringList PrintOptions::defaultColumns() {
    return {QStringLiteral("asset_number"),    QStringLiteral("name"),
            QStringLiteral("sub_type"),        QStringLiteral("department"),
            QStringLiteral("owner"),           QStringLiteral("segment"),
            QStringLiteral("confidentiality"), QStringLiteral("integrity"),
            QStringLiteral("availability"),    QStringLiteral("personal_info"),
            QStringLiteral("restrictions"),    QStringLiteral("location"),
            QStringLiteral("status")};
}

QStringList PrintOptions::defaultApprovalTitles() {
    return {QStringLiteral("課長"), QStringLiteral("課長補佐"), QStringLiteral("係長"),
            QStringLiteral("担当")};
}

QString RegisterPrinter::highestClassification(const QList<Asset>& assets,
                                               const ReferenceData& ref) {
    struct Highest {
        int rank = std::numeric_limits<int>::min();
        QString label;
    };
    const Axis axes[] = {Axis::Confidentiality, Axis::Integrity, Axis::Availability};
    const QString axisWords[] = {QStringLiteral("機密性"), QStringLiteral("完全性"),
                                 QStringLiteral("可用性")};
    Highest highest[3];
    for (const Asset& asset : assets) {
        const ClassificationScheme* scheme =
            asset.schemeCode.isEmpty() ? ref.defaultScheme() : ref.scheme(asset.schemeCode);
        if (!scheme)
            continue;
        const QString codes[] = {asset.confidentiality, asset.integrity, asset.availability};
        for (int a = 0; a < 3; ++a) {
            const auto level = scheme->findLevel(axes[a], codes[a]);
            if (!level || level->rank <= highest[a].rank)
                continue;
            highest[a].rank = level->rank;
            highest[a].label =
                level->labelJa.isEmpty() ? axisWords[a] + level->code : level->labelJa;
        }
    }
    QStringList parts;
    for (const Highest& h : highest) {
        if (!h.label.isEmpty())
            parts.append(h.label);
    }
    return parts.join(QStringLiteral("・"));
}

bool RegisterPrinter::print(const QList<Asset>& assets, const ReferenceData& ref,
                            const PrintOptions& options, QPagedPaintDevice* device,
                            QString* error) {
    if (!device) {
        if (error)
            *error = tr("No printer was given.");
        return false;
    }
    applyPageLayout(device, options);
    const Document doc = registerDocument(assets, ref, options);
    const Renderer renderer(doc, device);
    return paintAll(renderer, device, error);
}

bool RegisterPrinter::writePdf(const QList<Asset>& assets, const ReferenceData& ref,
                               const PrintOptions& options, QIODevice* out, QString* error) {
    return print::writePdf(out, QStringLiteral("情報資産管理台帳"), error,
                           [&](QPagedPaintDevice* device) {
                               applyPageLayout(device, options);
                               const Document doc = registerDocument(assets, ref, options);
                               const Renderer renderer(doc, device);
                               return paintAll(renderer, device, error);
                           });
}

namespace {

// The first arrangement that fits one page: one label/value pair on portrait paper, two side by
// side on landscape or when one is too tall, then smaller type.
bool paintDetail(const Asset& asset, const ReferenceData& ref, const PrintOptions& options,
                 QPagedPaintDevice* device, QString* error) {
    applyPageLayout(device, options);
    const bool landscape = device->pageLayout().orientation() == QPageLayout::Landscape;
    struct Attempt {
        int pairs;
        double pointSize;
    };
    QList<Attempt> attempts;
    if (!landscape)
        attempts.append({1, 9.0});
    attempts.append({{2, 9.0}, {2, 8.0}, {2, 7.0}});
    std::optional<Document> chosen;
    for (const Attempt& attempt : attempts) {
        chosen = detailDocument(asset, ref, options, attempt.pairs, attempt.pointSize);
        if (Renderer(*chosen, device).pageCount() == 1)
            break;
    }
    const Renderer renderer(*chosen, device);
    return paintAll(renderer, device, error);
}

} // namespace

bool RegisterPrinter::printDetailSheet(const Asset& asset, const ReferenceData& ref,
                                       const PrintOptions& options, QPagedPaintDevice* device,
                                       QString* error) {
    if (!device) {
        if (error)
            *error = tr("No printer was given.");
        return false;
    }
    return paintDetail(asset, ref, options, device, error);
}

bool RegisterPrinter::writeDetailSheetPdf(const Asset& asset, const ReferenceData& ref,
                                          const PrintOptions& options, QIODevice* out,
                                          QString* error) {
    return print::writePdf(
        out, QStringLiteral("情報資産管理台帳（個票）"), error,
        [&](QPagedPaintDevice* device) { return paintDetail(asset, ref, options, device, error); });
}

} // namespace assetreg
