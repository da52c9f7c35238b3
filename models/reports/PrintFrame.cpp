#include "PrintFrame.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QIODevice>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QTextLayout>

#include <algorithm>

// Messages keep the context of RegisterPrinter, where they were first written and translated.
namespace assetreg::print {
namespace {

// Qt's PDF writer names each glyph in the text layer after the lowest code point the font maps
// to it, and CJK fonts share glyphs between radicals and kanji: 課長 would be found as 課⻑ and
// 可用性 as 可⽤性 by a PDF viewer's search, copy and paste, and pdftotext. This is the table of
// such code points (radicals, control characters, typographic spaces) to the character people
// write with the same glyph, taken from the fonts themselves.
const QHash<char16_t, char16_t>& textLayerFixes() {
    static const QHash<char16_t, char16_t> fixes = [] {
        auto range = [](QString* out, char16_t first, char16_t last) {
            for (char16_t c = first;; ++c) {
                out->append(QChar(c));
                if (c == last)
                    break;
            }
        };
        QString wrong, right;
        range(&wrong, 0x0001, 0x001F);
        range(&wrong, 0x2000, 0x200A);
        range(&wrong, 0x2E80, 0x2FDF);
        range(&right, 0x0020, 0x007E);
        range(&right, 0x3000, 0x303F);
        range(&right, 0x4E00, 0x9FFF);
        range(&right, 0x3400, 0x4DBF);
        QHash<char16_t, char16_t> map;
        for (const QString& family : japaneseFont(10).families()) {
            const QRawFont raw = QRawFont::fromFont(QFont(family));
            if (!raw.isValid() || raw.familyName() != family)
                continue;
            const QList<quint32> rightGlyphs = raw.glyphIndexesForString(right);
            QHash<quint32, char16_t> byGlyph;
            for (qsizetype i = 0; i < rightGlyphs.size() && i < right.size(); ++i) {
                if (rightGlyphs[i] != 0 && !byGlyph.contains(rightGlyphs[i]))
                    byGlyph.insert(rightGlyphs[i], right[i].unicode());
            }
            const QList<quint32> wrongGlyphs = raw.glyphIndexesForString(wrong);
            for (qsizetype i = 0; i < wrongGlyphs.size() && i < wrong.size(); ++i) {
                const auto it = byGlyph.constFind(wrongGlyphs[i]);
                if (wrongGlyphs[i] != 0 && it != byGlyph.constEnd() &&
                    !map.contains(wrong[i].unicode()))
                    map.insert(wrong[i].unicode(), *it);
            }
        }
        return map;
    }();
    return fixes;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Replaces the code point of a "<XXXX>" token at `at` when the table has a better one. The
// replacement has the same length, so no offset in the file moves.
void fixToken(QByteArray& pdf, qsizetype at, const QHash<char16_t, char16_t>& fixes) {
    if (at + 5 >= pdf.size() || pdf[at] != '<' || pdf[at + 5] != '>')
        return;
    int value = 0;
    for (int i = 1; i <= 4; ++i) {
        const int digit = hexValue(pdf[at + i]);
        if (digit < 0)
            return;
        value = value * 16 + digit;
    }
    const auto it = fixes.constFind(static_cast<char16_t>(value));
    if (it == fixes.constEnd())
        return;
    const QByteArray hex = QByteArray::number(*it, 16).toUpper().rightJustified(4, '0');
    pdf.replace(at + 1, 4, hex);
}

// Rewrites the ToUnicode maps that Qt writes uncompressed: "<cid> <cid> <code>" lines for one
// glyph and "<cid> <cid> [<code> <code> ...]" lines for a run. Runs of consecutive codes
// ("<cid> <cid2> <code>" with cid2 > cid) are kept: no radical is part of one in practice.
void fixTextLayer(QByteArray& pdf) {
    const QHash<char16_t, char16_t>& fixes = textLayerFixes();
    if (fixes.isEmpty())
        return;
    qsizetype from = 0;
    for (;;) {
        const qsizetype begin = pdf.indexOf("beginbfrange\n", from);
        if (begin < 0)
            return;
        const qsizetype end = pdf.indexOf("endbfrange", begin);
        if (end < 0)
            return;
        qsizetype line = pdf.indexOf('\n', begin) + 1;
        while (line > 0 && line < end) {
            const qsizetype next = std::min(end, pdf.indexOf('\n', line) + 1);
            const qsizetype bracket = pdf.indexOf('[', line);
            if (bracket >= 0 && bracket < next) {
                for (qsizetype at = pdf.indexOf('<', bracket); at >= 0 && at < next;
                     at = pdf.indexOf('<', at + 6))
                    fixToken(pdf, at, fixes);
            } else if (next - line >= 20 && pdf.mid(line + 1, 4) == pdf.mid(line + 8, 4)) {
                fixToken(pdf, line + 14, fixes);
            }
            if (next <= line)
                break;
            line = next;
        }
        from = end;
    }
}

} // namespace

QFont japaneseFont(double pointSize, bool bold) {
    QFont font;
    // IPAex first: its kana and kanji are the shapes Japanese offices print with.
    font.setFamilies({QStringLiteral("IPAexGothic"), QStringLiteral("Noto Sans CJK JP"),
                      QStringLiteral("IPAGothic")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

double millimetres(const QPaintDevice* device, double mm) {
    return mm * device->logicalDpiY() / 25.4;
}

QString joinNonEmpty(const QStringList& parts) {
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    }
    return kept.join(QStringLiteral("　"));
}

QString layoutReady(const QString& text) {
    QString result = text;
    result.remove(QLatin1Char('\r'));
    result.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return result;
}

int layoutText(QTextLayout& layout, double width, Qt::Alignment alignment, double slot) {
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int lines = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, lines * slot + (slot - line.height()) / 2));
        ++lines;
    }
    layout.endLayout();
    return std::max(lines, 1);
}

double widestWord(const QString& text, const QFontMetricsF& metrics, qsizetype cjkChars) {
    auto isCjk = [](QChar c) {
        const char16_t u = c.unicode();
        return c.isSurrogate() || c.script() == QChar::Script_Han ||
               c.script() == QChar::Script_Hiragana || c.script() == QChar::Script_Katakana ||
               (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF);
    };
    double widest = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        const bool cjk = isCjk(text[start]);
        if (!cjk && text[start].isSpace()) {
            ++start;
            continue;
        }
        qsizetype end = start + 1;
        while (end < text.size() && !text[end].isSpace() && isCjk(text[end]) == cjk)
            ++end;
        const qsizetype length = cjk ? std::min(end - start, cjkChars) : end - start;
        widest = std::max(widest, metrics.horizontalAdvance(text.mid(start, length)));
        start = end;
    }
    return widest;
}

