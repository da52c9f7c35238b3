// The register window, driven offscreen as a user would: browse, narrow by the organisation
// tree and quick filters, search by kanji substrings, bulk edit, retire, undo, switch language,
// remember columns. Every item model of the window passes QAbstractItemModelTester.
#include "TestSupport.h"

#include "Bootstrap.h"
#include "BulkEditDialog.h"
#include "DashboardWindow.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "RetireDialog.h"
#include "domain/Clock.h"
#include "itemmodels/AssetTableModel.h"
#include "itemmodels/OrganisationTreeModel.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/MasterDataRepository.h"
#include "storage/RiskRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace assetreg;
using namespace assetreg::test;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TempRegister> m_reg;
    Organisation m_org;

    // Assets SOM-2026-0000… in department A; every tenth is a 台帳 in department B.
    void addAssets(int count) {
        AssetRepository repo(m_reg->db());
        Transaction tx(m_reg->db());
        for (int i = 0; i < count; ++i) {
            Asset a =
                makeAsset(m_org, QStringLiteral("SOM-2026-%1").arg(i, 4, 10, QLatin1Char('0')),
                          i % 10 == 0 ? QStringLiteral("住民基本台帳データ%1").arg(i)
                                      : QStringLiteral("業務用端末%1").arg(i));
            if (i % 10 == 0) {
                a.departmentId = m_org.deptB;
                a.ownerId = m_org.ownerB;
            }
            if (!repo.create(a))
                qFatal("%s", qPrintable(repo.lastError().message));
        }
        QVERIFY(tx.commit());
    }

    std::unique_ptr<MainWindow> openWindow() {
        auto db = m_reg->openAnother();
        auto window = std::make_unique<MainWindow>(std::move(db));
        window->setLanguageSwitcher(
            [](const QString& lang) { bootstrap::installTranslators(lang); });
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("window not exposed");
        return window;
    }

    static void typeJapanese(QWidget* widget, const QString& text) {
        QInputMethodEvent ime;
        ime.setCommitString(text);
        QApplication::sendEvent(widget, &ime);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        bootstrap::setApplicationIdentity();
        bootstrap::installTranslators(QStringLiteral("en"));
    }

    void init() {
        QSettings().clear();
        prompts::hooks() = {};
        m_reg = std::make_unique<TempRegister>();
        QVERIFY2(m_reg->isValid(), qPrintable(m_reg->error()));
        m_org = seedOrganisation(m_reg->db());
    }
    void cleanup() {
        prompts::hooks() = {};
        m_reg.reset();
        bootstrap::installTranslators(QStringLiteral("en"));
    }

    void heatMapCellNarrowsTheRegisterAndTemplatesAssessTheSelection() {
        addAssets(12);
        // Two assets of department A with a risk of importance 3 × possibility 3.
        RiskRepository risks(m_reg->db());
        const RiskCatalogue cat = risks.catalogue();
        const auto ids = AssetRepository(m_reg->db()).ids(AssetQuery{});
        RiskAssessment r;
        r.threatId = cat.threatByCode(QStringLiteral("malware"))->id;
        r.likelihood = 3;
        r.vulnerability = 3;
        QVERIFY(risks.saveAssessment(ids.at(1), {r}));
        QVERIFY(risks.saveAssessment(ids.at(2), {r}));

        auto window = openWindow();
        auto* table = window->findChild<QTableView*>(QStringLiteral("assetTableView"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 12);
        window->findChild<QAction*>(QStringLiteral("dashboardAction"))->trigger();
        auto* dashboard = window->findChild<DashboardWindow*>();
        QVERIFY(dashboard);
        emit dashboard->cellActivated(3, 3, {ids.at(1), ids.at(2)});
        QCOMPARE(table->model()->rowCount(), 2);
        auto* note = window->findChild<QLabel*>(QStringLiteral("assetSubsetLabel"));
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(QStringLiteral("importance 3")));
        window->findChild<QPushButton*>(QStringLiteral("assetSubsetClearButton"))->click();
        QCOMPARE(table->model()->rowCount(), 12);

        // Apply a template to three selected assets of one sub-type, answered through the hook.
        RiskTemplate tmpl;
        tmpl.subType = QStringLiteral("data");
        tmpl.nameJa = QStringLiteral("電子データ");
        tmpl.rows = {{cat.threatByCode(QStringLiteral("insider"))->id, 2, 2, QString(),
                      Treatment::None, QString()}};
        QVERIFY(risks.saveTemplate(tmpl));
        table->selectionModel()->clearSelection();
        for (int row : {4, 5, 6})
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select |
                                                QItemSelectionModel::Rows);
        prompts::hooks().exec = [](QDialog* dialog) {
            return dialog->objectName() == QLatin1String("applyRiskTemplateDialog")
                       ? int(QDialog::Accepted)
                       : int(QDialog::Rejected);
        };
        window->findChild<QAction*>(QStringLiteral("applyRiskTemplateAction"))->trigger();
        RiskQuery assessed;
        assessed.assetIds = ids;
        QCOMPARE(risks.list(assessed).size(), 2 + 3);

        // The committee's summary, as PDF and as a workbook, from the Risk menu.
        for (const QString& name :
             {QStringLiteral("summary.pdf"), QStringLiteral("summary.xlsx")}) {
            const QString path = m_reg->tempPath(name);
            prompts::hooks().saveFile = [path](QWidget*, const QString&, const QString&,
                                               const QString&) {
                return path;
            };
            window->findChild<QAction*>(QStringLiteral("riskReportAction"))->trigger();
            const QByteArray bytes = fileBytes(path);
            QVERIFY2(bytes.startsWith(name.endsWith(QLatin1String("pdf")) ? "%PDF" : "PK"),
                     qPrintable(name));
        }
    }

    void tableModelPassesTheTesterAndPagesInBlocks() {
        addAssets(AssetTableModel::kBlockSize * 3 + 17);
        AssetTableModel model(m_reg->db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), AssetTableModel::kBlockSize * 3 + 17);
        // Any row is reachable at once, including the last.
        const int last = model.rowCount() - 1;
        QCOMPARE(model.index(last, AssetTableModel::NumberColumn).data().toString(),
                 QStringLiteral("SOM-2026-0616"));
        model.sort(AssetTableModel::NumberColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, AssetTableModel::NumberColumn).data().toString(),
                 QStringLiteral("SOM-2026-0616"));
        AssetQuery query = model.query();
        query.text = QStringLiteral("台帳");
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 62);
        QCOMPARE(model.index(0, AssetTableModel::NumberColumn).data().toString(),
                 QStringLiteral("SOM-2026-0610")); // the order is kept under the filter
        QCOMPARE(model.index(0, AssetTableModel::ClassificationColumn).data().toString(),
                 QStringLiteral("C3C-I2-A1"));
    }

    void organisationModelPassesTheTester() {
        addAssets(20);
        OrganisationTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        AssetRepository repo(m_reg->db());
        model.setOrganisation(repo.reference(), repo.countsByDepartment());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex all = model.allIndex();
        QCOMPARE(model.rowCount(all), 1); // one organ
        const QModelIndex organ = model.index(0, 0, all);
        QCOMPARE(model.rowCount(organ), 2);
        QVERIFY(all.data().toString().contains(QStringLiteral("(20)")));
        QVERIFY(model.index(1, 0, organ).data().toString().contains(QStringLiteral("市民課 (2)")));
    }

    void windowListsAndSearchesByKanjiSubstring() {
        addAssets(30);
        auto window = openWindow();
        auto* table = window->findChild<QTableView*>(QStringLiteral("assetTableView"));
        auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        auto* count = window->findChild<QLabel*>(QStringLiteral("countLabel"));
        auto* where = window->findChild<QLabel*>(QStringLiteral("registerLabel"));
        QVERIFY(table && search && count && where);
        QCOMPARE(table->model()->rowCount(), 30);
        QVERIFY(count->text().contains(QStringLiteral("30")));
        QVERIFY(where->text().contains(m_reg->settings().displayName()));

        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        typeJapanese(search, QStringLiteral("基本台帳"));
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->model()->index(0, AssetTableModel::NameColumn).data().toString(),
                 QStringLiteral("住民基本台帳データ0"));
        QVERIFY(count->text().contains(QStringLiteral("3")));
        search->clear();
        typeJapanese(search, QStringLiteral("端")); // one character works too
        QTRY_COMPARE(table->model()->rowCount(), 27);
        search->clear();
        QTRY_COMPARE(table->model()->rowCount(), 30);
    }

    void treeAndQuickFiltersNarrowTheList() {
        addAssets(30);
        AssetRepository repo(m_reg->db());
        // Approved long ago, through the review workflow: now overdue.
        const qint64 old = repo.findByNumber(QStringLiteral("SOM-2026-0001"))->id;
        Clock::setFixed(QDateTime(QDate(2020, 1, 1), QTime(9, 0), Qt::UTC));
        QVERIFY(repo.review({old}, ReviewDecision::Submit, QString()));
        QVERIFY(repo.review({old}, ReviewDecision::Approve, QString()));
        Clock::setFixed({});
        auto window = openWindow();
        auto* table = window->findChild<QTableView*>(QStringLiteral("assetTableView"));
        auto* tree = window->findChild<QTreeView*>(QStringLiteral("organisationTreeView"));
        auto* model = qobject_cast<OrganisationTreeModel*>(tree->model());
        tree->setCurrentIndex(model->indexOf(OrganisationTreeModel::Kind::Department, m_org.deptB));
        QTRY_COMPARE(table->model()->rowCount(), 3);
        tree->setCurrentIndex(model->allIndex());
        QTRY_COMPARE(table->model()->rowCount(), 30);

        auto* overdue = window->findChild<QCheckBox*>(QStringLiteral("overdueCheckBox"));
        overdue->setChecked(true);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        overdue->setChecked(false);
        auto* confidentiality =
            window->findChild<QComboBox*>(QStringLiteral("confidentialityComboBox"));
        confidentiality->setCurrentIndex(confidentiality->findData(QStringLiteral("3B")));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        confidentiality->setCurrentIndex(confidentiality->findData(QStringLiteral("3C")));
        QTRY_COMPARE(table->model()->rowCount(), 30);
        auto* segment = window->findChild<QComboBox*>(QStringLiteral("segmentComboBox"));
        segment->setCurrentIndex(segment->findData(QStringLiteral("internet")));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        window->findChild<QPushButton*>(QStringLiteral("clearFiltersButton"))->click();
        QTRY_COMPARE(table->model()->rowCount(), 30);
    }

    void bulkEditChangesTheSelectedRowsOnly() {
        addAssets(5);
        auto window = openWindow();
        auto* table = window->findChild<QTableView*>(QStringLiteral("assetTableView"));
        table->clearSelection();
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(3, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(window->selectedIds().size(), 2);
        prompts::hooks().exec = [](QDialog* dialog) {
            auto* bulk = qobject_cast<BulkEditDialog*>(dialog);
            if (!bulk)
                return int(QDialog::Rejected);
            bulk->findChild<QCheckBox*>(QStringLiteral("segmentCheckBox"))->setChecked(true);
            auto* segment = bulk->findChild<QComboBox*>(QStringLiteral("segmentComboBox"));
            segment->setCurrentIndex(segment->findData(QStringLiteral("mynumber")));
            bulk->findChild<QCheckBox*>(QStringLiteral("confidentialityCheckBox"))
                ->setChecked(true);
            auto* c = bulk->findChild<QComboBox*>(QStringLiteral("confidentialityComboBox"));
            c->setCurrentIndex(c->findData(QStringLiteral("3B")));
            return int(QDialog::Accepted);
        };
        window->findChild<QAction*>(QStringLiteral("bulkEditAction"))->trigger();
        AssetRepository repo(m_reg->db());
        QStringList changed;
        for (const Asset& a : repo.list()) {
            if (a.segment == Segment::MyNumber) {
                QCOMPARE(a.confidentiality, QStringLiteral("3B"));
                QCOMPARE(a.version, 2);
                changed.append(a.assetNumber);
            } else {
                QCOMPARE(a.version, 1);
            }
        }
        QCOMPARE(changed,
                 (QStringList{QStringLiteral("SOM-2026-0001"), QStringLiteral("SOM-2026-0003")}));
        QVERIFY(AuditLog(m_reg->db()).verify().ok);

        // Undo puts both back in one step.
        window->findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
        for (const Asset& a : repo.list())
            QCOMPARE(a.segment, Segment::Lgwan);
    }

    void deleteKeyRetiresAfterConfirmationAndUndoBringsItBack() {
        addAssets(3);
        auto window = openWindow();
        auto* table = window->findChild<QTableView*>(QStringLiteral("assetTableView"));
        table->setFocus();
        table->selectRow(2);
        bool asked = false;
        prompts::hooks().exec = [&asked](QDialog* dialog) {
            auto* retire = qobject_cast<RetireDialog*>(dialog);
            if (!retire)
                return int(QDialog::Rejected);
            asked = true;
            retire->findChild<QLineEdit*>(QStringLiteral("reasonLineEdit"))
                ->setText(QStringLiteral("端末更新のため"));
            return int(QDialog::Accepted);
        };
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(asked);
        AssetRepository repo(m_reg->db());
        auto retired = repo.findByNumber(QStringLiteral("SOM-2026-0002"));
        QCOMPARE(retired->status, AssetStatus::Retired);
        QCOMPARE(retired->statusReason, QStringLiteral("端末更新のため"));
        QCOMPARE(repo.count(), 3); // the record stays

        // Cancelling changes nothing.
        prompts::hooks().exec = [](QDialog*) {
            return int(QDialog::Rejected);
        };
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(repo.findByNumber(QStringLiteral("SOM-2026-0000"))->status, AssetStatus::InUse);

        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(repo.findByNumber(QStringLiteral("SOM-2026-0002"))->status, AssetStatus::InUse);
        const auto history = AuditLog(m_reg->db()).entriesFor(QStringLiteral("asset"), retired->id);
        QCOMPARE(history.last().action, QStringLiteral("undo"));
    }

    void switchingLanguageChangesVisibleText() {
        addAssets(2);
        auto window = openWindow();
        QMenu* file = window->menuBar()->findChildren<QMenu*>().first();
        QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        auto* table = window->findChild<QTableView*>(QStringLiteral("assetTableView"));
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Asset number"));
        window->findChild<QAction*>(QStringLiteral("japaneseAction"))->trigger();
        QTRY_COMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("ファイル(&F)"));
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("管理番号"));
        QCOMPARE(window->findChild<QCheckBox*>(QStringLiteral("overdueCheckBox"))
                     ->text()
                     .contains(QStringLiteral("期限")),
                 true);
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ja"));
        window->findChild<QAction*>(QStringLiteral("englishAction"))->trigger();
        QTRY_COMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        Q_UNUSED(file);
    }

    void columnsAndRegisterAreRemembered() {
        addAssets(2);
        {
            auto window = openWindow();
            auto* table = window->findChild<QTableView*>(QStringLiteral("assetTableView"));
            table->horizontalHeader()->setSectionHidden(AssetTableModel::OwnerColumn, true);
            table->horizontalHeader()->moveSection(AssetTableModel::NameColumn, 0);
            window->close();
        }
        auto window = openWindow();
        auto* header =
            window->findChild<QTableView*>(QStringLiteral("assetTableView"))->horizontalHeader();
        QVERIFY(header->isSectionHidden(AssetTableModel::OwnerColumn));
        QCOMPARE(header->logicalIndex(0), int(AssetTableModel::NameColumn));
        if (m_reg->settings().backend == Backend::SQLite)
            QCOMPARE(QSettings().value(QStringLiteral("registers/last")).toString(),
                     QStringLiteral("sqlite:") + m_reg->settings().sqlitePath);
    }

    void openingAnotherRegisterSwitchesAndAFailureKeepsTheCurrentOne() {
        addAssets(4);
        auto window = openWindow();
        auto* table = window->findChild<QTableView*>(QStringLiteral("assetTableView"));
        QCOMPARE(table->model()->rowCount(), 4);
        QString shown;
        prompts::hooks().message = [&shown](QWidget*, QMessageBox::Icon, const QString&,
                                            const QString& text) {
            shown = text;
        };
        const QString notes = m_reg->tempPath(QStringLiteral("notes.txt"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("memo");
        f.close();
        QVERIFY(!window->openRegister(ConnectionSettings::forSqlite(notes), false));
        QVERIFY(shown.contains(QStringLiteral("not an asset register")));
        QCOMPARE(table->model()->rowCount(), 4);
        const QString fresh = m_reg->tempPath(QStringLiteral("fresh.db"));
        QVERIFY(window->openRegister(ConnectionSettings::forSqlite(fresh), true));
        QCOMPARE(window->model()->rowCount(), 0);
        QVERIFY(window->findChild<QLabel*>(QStringLiteral("registerLabel"))
                    ->text()
                    .contains(QStringLiteral("fresh.db")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
