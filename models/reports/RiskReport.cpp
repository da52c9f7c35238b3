#include "RiskReport.h"

#include "JapaneseDate.h"
#include "PrintFrame.h"
#include "RegisterPrinter.h"
#include "io/XlsxWorkbook.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/MasterDataRepository.h"
#include "storage/RiskRepository.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSet>
#include <QTextLayout>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <functional>

namespace assetreg {
namespace {

using print::japaneseFont;

// ---------------------------------------------------------------------------------------------
// Words and values shared by the printed report and the workbook.

QString countText(qint64 n) {
    return RiskReport::tr("%L1", "a count of assets, risks or treatments (Japanese adds 件)")
        .arg(n);
}

QString bandLabel(const RiskBand* band) {
    return band ? localisedName(band->labelJa, band->labelEn) : QString();
}

QString bandRange(const RiskBand& band) {
    return band.minValue == band.maxValue
               ? RiskReport::tr("Risk value %1").arg(band.minValue)
               : RiskReport::tr("Risk value %1–%2").arg(band.minValue).arg(band.maxValue);
}

QColor bandColor(const RiskBand* band) {
    const QColor color(band ? band->color : QString());
    return color.isValid() ? color : QColor(158, 158, 158);
}

// The colour mixed with white: cells stay readable in black print and on a monochrome copier.
QColor tint(const QColor& color, double white) {
    return QColor::fromRgbF(float(color.redF() + (1 - color.redF()) * white),
                            float(color.greenF() + (1 - color.greenF()) * white),
                            float(color.blueF() + (1 - color.blueF()) * white));
}

// How light a colour looks (ITU-R BT.601): amber is light, red and green are dark.
double luminance(const QColor& color) {
    return 0.299 * color.redF() + 0.587 * color.greenF() + 0.114 * color.blueF();
}

// Bands from the highest down: what the committee reads first.
QList<qsizetype> bandsHighFirst(const QList<RiskBand>& bands) {
    QList<qsizetype> order;
    for (qsizetype i = 0; i < bands.size(); ++i)
        order.append(i);
    std::sort(order.begin(), order.end(),
              [&](qsizetype a, qsizetype b) { return bands[a].minValue > bands[b].minValue; });
    return order;
}

enum class Col {
    Rank,
    AssetNumber,
    AssetName,
    Department,
    Threat,
    Likelihood,
    Vulnerability,
    Importance,
    Possibility,
    Value,
    Band,
    Controls,
    Treatment,
    Plan,
    Owner,
    Due,
    Done,
    Status,
    DueAndStatus // the due date over its status: one column on paper
};

QString label(Col col) {
    switch (col) {
    case Col::Rank:
        return RiskReport::tr("No.");
    case Col::AssetNumber:
        return RiskReport::tr("Asset number");
    case Col::AssetName:
        return RiskReport::tr("Asset name");
    case Col::Department:
        return RiskReport::tr("Department");
    case Col::Threat:
        return RiskReport::tr("Threat");
    case Col::Likelihood:
        return RiskReport::tr("Likelihood");
    case Col::Vulnerability:
        return RiskReport::tr("Vulnerability");
    case Col::Importance:
        return RiskReport::tr("Importance");
    case Col::Possibility:
        return RiskReport::tr("Possibility");
    case Col::Value:
        return RiskReport::tr("Risk value");
    case Col::Band:
        return RiskReport::tr("Band");
    case Col::Controls:
        return RiskReport::tr("Existing controls");
    case Col::Treatment:
        return RiskReport::tr("Treatment");
    case Col::Plan:
        return RiskReport::tr("Treatment plan");
    case Col::Owner:
        return RiskReport::tr("Treatment owner");
    case Col::Due:
    case Col::DueAndStatus:
        return RiskReport::tr("Due");
    case Col::Done:
        return RiskReport::tr("Done");
    case Col::Status:
        return RiskReport::tr("Status");
    }
    return {};
}

// The number of a numeric column, or -1: the workbook writes these as numbers.
int number(const RiskAssessment& r, Col col) {
    switch (col) {
    case Col::Likelihood:
        return r.likelihood;
    case Col::Vulnerability:
        return r.vulnerability;
    case Col::Importance:
        return r.importance;
    case Col::Possibility:
        return r.possibility();
    case Col::Value:
        return r.value();
    default:
        return -1;
    }
}

QString statusText(const RiskAssessment& r, const QDate& today) {
    if (!r.treatmentDue.isValid() || r.treatmentDone.isValid())
        return {};
    const auto days = int(today.daysTo(r.treatmentDue));
    if (r.overdue(today))
        return RiskReport::tr("Overdue") + QLatin1Char(' ') +
               RiskReport::tr("%n day(s)", nullptr, -days);
    return RiskReport::tr("%n day(s) left", nullptr, days);
}

// Text as printed; dates in 和暦.
QString text(const RiskAssessment& r, Col col, const RiskReportData& data) {
    const int n = number(r, col);
    if (n >= 0)
        return n > 0 ? QString::number(n) : QString();
    switch (col) {
    case Col::AssetNumber:
        return r.assetNumber;
    case Col::AssetName:
        return r.assetName;
    case Col::Department:
        return r.departmentName;
    case Col::Threat:
        return r.threatName;
    case Col::Band:
        return bandLabel(data.stats.band(r.value()));
    case Col::Controls:
        return r.existingControls;
    case Col::Treatment:
        return displayName(r.treatment);
    case Col::Plan:
        return r.treatmentPlan;
    case Col::Owner:
        return r.ownerName;
    case Col::Due:
        return toWareki(r.treatmentDue);
    case Col::Done:
        return toWareki(r.treatmentDone);
    case Col::Status:
        return statusText(r, data.date);
    case Col::DueAndStatus:
        return toWareki(r.treatmentDue) + QLatin1Char('\n') + statusText(r, data.date);
    default:
        return {};
    }
}

const QList<Col> kTopColumns{Col::Rank,   Col::AssetNumber, Col::AssetName,   Col::Department,
                             Col::Threat, Col::Importance,  Col::Possibility, Col::Value,
                             Col::Band,   Col::Treatment};
const QList<Col> kPrintedDueColumns{Col::DueAndStatus, Col::AssetNumber, Col::AssetName,
                                    Col::Department,   Col::Threat,      Col::Value,
                                    Col::Treatment,    Col::Plan,        Col::Owner};
const QList<Col> kDueColumns{Col::Due,        Col::Status, Col::AssetNumber, Col::AssetName,
                             Col::Department, Col::Threat, Col::Value,       Col::Treatment,
                             Col::Plan,       Col::Owner};
const QList<Col> kRegisterColumns{
    Col::AssetNumber, Col::AssetName,     Col::Department, Col::Threat,
    Col::Likelihood,  Col::Vulnerability, Col::Importance, Col::Possibility,
    Col::Value,       Col::Band,          Col::Controls,   Col::Treatment,
    Col::Plan,        Col::Owner,         Col::Due,        Col::Done};

// The summary figures in the order of the report, bands from the highest down.
struct Figure {
    QString label;
    qint64 value = 0;
    const RiskBand* band = nullptr; // a band's row, with its colour
    bool alarm = false;             // printed in red when not zero
    bool share = false;             // printed with its share of the assets in use
};

QList<Figure> figures(const RiskReportData& data) {
    const RiskStatistics& s = data.stats;
    QList<Figure> list{{RiskReport::tr("Assets in use"), s.assetsInUse},
                       {RiskReport::tr("Assessed assets"), s.assessedAssets, nullptr, false, true},
                       {RiskReport::tr("Risks identified"), s.risks}};
    for (qsizetype b : bandsHighFirst(s.bands))
        list.append({bandLabel(&s.bands[b]), s.risksPerBand.value(b), &s.bands[b]});
    list.append({RiskReport::tr("Open treatments"), s.openTreatments});
    list.append({RiskReport::tr("Overdue treatments"), s.overdueTreatments, nullptr, true});
    return list;
}

QString monthLabel(const QDate& month) {
    // R8.3.1 → R8.3: the narrow era letter keeps twelve months on one line.
    const QString day = toWarekiShort(month);
    return day.left(day.lastIndexOf(QLatin1Char('.')));
}

// An axis from 0 in steps of 1, 2 or 5 × 10^n, about five of them.
struct Scale {
    double step = 1;
    double max = 5;
};

Scale scaleFor(double highest) {
    if (highest <= 0)
        return {};
    const double raw = highest / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    step = std::max(step, 1.0);
    return {step, std::ceil(highest / step) * step};
}

// ---------------------------------------------------------------------------------------------
// The printed report: blocks laid one under the other, split over pages between rows.

struct Cell {
    Cell(const QString& content = {}, const QColor& background = {})
        : text(content)
        , fill(background) {}

