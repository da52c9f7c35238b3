#include "RiskHeatMap.h"

#include "DialogSupport.h"
#include "reports/RiskStatistics.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <utility>

namespace assetreg {
namespace {

constexpr int kGap = 4;
constexpr int kMargin = 6;

// Dark text on light cells, white on dark ones, so that the count stays readable on any band
// colour an administrator chooses.
QColor textOn(const QColor& background) {
    const double luminance =
        0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.6 ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white);
}

QColor mix(const QColor& a, const QColor& b, double share) {
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                            float(a.greenF() * share + b.greenF() * (1 - share)),
                            float(a.blueF() * share + b.blueF() * (1 - share)));
}

} // namespace

RiskHeatMap::RiskHeatMap(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("heatMap"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Risk heat map"));
    updateAccessibleText();
}

void RiskHeatMap::setData(const RiskStatistics& statistics, const QList<RiskAssessment>& risks) {
    m_bands = statistics.bands;
    for (int i = 1; i <= 3; ++i)
        for (int p = 1; p <= 3; ++p) {
            Cell& c = m_cells[i - 1][p - 1];
            c.count = statistics.heat[i - 1][p - 1];
            c.assetIds = RiskStatistics::assetsInCell(risks, i, p);
            const RiskBand* band = statistics.band(risk::value(i, p));
            c.hasBand = band != nullptr;
            c.band = band ? *band : RiskBand{};
        }
    updateAccessibleText();
    update();
}

const RiskHeatMap::Cell& RiskHeatMap::cell(int importance, int possibility) const {
    static const Cell none;
    if (importance < 1 || importance > 3 || possibility < 1 || possibility > 3)
        return none;
    return m_cells[importance - 1][possibility - 1];
}

int RiskHeatMap::count(int importance, int possibility) const {
    return cell(importance, possibility).count;
}

QList<qint64> RiskHeatMap::assets(int importance, int possibility) const {
    return cell(importance, possibility).assetIds;
}

void RiskHeatMap::setCurrentCell(int importance, int possibility) {
    importance = std::clamp(importance, 1, 3);
    possibility = std::clamp(possibility, 1, 3);
    if (importance == m_importance && possibility == m_possibility)
        return;
    m_importance = importance;
    m_possibility = possibility;
    updateAccessibleText();
    update();
}

QSize RiskHeatMap::sizeHint() const {
    return {420, 330};
}

QSize RiskHeatMap::minimumSizeHint() const {
    const int line = fontMetrics().height();
    return {4 * line + 3 * 3 * line, 3 * 2 * line + 5 * line};
}

QRect RiskHeatMap::gridRect() const {
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    // Left: the rotated axis title and the row numbers; below: the column numbers, the axis
    // title and the band legend.
    const int left = kMargin + line + kMargin + fm.horizontalAdvance(QStringLiteral("3")) + kMargin;
    const int bottom = kMargin + line + kMargin + line + 2 * kMargin + line + kMargin;
    const QRect area = rect().adjusted(left, kMargin, -kMargin, -bottom);
    // Cells no wider than 1.8 times their height: wide flat cells read as a table, not a matrix.
    const int cellHeight = area.height() / 3;
    const int cellWidth = std::min(area.width() / 3, cellHeight * 9 / 5);
    const QRect grid(area.left(), area.top(), 3 * cellWidth, 3 * cellHeight);
    return grid.translated((area.width() - grid.width()) / 2, 0);
}

QRect RiskHeatMap::cellRect(int importance, int possibility) const {
    const QRect grid = gridRect();
    const int w = grid.width() / 3;
    const int h = grid.height() / 3;
    // Importance 3 at the top, as on the IPA sheet: the worst corner is top right.
    return QRect(grid.left() + (possibility - 1) * w, grid.top() + (3 - importance) * h, w, h)
        .adjusted(kGap / 2, kGap / 2, -kGap / 2, -kGap / 2);
}

QPair<int, int> RiskHeatMap::cellAt(const QPoint& pos) const {
    for (int i = 1; i <= 3; ++i)
        for (int p = 1; p <= 3; ++p)
            if (cellRect(i, p).contains(pos))
                return {i, p};
    return {0, 0};
}

QString RiskHeatMap::cellDescription(int importance, int possibility) const {
    const Cell& c = cell(importance, possibility);
    const int value = risk::value(importance, possibility);
    const QString band =
        c.hasBand ? localText(c.band.labelJa, c.band.labelEn) : tr("outside every band");
    return tr("Importance %1 × possibility %2 = risk value %3 (%4)")
               .arg(importance)
               .arg(possibility)
               .arg(value)
               .arg(band) +
           QLatin1Char('\n') + tr("%n risk(s)", nullptr, c.count) + QStringLiteral(", ") +
           tr("%n asset(s)", nullptr, int(c.assetIds.size()));
}

void RiskHeatMap::updateAccessibleText() {
    setAccessibleDescription(cellDescription(m_importance, m_possibility));
}

void RiskHeatMap::activate(int importance, int possibility) {
    const Cell& c = cell(importance, possibility);
    if (c.assetIds.isEmpty())
        return;
    emit cellActivated(importance, possibility, c.assetIds);
}

bool RiskHeatMap::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [i, p] = cellAt(help->pos());
        if (i == 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QString text = cellDescription(i, p);
        if (!cell(i, p).assetIds.isEmpty())
            text += QLatin1Char('\n') + tr("Click to show these assets in the register.");
        QToolTip::showText(help->globalPos(), text, this, cellRect(i, p));
        return true;
    }
    return QWidget::event(event);
}

