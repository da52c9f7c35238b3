#pragma once

#include "domain/Risk.h"

#include <QList>
#include <QRect>
#include <QWidget>

namespace assetreg {

struct RiskStatistics;

// The 3 × 3 risk matrix of the IPA method: importance (rows, 3 at the top) by possibility
// (columns), each cell coloured by the band of its risk value and showing how many risks fall in
// it. A cell is chosen with the mouse or with the arrow keys and Enter, to see its assets.
class RiskHeatMap : public QWidget {
    Q_OBJECT
public:
    explicit RiskHeatMap(QWidget* parent = nullptr);

    // Counts from the statistics; the assets of each cell from the risk list they were computed
    // from.
    void setData(const RiskStatistics& statistics, const QList<RiskAssessment>& risks);

    int count(int importance, int possibility) const;
    QList<qint64> assets(int importance, int possibility) const;
    int currentImportance() const { return m_importance; }
    int currentPossibility() const { return m_possibility; }
    void setCurrentCell(int importance, int possibility);
    // Where the cell is drawn, in widget coordinates (for tests and tooltips).
    QRect cellRect(int importance, int possibility) const;
    // What the cell says to a screen reader or in its tooltip.
    QString cellDescription(int importance, int possibility) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A cell with risks was clicked or chosen with Enter. Empty cells emit nothing: an empty
    // filter would show the whole register, the opposite of what was asked for.
    void cellActivated(int importance, int possibility, const QList<qint64>& assetIds);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Cell {
        int count = 0;
        QList<qint64> assetIds;
        RiskBand band;
        bool hasBand = false;
    };
    const Cell& cell(int importance, int possibility) const;
    // The cell under the point as {importance, possibility}; {0, 0} outside the grid.
    QPair<int, int> cellAt(const QPoint& pos) const;
    QRect gridRect() const;
    void activate(int importance, int possibility);
    void updateAccessibleText();

    Cell m_cells[3][3];
    QList<RiskBand> m_bands;
    int m_importance = 3;
    int m_possibility = 3;
    QPair<int, int> m_pressed{0, 0};
};

} // namespace assetreg
