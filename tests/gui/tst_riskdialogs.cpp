// The risk assessment of one asset, the risk register and the register narrowed to a subset, as
// a user drives them.
#include "TestSupport.h"

#include "ApplyRiskTemplateDialog.h"
#include "FilterBar.h"
#include "Prompts.h"
#include "RiskAssessmentDialog.h"
#include "RiskRegisterDialog.h"
#include "ThreatCatalogueDialog.h"
#include "domain/Clock.h"
#include "itemmodels/RiskTableModel.h"
#include "storage/AssetRepository.h"
#include "storage/RiskRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace assetreg;
using namespace assetreg::test;

namespace {
template <typename T> T* child(QWidget* parent, const char* name) {
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}
} // namespace

class TestRiskDialogs : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TempRegister> m_reg;
    Organisation m_org;
    QStringList m_questions;

    Asset addAsset(const QString& number, const QString& subType = QStringLiteral("data")) {
        AssetRepository repo(m_reg->db());
        Asset asset = makeAsset(m_org, number, number + QStringLiteral(" の資産"));
        if (subType != QLatin1String("data")) {
            asset.category = AssetCategory::Infrastructure;
            asset.subType = subType;
            asset.personalInfo = PersonalInfo::None;
        }
        if (!repo.create(asset))
            QTest::qFail(qPrintable(repo.lastError().message), __FILE__, __LINE__);
        return asset;
    }

    qint64 threat(const QString& code) {
        const RiskCatalogue cat = RiskRepository(m_reg->db()).catalogue();
        return cat.threatByCode(code) ? cat.threatByCode(code)->id : 0;
    }

