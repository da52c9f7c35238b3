#pragma once

#include <QFont>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>

class QFontMetricsF;
class QIODevice;
class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QTextLayout;

// What every printed document of the register shares, so that the register, its detail sheets and
// the committee's risk summary look like one city's papers: the Japanese fonts, the title band
// with the classification stamp and the 決裁欄, the footer with the date and "page X / Y", and PDF
// output with a searchable text layer.
namespace assetreg::print {

// Binding margin on the left: documents are filed in binders.
inline const QMarginsF kMarginsMm(15, 10, 10, 8);

QFont japaneseFont(double pointSize, bool bold = false);
double millimetres(const QPaintDevice* device, double mm);
// The parts that are not blank, joined by a full-width space.
QString joinNonEmpty(const QStringList& parts);

// QTextLayout does not break at '\n'; multi-line text needs the Unicode line separator.
QString layoutReady(const QString& text);
// Lays the text out in lines of `width`, each line centred in a slot of the same height, so that a
// row split over pages can be cut between lines. Returns the number of lines (at least 1).
int layoutText(QTextLayout& layout, double width, Qt::Alignment alignment, double slot);

// The widest run of text that line breaking may not cut: Latin words, numbers and codes whole,
// Japanese (breakable between any two characters) only its first `cjkChars` characters.
double widestWord(const QString& text, const QFontMetricsF& metrics, qsizetype cjkChars);

// The words of the frame around a document's pages.
struct FrameText {
    QString title;
    QString subtitle;
    QString note;
    QString stamp;              // the highest classification, in a red frame on every page
    QStringList approvalTitles; // 決裁欄 headings, first page only; empty = no box
    QString dateLine;           // bottom left of every page
    QString evidence;           // bottom right, small (e.g. the audit chain head)
};

// Measures and paints the frame: the title band at the top of each page (the 決裁欄 only on the
// first) and the footer. The content goes between bandHeight(page) and the footer.
class PageFrame {
public:
    PageFrame(const FrameText& text, QPaintDevice* device);

    double bandHeight(int page) const { return page == 0 ? m_firstBand : m_otherBand; }
    double footerHeight() const { return m_footerHeight; }
    void paintBand(QPainter& painter, int page) const;
    void paintFooter(QPainter& painter, int page, int pageCount) const;

private:
    double mm(double value) const { return millimetres(m_device, value); }
    void paintApproval(QPainter& painter, const QRectF& rect) const;

    FrameText m_text;
    QPaintDevice* m_device;
    QSizeF m_size;
    QFont m_titleFont, m_subtitleFont, m_noteFont, m_stampFont, m_approvalFont, m_footerFont,
        m_evidenceFont;
    QSizeF m_stampSize, m_approvalSize;
    double m_titleBlock = 0, m_firstBand = 0, m_otherBand = 0, m_footerHeight = 0;
};

// Paper and orientation with kMarginsMm; a printer that refuses such margins keeps its own.
void applyPageLayout(QPagedPaintDevice* device, QPageSize::PageSizeId paper,
                     QPageLayout::Orientation orientation);

// Paints pages 0 … pageCount - 1 on the device; false with *error naming the step that failed.
bool paintPages(QPagedPaintDevice* device, int pageCount,
                const std::function<void(QPainter&, int page)>& paintPage, QString* error);

// A PDF made in memory by `paint` and written to `out` in one go: Qt's PDF writer ignores write
// errors, and its text layer is repaired (課⻑ → 課長) before anything is written.
bool writePdf(QIODevice* out, const QString& title, QString* error,
              const std::function<bool(QPagedPaintDevice*)>& paint);

} // namespace assetreg::print