    QString text;
    QColor fill; // invalid: none
    QColor ink = Qt::black;
    bool bold = false;
};

struct TableColumn {
    QString label;
    Qt::Alignment alignment = Qt::AlignLeft;
    bool wrap = true;  // false: as wide as its widest value (numbers, codes, dates)
    double weight = 1; // a wrapped column's share of the width the others leave
};

class Report {
public:
    Report(const RiskReportData& data, QPaintDevice* device);

    int pageCount() const { return int(m_pages.size()); }
    void paintPage(QPainter& painter, int page) const;

private:
    // A heading, a chart or a table: its head is repeated on every page it runs on, and it is
    // split over pages only between rows.
    struct Block {
        double spaceBefore = 0;
        double headHeight = 0;
        QList<double> rows;
        bool keepWithNext = false; // a heading stays with what follows it
        bool keepTogether = false; // never split (the history's few rows)
        std::function<void(QPainter&, double y)> paintHead;
        std::function<void(QPainter&, int row, double y)> paintRow;
        bool framed = false; // a table: a heavier frame around each page's part
    };
    struct Slice {
        qsizetype block = 0;
        int first = 0;
        int count = 0;
        double y = 0;
    };

    double mm(double value) const { return print::millimetres(m_device, value); }
    double slot(const QFont& font) const { return QFontMetricsF(font, m_device).height() * 1.2; }
    int lines(const QString& text, const QFont& font, double width) const;
    void paintText(QPainter& painter, const QString& text, const QFont& font, const QRectF& rect,
                   Qt::Alignment alignment, const QColor& ink = Qt::black) const;
    void rule(QPainter& painter, const QLineF& line, double widthMm,
              const QColor& ink = Qt::black) const;
    QList<double> columnWidths(const QList<TableColumn>& columns,
                               const QList<QList<Cell>>& rows) const;

    void addHeading(const QString& title);
    void addNote(const QString& note);
    void addTable(const QList<TableColumn>& columns, const QList<QList<Cell>>& rows);
    void addSummary();
    void addHeatMap();
    void addDepartments();
    void addRiskTable(const QList<RiskAssessment>& risks, const QList<Col>& columns);
    void addTreatmentsDue();
    void addHistory();
    void paginate();

    const RiskReportData& m_data;
    QPaintDevice* m_device;
    QSizeF m_size;
    print::PageFrame m_frame;
    QFont m_headingFont, m_bodyFont, m_boldFont, m_headerFont, m_smallFont, m_countFont;
    double m_pad;
    int m_section = 0;
    QList<Block> m_blocks;
    QList<QList<Slice>> m_pages;
};

print::FrameText frameOf(const RiskReportData& data) {
    print::FrameText frame;
    frame.title = RiskReport::tr("Risk summary");
    frame.subtitle = print::joinNonEmpty(
        {data.organisationName, RiskReport::tr("Information security committee")});
    frame.note = RiskReport::tr("As of %1").arg(toWareki(data.date));
    frame.stamp = data.stamp;
    frame.approvalTitles =
        data.approvalTitles.isEmpty() ? PrintOptions::defaultApprovalTitles() : data.approvalTitles;
    frame.dateLine = RiskReport::tr("Prepared: %1").arg(toWareki(data.date));
    frame.evidence = data.evidence;
    return frame;
}

Report::Report(const RiskReportData& data, QPaintDevice* device)
    : m_data(data)
    , m_device(device)
    , m_size(device->width(), device->height())
    , m_frame(frameOf(data), device)
    , m_headingFont(japaneseFont(11, true))
    , m_bodyFont(japaneseFont(8))
    , m_boldFont(japaneseFont(8, true))
    , m_headerFont(japaneseFont(7.5, true))
    , m_smallFont(japaneseFont(6.5))
    , m_countFont(japaneseFont(14, true))
    , m_pad(mm(1)) {
    addSummary();
    addHeatMap();
    addDepartments();
    addHeading(RiskReport::tr("Top risks"));
    addRiskTable(m_data.stats.top, kTopColumns);
    addTreatmentsDue();
    addHistory();
    paginate();
}

int Report::lines(const QString& text, const QFont& font, double width) const {
    if (text.isEmpty())
        return 1;
    QTextLayout layout(print::layoutReady(text), font, m_device);
    return print::layoutText(layout, width, Qt::AlignLeft, slot(font));
}

void Report::paintText(QPainter& painter, const QString& text, const QFont& font,
                       const QRectF& rect, Qt::Alignment alignment, const QColor& ink) const {
    if (text.isEmpty())
        return;
    const double lineSlot = slot(font);
    QTextLayout layout(print::layoutReady(text), font, m_device);
    const int count =
        print::layoutText(layout, rect.width(), alignment & Qt::AlignHorizontal_Mask, lineSlot);
    double top = rect.top();
    if (alignment & Qt::AlignVCenter)
        top += (rect.height() - count * lineSlot) / 2;
    else if (alignment & Qt::AlignBottom)
        top = rect.bottom() - count * lineSlot;
    painter.setPen(ink);
    layout.draw(&painter, QPointF(rect.left(), top));
    painter.setPen(Qt::black);
}

void Report::addHeading(const QString& title) {
    const QString numbered =
        RiskReport::tr("%1. %2", "a numbered section heading").arg(++m_section).arg(title);
    Block block;
    block.spaceBefore = m_blocks.isEmpty() ? 0 : mm(6);
    block.rows = {slot(m_headingFont) + mm(2.5)};
    block.keepWithNext = true;
    block.paintRow = [this, numbered](QPainter& painter, int, double y) {
        const double height = slot(m_headingFont);
        // A bar in the margin of the heading: sections are found at a glance when leafing.
        painter.fillRect(QRectF(0, y + mm(0.6), mm(1.2), height - mm(1.2)), QColor(40, 40, 40));
        paintText(painter, numbered, m_headingFont, QRectF(mm(3), y, m_size.width(), height),
                  Qt::AlignLeft | Qt::AlignVCenter);
        rule(painter, QLineF(0, y + height + mm(0.8), m_size.width(), y + height + mm(0.8)), 0.2,
             QColor(90, 90, 90));
    };
    m_blocks.append(block);
}

void Report::addNote(const QString& note) {
    Block block;
    block.spaceBefore = mm(1);
    block.rows = {lines(note, m_bodyFont, m_size.width()) * slot(m_bodyFont) + mm(1)};
    block.paintRow = [this, note](QPainter& painter, int, double y) {
        paintText(painter, note, m_bodyFont, QRectF(0, y, m_size.width(), m_size.height()),
                  Qt::AlignLeft | Qt::AlignTop, QColor(60, 60, 60));
    };
    m_blocks.append(block);
}

void Report::rule(QPainter& painter, const QLineF& line, double widthMm, const QColor& ink) const {
    painter.setPen(QPen(ink, mm(widthMm)));
    painter.drawLine(line);
    painter.setPen(Qt::black);
}

// Unwrapped columns as wide as their widest value; the wrapped ones share the rest by weight,
// none narrower than its widest unbreakable word; then all scaled to span the page.
QList<double> Report::columnWidths(const QList<TableColumn>& columns,
                                   const QList<QList<Cell>>& rows) const {
    const QFontMetricsF header(m_headerFont, m_device), body(m_boldFont, m_device);
    const double padding = 2 * m_pad + mm(0.4);
    QList<double> width(columns.size());
    QList<double> least(columns.size());
    double fixed = 0, weights = 0;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        least[c] = print::widestWord(columns[c].label, header, 4);
        double natural = 0;
        for (const QList<Cell>& row : rows) {
            const QString text = row.value(c).text;
            for (const QString& line : text.split(QLatin1Char('\n')))
                natural = std::max(natural, body.horizontalAdvance(line));
            least[c] = std::max(least[c], print::widestWord(text, body, 1));
        }
        least[c] += padding;
        if (columns[c].wrap) {
            weights += columns[c].weight;
        } else {
            width[c] = std::max(least[c], natural + padding);
            fixed += width[c];
        }
    }
    // Wrapped columns that their share would make narrower than their least keep their least;
    // the others share what is left.
    double room = m_size.width() - fixed;
    QList<bool> pinned(columns.size(), false);
    for (bool again = true; again;) {
        again = false;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (!columns[c].wrap || pinned[c] || room * columns[c].weight / weights >= least[c])
                continue;
            pinned[c] = true;
            width[c] = least[c];
            room -= least[c];
            weights -= columns[c].weight;
            again = true;
        }
    }
    double total = 0;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (columns[c].wrap && !pinned[c])
            width[c] = room * columns[c].weight / weights;
        total += width[c];
    }
    for (double& w : width)
        w *= m_size.width() / total;
    return width;
}

