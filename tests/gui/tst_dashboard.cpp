// The dashboard driven like a committee member would: its headline figures and heat map on a
// register with known risks, a heat-map cell chosen with the mouse and with the keyboard, and
// Refresh picking up a new assessment.
#include "TestSupport.h"

#include "DashboardWindow.h"
#include "RiskHeatMap.h"
#include "domain/Clock.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/RiskRepository.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPieSeries>
#include <QSignalSpy>
#include <QTest>

using namespace assetreg;
using namespace assetreg::test;

namespace {

QSet<qint64> toSet(const QList<qint64>& ids) {
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

// Everything a chart's series add up to: bars of every set, or pie slices.
qreal chartTotal(const QChartView* view) {
    qreal total = 0;
    for (QAbstractSeries* series : view->chart()->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets())
                total += set->sum();
        else if (auto* pie = qobject_cast<QPieSeries*>(series))
            total += pie->sum();
    }
    return total;
}

} // namespace

class TestDashboard : public QObject {
    Q_OBJECT

    std::unique_ptr<TempRegister> m_reg;
    Organisation m_org;
    qint64 m_highA = 0;  // importance 3: malware (3,3) overdue, fire (1,1)
    qint64 m_highA2 = 0; // importance 3: unauthorised access (3,3)
    qint64 m_midB = 0;   // importance 2: malware (3,2)
    qint64 m_lowB = 0;   // importance 1: fire (2,3)

