// The audit log and consistency report dialogs driven like an officer would: filtering the
// register's history, verifying the chain before and after tampering, exporting it as CSV, and
// the consistency check's summary, filters, printed HTML and PDF.
#include "TestSupport.h"

#include "AuditLogDialog.h"
#include "ConsistencyReportDialog.h"
#include "Prompts.h"
#include "domain/Clock.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/MasterDataRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace assetreg;
using namespace assetreg::test;

class TestReportDialogs : public QObject {
    Q_OBJECT

    std::unique_ptr<TempRegister> m_reg;
    Organisation m_org;
    QStringList m_messages;
    QString m_nextFile;
    int m_previewPages = -1;

    template <typename T> T* child(QWidget* parent, const char* name) {
        auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    static QStringList column(const QTableWidget* table, int column) {
        QStringList texts;
        for (int row = 0; row < table->rowCount(); ++row)
            texts.append(table->item(row, column) ? table->item(row, column)->text() : QString());
        return texts;
    }

    static void selectData(QComboBox* combo, const QVariant& data) {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
    }

    // "#N" of the test's N-th own entry.
    QString entry(int n) const { return QStringLiteral("#%1").arg(m_base + n); }
    qint64 m_base = 0;

private slots:
    void init() {
        m_reg = std::make_unique<TempRegister>();
        QVERIFY2(m_reg->isValid(), qPrintable(m_reg->error()));
        Database& db = m_reg->db();
        m_org = seedOrganisation(db);
        QVERIFY(MasterDataRepository(db).setSetting(QStringLiteral("organisation_name"),
                                                    QStringLiteral("架空市")));
        // The register's own first entries (baseline, organisation): the test's five follow.
        m_base = AuditLog(db).count();
        AssetRepository repo(db);

        db.setLoginForTesting(QStringLiteral("t.yamada"));
        // R04: personal information at the lowest confidentiality.
        Asset low = makeAsset(m_org, QStringLiteral("SOM-001"), QStringLiteral("職員名簿"));
        low.confidentiality = QStringLiteral("1");
        QVERIFY2(repo.create(low), qPrintable(repo.lastError().message));
        Asset plain = makeAsset(m_org, QStringLiteral("SOM-002"), QStringLiteral("旧文書管理"));
        QVERIFY2(repo.create(plain), qPrintable(repo.lastError().message));
        plain.name = QStringLiteral("旧文書管理システム");
        QVERIFY2(repo.update(plain), qPrintable(repo.lastError().message));
        QVERIFY2(repo.retire(plain.id, plain.version, QStringLiteral("更新のため"), Clock::today()),
                 qPrintable(repo.lastError().message));

        db.setLoginForTesting(QStringLiteral("h.sato"));
        // R06: outsourced without a contract number.
        Asset outsourced =
            makeAsset(m_org, QStringLiteral("SHIMIN-001"), QStringLiteral("住民記録委託データ"));
        outsourced.departmentId = m_org.deptB;
        outsourced.ownerId = m_org.ownerB;
        outsourced.outsourced = true;
        outsourced.contractor = QStringLiteral("株式会社サンプル");
        QVERIFY2(repo.create(outsourced), qPrintable(repo.lastError().message));

        m_messages.clear();
        m_nextFile.clear();
        m_previewPages = -1;
        prompts::Hooks& hooks = prompts::hooks();
        hooks.message = [this](QWidget*, QMessageBox::Icon icon, const QString&,
                               const QString& text) {
            m_messages.append(QString::number(int(icon)) + QLatin1Char(':') + text);
        };
        hooks.question = [](QWidget*, const QString&, const QString&, QMessageBox::StandardButtons,
                            QMessageBox::StandardButton) {
            return QMessageBox::No;
        };
        hooks.saveFile = [this](QWidget*, const QString&, const QString&, const QString&) {
            return m_nextFile;
        };
        hooks.openFile = hooks.saveFile;
        hooks.exec = [this](QDialog* dialog) {
            // Render the preview once, as the real dialog does when it is shown.
            if (auto* preview = dialog->findChild<QPrintPreviewWidget*>()) {
                preview->updatePreview();
                m_previewPages = preview->pageCount();
            }
            return int(QDialog::Rejected);
        };
    }

    void cleanup() {
        prompts::hooks() = {};
        m_reg.reset();
    }

    void auditListsAllEntriesNewestFirst() {
        AuditLogDialog dialog(m_reg->db());
        const qint64 total = AuditLog(m_reg->db()).count();
        QCOMPARE(total, m_base + 5);
        auto* table = child<QTableWidget>(&dialog, "auditTableWidget");
        QVERIFY(table);
        QCOMPARE(table->rowCount(), m_base + 5);
        QCOMPARE(column(table, 0), (QStringList{entry(5), entry(4), entry(3), entry(2), entry(1)}) +
                                       column(table, 0).mid(5));
        QCOMPARE(column(table, 3).at(1), AuditLogDialog::actionName(QStringLiteral("retire")));
        QCOMPARE(column(table, 4).at(0), QStringLiteral("SHIMIN-001"));
        QCOMPARE(column(table, 2).at(0), QStringLiteral("h.sato"));
    }

    void auditFiltersNarrowTheTable() {
        AuditLogDialog dialog(m_reg->db());
        auto* table = child<QTableWidget>(&dialog, "auditTableWidget");
        auto* action = child<QComboBox>(&dialog, "actionComboBox");
        auto* department = child<QComboBox>(&dialog, "departmentComboBox");
        auto* user = child<QComboBox>(&dialog, "userComboBox");
        auto* asset = child<QLineEdit>(&dialog, "assetNumberLineEdit");
        QVERIFY(table && action && department && user && asset);

        selectData(action, QStringLiteral("retire"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("SOM-002"));
        action->setCurrentIndex(0);
        QCOMPARE(table->rowCount(), m_base + 5);

        selectData(department, m_org.deptB);
        QCOMPARE(column(table, 4), QStringList({QStringLiteral("SHIMIN-001")}));
        department->setCurrentIndex(0);

        selectData(user, QStringLiteral("t.yamada"));
        QCOMPARE(table->rowCount(), 4);
        user->setCurrentIndex(0);

        asset->setText(QStringLiteral("SOM-002"));
        emit asset->editingFinished();
        QCOMPARE(column(table, 4), QStringList(3, QStringLiteral("SOM-002")));
        QCOMPARE(column(table, 0), (QStringList{entry(4), entry(3), entry(2)}));

        // A date range in the future has no entries; today's has them all.
        asset->clear();
        emit asset->editingFinished();
        auto* from = child<QDateEdit>(&dialog, "fromDateEdit");
        auto* anyFrom = child<QCheckBox>(&dialog, "anyFromCheckBox");
        QVERIFY(from && anyFrom);
        from->setDate(Clock::today().addDays(1));
        anyFrom->setChecked(false);
        QCOMPARE(table->rowCount(), 0);
        from->setDate(Clock::today());
        QCOMPARE(table->rowCount(), m_base + 5);
    }

    void selectingAnEntryShowsItsChanges() {
        AuditLogDialog dialog(m_reg->db());
        auto* table = child<QTableWidget>(&dialog, "auditTableWidget");
        auto* changes = child<QTableWidget>(&dialog, "changesTableWidget");
        QVERIFY(table && changes);
        QCOMPARE(changes->rowCount(), 0);
        const int updateRow = int(column(table, 0).indexOf(entry(3)));
        QVERIFY(updateRow >= 0);
        QCOMPARE(table->item(updateRow, 3)->text(),
                 AuditLogDialog::actionName(QStringLiteral("update")));
        QVERIFY2(table->item(updateRow, 6)->text().contains(QStringLiteral("Name")),
                 qPrintable(table->item(updateRow, 6)->text()));
        table->selectRow(updateRow);
        QVERIFY(changes->rowCount() >= 1);
        int nameRow = -1;
        for (int row = 0; row < changes->rowCount(); ++row) {
            if (changes->item(row, 0)->text() == QStringLiteral("Name"))
                nameRow = row;
        }
        QVERIFY(nameRow >= 0);
        QCOMPARE(changes->item(nameRow, 1)->text(), QStringLiteral("旧文書管理"));
        QCOMPARE(changes->item(nameRow, 2)->text(), QStringLiteral("旧文書管理システム"));
    }

    void verifyShowsIntactThenTheBrokenEntry() {
        AuditLogDialog dialog(m_reg->db());
        auto* button = child<QPushButton>(&dialog, "verifyButton");
        auto* label = child<QLabel>(&dialog, "verifyLabel");
        QVERIFY(button && label);
        QTest::mouseClick(button, Qt::LeftButton);
        const auto [headId, headHash] = AuditLog(m_reg->db()).head();
        QVERIFY2(label->text().contains(QStringLiteral("Intact")), qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("%1 entries").arg(m_base + 5)));
        QVERIFY(label->text().contains(headHash));
        QCOMPARE(label->palette().color(QPalette::WindowText).red() <
                     label->palette().color(QPalette::WindowText).green(),
                 true);

        QSqlQuery q = m_reg->db().query();
        QVERIFY(q.exec(
            QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = %1").arg(m_base + 1)));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY2(label->text().contains(entry(1)), qPrintable(label->text()));
        QVERIFY(!label->text().contains(QStringLiteral("Intact")));
        QVERIFY(label->palette().color(QPalette::WindowText).red() > 0x80);
        const AuditVerification v = dialog.verifyChain();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenId, m_base + 1);
        // The broken entry is selected so that the officer sees what it was.
        auto* table = child<QTableWidget>(&dialog, "auditTableWidget");
        QCOMPARE(table->selectedItems().value(0)->row(), 4);
    }

    void exportWritesCsvWithBom() {
        AuditLogDialog dialog(m_reg->db());
        auto* action = child<QComboBox>(&dialog, "actionComboBox");
        selectData(action, QStringLiteral("create"));
        m_nextFile = m_reg->tempPath(QStringLiteral("audit.csv"));
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        const QByteArray bytes = fileBytes(m_nextFile);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        // Entries can span lines (one change per line inside quotes): count by records.
        QVERIFY2(text.contains(QStringLiteral("SOM-001")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("SHIMIN-001")));
        QVERIFY(text.contains(QStringLiteral("t.yamada")));
        QVERIFY(!text.contains(AuditLogDialog::actionName(QStringLiteral("retire"))));
        QVERIFY(lines.first().startsWith(QStringLiteral("No.,")));
        // The organisation's units and people were recorded as created before the test's own.
        QSqlQuery q = m_reg->db().query();
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'create' AND "
                                      "id <= %1")
                           .arg(m_base)));
        QVERIFY(q.next());
        QCOMPARE(text.count(AuditLogDialog::actionName(QStringLiteral("create"))),
                 q.value(0).toLongLong() + 3);
        QCOMPARE(m_messages.size(), 1);
        QVERIFY(m_messages.first().startsWith(QString::number(int(QMessageBox::Information))));
    }

    void consistencySummaryMatchesTheReport() {
        ConsistencyReport report;
        QVERIFY(ConsistencyReport::run(m_reg->db(), Clock::today(), &report));
        QVERIFY(report.errors() >= 1);
        QVERIFY(report.warnings() >= 1);
        ConsistencyReportDialog dialog(m_reg->db());
        auto* summary = child<QLabel>(&dialog, "summaryLabel");
        QVERIFY(summary);
        QCOMPARE(summary->text(), QStringLiteral("%1 assets checked: %2 errors, %3 warnings")
                                      .arg(report.assetsChecked)
                                      .arg(report.errors())
                                      .arg(report.warnings()));
        auto* table = child<QTableWidget>(&dialog, "findingsTableWidget");
        QCOMPARE(table->rowCount(), report.items.size());
        QVERIFY(column(table, 3).contains(QStringLiteral("R04")));
        QVERIFY(column(table, 3).contains(QStringLiteral("R06")));
        // Grouped by department: once a department's rows end, it does not come back.
        QStringList seen;
        for (const QString& department : column(table, 0)) {
            if (seen.isEmpty() || seen.last() != department) {
                QVERIFY(!seen.contains(department));
                seen.append(department);
            }
        }
    }

    void severityAndRuleFiltersNarrowTheFindings() {
        ConsistencyReportDialog dialog(m_reg->db());
        auto* table = child<QTableWidget>(&dialog, "findingsTableWidget");
        auto* severity = child<QComboBox>(&dialog, "severityComboBox");
        auto* rule = child<QComboBox>(&dialog, "ruleComboBox");
        QVERIFY(table && severity && rule);
        selectData(severity, int(RuleSeverity::Error));
        QCOMPARE(table->rowCount(), dialog.report().errors());
        for (const QString& text : column(table, 4))
            QCOMPARE(text, QStringLiteral("Error"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("R04"));
        QCOMPARE(table->item(0, 4)->foreground().color(), QColor(0xb0, 0x00, 0x20));
        severity->setCurrentIndex(0);
        selectData(rule, QStringLiteral("R06"));
        QCOMPARE(column(table, 3), QStringList({QStringLiteral("R06")}));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("SHIMIN-001"));
        QVERIFY(rule->currentText().startsWith(QStringLiteral("R06 第7条(8) ")));
    }

    void htmlHasTitleDepartmentsAndRules() {
        ConsistencyReport report;
        QVERIFY(ConsistencyReport::run(m_reg->db(), Clock::today(), &report));
        const QString html =
            ConsistencyReportDialog::toHtml(report, QStringLiteral("架空市"), QDate(2019, 5, 1));
        QVERIFY(html.contains(QStringLiteral("情報資産の整合性チェック結果")));
        QVERIFY(html.contains(QStringLiteral("架空市")));
        QVERIFY(html.contains(QStringLiteral("令和元年5月1日")));
        QVERIFY(html.contains(QStringLiteral("総務課")));
        QVERIFY(html.contains(QStringLiteral("市民課")));
        QVERIFY(html.contains(QStringLiteral("R04")));
        QVERIFY(html.contains(QStringLiteral("R06")));
        QVERIFY(html.indexOf(QStringLiteral("総務課")) < html.indexOf(QStringLiteral("SOM-001")));
        // Data is escaped, not interpreted.
        report.items.first().assetName = QStringLiteral("<b>&");
        QVERIFY(ConsistencyReportDialog::toHtml(report, QString(), QDate(2026, 3, 31))
                    .contains(QStringLiteral("&lt;b&gt;&amp;")));
        const QString empty =
            ConsistencyReportDialog::toHtml(ConsistencyReport{}, QString(), QDate(2026, 3, 31));
        QVERIFY(empty.contains(QStringLiteral("指摘事項はありません")));
    }

    void printShowsAPreview() {
        ConsistencyReportDialog dialog(m_reg->db());
        QTest::mouseClick(child<QPushButton>(&dialog, "printButton"), Qt::LeftButton);
        QVERIFY(m_previewPages >= 1);
    }

    void pdfButtonWritesThePdf() {
        ConsistencyReportDialog dialog(m_reg->db());
        m_nextFile = m_reg->tempPath(QStringLiteral("report"));
        QTest::mouseClick(child<QPushButton>(&dialog, "pdfButton"), Qt::LeftButton);
        const QString path = m_nextFile + QStringLiteral(".pdf");
        const QByteArray bytes = fileBytes(path);
        QVERIFY2(bytes.startsWith("%PDF"), qPrintable(m_messages.join(QLatin1Char('\n'))));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed");
        QProcess process;
        process.start(pdftotext, {path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput())
                                 .normalized(QString::NormalizationForm_KC);
        QVERIFY2(text.contains(QStringLiteral("情報資産の整合性チェック結果")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("架空市")));
        QVERIFY(text.contains(QStringLiteral("SHIMIN-001")));
    }

    void csvExportOfFindings() {
        ConsistencyReportDialog dialog(m_reg->db());
        m_nextFile = m_reg->tempPath(QStringLiteral("findings.csv"));
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        const QByteArray bytes = fileBytes(m_nextFile);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.contains(QStringLiteral("R04")));
        QVERIFY(text.contains(QStringLiteral("第7条(8)")));
    }
};

QTEST_MAIN(TestReportDialogs)
#include "tst_reportdialogs.moc"