void Report::addTable(const QList<TableColumn>& columns, const QList<QList<Cell>>& rows) {
    const QList<double> width = columnWidths(columns, rows);
    QList<double> x;
    double left = 0;
    for (double w : width) {
        x.append(left);
        left += w;
    }
    const double headerSlot = slot(m_headerFont), bodySlot = slot(m_bodyFont);
    int headerLines = 1;
    for (qsizetype c = 0; c < columns.size(); ++c)
        headerLines =
            std::max(headerLines, lines(columns[c].label, m_headerFont, width[c] - 2 * m_pad));

    Block block;
    block.spaceBefore = mm(2);
    block.framed = true;
    block.headHeight = headerLines * headerSlot + 2 * m_pad;
    for (const QList<Cell>& row : rows) {
        int most = 1;
        for (qsizetype c = 0; c < row.size() && c < columns.size(); ++c)
            most = std::max(most, lines(row[c].text, row[c].bold ? m_boldFont : m_bodyFont,
                                        width[c] - 2 * m_pad));
        block.rows.append(most * bodySlot + 2 * m_pad);
    }
    const double headHeight = block.headHeight;
    block.paintHead = [=, this](QPainter& painter, double y) {
        painter.fillRect(QRectF(0, y, m_size.width(), headHeight), QColor(226, 226, 226));
        for (qsizetype c = 0; c < columns.size(); ++c) {
            paintText(painter, columns[c].label, m_headerFont,
                      QRectF(x[c] + m_pad, y, width[c] - 2 * m_pad, headHeight),
                      Qt::AlignHCenter | Qt::AlignVCenter);
            if (c > 0)
                rule(painter, QLineF(x[c], y, x[c], y + headHeight), 0.1);
        }
        rule(painter, QLineF(0, y + headHeight, m_size.width(), y + headHeight), 0.2);
    };
    const QList<double> heights = block.rows;
    block.paintRow = [=, this](QPainter& painter, int r, double y) {
        const QList<Cell>& row = rows[r];
        const double height = heights[r];
        for (qsizetype c = 0; c < row.size() && c < columns.size(); ++c) {
            const QRectF cell(x[c], y, width[c], height);
            if (row[c].fill.isValid())
                painter.fillRect(cell, row[c].fill);
            paintText(painter, row[c].text, row[c].bold ? m_boldFont : m_bodyFont,
                      cell.adjusted(m_pad, m_pad, -m_pad, -m_pad),
                      columns[c].alignment | Qt::AlignVCenter, row[c].ink);
        }
        for (qsizetype c = 1; c < columns.size(); ++c)
            rule(painter, QLineF(x[c], y, x[c], y + height), 0.1);
        rule(painter, QLineF(0, y + height, m_size.width(), y + height), 0.1);
    };
    m_blocks.append(block);
}