void RiskHeatMap::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor base = pal.color(QPalette::Base);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const QRect grid = gridRect();

    QFont countFont = font();
    countFont.setBold(true);
    countFont.setPointSizeF(font().pointSizeF() * 2.0);
    QFont smallFont = font();
    smallFont.setPointSizeF(font().pointSizeF() * 0.85);

    for (int i = 1; i <= 3; ++i)
        for (int p = 1; p <= 3; ++p) {
            const Cell& c = cell(i, p);
            const QRect r = cellRect(i, p);
            const QColor bandColor = c.hasBand ? QColor(c.band.color) : pal.color(QPalette::Mid);
            // Empty cells keep a pale hint of their band, so the eye goes to where risks are.
            const QColor fill = c.count > 0 ? bandColor : mix(bandColor, base, 0.22);
            const QColor ink = c.count > 0 ? textOn(fill) : mix(text, base, 0.55);
            QPainterPath path;
            path.addRoundedRect(r, 4, 4);
            painter.fillPath(path, fill);

            const QFontMetrics countMetrics(countFont);
            const QFontMetrics smallMetrics(smallFont);
            const int block = countMetrics.height() + smallMetrics.height();
            const int top = r.top() + (r.height() - block) / 2;
            painter.setPen(ink);
            painter.setFont(countFont);
            painter.drawText(QRect(r.left(), top, r.width(), countMetrics.height()),
                             Qt::AlignCenter, QString::number(c.count));
            painter.setFont(smallFont);
            painter.drawText(
                QRect(r.left(), top + countMetrics.height(), r.width(), smallMetrics.height()),
                Qt::AlignCenter,
                smallMetrics.elidedText(tr("Risk value %1").arg(risk::value(i, p)), Qt::ElideRight,
                                        r.width() - 4));

            if (hasFocus() && i == m_importance && p == m_possibility) {
                painter.setPen(QPen(text, 3));
                painter.setBrush(Qt::NoBrush);
                painter.drawRoundedRect(QRectF(r).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
                painter.setPen(QPen(base, 1));
                painter.drawRoundedRect(QRectF(r).adjusted(3.5, 3.5, -3.5, -3.5), 3, 3);
            }
        }

    painter.setFont(font());
    painter.setPen(text);
    // Row numbers and the rotated axis title on the left.
    const int numberLeft = kMargin + line + kMargin;
    for (int i = 1; i <= 3; ++i) {
        const QRect r = cellRect(i, 1);
        painter.drawText(QRect(numberLeft, r.top(), grid.left() - numberLeft - 2, r.height()),
                         Qt::AlignCenter, QString::number(i));
    }
    painter.save();
    painter.translate(kMargin, grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRect(-grid.height() / 2, 0, grid.height(), line), Qt::AlignCenter,
                     tr("Importance"));
    painter.restore();
    // Column numbers and the axis title below.
    int y = grid.bottom() + kMargin;
    for (int p = 1; p <= 3; ++p) {
        const QRect r = cellRect(1, p);
        painter.drawText(QRect(r.left(), y, r.width(), line), Qt::AlignCenter, QString::number(p));
    }
    y += line + kMargin;
    painter.drawText(QRect(grid.left(), y, grid.width(), line), Qt::AlignCenter, tr("Possibility"));

    // The band legend: which colour means what, with its range of risk values.
    y += line + 2 * kMargin;
    int x = grid.left();
    const int swatch = fm.ascent();
    for (const RiskBand& band : std::as_const(m_bands)) {
        const QString label = QStringLiteral("%1 %2–%3")
                                  .arg(localText(band.labelJa, band.labelEn))
                                  .arg(band.minValue)
                                  .arg(band.maxValue);
        painter.fillRect(QRect(x, y + (line - swatch) / 2, swatch, swatch), QColor(band.color));
        x += swatch + 4;
        painter.drawText(QRect(x, y, fm.horizontalAdvance(label) + 2, line),
                         Qt::AlignVCenter | Qt::AlignLeft, label);
        x += fm.horizontalAdvance(label) + 3 * kMargin;
    }
}

void RiskHeatMap::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = cellAt(event->position().toPoint());
    if (m_pressed.first != 0)
        setCurrentCell(m_pressed.first, m_pressed.second);
    setFocus(Qt::MouseFocusReason);
}

void RiskHeatMap::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const QPair<int, int> released = cellAt(event->position().toPoint());
    const QPair<int, int> pressed = std::exchange(m_pressed, {0, 0});
    if (released.first != 0 && released == pressed)
        activate(released.first, released.second);
}

void RiskHeatMap::mouseMoveEvent(QMouseEvent* event) {
    const auto [i, p] = cellAt(event->position().toPoint());
    setCursor(i != 0 && !cell(i, p).assetIds.isEmpty() ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void RiskHeatMap::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrentCell(m_importance + 1, m_possibility);
        break;
    case Qt::Key_Down:
        setCurrentCell(m_importance - 1, m_possibility);
        break;
    case Qt::Key_Left:
        setCurrentCell(m_importance, m_possibility - 1);
        break;
    case Qt::Key_Right:
        setCurrentCell(m_importance, m_possibility + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activate(m_importance, m_possibility);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void RiskHeatMap::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Risk heat map"));
        updateAccessibleText();
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace assetreg