PageFrame::PageFrame(const FrameText& text, QPaintDevice* device)
    : m_text(text)
    , m_device(device)
    , m_size(device->width(), device->height())
    , m_titleFont(japaneseFont(18, true))
    , m_subtitleFont(japaneseFont(11))
    , m_noteFont(japaneseFont(9))
    , m_stampFont(japaneseFont(10, true))
    , m_approvalFont(japaneseFont(8))
    , m_footerFont(japaneseFont(9))
    , m_evidenceFont(japaneseFont(6.5)) {
    const QFontMetricsF titleMetrics(m_titleFont, m_device);
    const QFontMetricsF subtitleMetrics(m_subtitleFont, m_device);
    const QFontMetricsF noteMetrics(m_noteFont, m_device);
    m_titleBlock = titleMetrics.height();
    if (!m_text.subtitle.isEmpty())
        m_titleBlock += mm(1.5) + subtitleMetrics.height();
    if (!m_text.note.isEmpty())
        m_titleBlock += mm(1) + noteMetrics.height();

    if (!m_text.stamp.isEmpty()) {
        const QFontMetricsF stampMetrics(m_stampFont, m_device);
        m_stampSize = QSizeF(stampMetrics.horizontalAdvance(m_text.stamp) + mm(6),
                             stampMetrics.height() + mm(3));
    }
    const auto boxes = static_cast<double>(m_text.approvalTitles.size());
    if (boxes > 0) {
        // However many titles there are, the boxes leave the title room on the page.
        const double box = std::min(mm(17), (m_size.width() * 0.6 - mm(6)) / boxes);
        m_approvalSize = QSizeF(mm(6) + boxes * box, mm(5) + mm(16));
    }
    const double stampBlock = m_stampSize.height() > 0 ? m_stampSize.height() + mm(2) : 0;
    m_firstBand = std::max(m_titleBlock, stampBlock + m_approvalSize.height());
    m_otherBand = std::max(m_titleBlock, m_stampSize.height());

    double evidenceHeight = 0;
    if (!m_text.evidence.isEmpty()) {
        QTextLayout layout(layoutReady(m_text.evidence), m_evidenceFont, m_device);
        const double slot = QFontMetricsF(m_evidenceFont, m_device).height();
        evidenceHeight = layoutText(layout, m_size.width() * 0.38, Qt::AlignRight, slot) * slot;
    }
    m_footerHeight = std::max(QFontMetricsF(m_footerFont, m_device).height(), evidenceHeight);
}