// The figures in a table on the left, risks by band as bars on the right.
void Report::addSummary() {
    addHeading(RiskReport::tr("Summary"));
    const QList<Figure> list = figures(m_data);
    const RiskStatistics& s = m_data.stats;
    const double rowHeight = slot(m_bodyFont) + 2 * m_pad;
    const double tableWidth = m_size.width() * 0.46;
    Block block;
    block.spaceBefore = mm(2);
    block.rows = {rowHeight * double(list.size())};
    block.paintRow = [=, this](QPainter& painter, int, double top) {
        const double labelWidth = tableWidth * 0.68;
        QList<QLineF> thin;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Figure& f = list[i];
            const double y = top + double(i) * rowHeight;
            painter.fillRect(QRectF(0, y, labelWidth, rowHeight), QColor(236, 236, 236));
            double indent = m_pad;
            if (f.band) {
                // Band rows are a breakdown of the risks: indented, with the band's colour.
                indent += mm(4);
                painter.fillRect(QRectF(indent, y + rowHeight / 2 - mm(1.3), mm(2.6), mm(2.6)),
                                 bandColor(f.band));
                indent += mm(3.6);
            }
            paintText(painter, f.label, m_bodyFont,
                      QRectF(indent, y, labelWidth - indent - m_pad, rowHeight),
                      Qt::AlignLeft | Qt::AlignVCenter);
            QString value = countText(f.value);
            if (f.share && s.assetsInUse > 0)
                value =
                    RiskReport::tr("%1 (%2%)", "assessed assets and their share of those in use")
                        .arg(value)
                        .arg(QLocale().toString(100.0 * double(f.value) / double(s.assetsInUse),
                                                'f', 0));
            const bool alarm = f.alarm && f.value > 0;
            paintText(painter, value, alarm ? m_boldFont : m_bodyFont,
                      QRectF(labelWidth + m_pad, y, tableWidth - labelWidth - 2 * m_pad, rowHeight),
                      Qt::AlignRight | Qt::AlignVCenter,
                      alarm ? QColor(198, 40, 40) : QColor(Qt::black));
            if (i > 0)
                thin.append(QLineF(0, y, tableWidth, y));
        }
        const double bottom = top + double(list.size()) * rowHeight;
        thin.append(QLineF(labelWidth, top, labelWidth, bottom));
        painter.setPen(QPen(Qt::black, mm(0.1)));
        painter.drawLines(thin);
        painter.setPen(QPen(Qt::black, mm(0.3)));
        painter.drawRect(QRectF(0, top, tableWidth, bottom - top));

        // Risks by band: horizontal bars, the highest band on top.
        const double left = tableWidth + mm(8);
        const double chartWidth = m_size.width() - left;
        paintText(painter, RiskReport::tr("Risks by band"), m_boldFont,
                  QRectF(left, top, chartWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter);
        const QList<qsizetype> order = bandsHighFirst(s.bands);
        const QFontMetricsF metrics(m_bodyFont, m_device);
        double labelRoom = 0;
        for (qsizetype b : order)
            labelRoom = std::max(labelRoom, metrics.horizontalAdvance(bandLabel(&s.bands[b])));
        labelRoom += mm(2);
        const double barLeft = left + labelRoom;
        const double barRoom = chartWidth - labelRoom - mm(12);
        int highest = 0;
        for (int n : s.risksPerBand)
            highest = std::max(highest, n);
        const Scale scale = scaleFor(highest);
        const double plotTop = top + rowHeight * 1.3;
        const double plotBottom = bottom - rowHeight;
        const double lane = order.isEmpty() ? 0 : (plotBottom - plotTop) / double(order.size());
        for (double t = 0; t <= scale.max + 1e-9; t += scale.step) {
            const double gx = barLeft + barRoom * t / scale.max;
            rule(painter, QLineF(gx, plotTop, gx, plotBottom), 0.1, QColor(200, 200, 200));
            paintText(painter, QLocale().toString(qint64(t)), m_smallFont,
                      QRectF(gx - mm(6), plotBottom + mm(0.5), mm(12), rowHeight * 0.8),
                      Qt::AlignHCenter | Qt::AlignTop, QColor(90, 90, 90));
        }
        for (qsizetype i = 0; i < order.size(); ++i) {
            const qsizetype b = order[i];
            const double y = plotTop + double(i) * lane;
            const int n = s.risksPerBand.value(b);
            paintText(painter, bandLabel(&s.bands[b]), m_bodyFont,
                      QRectF(left, y, labelRoom - mm(2), lane), Qt::AlignRight | Qt::AlignVCenter);
            const double length = barRoom * n / scale.max;
            const QRectF bar(barLeft, y + lane * 0.2, length, lane * 0.6);
            painter.fillRect(bar, bandColor(&s.bands[b]));
            paintText(painter, countText(n), m_boldFont,
                      QRectF(bar.right() + mm(1), y, mm(14), lane),
                      Qt::AlignLeft | Qt::AlignVCenter);
        }
        rule(painter, QLineF(barLeft, plotTop, barLeft, plotBottom), 0.2);
    };
    m_blocks.append(block);
}

