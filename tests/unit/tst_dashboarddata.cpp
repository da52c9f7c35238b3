// The numbers behind the dashboard, checked against counts made independently of the statistics
// classes: the demo register's charts add up to the assets in use, and the risk heat map, bands
// and departments match the risk list. Run once per back end (tst_dashboarddata_sqlite and
// tst_dashboarddata_postgres).
#include "TestSupport.h"

#include "demo/DemoRegister.h"
#include "domain/Clock.h"
#include "domain/Risk.h"
#include "reports/RegisterStatistics.h"
#include "reports/RiskStatistics.h"
#include "storage/AssetRepository.h"
#include "storage/MasterDataRepository.h"
#include "storage/RiskRepository.h"

#include <QColor>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace assetreg;
using namespace assetreg::test;

namespace {

qint64 sum(const QList<CountRow>& rows) {
    qint64 n = 0;
    for (const CountRow& row : rows)
        n += row.count;
    return n;
}

qint64 countOf(const QList<CountRow>& rows, const QString& key) {
    for (const CountRow& row : rows)
        if (row.key == key)
            return row.count;
    return 0;
}

} // namespace

class TestDashboardData : public QObject {
    Q_OBJECT

    std::unique_ptr<TempRegister> m_reg;
    const QDate m_today{2026, 11, 30};

    void populateDemo() {
        QString error;
        QVERIFY2(DemoRegister::populate(m_reg->db(), &error), qPrintable(error));
    }

    // Assesses `perImportance` unassessed in-use assets of each importance (1–3) with rows that
    // cycle through every likelihood × vulnerability pair, so that every heat-map cell is filled;
    // some rows get a treatment: overdue, due later, done or accepted. Returns the assets.
    QList<qint64> assessDemoAssets(int perImportance) {
        Database& db = m_reg->db();
        RiskRepository risks(db);
        const RiskCatalogue cat = risks.catalogue();
        const ReferenceData ref = MasterDataRepository(db).load();
        AssetQuery inUse;
        inUse.status = AssetStatus::InUse;
        inUse.withRelations = false;
        AssetRepository repo(db);
        QList<Asset> assets = repo.list(inUse);
        // The demo has few assets at the lowest levels, and may assess them itself: public
        // copies of an asset make sure every importance has enough unassessed ones.
        Asset publicCopy = assets.first();
        publicCopy.id = 0;
        publicCopy.version = 0;
        publicCopy.confidentiality = publicCopy.integrity = publicCopy.availability =
            QStringLiteral("1");
        publicCopy.personalInfo = PersonalInfo::None;
        publicCopy.restrictions.clear();
        publicCopy.livesOnIds.clear();
        for (int copy = 0; copy < perImportance; ++copy) {
            Asset a = publicCopy;
            a.assetNumber = QStringLiteral("TEST-%1").arg(copy + 1);
            if (!repo.create(a)) {
                qWarning("%s", qPrintable(repo.lastError().message));
                return {};
            }
            assets.append(a);
        }
        QHash<int, int> taken;
        QList<qint64> assessed;
        int n = 0;
        for (const Asset& asset : assets) {
            const int importance = cat.importance(asset, ref);
            if (importance < 1 || taken.value(importance) >= perImportance ||
                !risks.forAsset(asset.id).isEmpty())
                continue;
            QList<RiskAssessment> rows;
            for (int t = 0; t < 3; ++t, ++n) {
                RiskAssessment r;
                r.threatId = cat.threats.at((n * 5 + t) % cat.threats.size()).id;
                r.likelihood = 1 + n % 3;
                r.vulnerability = 1 + (n / 3) % 3;
                switch (n % 7) {
                case 1:
                    r.treatment = Treatment::Reduce;
                    r.treatmentDue = m_today.addDays(-10 - n); // overdue
                    break;
                case 2:
                    r.treatment = Treatment::Avoid;
                    r.treatmentDue = m_today.addDays(20 + n);
                    break;
                case 3:
                    r.treatment = Treatment::Transfer;
                    r.treatmentDue = m_today.addDays(-40);
                    r.treatmentDone = m_today.addDays(-45);
                    break;
                case 4:
                    r.treatment = Treatment::Accept;
                    r.treatmentDue = m_today.addDays(-5); // accepted: never overdue
                    break;
                default:
                    break;
                }
                rows.append(r);
            }
            if (!risks.saveAssessment(asset.id, rows)) {
                qWarning("%s", qPrintable(risks.lastError().message));
                return {};
            }
            taken[importance] += 1;
            assessed.append(asset.id);
        }
        for (int importance = 1; importance <= 3; ++importance)
            if (taken.value(importance) < perImportance)
                qWarning("only %d demo assets of importance %d", taken.value(importance),
                         importance);
        return assessed;
    }

private slots:
    void initTestCase() { qInfo("back end: %s", qPrintable(backendName())); }

