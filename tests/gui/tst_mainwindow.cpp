// The first register window, driven offscreen: it lists the register, the search box narrows
// it as the user types, and the table model passes QAbstractItemModelTester.
#include "TestSupport.h"

#include "MainWindow.h"
#include "itemmodels/AssetTableModel.h"
#include "storage/AssetRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace assetreg;
using namespace assetreg::test;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TempRegister> m_reg;
    Organisation m_org;

    void addAssets(int count) {
        AssetRepository repo(m_reg->db());
        for (int i = 0; i < count; ++i) {
            Asset a =
                makeAsset(m_org, QStringLiteral("SOM-2026-%1").arg(i, 4, 10, QLatin1Char('0')),
                          i % 10 == 0 ? QStringLiteral("住民基本台帳データ%1").arg(i)
                                      : QStringLiteral("業務用端末%1").arg(i));
            if (!repo.create(a))
                qFatal("%s", qPrintable(repo.lastError().message));
        }
    }

private slots:
    void init() {
        m_reg = std::make_unique<TempRegister>();
        QVERIFY2(m_reg->isValid(), qPrintable(m_reg->error()));
        m_org = seedOrganisation(m_reg->db());
    }
    void cleanup() { m_reg.reset(); }

    void modelPassesTheTester() {
        addAssets(AssetTableModel::kChunkSize + 120);
        AssetTableModel model(m_reg->db());
        QCOMPARE(model.totalCount(), AssetTableModel::kChunkSize + 120);
        // The first chunk comes at once; the rest a chunk at a time as the view scrolls.
        QCOMPARE(model.rowCount(), AssetTableModel::kChunkSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), AssetTableModel::kChunkSize + 120);
        QVERIFY(!model.canFetchMore({}));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        AssetQuery query;
        query.text = QStringLiteral("台帳");
        model.setQuery(query);
        QCOMPARE(model.totalCount(), 62);
        QCOMPARE(model.rowCount(), 62);
        model.reload();
        QCOMPARE(model.index(0, AssetTableModel::ClassificationColumn).data().toString(),
                 QStringLiteral("C3C-I2-A1"));
    }

    void windowListsAndSearches() {
        addAssets(30);
        MainWindow window(m_reg->db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableView*>(QStringLiteral("assetTableView"));
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        auto* count = window.findChild<QLabel*>(QStringLiteral("countLabel"));
        auto* where = window.findChild<QLabel*>(QStringLiteral("registerLabel"));
        QVERIFY(table && search && count && where);
        QTRY_COMPARE(table->model()->rowCount(), 30);
        QVERIFY(count->text().contains(QStringLiteral("30")));
        QVERIFY(where->text().contains(m_reg->settings().displayName()));

        // Ctrl+F puts the cursor in the search box; typing a kanji substring narrows the list.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        // Japanese arrives through the input method as a committed string.
        QInputMethodEvent ime;
        ime.setCommitString(QStringLiteral("台帳"));
        QApplication::sendEvent(search, &ime);
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->model()->index(0, AssetTableModel::NameColumn).data().toString(),
                 QStringLiteral("住民基本台帳データ0"));
        QVERIFY(count->text().contains(QStringLiteral("3")));
        search->clear();
        QTRY_COMPARE(table->model()->rowCount(), 30);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