// Importance (rows, 3 on top) × possibility (columns), each cell in the colour of the band its
// risk value falls in, with the bands' legend beside it.
void Report::addHeatMap() {
    addHeading(RiskReport::tr("Risk map (importance × possibility)"));
    const RiskStatistics& s = m_data.stats;
    const double axisRow = slot(m_headerFont) + 2 * m_pad;
    const double cellHeight = mm(15);
    Block block;
    block.spaceBefore = mm(2);
    block.rows = {2 * axisRow + 3 * cellHeight};
    block.paintRow = [=, this](QPainter& painter, int, double top) {
        const double titleWidth = mm(20), levelWidth = mm(9), cellWidth = mm(27);
        const double gridLeft = titleWidth + levelWidth;
        const double gridTop = top + 2 * axisRow;
        const double right = gridLeft + 3 * cellWidth;
        const double bottom = gridTop + 3 * cellHeight;
        const QColor shade(226, 226, 226);
        painter.fillRect(QRectF(0, top, right, 2 * axisRow), shade);
        painter.fillRect(QRectF(0, gridTop, gridLeft, 3 * cellHeight), shade);
        paintText(painter, RiskReport::tr("Possibility"), m_headerFont,
                  QRectF(gridLeft, top, 3 * cellWidth, axisRow),
                  Qt::AlignHCenter | Qt::AlignVCenter);
        paintText(painter, RiskReport::tr("Importance"), m_headerFont,
                  QRectF(m_pad, gridTop, titleWidth - 2 * m_pad, 3 * cellHeight),
                  Qt::AlignHCenter | Qt::AlignVCenter);
        QList<QLineF> thin;
        for (int p = 1; p <= 3; ++p) {
            const double x = gridLeft + (p - 1) * cellWidth;
            paintText(painter, QString::number(p), m_headerFont,
                      QRectF(x, top + axisRow, cellWidth, axisRow),
                      Qt::AlignHCenter | Qt::AlignVCenter);
            thin.append(QLineF(x, top + axisRow, x, bottom));
        }
        for (int i = 3; i >= 1; --i) {
            const double y = gridTop + (3 - i) * cellHeight;
            paintText(painter, QString::number(i), m_headerFont,
                      QRectF(titleWidth, y, levelWidth, cellHeight),
                      Qt::AlignHCenter | Qt::AlignVCenter);
            thin.append(QLineF(titleWidth, y, right, y));
            for (int p = 1; p <= 3; ++p) {
                const int value = risk::value(i, p);
                const int n = s.heat[i - 1][p - 1];
                const QColor color = bandColor(s.band(value));
                const QRectF cell(gridLeft + (p - 1) * cellWidth, y, cellWidth, cellHeight);
                // Empty cells keep a pale hint of their band, so the map's shape stays readable.
                painter.fillRect(cell, tint(color, n > 0 ? 0.45 : 0.85));
                paintText(painter, QString::number(n), m_countFont, cell,
                          Qt::AlignHCenter | Qt::AlignVCenter,
                          n > 0 ? QColor(Qt::black) : QColor(120, 120, 120));
                paintText(painter, RiskReport::tr("Risk value %1").arg(value), m_smallFont,
                          cell.adjusted(m_pad, m_pad, -m_pad, -m_pad),
                          Qt::AlignRight | Qt::AlignBottom, QColor(70, 70, 70));
            }
        }
        thin.append(QLineF(titleWidth, gridTop, titleWidth, bottom));
        thin.append(QLineF(gridLeft, top + axisRow, right, top + axisRow));
        thin.append(QLineF(0, gridTop, right, gridTop));
        painter.setPen(QPen(Qt::black, mm(0.1)));
        painter.drawLines(thin);
        painter.setPen(QPen(Qt::black, mm(0.3)));
        painter.drawRect(QRectF(0, top, right, bottom - top));
        painter.drawLine(QLineF(gridLeft, top, gridLeft, bottom));

        // The legend: each band's colour, name, range and count; then how the value is made.
        const double left = right + mm(8);
        const double legendWidth = m_size.width() - left;
        const double line = slot(m_bodyFont) + mm(1.5);
        double y = gridTop;
        paintText(painter, RiskReport::tr("Bands"), m_boldFont,
                  QRectF(left, top + axisRow, legendWidth, axisRow),
                  Qt::AlignLeft | Qt::AlignVCenter);
        for (qsizetype b : bandsHighFirst(s.bands)) {
            const RiskBand& band = s.bands[b];
            painter.fillRect(QRectF(left, y + line / 2 - mm(1.8), mm(6), mm(3.6)),
                             tint(bandColor(&band), 0.45));
            painter.setPen(QPen(Qt::black, mm(0.1)));
            painter.drawRect(QRectF(left, y + line / 2 - mm(1.8), mm(6), mm(3.6)));
            paintText(painter, bandLabel(&band), m_bodyFont,
                      QRectF(left + mm(8), y, legendWidth * 0.42, line),
                      Qt::AlignLeft | Qt::AlignVCenter);
            paintText(painter, bandRange(band), m_bodyFont,
                      QRectF(left + mm(8) + legendWidth * 0.42, y, legendWidth * 0.3, line),
                      Qt::AlignLeft | Qt::AlignVCenter);
            paintText(painter, countText(s.risksPerBand.value(b)), m_boldFont,
                      QRectF(left, y, legendWidth, line), Qt::AlignRight | Qt::AlignVCenter);
            y += line;
        }
        y += mm(2);
        paintText(painter, RiskReport::tr("Risk value = importance × possibility"), m_smallFont,
                  QRectF(left, y, legendWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                  QColor(60, 60, 60));
        y += line;
        paintText(painter,
                  RiskReport::tr("Possibility comes from the likelihood of the threat and the "
                                 "vulnerability (IPA risk analysis method)."),
                  m_smallFont, QRectF(left, y, legendWidth, 2 * line), Qt::AlignLeft | Qt::AlignTop,
                  QColor(60, 60, 60));
    };
    m_blocks.append(block);
}

// One stacked bar per department (bands from the highest, left), its total and its overdue
// treatments; split over pages between departments.
void Report::addDepartments() {
    addHeading(RiskReport::tr("Risks by department"));
    const RiskStatistics& s = m_data.stats;
    if (s.byDepartment.isEmpty()) {
        addNote(RiskReport::tr("No risks have been assessed yet."));
        return;
    }
    const QList<qsizetype> order = bandsHighFirst(s.bands);
    const double lineHeight = slot(m_bodyFont) + 2 * m_pad;
    const double nameWidth = mm(40), numberWidth = mm(15);
    const double barLeft = nameWidth + mm(3);
    const double barRoom = m_size.width() - nameWidth - 2 * numberWidth - mm(9);
    int highest = 0;
    for (const DepartmentRisk& d : s.byDepartment)
        highest = std::max(highest, d.total);
    const Scale scale = scaleFor(highest);
    const double totalX = m_size.width() - 2 * numberWidth;
    const double overdueX = m_size.width() - numberWidth;
    // The columns' rules, and the scale's light ones behind the bars.
    auto rules = [=, this](QPainter& painter, double y, double height) {
        for (double t = 0; t <= scale.max + 1e-9; t += scale.step)
            rule(painter,
                 QLineF(barLeft + barRoom * t / scale.max, y, barLeft + barRoom * t / scale.max,
                        y + height),
                 0.1, QColor(215, 215, 215));
        for (double x : {nameWidth, totalX, overdueX})
            rule(painter, QLineF(x, y, x, y + height), 0.1);
    };

    Block block;
    block.spaceBefore = mm(2);
    block.framed = true;
    block.headHeight = 2 * lineHeight;
    for (const DepartmentRisk& d : s.byDepartment)
        block.rows.append(lines(d.name, m_bodyFont, nameWidth - 2 * m_pad) * slot(m_bodyFont) +
                          2 * m_pad);
    block.paintHead = [=, this](QPainter& painter, double y) {
        const double height = 2 * lineHeight;
        painter.fillRect(QRectF(0, y, m_size.width(), height), QColor(226, 226, 226));
        // The legend on the first line, the scale on the second.
        double x = barLeft;
        const QFontMetricsF metrics(m_headerFont, m_device);
        for (qsizetype b : order) {
            painter.fillRect(QRectF(x, y + lineHeight / 2 - mm(1.2), mm(2.4), mm(2.4)),
                             bandColor(&s.bands[b]));
            x += mm(3.4);
            const QString name = bandLabel(&s.bands[b]);
            paintText(painter, name, m_headerFont, QRectF(x, y, barRoom, lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter);
            x += metrics.horizontalAdvance(name) + mm(5);
        }
        paintText(painter, label(Col::Department), m_headerFont,
                  QRectF(m_pad, y, nameWidth - 2 * m_pad, height), Qt::AlignCenter);
        paintText(painter, RiskReport::tr("Total"), m_headerFont,
                  QRectF(totalX, y, numberWidth, height), Qt::AlignCenter);
        paintText(painter, RiskReport::tr("Overdue"), m_headerFont,
                  QRectF(overdueX, y, numberWidth, height), Qt::AlignCenter);
        for (double t = 0; t <= scale.max + 1e-9; t += scale.step)
            paintText(painter, QLocale().toString(qint64(t)), m_smallFont,
                      QRectF(barLeft + barRoom * t / scale.max - mm(6), y + lineHeight, mm(12),
                             lineHeight - mm(0.5)),
                      Qt::AlignHCenter | Qt::AlignBottom, QColor(70, 70, 70));
        for (double rx : {nameWidth, totalX, overdueX})
            rule(painter, QLineF(rx, y, rx, y + height), 0.1);
        rule(painter, QLineF(0, y + height, m_size.width(), y + height), 0.2);
    };
    const QList<double> heights = block.rows;
    block.paintRow = [=, this](QPainter& painter, int r, double y) {
        const DepartmentRisk& d = s.byDepartment[r];
        const double height = heights[r];
        rules(painter, y, height);
        paintText(painter, d.name, m_bodyFont,
                  QRectF(m_pad, y + m_pad, nameWidth - 2 * m_pad, height - 2 * m_pad),
                  Qt::AlignLeft | Qt::AlignVCenter);
        const double barHeight = lineHeight * 0.62;
        const double barTop = y + (height - barHeight) / 2;
        double x = barLeft;
        for (qsizetype b : order) {
            const int n = d.perBand.value(b);
            if (n == 0)
                continue;
            const double length = barRoom * n / scale.max;
            const QRectF bar(x, barTop, length, barHeight);
            const QColor color = bandColor(&s.bands[b]);
            painter.fillRect(bar, color);
            // The count inside its segment when it fits; white on the dark bands.
            if (QFontMetricsF(m_smallFont, m_device).horizontalAdvance(QString::number(n)) <
                length - mm(1))
                paintText(painter, QString::number(n), m_smallFont, bar, Qt::AlignCenter,
                          luminance(color) < 0.6 ? QColor(Qt::white) : QColor(Qt::black));
            x += length;
        }
        paintText(painter, countText(d.total), m_boldFont,
                  QRectF(totalX, y, numberWidth - m_pad * 2, height),
                  Qt::AlignRight | Qt::AlignVCenter);
        paintText(painter, d.overdueTreatments > 0 ? countText(d.overdueTreatments) : QString(),
                  m_boldFont, QRectF(overdueX, y, numberWidth - m_pad * 2, height),
                  Qt::AlignRight | Qt::AlignVCenter, QColor(198, 40, 40));
        rule(painter, QLineF(0, y + height, m_size.width(), y + height), 0.1);
    };
    m_blocks.append(block);
}

// How a column of a risk table is laid out: names and plans wrap, codes, numbers and dates not.
TableColumn columnOf(Col col) {
    switch (col) {
    case Col::Plan:
        return {label(col), Qt::AlignLeft, true, 4};
    case Col::AssetName:
        return {label(col), Qt::AlignLeft, true, 3};
    case Col::Threat:
        return {label(col), Qt::AlignLeft, true, 2.2};
    case Col::Department:
    case Col::Controls:
        return {label(col), Qt::AlignLeft, true, 2};
    case Col::AssetNumber:
    case Col::Owner:
    case Col::Due:
    case Col::Done:
    case Col::DueAndStatus:
        return {label(col), Qt::AlignLeft, false, 1};
    default:
        return {label(col), Qt::AlignHCenter, false, 1};
    }
}

void Report::addRiskTable(const QList<RiskAssessment>& risks, const QList<Col>& columns) {
    if (risks.isEmpty()) {
        addNote(RiskReport::tr("No risks have been assessed yet."));
        return;
    }
    QList<TableColumn> header;
    for (Col col : columns)
        header.append(columnOf(col));
    QList<QList<Cell>> rows;
    for (qsizetype i = 0; i < risks.size(); ++i) {
        const RiskAssessment& r = risks[i];
        const bool overdue = r.overdue(m_data.date);
        const RiskBand* band = m_data.stats.band(r.value());
        QList<Cell> row;
        for (Col col : columns) {
            Cell cell{col == Col::Rank ? QString::number(i + 1) : text(r, col, m_data)};
            if (col == Col::Band || col == Col::Value) {
                cell.fill = tint(bandColor(band), 0.6);
                cell.bold = col == Col::Value;
            }
            if ((col == Col::Status || col == Col::DueAndStatus) && overdue) {
                cell.ink = QColor(198, 40, 40);
                cell.bold = true;
            }
            row.append(cell);
        }
        if (overdue && columns.contains(Col::DueAndStatus)) {
            // The whole row of an overdue treatment is shaded, so it stands out on a grey copy.
            for (Cell& cell : row) {
                if (!cell.fill.isValid())
                    cell.fill = QColor(253, 236, 234);
            }
        }
        rows.append(row);
    }
    addTable(header, rows);
}

// What the committee has to act on: the overdue treatments and those due within a month. The
// workbook lists them all.
void Report::addTreatmentsDue() {
    addHeading(RiskReport::tr("Treatments due"));
    const QList<RiskAssessment>& due = m_data.stats.treatmentsDue;
    if (due.isEmpty()) {
        addNote(RiskReport::tr("No open treatment has a due date."));
        return;
    }
    const QDate horizon = m_data.date.addMonths(1);
    QList<RiskAssessment> soon;
    for (const RiskAssessment& r : due) {
        if (r.treatmentDue <= horizon)
            soon.append(r);
    }
    const auto later = int(due.size() - soon.size());
    addNote(later == 0
                ? RiskReport::tr("Overdue treatments and those due by %1.").arg(toWareki(horizon))
                : RiskReport::tr("Overdue treatments and those due by %1. %n more, due later, "
                                 "are listed in the workbook's sheet \"%2\".",
                                 nullptr, later)
                      .arg(toWareki(horizon), RiskReport::tr("Treatments due")));
    if (!soon.isEmpty()) {
        m_blocks.last().keepWithNext = true;
        addRiskTable(soon, kPrintedDueColumns);
    }
}

// The number of assets in use at each month's end as a line, and the month's figures below.
void Report::addHistory() {
    const QList<MonthCount>& history = m_data.stats.history;
    if (history.isEmpty())
        return;
    addHeading(RiskReport::tr("Register history"));
    const double chartHeight = mm(42);
    const double labelWidth = mm(30);
    Block block;
    block.spaceBefore = mm(2);
    block.rows = {chartHeight};
    block.paintRow = [=, this](QPainter& painter, int, double top) {
        qint64 highest = 0;
        for (const MonthCount& m : history)
            highest = std::max(highest, m.inUse);
        const Scale scale = scaleFor(double(highest));
        const double plotLeft = labelWidth, plotRight = m_size.width();
        const double plotTop = top + slot(m_bodyFont) + mm(2), plotBottom = top + chartHeight;
        const double column = (plotRight - plotLeft) / double(history.size());
        paintText(painter, RiskReport::tr("Assets in use at the end of each month"), m_boldFont,
                  QRectF(0, top, m_size.width(), slot(m_bodyFont)),
                  Qt::AlignLeft | Qt::AlignVCenter);
        for (double t = 0; t <= scale.max + 1e-9; t += scale.step) {
            const double gy = plotBottom - (plotBottom - plotTop) * t / scale.max;
            painter.setPen(QPen(QColor(210, 210, 210), mm(0.1)));
            painter.drawLine(QLineF(plotLeft, gy, plotRight, gy));
            paintText(painter, QLocale().toString(qint64(t)), m_smallFont,
                      QRectF(0, gy - mm(2), plotLeft - mm(2), mm(4)),
                      Qt::AlignRight | Qt::AlignVCenter, QColor(70, 70, 70));
        }
        QPolygonF line;
        for (qsizetype i = 0; i < history.size(); ++i)
            line.append(QPointF(plotLeft + (double(i) + 0.5) * column,
                                plotBottom -
                                    (plotBottom - plotTop) * double(history[i].inUse) / scale.max));
        const QColor ink(21, 101, 192);
        painter.setPen(QPen(ink, mm(0.5), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(line);
        painter.setBrush(Qt::white);
        painter.setPen(QPen(ink, mm(0.35)));
        for (const QPointF& point : line)
            painter.drawEllipse(point, mm(0.9), mm(0.9));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::black, mm(0.2)));
        painter.drawLine(QLineF(plotLeft, plotTop, plotLeft, plotBottom));
        painter.drawLine(QLineF(plotLeft, plotBottom, plotRight, plotBottom));
        painter.setPen(Qt::black);
    };
    m_blocks.append(block);

    // The figures under the chart, month by month in the same columns.
    // Weights that put the month columns under the chart's.
    QList<TableColumn> columns{{QString(), Qt::AlignLeft, true, labelWidth}};
    const double monthWidth = (m_size.width() - labelWidth) / double(history.size());
    for (const MonthCount& m : history)
        columns.append({monthLabel(m.month), Qt::AlignRight, true, monthWidth});
    const QList<QPair<QString, std::function<qint64(const MonthCount&)>>> series{
        {RiskReport::tr("Assets in use"),
         [](const MonthCount& m) {
             return m.inUse;
         }},
        {RiskReport::tr("Registered"),
         [](const MonthCount& m) {
             return m.added;
         }},
        {RiskReport::tr("Retired or disposed"),
         [](const MonthCount& m) {
             return m.removed;
         }},
        {RiskReport::tr("Changes"), [](const MonthCount& m) {
             return m.changes;
         }}};
    QList<QList<Cell>> rows;
    for (const auto& [name, value] : series) {
        QList<Cell> row{{name, QColor(236, 236, 236)}};
        for (const MonthCount& m : history)
            row.append(Cell(QLocale().toString(value(m))));
        rows.append(row);
    }
    m_blocks.last().keepWithNext = true; // the chart with its figures
    addTable(columns, rows);
    m_blocks.last().spaceBefore = mm(1);
    m_blocks.last().keepTogether = true;
}

void Report::paginate() {
    m_pages = {{}};
    auto top = [&](qsizetype page) {
        return m_frame.bandHeight(int(page)) + mm(4);
    };
    const double bottom = m_size.height() - m_frame.footerHeight() - mm(3);
    double y = top(0);
    auto newPage = [&] {
        m_pages.append(QList<Slice>());
        y = top(m_pages.size() - 1);
    };
    // What must stand on the page with the start of block i: its first row (all of it when kept
    // together), and so on through the blocks it is kept with.
    auto needed = [&](qsizetype i) {
        double need = 0;
        for (qsizetype j = i; j < m_blocks.size(); ++j) {
            const Block& b = m_blocks[j];
            need += b.spaceBefore + b.headHeight;
            for (qsizetype r = 0; r < b.rows.size() && (r == 0 || b.keepTogether); ++r)
                need += b.rows[r];
            if (!b.keepWithNext)
                break;
        }
        return need;
    };
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        const Block& block = m_blocks[i];
        const double need = needed(i);
        if (!m_pages.last().isEmpty()) {
            if (y + need > bottom)
                newPage();
            else
                y += block.spaceBefore;
        }
        int row = 0;
        while (row < block.rows.size()) {
            Slice slice{i, row, 0, y};
            y += block.headHeight;
            while (row < block.rows.size() && (y + block.rows[row] <= bottom || slice.count == 0)) {
                y += block.rows[row];
                ++row;
                ++slice.count;
            }
            m_pages.last().append(slice);
            if (row < block.rows.size())
                newPage();
        }
    }
}

void Report::paintPage(QPainter& painter, int page) const {
    m_frame.paintBand(painter, page);
    for (const Slice& slice : m_pages[page]) {
        const Block& block = m_blocks[slice.block];
        double y = slice.y;
        if (block.paintHead)
            block.paintHead(painter, y);
        y += block.headHeight;
        for (int r = slice.first; r < slice.first + slice.count; ++r) {
            block.paintRow(painter, r, y);
            y += block.rows[r];
        }
        if (block.framed) {
            painter.setPen(QPen(Qt::black, mm(0.3)));
            painter.drawRect(QRectF(0, slice.y, m_size.width(), y - slice.y));
            painter.setPen(Qt::black);
        }
    }
    m_frame.paintFooter(painter, page, pageCount());
}

bool paintReport(const RiskReportData& data, QPagedPaintDevice* device, QString* error) {
    print::applyPageLayout(device, QPageSize::A4, QPageLayout::Portrait);
    const Report report(data, device);
    return print::paintPages(
        device, report.pageCount(),
        [&](QPainter& painter, int page) { report.paintPage(painter, page); }, error);
}

// ---------------------------------------------------------------------------------------------
// The workbook.

lxw_format* colourFormat(lxw_workbook* workbook, const QColor& fill, bool bold) {
    lxw_format* format = workbook_add_format(workbook);
    format_set_bg_color(format, lxw_color_t(fill.rgb() & 0xFFFFFF));
    format_set_border(format, LXW_BORDER_THIN);
    format_set_align(format, LXW_ALIGN_CENTER);
    format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
    if (bold)
        format_set_bold(format);
    return format;
}

void writeNumber(lxw_worksheet* sheet, int row, int column, double value,
                 lxw_format* format = nullptr) {
    worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value, format);
}

