#pragma once

#include "reports/RegisterStatistics.h"
#include "reports/RiskStatistics.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QWidget>

class QAction;
class QChart;
class QChartView;
class QFrame;
class QLabel;
class QPushButton;

namespace assetreg {

class Database;
class RiskHeatMap;

// The security committee's overview, in a window of its own beside the register: headline
// figures, where the risk is (heat map, departments), what the register holds (category,
// department, segment, C/I/A, review status) and how it changed month by month. Every number
// comes from RegisterStatistics and RiskStatistics, counting assets in use only.
class DashboardWindow : public QWidget {
    Q_OBJECT
public:
    explicit DashboardWindow(Database& db, QWidget* parent = nullptr);

    // Counts everything again from the register and redraws (F5).
    void refresh();

    RiskHeatMap* heatMap() const { return m_heatMap; }
    QAction* refreshAction() const { return m_refreshAction; }
    const RegisterStatistics& registerStatistics() const { return m_register; }
    const RiskStatistics& riskStatistics() const { return m_risk; }

signals:
    // A heat-map cell with risks was chosen: the register should show just these assets.
    void cellActivated(int importance, int possibility, const QList<qint64>& assetIds);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Tile {
        QFrame* frame = nullptr;
        QLabel* value = nullptr;
        QLabel* caption = nullptr;
        QLabel* detail = nullptr;
    };
    // A titled frame around a chart. Pies get a word-wrapped legend label beside them: QtCharts'
    // own legend cuts the long Japanese names of categories and segments short.
    struct Panel {
        QFrame* frame = nullptr;
        QLabel* title = nullptr;
        QChartView* view = nullptr;
        QLabel* legend = nullptr;
    };
    Tile makeTile(const QString& objectName);
    QFrame* makeFrame(const QString& objectName, QLabel** title);
    Panel makePanel(const QString& name, int minimumHeight, bool withLegend = false);
    void fillPie(Panel& panel, const QList<CountRow>& rows, QString (*label)(const CountRow&),
                 QColor (*color)(const CountRow&));
    void setTile(Tile& tile, qint64 value, const QString& detail, const QColor& accent);
    void retranslateUi();
    // Draws the last computed numbers; also after a language change, for the labels.
    void populate();
    void updateTiles();

    QFont titleFont() const;
    QFont labelFont() const;
    QChart* newChart() const;
    QChart* departmentChart() const;
    QChart* classificationChart() const;
    QChart* riskByDepartmentChart() const;
    QChart* historyChart() const;
    static void setChart(Panel& panel, const QString& title, QChart* chart);

    Database& m_db;
    RegisterStatistics m_register;
    RiskStatistics m_risk;
    QList<RiskAssessment> m_risks;
    bool m_computed = false;
    QDate m_today;
    QString m_organisation;
    QHash<QString, QPair<QString, QString>> m_departmentNames; // code → Japanese, English

    QLabel* m_title = nullptr;
    QLabel* m_asOf = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QAction* m_refreshAction = nullptr;
    Tile m_inUseTile;
    Tile m_assessedTile;
    Tile m_highRiskTile;
    Tile m_overdueTreatmentTile;
    Tile m_overdueReviewTile;
    QLabel* m_heatMapTitle = nullptr;
    QLabel* m_heatMapHint = nullptr;
    RiskHeatMap* m_heatMap = nullptr;
    Panel m_riskByDepartment;
    Panel m_history;
    Panel m_review;
    Panel m_category;
    Panel m_segment;
    Panel m_classification;
    Panel m_department;
};

} // namespace assetreg