    void init() {
        Clock::setFixed(QDateTime(m_today, QTime(9, 0), Qt::UTC));
        m_reg = std::make_unique<TempRegister>();
        QVERIFY2(m_reg->isValid(), qPrintable(m_reg->error()));
    }
    void cleanup() {
        m_reg.reset();
        Clock::setFixed({});
    }

    void inUseOnlyLeavesRetiredAndDisposedOut() {
        Database& db = m_reg->db();
        const Organisation org = seedOrganisation(db);
        AssetRepository repo(db);
        Asset kept = makeAsset(org, QStringLiteral("SOM-001"), QStringLiteral("職員名簿"));
        Asset retired = makeAsset(org, QStringLiteral("SOM-002"), QStringLiteral("旧文書管理"));
        retired.category = AssetCategory::SystemDocument;
        retired.subType = QStringLiteral("manual");
        retired.segment = Segment::Internet;
        retired.confidentiality = QStringLiteral("3B");
        Asset disposed = makeAsset(org, QStringLiteral("SHI-001"), QStringLiteral("旧住民票"));
        disposed.departmentId = org.deptB;
        disposed.ownerId = org.ownerB;
        for (Asset* a : {&kept, &retired, &disposed})
            QVERIFY2(repo.create(*a), qPrintable(repo.lastError().message));
        QVERIFY2(repo.retire(retired.id, retired.version, QStringLiteral("更新"), m_today),
                 qPrintable(repo.lastError().message));
        QVERIFY2(repo.dispose(disposed.id, disposed.version, QStringLiteral("溶解"),
                              QStringLiteral("立会人"), QStringLiteral("保存期間満了"), m_today),
                 qPrintable(repo.lastError().message));

        // Existing callers still count every asset.
        RegisterStatistics all;
        QVERIFY(RegisterStatistics::compute(db, &all, m_today));
        QCOMPARE(all.total, 3);
        QCOMPARE(all.inUse, 1);
        QCOMPARE(sum(all.byCategory), 3);
        QCOMPARE(sum(all.byStatus), 3);

        RegisterStatistics s;
        QVERIFY(RegisterStatistics::compute(db, &s, m_today, true));
        QCOMPARE(s.total, 1);
        QCOMPARE(s.inUse, 1);
        QCOMPARE(s.reviewOverdue, all.reviewOverdue);
        for (const QList<CountRow>* rows :
             {&s.byCategory, &s.bySegment, &s.byConfidentiality, &s.byIntegrity, &s.byAvailability,
              &s.byPersonalInfo, &s.byStatus, &s.byReviewState, &s.byDepartment})
            QCOMPARE(sum(*rows), 1);
        QCOMPARE(countOf(s.byCategory, QString::number(int(AssetCategory::Information))), 1);
        QCOMPARE(countOf(s.byCategory, QString::number(int(AssetCategory::SystemDocument))), 0);
        QCOMPARE(countOf(s.bySegment, toKey(Segment::Lgwan)), 1);
        QCOMPARE(countOf(s.byConfidentiality, QStringLiteral("3C")), 1);
        QCOMPARE(countOf(s.byConfidentiality, QStringLiteral("3B")), 0);
        QCOMPARE(s.byStatus.size(), 1);
        QCOMPARE(s.byStatus.first().key, toKey(AssetStatus::InUse));
        // A department whose only asset is gone stays on the chart, at zero.
        QCOMPARE(s.byDepartment.size(), 2);
        QCOMPARE(countOf(s.byDepartment, QStringLiteral("SOM")), 1);
        QCOMPARE(countOf(s.byDepartment, QStringLiteral("SHIMIN")), 0);
        QCOMPARE(countOf(all.byDepartment, QStringLiteral("SHIMIN")), 1);
    }