void PageFrame::paintApproval(QPainter& painter, const QRectF& rect) const {
    const double labelWidth = mm(6);
    const double titleHeight = mm(5);
    const double box =
        (rect.width() - labelWidth) / static_cast<double>(m_text.approvalTitles.size());
    QList<QLineF> lines;
    lines.append(
        QLineF(rect.left() + labelWidth, rect.top(), rect.left() + labelWidth, rect.bottom()));
    lines.append(QLineF(rect.left() + labelWidth, rect.top() + titleHeight, rect.right(),
                        rect.top() + titleHeight));
    painter.setFont(m_approvalFont);
    const QFontMetricsF metrics(m_approvalFont, m_device);
    for (int i = 0; i < m_text.approvalTitles.size(); ++i) {
        const double x = rect.left() + labelWidth + i * box;
        if (i > 0)
            lines.append(QLineF(x, rect.top(), x, rect.bottom()));
        const QRectF titleRect(x, rect.top(), box, titleHeight);
        const QString& title = m_text.approvalTitles[i];
        // Long titles (情報セキュリティ管理者) shrink to their box rather than spill over.
        const double room = box - mm(1);
        const double advance = metrics.horizontalAdvance(title);
        if (advance > room) {
            QFont smaller = m_approvalFont;
            smaller.setPointSizeF(std::max(4.5, m_approvalFont.pointSizeF() * room / advance));
            painter.setFont(smaller);
        }
        painter.drawText(titleRect, Qt::AlignCenter, title);
        painter.setFont(m_approvalFont);
    }
    painter.drawText(QRectF(rect.left(), rect.top(), labelWidth, rect.height()), Qt::AlignCenter,
                     QStringLiteral("決\n\n裁"));
    painter.setPen(QPen(Qt::black, mm(0.1)));
    painter.drawLines(lines);
    painter.setPen(QPen(Qt::black, mm(0.25)));
    painter.drawRect(rect);
}

void PageFrame::paintBand(QPainter& painter, int page) const {
    const double width = m_size.width();
    double right = width; // the title is centred in what the stamp and 決裁欄 leave free
    QRectF approval;
    if (page == 0 && !m_text.approvalTitles.isEmpty()) {
        const double top = m_stampSize.height() > 0 ? m_stampSize.height() + mm(2) : 0;
        approval = QRectF(width - m_approvalSize.width(), top, m_approvalSize.width(),
                          m_approvalSize.height());
    }
    const QFontMetricsF titleMetrics(m_titleFont, m_device);
    const double titleWidth = titleMetrics.horizontalAdvance(m_text.title);
    const double blocker =
        std::min(approval.isNull() ? width : approval.left(),
                 m_stampSize.height() > 0 ? width - m_stampSize.width() : width) -
        mm(4);
    if (width / 2 + titleWidth / 2 > blocker)
        right = blocker;

    painter.setPen(Qt::black);
    double y = 0;
    painter.setFont(m_titleFont);
    painter.drawText(QRectF(0, y, right, titleMetrics.height()), Qt::AlignHCenter | Qt::AlignTop,
                     m_text.title);
    y += titleMetrics.height();
    if (!m_text.subtitle.isEmpty()) {
        const QFontMetricsF metrics(m_subtitleFont, m_device);
        y += mm(1.5);
        painter.setFont(m_subtitleFont);
        painter.drawText(QRectF(0, y, right, metrics.height()), Qt::AlignHCenter | Qt::AlignTop,
                         m_text.subtitle);
        y += metrics.height();
    }
    if (!m_text.note.isEmpty()) {
        const QFontMetricsF metrics(m_noteFont, m_device);
        y += mm(1);
        painter.setFont(m_noteFont);
        painter.drawText(QRectF(0, y, right, metrics.height()), Qt::AlignHCenter | Qt::AlignTop,
                         m_text.note);
    }

    if (m_stampSize.height() > 0) {
        const QColor red(200, 0, 0);
        const QRectF stamp(width - m_stampSize.width(), 0, m_stampSize.width(),
                           m_stampSize.height());
        painter.setPen(QPen(red, mm(0.4)));
        painter.drawRect(stamp.adjusted(mm(0.2), mm(0.2), -mm(0.2), -mm(0.2)));
        painter.setFont(m_stampFont);
        painter.drawText(stamp, Qt::AlignCenter, m_text.stamp);
        painter.setPen(Qt::black);
    }
    if (!approval.isNull())
        paintApproval(painter, approval);
}