// The title, the organisation and the date on a sheet's first rows; the next free row.
int writeTitle(XlsxWorkbook& book, lxw_worksheet* sheet, const RiskReportData& data,
               const QString& title, lxw_format* titleFormat) {
    book.writeText(sheet, 0, 0, title, titleFormat);
    book.writeText(sheet, 1, 0,
                   print::joinNonEmpty(
                       {data.organisationName, RiskReport::tr("Information security committee")}));
    book.writeText(sheet, 2, 0, RiskReport::tr("As of %1").arg(toWareki(data.date)));
    return 4;
}

void writeRiskSheet(XlsxWorkbook& book, lxw_worksheet* sheet, const RiskReportData& data,
                    const QList<RiskAssessment>& risks, const QList<Col>& columns,
                    lxw_format* dateFormat, lxw_format* overdueFormat) {
    QStringList headers;
    QList<double> widths;
    for (Col col : columns) {
        headers.append(label(col));
        double widest = 0;
        for (qsizetype i = 0; i < std::min<qsizetype>(risks.size(), 500); ++i)
            widest = std::max(widest, XlsxWorkbook::widthOf(text(risks[i], col, data)));
        widths.append(col == Col::Due || col == Col::Done ? 11 : std::min(widest, 40.0));
    }
    book.writeHeader(sheet, 0, headers, widths, int(risks.size()));
    // Printed from Excel as well: A4 landscape, one page wide, the header on every page.
    worksheet_set_paper(sheet, 9);
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, 0, 0);
    for (qsizetype i = 0; i < risks.size(); ++i) {
        const RiskAssessment& r = risks[i];
        const int row = int(i) + 1;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const Col col = columns[c];
            const int n = number(r, col);
            const QDate date = col == Col::Due    ? r.treatmentDue
                               : col == Col::Done ? r.treatmentDone
                                                  : QDate();
            if (n > 0) {
                writeNumber(sheet, row, int(c), n);
            } else if (date.isValid()) {
                lxw_datetime when{date.year(), date.month(), date.day(), 0, 0, 0};
                worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(c), &when, dateFormat);
            } else if (col == Col::Status) {
                book.writeText(sheet, row, int(c), text(r, col, data),
                               r.overdue(data.date) ? overdueFormat : nullptr);
            } else {
                book.writeText(sheet, row, int(c), text(r, col, data));
            }
        }
    }
}