private slots:
    void init() {
        Clock::setFixed(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
        m_reg = std::make_unique<TempRegister>();
        QVERIFY2(m_reg->isValid(), qPrintable(m_reg->error()));
        m_org = seedOrganisation(m_reg->db());
        m_questions.clear();
        prompts::hooks().question = [this](QWidget*, const QString&, const QString& text,
                                           QMessageBox::StandardButtons,
                                           QMessageBox::StandardButton) {
            m_questions.append(text);
            return QMessageBox::Discard;
        };
        prompts::hooks().message = [](QWidget*, QMessageBox::Icon, const QString&, const QString&) {
        };
    }
    void cleanup() {
        prompts::hooks() = {};
        m_reg.reset();
        Clock::setFixed({});
    }

    void assessAThreatAndSeeTheValueAsYouType() {
        const Asset asset = addAsset(QStringLiteral("A-1")); // C3C: importance 3
        RiskAssessmentDialog dialog(m_reg->db(), asset.id);
        auto* table = child<QTableWidget>(&dialog, "risksTable");
        QCOMPARE(table->rowCount(), 0);
        child<QPushButton>(&dialog, "addThreatButton")->click();
        QCOMPARE(table->rowCount(), 1);
        auto* likelihood = child<QComboBox>(&dialog, "likelihoodCombo");
        auto* vulnerability = child<QComboBox>(&dialog, "vulnerabilityCombo");
        likelihood->setCurrentIndex(likelihood->findData(3));
        vulnerability->setCurrentIndex(vulnerability->findData(3));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("9")); // 3 × possibility 3
        QVERIFY(child<QLabel>(&dialog, "computedLabel")->text().contains(QStringLiteral("9")));
        vulnerability->setCurrentIndex(vulnerability->findData(2));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("6"));

        auto* treatment = child<QComboBox>(&dialog, "treatmentCombo");
        treatment->setCurrentIndex(treatment->findData(int(Treatment::Reduce)));
        child<QLineEdit>(&dialog, "planEdit")->setText(QStringLiteral("EDR を導入する"));
        QTest::keyClick(child<QLineEdit>(&dialog, "planEdit"), Qt::Key_Period);
        child<QCheckBox>(&dialog, "hasDueCheck")->setChecked(true);
        QVERIFY(child<QPushButton>(&dialog, "saveRisksButton")->isEnabled());
        QVERIFY(dialog.save());
        const QList<RiskAssessment> saved = RiskRepository(m_reg->db()).forAsset(asset.id);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().value(), 6);
        QCOMPARE(saved.first().treatment, Treatment::Reduce);
        QCOMPARE(saved.first().treatmentPlan, QStringLiteral("EDR を導入する."));
        QVERIFY(saved.first().treatmentDue.isValid());
        QVERIFY(dialog.changed());
        QVERIFY(!child<QPushButton>(&dialog, "saveRisksButton")->isEnabled());
    }

    void templateFillsTheRowsAndUnsavedChangesAreAskedAbout() {
        const Asset pc = addAsset(QStringLiteral("PC-1"), QStringLiteral("pc"));
        RiskTemplate tmpl;
        tmpl.subType = QStringLiteral("pc");
        tmpl.nameJa = QStringLiteral("庁内パソコン");
        tmpl.rows = {
            {threat(QStringLiteral("malware")), 3, 2, QString(), Treatment::None, {}},
            {threat(QStringLiteral("equipment_failure")), 2, 1, QString(), Treatment::Accept, {}}};
        RiskRepository risks(m_reg->db());
        QVERIFY(risks.saveTemplate(tmpl));

        RiskAssessmentDialog dialog(m_reg->db(), pc.id);
        auto* combo = child<QComboBox>(&dialog, "templateCombo");
        QCOMPARE(combo->count(), 1);
        child<QPushButton>(&dialog, "applyTemplateButton")->click();
        QCOMPARE(child<QTableWidget>(&dialog, "risksTable")->rowCount(), 2);
        QVERIFY(dialog.isModified());
        dialog.reject(); // unsaved: asked, and the hook discards
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(risks.forAsset(pc.id).isEmpty());

        // Many PCs at once, through the same repository call the main window makes.
        QList<qint64> ids{pc.id};
        for (int n = 2; n <= 5; ++n)
            ids.append(addAsset(QStringLiteral("PC-%1").arg(n), QStringLiteral("pc")).id);
        const RiskCatalogue cat = risks.catalogue();
        ApplyRiskTemplateDialog pick(cat.templatesFor(QStringLiteral("pc")), int(ids.size()),
                                     QStringLiteral("パソコン"));
        QCOMPARE(pick.templateId(), tmpl.id);
        QVERIFY(!pick.replaceAssessed());
        const auto result = risks.applyTemplate(pick.templateId(), ids, pick.replaceAssessed());
        QVERIFY(result);
        QCOMPARE(result->added, 10);
    }

    void readOnlyForAnotherDepartment() {
        const Asset asset = addAsset(QStringLiteral("A-2"));
        QVERIFY(registerAdminAnd(m_reg->db(), QStringLiteral("staff.b"), Role::Staff, m_org.deptB));
        m_reg->db().setLoginForTesting(QStringLiteral("staff.b"));
        RiskAssessmentDialog dialog(m_reg->db(), asset.id);
        QVERIFY(!child<QPushButton>(&dialog, "addThreatButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "saveTemplateButton")->isEnabled());
        dialog.addThreat();
        QCOMPARE(child<QTableWidget>(&dialog, "risksTable")->rowCount(), 0);
    }

    void riskRegisterShowsHighestFirstAndFiltersOverdue() {
        const Asset a = addAsset(QStringLiteral("A-3"));
        RiskAssessment late;
        late.threatId = threat(QStringLiteral("insider"));
        late.likelihood = 3;
        late.vulnerability = 3;
        late.treatment = Treatment::Reduce;
        late.treatmentDue = QDate(2026, 10, 31);
        RiskAssessment minor;
        minor.threatId = threat(QStringLiteral("fire"));
        minor.likelihood = 1;
        minor.vulnerability = 1;
        QVERIFY(RiskRepository(m_reg->db()).saveAssessment(a.id, {minor, late}));

        RiskRegisterDialog dialog(m_reg->db());
        auto* view = child<QTableView>(&dialog, "risksView");
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->model()->index(0, RiskTableModel::ValueColumn).data().toInt(), 9);
        child<QCheckBox>(&dialog, "overdueFilter")->setChecked(true);
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(child<QLabel>(&dialog, "riskSummary")->text().contains(QStringLiteral("1")));
        view->setCurrentIndex(view->model()->index(0, 0));
        QCOMPARE(dialog.currentAssetId(), a.id);
        QSignalSpy shown(&dialog, &RiskRegisterDialog::assetShown);
        child<QPushButton>(&dialog, "showInRegisterButton")->click();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().first().toLongLong(), a.id);
    }

    void threatCatalogueAddsAndRetiresThreats() {
        ThreatCatalogueDialog dialog(m_reg->db());
        auto* table = child<QTableWidget>(&dialog, "threatsTable");
        const int threats = table->rowCount();
        QVERIFY(threats >= 15);
        auto* group = child<QComboBox>(&dialog, "groupCombo");
        QCOMPARE(group->count(), 5);
        group->setCurrentIndex(group->findData(3));
        child<QLineEdit>(&dialog, "codeEdit")->setText(QStringLiteral("flood"));
        child<QPushButton>(&dialog, "saveThreatButton")->click();
        QVERIFY(!child<QLabel>(&dialog, "threatError")->isHidden()); // no name
        child<QLineEdit>(&dialog, "nameJaEdit")->setText(QStringLiteral("水害"));
        child<QPushButton>(&dialog, "saveThreatButton")->click();
        QCOMPARE(table->rowCount(), threats + 1);
        QVERIFY(dialog.changed());
        // Retired: kept in the catalogue, no longer offered for new rows.
        child<QCheckBox>(&dialog, "activeCheck")->setChecked(false);
        child<QPushButton>(&dialog, "saveThreatButton")->click();
        const RiskCatalogue cat = RiskRepository(m_reg->db()).catalogue();
        QVERIFY(!cat.threatByCode(QStringLiteral("flood"))->active);
        QCOMPARE(cat.threatByCode(QStringLiteral("flood"))->groupId, 3);
    }

    void aSubsetNarrowsTheRegisterUntilCleared() {
        const Asset a = addAsset(QStringLiteral("S-1"));
        addAsset(QStringLiteral("S-2"));
        FilterBar bar;
        QSignalSpy changed(&bar, &FilterBar::changed);
        bar.setAssetSubset({a.id}, QStringLiteral("Risk: importance 3 × possibility 3"));
        QCOMPARE(changed.size(), 1);
        AssetQuery query;
        bar.apply(query);
        QCOMPARE(AssetRepository(m_reg->db()).ids(query), QList<qint64>{a.id});
        QVERIFY(!child<QLabel>(&bar, "assetSubsetLabel")->isHidden());
        child<QPushButton>(&bar, "assetSubsetClearButton")->click();
        bar.apply(query);
        QCOMPARE(AssetRepository(m_reg->db()).ids(query).size(), 2);
        bar.setAssetSubset({}, QStringLiteral("empty cell"));
        bar.apply(query);
        QVERIFY(AssetRepository(m_reg->db()).ids(query).isEmpty());
        bar.clear();
        bar.apply(query);
        QCOMPARE(AssetRepository(m_reg->db()).ids(query).size(), 2);
    }
};

QTEST_MAIN(TestRiskDialogs)
#include "tst_riskdialogs.moc"
