// The IPA risk method and risk storage, run once per back end (tst_risk_sqlite and
// tst_risk_postgres).
#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/Risk.h"
#include "itemmodels/RiskTableModel.h"
#include "storage/AccessControl.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/MasterDataRepository.h"
#include "storage/RiskRepository.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using namespace assetreg;
using namespace assetreg::test;

class TestRisk : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TempRegister> m_reg;
    Organisation m_org;

    Asset created(const QString& number, const QString& c, const QString& i, const QString& a,
                  const QString& subType = QStringLiteral("data")) {
        Asset asset = makeAsset(m_org, number, number + QStringLiteral(" の資産"));
        asset.confidentiality = c;
        asset.integrity = i;
        asset.availability = a;
        if (subType != QLatin1String("data")) {
            asset.category = AssetCategory::Infrastructure;
            asset.subType = subType;
            asset.personalInfo = PersonalInfo::None;
        }
        AssetRepository repo(m_reg->db());
        if (!repo.create(asset))
            qFatal("create failed: %s", qPrintable(repo.lastError().message));
        return asset;
    }

    qint64 threatId(const QString& code) {
        const RiskCatalogue cat = RiskRepository(m_reg->db()).catalogue();
        const Threat* t = cat.threatByCode(code);
        return t ? t->id : 0;
    }

    RiskAssessment row(const QString& threat, int likelihood, int vulnerability) {
        RiskAssessment r;
        r.threatId = threatId(threat);
        r.likelihood = likelihood;
        r.vulnerability = vulnerability;
        return r;
    }