    template <typename T> T* child(QWidget* parent, const char* name) {
        auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    QString tileValue(QWidget* window, const char* tile) {
        QWidget* frame = child<QWidget>(window, tile);
        if (!frame)
            return {};
        auto* label = frame->findChild<QLabel*>(QStringLiteral("valueLabel"));
        return label ? label->text() : QString();
    }

    qint64 created(const QString& number, const QString& c, const QString& i, const QString& a,
                   qint64 department) {
        Asset asset = makeAsset(m_org, number, number + QStringLiteral(" の資産"));
        asset.confidentiality = c;
        asset.integrity = i;
        asset.availability = a;
        asset.departmentId = department;
        asset.ownerId = department == m_org.deptA ? m_org.ownerA : m_org.ownerB;
        if (c == QLatin1String("1") || c == QLatin1String("2"))
            asset.personalInfo = PersonalInfo::None;
        AssetRepository repo(m_reg->db());
        if (!repo.create(asset))
            qFatal("create failed: %s", qPrintable(repo.lastError().message));
        return asset.id;
    }

    RiskAssessment row(const QString& threat, int likelihood, int vulnerability) {
        RiskAssessment r;
        const RiskCatalogue cat = RiskRepository(m_reg->db()).catalogue();
        r.threatId = cat.threatByCode(threat) ? cat.threatByCode(threat)->id : 0;
        r.likelihood = likelihood;
        r.vulnerability = vulnerability;
        return r;
    }

private slots:
    void init() {
        Clock::setFixed(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
        m_reg = std::make_unique<TempRegister>();
        QVERIFY2(m_reg->isValid(), qPrintable(m_reg->error()));
        m_org = seedOrganisation(m_reg->db());
        RiskRepository risks(m_reg->db());

        m_highA = created(QStringLiteral("SOM-001"), QStringLiteral("3B"), QStringLiteral("2"),
                          QStringLiteral("2"), m_org.deptA);
        m_highA2 = created(QStringLiteral("SOM-002"), QStringLiteral("3C"), QStringLiteral("1"),
                           QStringLiteral("1"), m_org.deptA);
        m_midB = created(QStringLiteral("SHI-001"), QStringLiteral("2"), QStringLiteral("2"),
                         QStringLiteral("1"), m_org.deptB);
        m_lowB = created(QStringLiteral("SHI-002"), QStringLiteral("1"), QStringLiteral("1"),
                         QStringLiteral("1"), m_org.deptB);
        RiskAssessment overdue = row(QStringLiteral("malware"), 3, 3);
        overdue.treatment = Treatment::Reduce;
        overdue.treatmentDue = QDate(2026, 10, 1);
        QVERIFY2(risks.saveAssessment(m_highA, {overdue, row(QStringLiteral("fire"), 1, 1)}),
                 qPrintable(risks.lastError().message));
        QVERIFY(risks.saveAssessment(m_highA2, {row(QStringLiteral("unauthorized_access"), 3, 3)}));
        QVERIFY(risks.saveAssessment(m_midB, {row(QStringLiteral("malware"), 3, 2)}));
        QVERIFY(risks.saveAssessment(m_lowB, {row(QStringLiteral("fire"), 2, 3)}));

        // A retired asset's risks are history, not risk.
        const qint64 gone = created(QStringLiteral("SOM-003"), QStringLiteral("3B"),
                                    QStringLiteral("2"), QStringLiteral("2"), m_org.deptA);
        QVERIFY(risks.saveAssessment(gone, {row(QStringLiteral("malware"), 3, 3)}));
        AssetRepository repo(m_reg->db());
        QVERIFY(repo.retire(gone, repo.findById(gone)->version, QStringLiteral("更新"), {}));
    }
    void cleanup() {
        m_reg.reset();
        Clock::setFixed({});
    }

    void showsHeadlineFiguresAndCharts() {
        DashboardWindow window(m_reg->db());
        QCOMPARE(window.windowTitle(), QStringLiteral("Dashboard"));
        QVERIFY(!child<QLabel>(&window, "errorLabel")->isVisibleTo(&window));
        QCOMPARE(tileValue(&window, "assetsInUseTile"), QStringLiteral("4"));
        QCOMPARE(tileValue(&window, "assessedAssetsTile"), QStringLiteral("4"));
        QCOMPARE(tileValue(&window, "highRisksTile"), QStringLiteral("2"));
        QCOMPARE(tileValue(&window, "overdueTreatmentsTile"), QStringLiteral("1"));
        QCOMPARE(tileValue(&window, "overdueReviewsTile"),
                 QString::number(window.registerStatistics().reviewOverdue));

        // Each composition chart counts every asset in use once; the risk chart every risk.
        for (const char* name :
             {"categoryChartView", "segmentChartView", "reviewChartView", "departmentChartView"}) {
            auto* view = child<QChartView>(&window, name);
            QVERIFY(view);
            QCOMPARE(chartTotal(view), 4.0);
        }
        for (const char* name :
             {"categoryPanelTitleLabel", "segmentPanelTitleLabel", "reviewPanelTitleLabel"})
            QVERIFY2(!child<QLabel>(&window, name)->text().isEmpty(), name);
        QCOMPARE(child<QLabel>(&window, "departmentPanelTitleLabel")->text(),
                 QStringLiteral("Assets in use by department"));
        // The pies' legends name every category with its count.
        QVERIFY(child<QLabel>(&window, "categoryLegendLabel")
                    ->text()
                    .contains(displayName(AssetCategory::Information).toHtmlEscaped()));
        QCOMPARE(chartTotal(child<QChartView>(&window, "classificationChartView")), 3 * 4.0);
        QCOMPARE(chartTotal(child<QChartView>(&window, "riskByDepartmentChartView")), 5.0);
        QVERIFY(child<QChartView>(&window, "historyChartView")->chart()->series().size() == 2);
    }

    void heatMapShowsTheRiskCounts() {
        DashboardWindow window(m_reg->db());
        auto* heat = child<RiskHeatMap>(&window, "heatMap");
        QVERIFY(heat);
        QCOMPARE(heat, window.heatMap());
        const int expected[3][3] = {{0, 1, 0}, {0, 1, 0}, {1, 0, 2}}; // [importance][possibility]
        for (int i = 1; i <= 3; ++i)
            for (int p = 1; p <= 3; ++p)
                QCOMPARE(heat->count(i, p), expected[i - 1][p - 1]);
        QCOMPARE(toSet(heat->assets(3, 3)), (QSet<qint64>{m_highA, m_highA2}));
        QCOMPARE(heat->assets(3, 1), QList<qint64>{m_highA});
        QVERIFY(heat->assets(1, 1).isEmpty());
        QVERIFY(!heat->accessibleName().isEmpty());
        QVERIFY(heat->cellDescription(3, 3).contains(QStringLiteral("risk value 9")));
        QVERIFY(heat->cellDescription(3, 3).contains(QStringLiteral("2 risk")));
    }

    void clickingACellEmitsItsAssets() {
        DashboardWindow window(m_reg->db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RiskHeatMap* heat = window.heatMap();
        QVERIFY(heat->cellRect(3, 3).isValid());
        QSignalSpy spy(&window, &DashboardWindow::cellActivated);

        QTest::mouseClick(heat, Qt::LeftButton, {}, heat->cellRect(3, 3).center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 3);
        QCOMPARE(spy.at(0).at(1).toInt(), 3);
        QCOMPARE(toSet(spy.at(0).at(2).value<QList<qint64>>()), (QSet<qint64>{m_highA, m_highA2}));

        QTest::mouseClick(heat, Qt::LeftButton, {}, heat->cellRect(1, 2).center());
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toInt(), 1);
        QCOMPARE(spy.at(1).at(1).toInt(), 2);
        QCOMPARE(spy.at(1).at(2).value<QList<qint64>>(), QList<qint64>{m_lowB});
        QCOMPARE(heat->currentImportance(), 1);
        QCOMPARE(heat->currentPossibility(), 2);

        // An empty cell would filter the register to nothing: it emits nothing.
        QTest::mouseClick(heat, Qt::LeftButton, {}, heat->cellRect(1, 1).center());
        QCOMPARE(spy.count(), 2);
        // Pressed on one cell, released on another: no click.
        QTest::mousePress(heat, Qt::LeftButton, {}, heat->cellRect(3, 3).center());
        QTest::mouseRelease(heat, Qt::LeftButton, {}, heat->cellRect(2, 2).center());
        QCOMPARE(spy.count(), 2);
    }

    void keyboardChoosesAndActivatesACell() {
        DashboardWindow window(m_reg->db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RiskHeatMap* heat = window.heatMap();
        heat->setFocus();
        QSignalSpy spy(&window, &DashboardWindow::cellActivated);
        QCOMPARE(heat->currentImportance(), 3);
        QCOMPARE(heat->currentPossibility(), 3);

        QTest::keyClick(heat, Qt::Key_Down);
        QTest::keyClick(heat, Qt::Key_Left);
        QCOMPARE(heat->currentImportance(), 2);
        QCOMPARE(heat->currentPossibility(), 2);
        QVERIFY(heat->accessibleDescription().contains(QStringLiteral("risk value 4")));
        QTest::keyClick(heat, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 2);
        QCOMPARE(spy.at(0).at(1).toInt(), 2);
        QCOMPARE(spy.at(0).at(2).value<QList<qint64>>(), QList<qint64>{m_midB});

        // The edges hold; Enter on the keypad and Space work too.
        for (int n = 0; n < 4; ++n) {
            QTest::keyClick(heat, Qt::Key_Up);
            QTest::keyClick(heat, Qt::Key_Left);
        }
        QCOMPARE(heat->currentImportance(), 3);
        QCOMPARE(heat->currentPossibility(), 1);
        QTest::keyClick(heat, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(2).value<QList<qint64>>(), QList<qint64>{m_highA});
        QTest::keyClick(heat, Qt::Key_Down);
        QTest::keyClick(heat, Qt::Key_Space); // (2,1) is empty
        QCOMPARE(spy.count(), 2);
    }

    // A register without assessments (or assets) shows zeros, not errors, and the heat map
    // offers nothing to click.
    void emptyRegisterShowsZeros() {
        TempRegister empty;
        QVERIFY2(empty.isValid(), qPrintable(empty.error()));
        seedOrganisation(empty.db());
        DashboardWindow window(empty.db());
        QVERIFY(!child<QLabel>(&window, "errorLabel")->isVisibleTo(&window));
        for (const char* tile : {"assetsInUseTile", "assessedAssetsTile", "highRisksTile",
                                 "overdueTreatmentsTile", "overdueReviewsTile"})
            QCOMPARE(tileValue(&window, tile), QStringLiteral("0"));
        RiskHeatMap* heat = window.heatMap();
        for (int i = 1; i <= 3; ++i)
            for (int p = 1; p <= 3; ++p)
                QCOMPARE(heat->count(i, p), 0);
        QSignalSpy spy(&window, &DashboardWindow::cellActivated);
        QTest::mouseClick(heat, Qt::LeftButton, {}, heat->cellRect(3, 3).center());
        QTest::keyClick(heat, Qt::Key_Return);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(chartTotal(child<QChartView>(&window, "departmentChartView")), 0.0);
        QVERIFY(!child<QLabel>(&window, "categoryLegendLabel")->text().isEmpty());
    }

    // In English the department names of both department charts are the English ones.
    void departmentNamesFollowTheLanguage() {
        DashboardWindow window(m_reg->db());
        for (const char* name : {"departmentChartView", "riskByDepartmentChartView"}) {
            QStringList categories;
            for (QAbstractAxis* axis : child<QChartView>(&window, name)->chart()->axes())
                if (auto* c = qobject_cast<QBarCategoryAxis*>(axis))
                    categories = c->categories();
            categories.sort();
            QCOMPARE(categories,
                     (QStringList{QStringLiteral("General Affairs"), QStringLiteral("Residents")}));
        }
    }

    void refreshPicksUpNewAssessments() {
        DashboardWindow window(m_reg->db());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.heatMap()->count(1, 3), 0);
        RiskRepository risks(m_reg->db());
        QList<RiskAssessment> rows = risks.forAsset(m_lowB);
        rows.append(row(QStringLiteral("malware"), 3, 3));
        QVERIFY2(risks.saveAssessment(m_lowB, rows), qPrintable(risks.lastError().message));
        QCOMPARE(window.heatMap()->count(1, 3), 0); // until asked

        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(window.heatMap()->count(1, 3), 1);
        QCOMPARE(window.heatMap()->assets(1, 3), QList<qint64>{m_lowB});
        QCOMPARE(window.riskStatistics().risks, 6);
        QCOMPARE(chartTotal(child<QChartView>(&window, "riskByDepartmentChartView")), 6.0);
        QCOMPARE(window.refreshAction()->shortcut(), QKeySequence(Qt::Key_F5));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