bool writeWorkbook(const RiskReportData& data, QIODevice* out, QString* error) {
    XlsxWorkbook book;
    if (!book.isOpen()) {
        *error = book.errorString();
        return false;
    }
    lxw_workbook* workbook = book.handle();
    lxw_format* titleFormat = workbook_add_format(workbook);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 14);
    lxw_format* dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy/mm/dd");
    lxw_format* overdueFormat = workbook_add_format(workbook);
    format_set_bold(overdueFormat);
    format_set_font_color(overdueFormat, 0xC62828);
    const RiskStatistics& s = data.stats;

    // Summary: the figures, then the departments.
    lxw_worksheet* summary = book.addSheet(RiskReport::tr("Summary"));
    int row = writeTitle(book, summary, data, RiskReport::tr("Risk summary"), titleFormat);
    worksheet_set_column(summary, 0, 0, 30, nullptr);
    worksheet_set_column(summary, 1, lxw_col_t(s.bands.size() + 5), 14, nullptr);
    book.writeText(summary, row, 0, RiskReport::tr("Item"), book.headerFormat());
    book.writeText(summary, row, 1, RiskReport::tr("Count"), book.headerFormat());
    ++row;
    for (const Figure& f : figures(data)) {
        book.writeText(summary, row, 0,
                       f.band ? RiskReport::tr("  %1", "a band's row under the risks").arg(f.label)
                              : f.label);
        writeNumber(summary, row, 1, double(f.value));
        ++row;
    }
    ++row;
    const QList<qsizetype> order = bandsHighFirst(s.bands);
    QStringList departmentHeaders{label(Col::Department)};
    for (qsizetype b : order)
        departmentHeaders.append(bandLabel(&s.bands[b]));
    departmentHeaders << RiskReport::tr("Total") << RiskReport::tr("Highest risk value")
                      << RiskReport::tr("Open treatments") << RiskReport::tr("Overdue treatments");
    for (qsizetype c = 0; c < departmentHeaders.size(); ++c)
        book.writeText(summary, row, int(c), departmentHeaders[c], book.headerFormat());
    ++row;
    for (const DepartmentRisk& d : s.byDepartment) {
        int c = 0;
        book.writeText(summary, row, c++, d.name);
        for (qsizetype b : order)
            writeNumber(summary, row, c++, d.perBand.value(b));
        for (const int n : {d.total, d.highest, d.openTreatments, d.overdueTreatments})
            writeNumber(summary, row, c++, n);
        ++row;
    }

    // Every risk, as a register that can be sorted and filtered.
    writeRiskSheet(book, book.addSheet(RiskReport::tr("Risks")), data, data.risks, kRegisterColumns,
                   dateFormat, overdueFormat);
    writeRiskSheet(book, book.addSheet(RiskReport::tr("Treatments due")), data, s.treatmentsDue,
                   kDueColumns, dateFormat, overdueFormat);

    // The heat map as a grid in the bands' colours, importance 3 on top.
    lxw_worksheet* heat = book.addSheet(RiskReport::tr("Heat map"));
    row = writeTitle(book, heat, data, RiskReport::tr("Risk map (importance × possibility)"),
                     titleFormat);
    worksheet_set_column(heat, 0, 0, 16, nullptr);
    worksheet_set_column(heat, 1, 3, 12, nullptr);
    book.writeText(heat, row, 0,
                   RiskReport::tr("Importance") + QStringLiteral(" \\ ") +
                       RiskReport::tr("Possibility"),
                   book.headerFormat());
    for (int p = 1; p <= 3; ++p)
        writeNumber(heat, row, p, p, book.headerFormat());
    ++row;
    for (int i = 3; i >= 1; --i, ++row) {
        writeNumber(heat, row, 0, i, book.headerFormat());
        worksheet_set_row(heat, lxw_row_t(row), 30, nullptr);
        for (int p = 1; p <= 3; ++p) {
            const int n = s.heat[i - 1][p - 1];
            writeNumber(
                heat, row, p, n,
                colourFormat(workbook,
                             tint(bandColor(s.band(risk::value(i, p))), n > 0 ? 0.45 : 0.85),
                             n > 0));
        }
    }
    ++row;
    book.writeText(heat, row, 0, RiskReport::tr("Bands"), book.headerFormat());
    book.writeText(heat, row, 1, RiskReport::tr("Range"), book.headerFormat());
    book.writeText(heat, row, 2, RiskReport::tr("Count"), book.headerFormat());
    ++row;
    for (qsizetype b : order) {
        book.writeText(heat, row, 0, bandLabel(&s.bands[b]),
                       colourFormat(workbook, tint(bandColor(&s.bands[b]), 0.45), false));
        book.writeText(heat, row, 1, bandRange(s.bands[b]));
        writeNumber(heat, row, 2, s.risksPerBand.value(b));
        ++row;
    }
    book.writeText(heat, row + 1, 0, RiskReport::tr("Risk value = importance × possibility"));

    if (!book.finish(out)) {
        *error = book.errorString();
        return false;
    }
    return true;
}

} // namespace