private slots:
    void initTestCase() { qInfo("back end: %s", qPrintable(backendName())); }

    void init() {
        Clock::setFixed(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
        m_reg = std::make_unique<TempRegister>();
        QVERIFY2(m_reg->isValid(), qPrintable(m_reg->error()));
        m_org = seedOrganisation(m_reg->db());
    }
    void cleanup() {
        m_reg.reset();
        Clock::setFixed({});
    }

    // DOMAIN.md section 7: (3,3) → 3; (3,2) or (2,3) → 2; anything else → 1.
    void possibilityOfEveryPair_data() {
        QTest::addColumn<int>("likelihood");
        QTest::addColumn<int>("vulnerability");
        QTest::addColumn<int>("possibility");
        const int expected[3][3] = {{1, 1, 1}, {1, 1, 2}, {1, 2, 3}};
        for (int l = 1; l <= 3; ++l)
            for (int v = 1; v <= 3; ++v)
                QTest::addRow("L%d V%d", l, v) << l << v << expected[l - 1][v - 1];
        QTest::addRow("likelihood 0") << 0 << 3 << 0;
        QTest::addRow("vulnerability 4") << 3 << 4 << 0;
    }
    void possibilityOfEveryPair() {
        QFETCH(int, likelihood);
        QFETCH(int, vulnerability);
        QFETCH(int, possibility);
        QCOMPARE(risk::possibility(likelihood, vulnerability), possibility);
    }

    void riskValueOfEveryCombination_data() {
        QTest::addColumn<int>("importance");
        QTest::addColumn<int>("likelihood");
        QTest::addColumn<int>("vulnerability");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("band");
        // importance × possibility, and the default bands 1–2 low, 3–5 medium, 6–9 high.
        for (int i = 1; i <= 3; ++i)
            for (int l = 1; l <= 3; ++l)
                for (int v = 1; v <= 3; ++v) {
                    const int p = (l == 3 && v == 3) ? 3 : ((l + v == 5) ? 2 : 1);
                    const int value = i * p;
                    const QString band = value <= 2   ? QStringLiteral("low")
                                         : value <= 5 ? QStringLiteral("medium")
                                                      : QStringLiteral("high");
                    QTest::addRow("I%d L%d V%d", i, l, v) << i << l << v << value << band;
                }
    }
    void riskValueOfEveryCombination() {
        QFETCH(int, importance);
        QFETCH(int, likelihood);
        QFETCH(int, vulnerability);
        QFETCH(int, value);
        QFETCH(QString, band);
        RiskAssessment r;
        r.importance = importance;
        r.likelihood = likelihood;
        r.vulnerability = vulnerability;
        QCOMPARE(r.value(), value);
        const RiskCatalogue cat = RiskRepository(m_reg->db()).catalogue();
        QVERIFY(cat.band(value));
        QCOMPARE(cat.band(value)->code, band);
        QCOMPARE(cat.band(value)->mustTreat, band == QLatin1String("high"));
    }

    void unknownImportanceGivesNoValue() {
        RiskAssessment r;
        r.likelihood = 3;
        r.vulnerability = 3;
        QCOMPARE(r.value(), 0); // importance not known
        QCOMPARE(risk::value(4, 1), 0);
    }

    void catalogueHoldsTheFiveGroupsOfArticle3() {
        const RiskCatalogue cat = RiskRepository(m_reg->db()).catalogue();
        QCOMPARE(cat.groups.size(), 5);
        for (const ThreatGroup& g : cat.groups) {
            const bool hasThreat = std::any_of(cat.threats.cbegin(), cat.threats.cend(),
                                               [&g](const Threat& t) { return t.groupId == g.id; });
            QVERIFY2(hasThreat, qPrintable(g.nameJa));
        }
        QVERIFY(cat.threatByCode(QStringLiteral("earthquake")));
        QCOMPARE(cat.threatByCode(QStringLiteral("epidemic"))->groupId, 4);
    }

    void importanceFollowsTheMapping_data() {
        QTest::addColumn<QString>("c");
        QTest::addColumn<QString>("i");
        QTest::addColumn<QString>("a");
        QTest::addColumn<int>("importance");
        QTest::newRow("3A") << "3A"
                            << "1"
                            << "1" << 3;
        QTest::newRow("3B") << "3B"
                            << "1"
                            << "1" << 3;
        QTest::newRow("3C") << "3C"
                            << "1"
                            << "1" << 3;
        QTest::newRow("C2") << "2"
                            << "1"
                            << "1" << 2;
        QTest::newRow("I2") << "1"
                            << "2"
                            << "1" << 2;
        QTest::newRow("A2") << "1"
                            << "1"
                            << "2" << 2;
        QTest::newRow("all 1") << "1"
                               << "1"
                               << "1" << 1;
    }
    void importanceFollowsTheMapping() {
        QFETCH(QString, c);
        QFETCH(QString, i);
        QFETCH(QString, a);
        QFETCH(int, importance);
        Asset asset = makeAsset(m_org, QStringLiteral("X"), QStringLiteral("x"));
        asset.confidentiality = c;
        asset.integrity = i;
        asset.availability = a;
        const ReferenceData ref = MasterDataRepository(m_reg->db()).load();
        QCOMPARE(RiskRepository(m_reg->db()).catalogue().importance(asset, ref), importance);
    }

    void theMappingIsData() {
        // A city that counts integrity 2 as importance 3: change the row, not the code.
        const ReferenceData ref = MasterDataRepository(m_reg->db()).load();
        const auto level = ref.defaultScheme()->findLevel(Axis::Integrity, QStringLiteral("2"));
        QSqlQuery q = m_reg->db().query();
        q.prepare(QStringLiteral("UPDATE level_importance SET importance = 3 WHERE level_id = ?"));
        q.addBindValue(level->id);
        QVERIFY(q.exec());
        Asset asset = created(QStringLiteral("M-1"), QStringLiteral("1"), QStringLiteral("2"),
                              QStringLiteral("1"));
        RiskRepository risks(m_reg->db());
        QCOMPARE(risks.catalogue().importance(asset, ref), 3);
        QVERIFY(risks.saveAssessment(asset.id, {row(QStringLiteral("malware"), 3, 3)}));
        QCOMPARE(risks.forAsset(asset.id).first().value(), 9);
    }

    void assessmentIsSavedChangedAndAudited() {
        Asset asset = created(QStringLiteral("R-1"), QStringLiteral("3B"), QStringLiteral("2"),
                              QStringLiteral("2"));
        RiskRepository risks(m_reg->db());
        RiskAssessment malware = row(QStringLiteral("malware"), 3, 2);
        malware.existingControls = QStringLiteral("ウイルス対策ソフト");
        malware.treatment = Treatment::Reduce;
        malware.treatmentPlan = QStringLiteral("EDR を導入する");
        malware.treatmentDue = QDate(2027, 3, 31);
        malware.treatmentOwnerId = m_org.ownerA;
        QVERIFY2(risks.saveAssessment(asset.id, {malware, row(QStringLiteral("fire"), 1, 1)}),
                 qPrintable(risks.lastError().message));
        QList<RiskAssessment> rows = risks.forAsset(asset.id);
        QCOMPARE(rows.size(), 2);
        const RiskAssessment saved = rows.first(); // malware: group 1 comes first
        QCOMPARE(saved.threatId, threatId(QStringLiteral("malware")));
        QCOMPARE(saved.importance, 3);
        QCOMPARE(saved.possibility(), 2);
        QCOMPARE(saved.value(), 6);
        QCOMPARE(saved.treatment, Treatment::Reduce);
        QCOMPARE(saved.treatmentDue, QDate(2027, 3, 31));
        QCOMPARE(saved.assessedBy, m_reg->db().currentUser());
        QCOMPARE(AuditLog(m_reg->db()).latest(1).first().entity, QStringLiteral("risk"));
        QVERIFY(
            AuditLog(m_reg->db()).latest(1).first().entityKey.startsWith(QStringLiteral("R-1/")));

        // Change one row, drop the other: one update and one delete in the log.
        const qint64 before = AuditLog(m_reg->db()).count();
        RiskAssessment changed = saved;
        changed.vulnerability = 1;
        QVERIFY(risks.saveAssessment(asset.id, {changed}));
        rows = risks.forAsset(asset.id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(), 3);
        QCOMPARE(rows.first().version, saved.version + 1);
        QCOMPARE(AuditLog(m_reg->db()).count(), before + 2);

        // The stale copy is refused: someone else saved first.
        QVERIFY(!risks.saveAssessment(asset.id, {saved}));
        QCOMPARE(risks.lastError().kind, StorageError::Kind::Conflict);
        QCOMPARE(risks.forAsset(asset.id).first().vulnerability, 1);
        QVERIFY(AuditLog(m_reg->db()).verify().ok);
    }

    void invalidRowsAreRefusedWithTheThreatNamed() {
        Asset asset = created(QStringLiteral("R-2"), QStringLiteral("2"), QStringLiteral("1"),
                              QStringLiteral("1"));
        RiskRepository risks(m_reg->db());
        QVERIFY(risks.saveAssessment(asset.id, {row(QStringLiteral("fire"), 1, 1)}));
        const QList<RiskAssessment> kept = risks.forAsset(asset.id);
        QVERIFY(!risks.saveAssessment(asset.id, {row(QStringLiteral("malware"), 4, 1),
                                                 row(QStringLiteral("dos"), 2, 2),
                                                 row(QStringLiteral("dos"), 1, 1)}));
        QCOMPARE(risks.lastError().kind, StorageError::Kind::Validation);
        QCOMPARE(risks.lastError().fieldErrors.size(), 2);
        QVERIFY(
            risks.lastError().fieldErrors.first().message.contains(QStringLiteral("1, 2 or 3")));
        QCOMPARE(risks.forAsset(asset.id).size(), kept.size()); // nothing changed
    }

    void staffOfAnotherDepartmentCannotAssess() {
        Asset asset = created(QStringLiteral("R-3"), QStringLiteral("2"), QStringLiteral("1"),
                              QStringLiteral("1"));
        QVERIFY(registerAdminAnd(m_reg->db(), QStringLiteral("staff.b"), Role::Staff, m_org.deptB));
        m_reg->db().setLoginForTesting(QStringLiteral("staff.b"));
        RiskRepository risks(m_reg->db());
        QVERIFY(!risks.saveAssessment(asset.id, {row(QStringLiteral("fire"), 1, 1)}));
        QCOMPARE(risks.lastError().kind, StorageError::Kind::Refused);
        QVERIFY(risks.forAsset(asset.id).isEmpty());
    }

    void templateAssessesFiftyPcsInOneStep() {
        RiskRepository risks(m_reg->db());
        RiskTemplate pc;
        pc.subType = QStringLiteral("pc");
        pc.nameJa = QStringLiteral("庁内パソコン");
        pc.rows = {{threatId(QStringLiteral("malware")), 3, 2, QStringLiteral("ウイルス対策"),
                    Treatment::Reduce, QStringLiteral("EDR 導入")},
                   {threatId(QStringLiteral("unauthorized_takeout")), 2, 2, QString(),
                    Treatment::Accept, QString()},
                   {threatId(QStringLiteral("equipment_failure")), 2, 1, QString(), Treatment::None,
                    QString()}};
        QVERIFY2(risks.saveTemplate(pc), qPrintable(risks.lastError().message));
        QVERIFY(pc.id > 0);

        QList<qint64> pcs;
        for (int n = 1; n <= 50; ++n)
            pcs.append(created(QStringLiteral("PC-%1").arg(n, 3, 10, QLatin1Char('0')),
                               QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("2"),
                               QStringLiteral("pc"))
                           .id);
        // One PC was assessed by hand already: its own row is kept.
        QVERIFY(risks.saveAssessment(pcs.first(), {row(QStringLiteral("malware"), 1, 1)}));

        const auto result = risks.applyTemplate(pc.id, pcs, false);
        QVERIFY2(result, qPrintable(risks.lastError().message));
        QCOMPARE(result->assets, 50);
        QCOMPARE(result->added, 50 * 3 - 1);
        QCOMPARE(result->kept, 1);
        QCOMPARE(risks.forAsset(pcs.first()).first().likelihood, 1);
        QCOMPARE(risks.forAsset(pcs.last()).size(), 3);
        QCOMPARE(risks.assessedAssetCount(), 50);

        // A server among them: refused, naming it, and nothing of the batch is applied.
        const qint64 server =
            created(QStringLiteral("SV-1"), QStringLiteral("2"), QStringLiteral("2"),
                    QStringLiteral("2"), QStringLiteral("server"))
                .id;
        const auto replaced = risks.applyTemplate(pc.id, {pcs.first(), server}, true);
        QVERIFY(!replaced);
        QVERIFY(risks.lastError().message.contains(QStringLiteral("SV-1")));
        QCOMPARE(risks.forAsset(pcs.first()).first().likelihood, 1);
        QVERIFY(risks.forAsset(server).isEmpty());

        const auto again = risks.applyTemplate(pc.id, {pcs.first()}, true);
        QVERIFY(again);
        QCOMPARE(again->replaced, 3); // its hand-made row and the two the template added
        QCOMPARE(risks.forAsset(pcs.first()).first().likelihood, 3);
        QVERIFY(AuditLog(m_reg->db()).verify().ok);
    }

    void riskListPutsHighRisksFirstAndMarksOverdue() {
        RiskRepository risks(m_reg->db());
        Asset high = created(QStringLiteral("H-1"), QStringLiteral("3B"), QStringLiteral("2"),
                             QStringLiteral("2"));
        Asset low = created(QStringLiteral("L-1"), QStringLiteral("1"), QStringLiteral("1"),
                            QStringLiteral("1"));
        RiskAssessment overdue = row(QStringLiteral("unauthorized_access"), 3, 3);
        overdue.treatment = Treatment::Reduce;
        overdue.treatmentDue = QDate(2026, 10, 1);
        QVERIFY2(risks.saveAssessment(high.id, {overdue, row(QStringLiteral("fire"), 1, 1)}),
                 qPrintable(risks.lastError().message));
        QVERIFY(risks.saveAssessment(low.id, {row(QStringLiteral("malware"), 2, 3)}));
        const QList<RiskAssessment> all = risks.list();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().value(), 9);
        QVERIFY(all.first().overdue(Clock::today()));
        QVERIFY(!all.last().overdue(Clock::today()));
        QVERIFY(std::is_sorted(all.cbegin(), all.cend(),
                               [](const RiskAssessment& a, const RiskAssessment& b) {
                                   return a.value() > b.value();
                               }));
        RiskQuery open;
        open.onlyOpen = true;
        QCOMPARE(risks.list(open).size(), 1);
        RiskQuery ofLow;
        ofLow.assetIds = {low.id};
        QCOMPARE(risks.list(ofLow).size(), 1);

        // Retired assets' risks no longer count.
        AssetRepository repo(m_reg->db());
        QVERIFY(repo.retire(low.id, repo.findById(low.id)->version, QStringLiteral("更新"), {}));
        QCOMPARE(risks.list().size(), 2);
    }

    void riskTableSortsByNumbersAndFilters() {
        RiskRepository risks(m_reg->db());
        Asset high = created(QStringLiteral("H-2"), QStringLiteral("3B"), QStringLiteral("1"),
                             QStringLiteral("1"));
        Asset other = makeAsset(m_org, QStringLiteral("B-1"), QStringLiteral("市民課の資産"));
        other.departmentId = m_org.deptB;
        other.ownerId = m_org.ownerB;
        other.confidentiality = QStringLiteral("2");
        QVERIFY(AssetRepository(m_reg->db()).create(other));
        RiskAssessment late = row(QStringLiteral("malware"), 3, 3);
        late.treatment = Treatment::Reduce;
        late.treatmentPlan = QStringLiteral("EDR 導入");
        late.treatmentDue = QDate(2026, 9, 30);
        QVERIFY(risks.saveAssessment(high.id, {late, row(QStringLiteral("fire"), 1, 1)}));
        QVERIFY(risks.saveAssessment(other.id, {row(QStringLiteral("insider"), 2, 3)}));

        RiskTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRisks(risks.list(), risks.catalogue(), Clock::today());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.overdueCount(), 1);
        RiskFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.sort(RiskTableModel::ValueColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, RiskTableModel::ValueColumn).data().toInt(), 3);
        QCOMPARE(filter.index(2, RiskTableModel::ValueColumn).data().toInt(), 9);
        QCOMPARE(filter.index(2, RiskTableModel::BandColumn).data(RiskTableModel::BandCodeRole),
                 QVariant(QStringLiteral("high")));
        QVERIFY(filter.index(2, RiskTableModel::DueColumn).data(Qt::ForegroundRole).isValid());

        filter.setDepartment(m_org.deptB);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, RiskTableModel::AssetNumberColumn).data().toString(),
                 QStringLiteral("B-1"));
        filter.setDepartment(0);
        filter.setOverdueOnly(true);
        QCOMPARE(filter.rowCount(), 1);
        filter.setOverdueOnly(false);
        filter.setBand(QStringLiteral("low"));
        QCOMPARE(filter.rowCount(), 0); // H-2 / fire is 3 × 1 = 3: medium
        filter.setBand(QString());
        filter.setText(QStringLiteral("ＥＤＲ")); // full-width finds the plan
        QCOMPARE(filter.rowCount(), 1);
    }

    void threatsAndTemplatesAreAdministrators() {
        RiskRepository risks(m_reg->db());
        Threat t;
        t.code = QStringLiteral("Flood");
        t.groupId = 3;
        t.nameJa = QStringLiteral("水害");
        QVERIFY2(risks.saveThreat(t), qPrintable(risks.lastError().message));
        QCOMPARE(t.code, QStringLiteral("flood"));
        Threat twin = t;
        twin.id = 0;
        twin.groupId = 9;
        QVERIFY(!risks.saveThreat(twin));
        QCOMPARE(risks.lastError().fieldErrors.size(), 2); // code taken, no such group

        QVERIFY(registerAdminAnd(m_reg->db(), QStringLiteral("officer"), Role::Officer));
        m_reg->db().setLoginForTesting(QStringLiteral("officer"));
        t.nameJa = QStringLiteral("水害（内水氾濫）");
        QVERIFY(!risks.saveThreat(t));
        QCOMPARE(risks.lastError().kind, StorageError::Kind::Refused);
        RiskTemplate tmpl;
        tmpl.subType = QStringLiteral("pc");
        tmpl.nameJa = QStringLiteral("x");
        QVERIFY(!risks.saveTemplate(tmpl));
        QCOMPARE(risks.catalogue().threatByCode(QStringLiteral("flood"))->nameJa,
                 QStringLiteral("水害"));
    }
};

QTEST_GUILESS_MAIN(TestRisk)
#include "tst_risk.moc"