    // Every chart of the register's composition counts each asset in use exactly once, and each
    // bar equals what the asset list itself says.
    void demoChartsAddUpToAssetsInUse() {
        populateDemo();
        Database& db = m_reg->db();
        RegisterStatistics s;
        QVERIFY(RegisterStatistics::compute(db, &s, m_today, true));
        AssetRepository repo(db);
        AssetQuery inUse;
        inUse.status = AssetStatus::InUse;
        const qint64 inUseCount = repo.count(inUse);
        QVERIFY(inUseCount > 100);
        QCOMPARE(s.inUse, inUseCount);
        QCOMPARE(s.total, inUseCount);
        for (const QList<CountRow>* rows :
             {&s.byCategory, &s.bySegment, &s.byConfidentiality, &s.byIntegrity, &s.byAvailability,
              &s.byPersonalInfo, &s.byReviewState, &s.byDepartment})
            QCOMPARE(sum(*rows), inUseCount);

        for (AssetCategory category : EnumTraits<AssetCategory>::all()) {
            AssetQuery q = inUse;
            q.category = category;
            QCOMPARE(countOf(s.byCategory, QString::number(int(category))), repo.count(q));
        }
        for (Segment segment : EnumTraits<Segment>::all()) {
            AssetQuery q = inUse;
            q.segment = segment;
            QCOMPARE(countOf(s.bySegment, toKey(segment)), repo.count(q));
        }
        for (ReviewState state : EnumTraits<ReviewState>::all()) {
            AssetQuery q = inUse;
            q.reviewState = state;
            QCOMPARE(countOf(s.byReviewState, toKey(state)), repo.count(q));
        }
        for (const CountRow& row : std::as_const(s.byConfidentiality)) {
            AssetQuery q = inUse;
            q.confidentiality = row.key;
            QCOMPARE(row.count, repo.count(q));
        }
        const ReferenceData ref = MasterDataRepository(db).load();
        for (const Department& d : ref.departments) {
            AssetQuery q = inUse;
            q.departmentIds = {d.id};
            QCOMPARE(countOf(s.byDepartment, d.code), repo.count(q));
        }

        // The register's summary still counts the retired and disposed assets of the demo.
        RegisterStatistics all;
        QVERIFY(RegisterStatistics::compute(db, &all, m_today));
        QVERIFY(all.total > s.total);
        QCOMPARE(all.inUse, s.inUse);
        QCOMPARE(all.reviewOverdue, s.reviewOverdue);

        RiskStatistics risk;
        QVERIFY(RiskStatistics::compute(db, &risk, m_today));
        QCOMPARE(risk.assetsInUse, inUseCount);
    }