bool RiskReport::load(Database& db, const QDate& today, RiskReportData* out, QString* error) {
    RiskReportData data;
    data.date = today;
    if (!RiskStatistics::compute(db, &data.stats, today)) {
        *error = db.errorString();
        return false;
    }
    RiskRepository risks(db);
    data.risks = risks.list();
    if (risks.lastError().isError() && data.risks.isEmpty()) {
        *error = risks.lastError().message;
        return false;
    }
    // The report shows the weaknesses of the assets it covers: it is stamped as the highest of
    // them, as a printed register of those assets would be.
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const RiskAssessment& r : std::as_const(data.risks)) {
        if (!seen.contains(r.assetId)) {
            seen.insert(r.assetId);
            ids.append(r.assetId);
        }
    }
    AssetRepository assets(db);
    data.stamp =
        RegisterPrinter::highestClassification(assets.byIds(ids, false), assets.reference());
    data.organisationName = MasterDataRepository(db).setting(QStringLiteral("organisation_name"));
    const auto [entry, hash] = AuditLog(db).head();
    if (entry > 0)
        data.evidence = tr("Audit log #%1 sha256:%2").arg(entry).arg(hash);
    *out = data;
    return true;
}

bool RiskReport::print(const RiskReportData& data, QPagedPaintDevice* device, QString* error) {
    if (!device) {
        if (error)
            *error = tr("No printer was given.");
        return false;
    }
    return paintReport(data, device, error);
}

bool RiskReport::writePdf(const RiskReportData& data, QIODevice* out, QString* error) {
    return print::writePdf(out, tr("Risk summary"), error, [&](QPagedPaintDevice* device) {
        return paintReport(data, device, error);
    });
}

bool RiskReport::writeXlsx(const RiskReportData& data, QIODevice* out, QString* error) {
    if (!out || !out->isWritable()) {
        if (error)
            *error = tr("The workbook output is not open for writing.");
        return false;
    }
    QString message;
    const bool ok = writeWorkbook(data, out, &message);
    if (!ok && error)
        *error = message;
    return ok;
}

} // namespace assetreg