void PageFrame::paintFooter(QPainter& painter, int page, int pageCount) const {
    const QFontMetricsF metrics(m_footerFont, m_device);
    const double bottom = m_size.height();
    const QRectF line(0, bottom - metrics.height(), m_size.width(), metrics.height());
    painter.setPen(Qt::black);
    painter.setFont(m_footerFont);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_text.dateLine);
    painter.drawText(line, Qt::AlignHCenter | Qt::AlignVCenter,
                     QStringLiteral("%1 / %2").arg(page + 1).arg(pageCount));
    if (!m_text.evidence.isEmpty()) {
        QTextLayout layout(layoutReady(m_text.evidence), m_evidenceFont, m_device);
        const double slot = QFontMetricsF(m_evidenceFont, m_device).height();
        const double width = m_size.width() * 0.38;
        const int lines = layoutText(layout, width, Qt::AlignRight, slot);
        painter.setPen(QColor(60, 60, 60));
        layout.draw(&painter, QPointF(m_size.width() - width, bottom - lines * slot));
        painter.setPen(Qt::black);
    }
}

void applyPageLayout(QPagedPaintDevice* device, QPageSize::PageSizeId paper,
                     QPageLayout::Orientation orientation) {
    const QPageLayout layout(QPageSize(paper), orientation, kMarginsMm, QPageLayout::Millimeter);
    if (!device->setPageLayout(layout)) {
        // A printer refuses a whole layout whose margins are below its minimum: take the paper
        // and orientation and leave it its own margins.
        device->setPageSize(QPageSize(paper));
        device->setPageOrientation(orientation);
    }
}

bool paintPages(QPagedPaintDevice* device, int pageCount,
                const std::function<void(QPainter&, int page)>& paintPage, QString* error) {
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = QCoreApplication::translate("assetreg::RegisterPrinter",
                                                 "The printer could not be started.");
        return false;
    }
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            if (error)
                *error = QCoreApplication::translate("assetreg::RegisterPrinter",
                                                     "The printer could not start page %1.")
                             .arg(page + 1);
            return false;
        }
        paintPage(painter, page);
    }
    if (!painter.end()) {
        if (error)
            *error = QCoreApplication::translate("assetreg::RegisterPrinter",
                                                 "The printer could not finish the document.");
        return false;
    }
    return true;
}

bool writePdf(QIODevice* out, const QString& title, QString* error,
              const std::function<bool(QPagedPaintDevice*)>& paint) {
    if (!out || !out->isWritable()) {
        if (error)
            *error = QCoreApplication::translate("assetreg::RegisterPrinter",
                                                 "The PDF output is not open for writing.");
        return false;
    }
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("assetreg"));
        if (!paint(&writer))
            return false;
    } // the writer writes its last objects when it is destroyed
    fixTextLayer(pdf);
    if (out->write(pdf) != pdf.size()) {
        if (error) {
            const QString reason = out->errorString().isEmpty()
                                       ? QCoreApplication::translate("assetreg::RegisterPrinter",
                                                                     "the device refused the data")
                                       : out->errorString();
            *error = QCoreApplication::translate("assetreg::RegisterPrinter",
                                                 "The PDF could not be written: %1")
                         .arg(reason);
        }
        return false;
    }
    return true;
}

} // namespace assetreg::print