    // Holds whether or not the demo brings assessments of its own: the expectations come from
    // the risk list, with this test's rows making every cell, band and department non-trivial.
    void heatMapMatchesTheRiskList() {
        populateDemo();
        Database& db = m_reg->db();
        const QList<qint64> mine = assessDemoAssets(6);
        QCOMPARE(mine.size(), 3 * 6);

        RiskStatistics s;
        QVERIFY(RiskStatistics::compute(db, &s, m_today));
        RiskRepository repo(db);
        const QList<RiskAssessment> risks = repo.list();
        QVERIFY(risks.size() >= 54);

        // The importance the list reports is the asset's, by the catalogue's mapping.
        const RiskCatalogue cat = repo.catalogue();
        const ReferenceData ref = MasterDataRepository(db).load();
        AssetRepository assets(db);
        for (qint64 id : mine) {
            const int importance = cat.importance(*assets.findById(id), ref);
            for (const RiskAssessment& r : repo.forAsset(id))
                QCOMPARE(r.importance, importance);
        }

        int heat[3][3] = {};
        QHash<QPair<int, int>, QSet<qint64>> cellAssets;
        for (const RiskAssessment& r : risks) {
            const int p = (r.likelihood == 3 && r.vulnerability == 3) ? 3
                          : (r.likelihood + r.vulnerability == 5)     ? 2
                                                                      : 1;
            if (r.importance < 1)
                continue;
            ++heat[r.importance - 1][p - 1];
            cellAssets[{r.importance, p}].insert(r.assetId);
        }
        int cells = 0;
        for (int i = 1; i <= 3; ++i)
            for (int p = 1; p <= 3; ++p) {
                QCOMPARE(s.heat[i - 1][p - 1], heat[i - 1][p - 1]);
                cells += heat[i - 1][p - 1] > 0;
                const QList<qint64> ids = RiskStatistics::assetsInCell(risks, i, p);
                QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()), cellAssets.value({i, p}));
                QCOMPARE(ids.size(), cellAssets.value({i, p}).size()); // each asset once
            }
        QCOMPARE(cells, 9);
        QCOMPARE(s.risks, risks.size());

        // Bands: each risk in the band its value falls in; the colour comes with the band.
        QCOMPARE(s.bands.size(), 3);
        QCOMPARE(s.risksPerBand.size(), s.bands.size());
        qint64 toTreat = 0;
        for (qsizetype b = 0; b < s.bands.size(); ++b) {
            const RiskBand& band = s.bands.at(b);
            QVERIFY(QColor::isValidColorName(band.color));
            const auto n = std::count_if(risks.cbegin(), risks.cend(), [&](const auto& r) {
                return r.value() >= band.minValue && r.value() <= band.maxValue;
            });
            QCOMPARE(s.risksPerBand.at(b), n);
            QVERIFY(n > 0);
            if (band.mustTreat)
                toTreat += n;
        }
        QCOMPARE(s.risksToTreat(), toTreat);
        QVERIFY(toTreat > 0);
        QCOMPARE(s.band(9)->code, QStringLiteral("high"));
        QCOMPARE(s.band(4)->code, QStringLiteral("medium"));
        QCOMPARE(s.band(1)->code, QStringLiteral("low"));
        QVERIFY(!s.band(0));

        QSet<qint64> assessed;
        for (const RiskAssessment& r : risks)
            assessed.insert(r.assetId);
        QCOMPARE(s.assessedAssets, assessed.size());
        QCOMPARE(s.assessedAssets, repo.assessedAssetCount());
    }

    void departmentRisksAddUpToTheRiskList() {
        populateDemo();
        Database& db = m_reg->db();
        QVERIFY(!assessDemoAssets(6).isEmpty());
        RiskStatistics s;
        QVERIFY(RiskStatistics::compute(db, &s, m_today));
        const QList<RiskAssessment> risks = RiskRepository(db).list();

        QVERIFY(s.byDepartment.size() >= 2);
        qint64 total = 0;
        qint64 overdue = 0;
        qint64 open = 0;
        QList<int> perBand(s.bands.size(), 0);
        QSet<qint64> seen;
        for (const DepartmentRisk& d : std::as_const(s.byDepartment)) {
            QVERIFY(!seen.contains(d.departmentId));
            seen.insert(d.departmentId);
            int n = 0;
            int highest = 0;
            int dOverdue = 0;
            int dOpen = 0;
            QList<int> dBand(s.bands.size(), 0);
            for (const RiskAssessment& r : risks) {
                if (r.departmentId != d.departmentId)
                    continue;
                ++n;
                highest = std::max(highest, r.value());
                dOverdue += r.treatment != Treatment::None && r.treatment != Treatment::Accept &&
                            r.treatmentDue.isValid() && r.treatmentDue < m_today &&
                            !r.treatmentDone.isValid();
                dOpen += r.treatment != Treatment::None && r.treatment != Treatment::Accept &&
                         !r.treatmentDone.isValid();
                for (qsizetype b = 0; b < s.bands.size(); ++b)
                    dBand[b] +=
                        r.value() >= s.bands[b].minValue && r.value() <= s.bands[b].maxValue;
            }
            QCOMPARE(d.total, n);
            QCOMPARE(d.highest, highest);
            QCOMPARE(d.perBand, dBand);
            QCOMPARE(d.overdueTreatments, dOverdue);
            QCOMPARE(d.openTreatments, dOpen);
            QVERIFY(!d.name.isEmpty());
            total += d.total;
            overdue += d.overdueTreatments;
            open += d.openTreatments;
            for (qsizetype b = 0; b < s.bands.size(); ++b)
                perBand[b] += d.perBand[b];
        }
        QCOMPARE(total, risks.size());
        QCOMPARE(perBand, s.risksPerBand);
        QCOMPARE(overdue, s.overdueTreatments);
        QCOMPARE(open, s.openTreatments);
        QVERIFY(s.overdueTreatments > 0);
        // Highest risk first.
        QVERIFY(std::is_sorted(s.byDepartment.cbegin(), s.byDepartment.cend(),
                               [](const DepartmentRisk& a, const DepartmentRisk& b) {
                                   return a.highest > b.highest;
                               }));
        QVERIFY(std::is_sorted(s.treatmentsDue.cbegin(), s.treatmentsDue.cend(),
                               [](const RiskAssessment& a, const RiskAssessment& b) {
                                   return a.treatmentDue < b.treatmentDue;
                               }));
    }

    // The monthly history ends with today's assets in use and steps back month by month through
    // the registrations and retirements the audit log records.
    void historyStepsBackFromTodaysAssetsInUse() {
        populateDemo();
        Database& db = m_reg->db();
        AssetRepository repo(db);
        AssetQuery inUse;
        inUse.status = AssetStatus::InUse;
        inUse.limit = 2;
        const QList<Asset> two = repo.list(inUse);
        QCOMPARE(two.size(), 2);
        QVERIFY(repo.retire(two[0].id, two[0].version, QStringLiteral("更新"), m_today));
        QVERIFY(repo.dispose(two[1].id, two[1].version, QStringLiteral("溶解"),
                             QStringLiteral("立会人"), QStringLiteral("満了"), m_today));

        RiskStatistics s;
        QVERIFY(RiskStatistics::compute(db, &s, m_today, 20, 12));
        QCOMPARE(s.history.size(), 12);
        QCOMPARE(s.history.last().month, QDate(2026, 11, 1));
        QCOMPARE(s.history.first().month, QDate(2025, 12, 1));
        QCOMPARE(s.history.last().inUse, s.assetsInUse);
        for (qsizetype i = 1; i < s.history.size(); ++i) {
            const MonthCount& m = s.history.at(i);
            QCOMPARE(s.history.at(i - 1).inUse, std::max<qint64>(0, m.inUse - m.added + m.removed));
        }
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("SELECT action, COUNT(*) FROM audit_log WHERE entity = 'asset' "
                                 "AND occurred_at >= ? GROUP BY action"));
        q.addBindValue(QStringLiteral("2025-12-01"));
        QVERIFY(q.exec());
        qint64 added = 0;
        qint64 removed = 0;
        qint64 changes = 0;
        while (q.next()) {
            const QString action = q.value(0).toString();
            changes += q.value(1).toLongLong();
            if (action == QLatin1String("create"))
                added += q.value(1).toLongLong();
            else if (action == QLatin1String("retire") || action == QLatin1String("dispose"))
                removed += q.value(1).toLongLong();
        }
        qint64 sAdded = 0;
        qint64 sRemoved = 0;
        qint64 sChanges = 0;
        for (const MonthCount& m : std::as_const(s.history)) {
            sAdded += m.added;
            sRemoved += m.removed;
            sChanges += m.changes;
        }
        QCOMPARE(sAdded, added);
        QCOMPARE(sRemoved, removed);
        QCOMPARE(sChanges, changes);
        QVERIFY(s.history.last().removed >= 2);
    }
};

QTEST_GUILESS_MAIN(TestDashboardData)
#include "tst_dashboarddata.moc"
