// The review queue and the asset history, driven offscreen through their widgets: what waits for
// a decision, deciding for several assets at once, returning with a comment, what changed since
// approval, who may decide, and restoring an earlier version.
#include "TestSupport.h"

#include "AssetHistoryDialog.h"
#include "AuditLogDialog.h"
#include "ClassificationSchemeDialog.h"
#include "OrganisationDialog.h"
#include "Prompts.h"
#include "RegisterSettingsDialog.h"
#include "ReviewQueueDialog.h"
#include "UsersDialog.h"
#include "storage/AccessControl.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/MasterDataRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace assetreg;
using namespace assetreg::test;

namespace {

template <typename T> T* child(QWidget* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

// The row of the queue or history table whose first column (or `column`) is `text`; -1 if none.
int rowOf(const QTableWidget* table, const QString& text, int column = 0) {
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column) && table->item(row, column)->text() == text)
            return row;
    }
    return -1;
}

void selectRows(QTableWidget* table, const QList<int>& rows) {
    table->clearSelection();
    for (int row : rows)
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (!rows.isEmpty())
        table->selectionModel()->setCurrentIndex(table->model()->index(rows.first(), 0),
                                                 QItemSelectionModel::NoUpdate);
}

} // namespace

class TestReviewDialogs : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TempRegister> m_reg;
    Organisation m_org;
    QStringList m_warnings;

    qint64 addAsset(const QString& number, const QString& name, bool submit) {
        AssetRepository repo(m_reg->db());
        Asset asset = makeAsset(m_org, number, name);
        if (!repo.create(asset)) {
            QTest::qFail(qPrintable(repo.lastError().message), __FILE__, __LINE__);
            return 0;
        }
        if (submit && !repo.review({asset.id}, ReviewDecision::Submit, QString()))
            QTest::qFail(qPrintable(repo.lastError().message), __FILE__, __LINE__);
        return asset.id;
    }

    Asset asset(qint64 id) {
        AssetRepository repo(m_reg->db());
        return repo.findById(id).value_or(Asset{});
    }

private slots:
    void init() {
        m_reg = std::make_unique<TempRegister>();
        QVERIFY2(m_reg->isValid(), qPrintable(m_reg->error()));
        m_org = seedOrganisation(m_reg->db());
        m_warnings.clear();
        prompts::hooks().message = [this](QWidget*, QMessageBox::Icon, const QString&,
                                          const QString& text) {
            m_warnings.append(text);
        };
    }

    void cleanup() {
        prompts::hooks() = prompts::Hooks{};
        m_reg.reset();
    }

    void queueListsOnlySubmittedAssets() {
        addAsset(QStringLiteral("SOM-001"), QStringLiteral("人事記録"), true);
        addAsset(QStringLiteral("SOM-002"), QStringLiteral("下書き"), false);
        addAsset(QStringLiteral("SOM-003"), QStringLiteral("給与データ"), true);
        ReviewQueueDialog dialog(m_reg->db(), nullptr);
        auto* table = child<QTableWidget>(&dialog, "queueTableWidget");
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(rowOf(table, QStringLiteral("SOM-001")) >= 0);
        QVERIFY(rowOf(table, QStringLiteral("SOM-003")) >= 0);
        QCOMPARE(rowOf(table, QStringLiteral("SOM-002")), -1);
        QVERIFY(child<QLabel>(&dialog, "countLabel")->text().contains(QLatin1String("2")));
        // Who submitted it comes from the audit log.
        QCOMPARE(table->item(0, 4)->text(), m_reg->db().currentUser());
        QVERIFY(!table->item(0, 5)->text().isEmpty());
    }

    void approvingTwoSelectedAssetsApprovesBoth() {
        const qint64 a = addAsset(QStringLiteral("SOM-001"), QStringLiteral("人事記録"), true);
        const qint64 b = addAsset(QStringLiteral("SOM-002"), QStringLiteral("給与データ"), true);
        ReviewQueueDialog dialog(m_reg->db(), nullptr);
        auto* table = child<QTableWidget>(&dialog, "queueTableWidget");
        auto* approve = child<QPushButton>(&dialog, "approveButton");
        QCOMPARE(table->rowCount(), 2);
        selectRows(table, {0, 1});
        QVERIFY(approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(QLatin1Char('\n'))));
        QCOMPARE(asset(a).reviewState, ReviewState::Approved);
        QCOMPARE(asset(b).reviewState, ReviewState::Approved);
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(dialog.decidedCount(), 2);
        QVERIFY(child<QLabel>(&dialog, "countLabel")->text().startsWith(QLatin1String("0 ")));
        QVERIFY(!approve->isEnabled());
    }

    void ctrlEnterApprovesTheSelection() {
        const qint64 a = addAsset(QStringLiteral("SOM-001"), QStringLiteral("人事記録"), true);
        const qint64 b = addAsset(QStringLiteral("SOM-002"), QStringLiteral("給与データ"), true);
        ReviewQueueDialog dialog(m_reg->db(), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* table = child<QTableWidget>(&dialog, "queueTableWidget");
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1); // the first, on opening
        selectRows(table, {0});
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(asset(a).reviewState, ReviewState::Approved);
        QCOMPARE(table->rowCount(), 1);
        // After a decision nothing is selected: a second Ctrl+Enter decides nothing.
        QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(asset(b).reviewState, ReviewState::Submitted);
        // From the comment box as well.
        selectRows(table, {0});
        auto* comment = child<QPlainTextEdit>(&dialog, "commentPlainTextEdit");
        comment->setFocus();
        QTest::keyClick(comment, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
        QCOMPARE(asset(b).reviewState, ReviewState::Approved);
        QCOMPARE(table->rowCount(), 0);
    }

    void returnNeedsACommentAndRecordsIt() {
        const qint64 a = addAsset(QStringLiteral("SOM-001"), QStringLiteral("人事記録"), true);
        ReviewQueueDialog dialog(m_reg->db(), nullptr);
        auto* table = child<QTableWidget>(&dialog, "queueTableWidget");
        auto* returnButton = child<QPushButton>(&dialog, "returnButton");
        auto* comment = child<QPlainTextEdit>(&dialog, "commentPlainTextEdit");
        selectRows(table, {0});
        QVERIFY(!returnButton->isEnabled());
        QVERIFY(!returnButton->toolTip().isEmpty());
        comment->setPlainText(QStringLiteral("   "));
        QVERIFY(!returnButton->isEnabled());
        const QString why = QStringLiteral("機密性の分類を見直してください");
        comment->setPlainText(why);
        QVERIFY(returnButton->isEnabled());
        QTest::mouseClick(returnButton, Qt::LeftButton);
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(QLatin1Char('\n'))));
        QCOMPARE(asset(a).reviewState, ReviewState::Returned);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(comment->toPlainText().isEmpty());
        const QList<AuditEntry> entries =
            AuditLog(m_reg->db()).entriesFor(QStringLiteral("asset"), a);
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.last().action, QStringLiteral("return"));
        QCOMPARE(entries.last().comment, why);
    }

    void diffShowsAFieldChangedSinceApproval() {
        const qint64 a = addAsset(QStringLiteral("SOM-001"), QStringLiteral("人事記録"), true);
        {
            AssetRepository repo(m_reg->db());
            QVERIFY2(repo.review({a}, ReviewDecision::Approve, QString()),
                     qPrintable(repo.lastError().message));
            Asset changed = *repo.findById(a);
            changed.name = QStringLiteral("人事記録（改訂）");
            QVERIFY2(repo.update(changed), qPrintable(repo.lastError().message));
            QVERIFY2(repo.review({a}, ReviewDecision::Submit, QString()),
                     qPrintable(repo.lastError().message));
        }
        ReviewQueueDialog dialog(m_reg->db(), nullptr);
        auto* table = child<QTableWidget>(&dialog, "queueTableWidget");
        auto* diff = child<QTableWidget>(&dialog, "diffTableWidget");
        QVERIFY(diff);
        QCOMPARE(table->rowCount(), 1);
        selectRows(table, {0});
        QCOMPARE(diff->rowCount(), 1);
        QCOMPARE(diff->item(0, 0)->data(Qt::UserRole).toString(), QStringLiteral("name"));
        QCOMPARE(diff->item(0, 0)->text(), assetField(QStringLiteral("name"))->translatedLabel());
        QCOMPARE(diff->item(0, 1)->text(), QStringLiteral("人事記録"));
        QCOMPARE(diff->item(0, 2)->text(), QStringLiteral("人事記録（改訂）"));
        QVERIFY(!diff->isColumnHidden(1));
    }

    void diffOfANewAssetListsItsValues() {
        addAsset(QStringLiteral("SOM-001"), QStringLiteral("人事記録"), true);
        ReviewQueueDialog dialog(m_reg->db(), nullptr);
        auto* diff = child<QTableWidget>(&dialog, "diffTableWidget");
        QVERIFY(child<QLabel>(&dialog, "diffNoteLabel")->text().contains(QLatin1String("never")));
        QVERIFY(rowOf(diff, QStringLiteral("人事記録"), 2) >= 0);
        QVERIFY(diff->isColumnHidden(1));
    }

    void failedDecisionWarnsAndKeepsTheQueue() {
        const qint64 a = addAsset(QStringLiteral("SOM-001"), QStringLiteral("人事記録"), true);
        const qint64 b = addAsset(QStringLiteral("SOM-002"), QStringLiteral("給与データ"), true);
        ReviewQueueDialog dialog(m_reg->db(), nullptr);
        auto* table = child<QTableWidget>(&dialog, "queueTableWidget");
        selectRows(table, {0, 1});
        // Someone else returns b meanwhile: approving both is refused, and a stays submitted.
        {
            AssetRepository other(m_reg->db());
            QVERIFY(other.review({b}, ReviewDecision::Return, QStringLiteral("別の担当者")));
        }
        QTest::mouseClick(child<QPushButton>(&dialog, "approveButton"), Qt::LeftButton);
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY(m_warnings.first().contains(QLatin1String("SOM-002")));
        QCOMPARE(asset(a).reviewState, ReviewState::Submitted);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    }

    void sectionHeadStepWhenSwitchedOn() {
        QVERIFY(MasterDataRepository(m_reg->db())
                    .setSetting(QStringLiteral("section_head_approval"), QStringLiteral("1")));
        const qint64 a = addAsset(QStringLiteral("SOM-001"), QStringLiteral("人事記録"), true);
        ReviewQueueDialog dialog(m_reg->db(), nullptr);
        auto* table = child<QTableWidget>(&dialog, "queueTableWidget");
        auto* sectionApprove = child<QPushButton>(&dialog, "sectionApproveButton");
        auto* approve = child<QPushButton>(&dialog, "approveButton");
        QVERIFY(sectionApprove->isVisibleTo(&dialog));
        selectRows(table, {0});
        QVERIFY(!approve->isEnabled()); // the section head decides first
        QVERIFY(sectionApprove->isEnabled());
        QTest::mouseClick(sectionApprove, Qt::LeftButton);
        QCOMPARE(asset(a).reviewState, ReviewState::SectionApproved);
        QCOMPARE(table->rowCount(), 1); // still waiting for the officer
        selectRows(table, {0});
        QVERIFY(approve->isEnabled());
        QVERIFY(!sectionApprove->isEnabled());
    }

    void sectionApproveHiddenWhenSwitchedOff() {
        addAsset(QStringLiteral("SOM-001"), QStringLiteral("人事記録"), true);
        ReviewQueueDialog dialog(m_reg->db(), nullptr);
        QVERIFY(!child<QPushButton>(&dialog, "sectionApproveButton")->isVisibleTo(&dialog));
    }

    void readerCannotApprove() {
        addAsset(QStringLiteral("SOM-001"), QStringLiteral("人事記録"), true);
        { QVERIFY(registerAdminAnd(m_reg->db(), QStringLiteral("reader.x"), Role::Reader)); }
        m_reg->db().setLoginForTesting(QStringLiteral("reader.x"));
        ReviewQueueDialog dialog(m_reg->db(), nullptr);
        auto* table = child<QTableWidget>(&dialog, "queueTableWidget");
        QCOMPARE(table->rowCount(), 1);
        selectRows(table, {0});
        auto* approve = child<QPushButton>(&dialog, "approveButton");
        QVERIFY(!approve->isEnabled());
        QVERIFY(!approve->toolTip().isEmpty());
        child<QPlainTextEdit>(&dialog, "commentPlainTextEdit")->setPlainText(QStringLiteral("x"));
        QVERIFY(!child<QPushButton>(&dialog, "returnButton")->isEnabled());
    }

    void sectionHeadSeesOnlyTheirDepartment() {
        addAsset(QStringLiteral("SOM-001"), QStringLiteral("人事記録"), true);
        {
            AssetRepository repo(m_reg->db());
            Asset other = makeAsset(m_org, QStringLiteral("SHI-001"), QStringLiteral("住民票"));
            other.departmentId = m_org.deptB;
            other.ownerId = m_org.ownerB;
            QVERIFY2(repo.create(other), qPrintable(repo.lastError().message));
            QVERIFY(repo.review({other.id}, ReviewDecision::Submit, QString()));
            QVERIFY(registerAdminAnd(m_reg->db(), QStringLiteral("head.b"), Role::SectionHead,
                                     m_org.deptB));
        }
        m_reg->db().setLoginForTesting(QStringLiteral("head.b"));
        ReviewQueueDialog dialog(m_reg->db(), nullptr);
        auto* table = child<QTableWidget>(&dialog, "queueTableWidget");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("SHI-001"));
        selectRows(table, {0});
        QVERIFY(!child<QPushButton>(&dialog, "approveButton")->isEnabled());
    }

    void historyNewestFirstAndRestore() {
        const qint64 a = addAsset(QStringLiteral("SOM-001"), QStringLiteral("人事記録"), false);
        {
            AssetRepository repo(m_reg->db());
            Asset changed = *repo.findById(a);
            changed.name = QStringLiteral("人事記録（改訂）");
            QVERIFY2(repo.update(changed), qPrintable(repo.lastError().message));
        }
        AssetHistoryDialog dialog(m_reg->db(), a, nullptr);
        auto* table = child<QTableWidget>(&dialog, "historyTableWidget");
        auto* changes = child<QTableWidget>(&dialog, "changesTableWidget");
        auto* restore = child<QPushButton>(&dialog, "restoreButton");
        QVERIFY(table && changes && restore);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(0, 3)->data(Qt::UserRole).toString(), QStringLiteral("update"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("1"));
        QCOMPARE(table->item(1, 3)->data(Qt::UserRole).toString(), QStringLiteral("create"));
        // The newest entry is selected: its change, and nothing to restore.
        QCOMPARE(table->currentRow(), 0);
        const int nameRow = rowOf(changes, QStringLiteral("人事記録（改訂）"), 2);
        QVERIFY(nameRow >= 0);
        QCOMPARE(changes->item(nameRow, 1)->text(), QStringLiteral("人事記録"));
        QVERIFY(!restore->isEnabled());

        table->selectRow(1);
        QVERIFY(restore->isEnabled());
        QString asked;
        prompts::hooks().question = [&asked](QWidget*, const QString&, const QString& text,
                                             QMessageBox::StandardButtons,
                                             QMessageBox::StandardButton) {
            asked = text;
            return QMessageBox::Yes;
        };
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(QLatin1Char('\n'))));
        QVERIFY(asked.contains(QLatin1String("1")));
        QVERIFY(dialog.restored());
        QCOMPARE(asset(a).name, QStringLiteral("人事記録"));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 3)->data(Qt::UserRole).toString(), QStringLiteral("restore"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("3"));
    }

    void historyRestoreDeclinedChangesNothing() {
        const qint64 a = addAsset(QStringLiteral("SOM-001"), QStringLiteral("人事記録"), false);
        {
            AssetRepository repo(m_reg->db());
            Asset changed = *repo.findById(a);
            changed.name = QStringLiteral("人事記録（改訂）");
            QVERIFY(repo.update(changed));
        }
        AssetHistoryDialog dialog(m_reg->db(), a, nullptr);
        auto* table = child<QTableWidget>(&dialog, "historyTableWidget");
        table->selectRow(1);
        prompts::hooks().question = [](QWidget*, const QString&, const QString&,
                                       QMessageBox::StandardButtons, QMessageBox::StandardButton) {
            return QMessageBox::No;
        };
        QTest::mouseClick(child<QPushButton>(&dialog, "restoreButton"), Qt::LeftButton);
        QVERIFY(!dialog.restored());
        QCOMPARE(asset(a).name, QStringLiteral("人事記録（改訂）"));
        QCOMPARE(table->rowCount(), 2);
    }

    void historyRestoreDisabledForReader() {
        const qint64 a = addAsset(QStringLiteral("SOM-001"), QStringLiteral("人事記録"), false);
        {
            AssetRepository repo(m_reg->db());
            Asset changed = *repo.findById(a);
            changed.name = QStringLiteral("人事記録（改訂）");
            QVERIFY(repo.update(changed));
            QVERIFY(registerAdminAnd(m_reg->db(), QStringLiteral("reader.x"), Role::Reader));
        }
        m_reg->db().setLoginForTesting(QStringLiteral("reader.x"));
        AssetHistoryDialog dialog(m_reg->db(), a, nullptr);
        child<QTableWidget>(&dialog, "historyTableWidget")->selectRow(1);
        auto* restore = child<QPushButton>(&dialog, "restoreButton");
        QVERIFY(!restore->isEnabled());
        QVERIFY(!restore->toolTip().isEmpty());
    }

    void registerSettingsDialogSaves() {
        RegisterSettingsDialog dialog(m_reg->db());
        auto* organisation = child<QLineEdit>(&dialog, "organisationEdit");
        auto* months = child<QSpinBox>(&dialog, "reviewMonthsSpin");
        auto* sectionHead = child<QCheckBox>(&dialog, "sectionHeadCheck");
        QCOMPARE(months->value(), 12); // the shipped default is shown
        QVERIFY(!sectionHead->isChecked());
        organisation->setText(QStringLiteral("みなみ野市"));
        months->setValue(6);
        sectionHead->setChecked(true);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const RegisterSettings saved = MasterDataRepository(m_reg->db()).registerSettings();
        QCOMPARE(saved.organisationName, QStringLiteral("みなみ野市"));
        QCOMPARE(saved.reviewPeriodMonths, 6);
        QVERIFY(saved.sectionHeadApproval);
        QCOMPARE(AuditLog(m_reg->db()).latest(1).first().action, QStringLiteral("settings"));
    }

    void registerSettingsRefusedForAnOfficerKeepsTheDialogOpen() {
        Database& db = m_reg->db();
        QVERIFY(registerAdminAnd(db, QStringLiteral("officer"), Role::Officer));
        db.setLoginForTesting(QStringLiteral("officer"));
        RegisterSettingsDialog dialog(db);
        dialog.show();
        child<QSpinBox>(&dialog, "reviewMonthsSpin")->setValue(3);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isVisible()); // still open, the entry as typed
        QCOMPARE(child<QSpinBox>(&dialog, "reviewMonthsSpin")->value(), 3);
        auto* error = child<QLabel>(&dialog, "settingsError");
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(MasterDataRepository(db).registerSettings().reviewPeriodMonths, 12);
    }

    void usersDialogAddsUsersAndChangesRoles() {
        Database& db = m_reg->db();
        UsersDialog dialog(db);
        auto* table = child<QTableWidget>(&dialog, "usersTable");
        auto* login = child<QLineEdit>(&dialog, "loginEdit");
        auto* role = child<QComboBox>(&dialog, "roleCombo");
        auto* department = child<QComboBox>(&dialog, "departmentCombo");
        auto* add = child<QPushButton>(&dialog, "addUserButton");
        auto* change = child<QPushButton>(&dialog, "changeRoleButton");
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!add->isEnabled()); // nothing typed yet

        // The first user: this login, as administrator, ending set-up mode.
        login->setText(db.currentUser());
        role->setCurrentIndex(role->findData(roleKey(Role::Admin)));
        QVERIFY(add->isEnabled());
        add->click();
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(!add->isEnabled()); // already registered

        // Staff without a department: refused with a message, nothing added.
        login->setText(QStringLiteral("staff.a"));
        role->setCurrentIndex(role->findData(roleKey(Role::Staff)));
        department->setCurrentIndex(0);
        add->click();
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY2(m_warnings.first().contains(roleName(Role::Staff)),
                 qPrintable(m_warnings.first()));
        QCOMPARE(table->rowCount(), 1);
        department->setCurrentIndex(department->findData(m_org.deptA));
        add->click();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(AccessControl(db).users().size(), 2);

        // Select staff.a and make them an officer.
        const int row = rowOf(table, QStringLiteral("staff.a"));
        QVERIFY(row >= 0);
        selectRows(table, {row});
        table->setCurrentCell(row, 0);
        QCOMPARE(login->text(), QStringLiteral("staff.a"));
        QVERIFY(change->isEnabled());
        role->setCurrentIndex(role->findData(roleKey(Role::Officer)));
        change->click();
        QCOMPARE(table->item(rowOf(table, QStringLiteral("staff.a")), 1)->text(),
                 roleName(Role::Officer));
        QCOMPARE(m_warnings.size(), 1);
    }

    void usersDialogReadOnlyForAnOfficer() {
        Database& db = m_reg->db();
        QVERIFY(registerAdminAnd(db, QStringLiteral("officer"), Role::Officer));
        db.setLoginForTesting(QStringLiteral("officer"));
        UsersDialog dialog(db);
        QCOMPARE(child<QTableWidget>(&dialog, "usersTable")->rowCount(), 2);
        child<QLineEdit>(&dialog, "loginEdit")->setText(QStringLiteral("someone"));
        QVERIFY(!child<QPushButton>(&dialog, "addUserButton")->isEnabled());
        child<QLineEdit>(&dialog, "loginEdit")->setText(QStringLiteral("officer"));
        QVERIFY(!child<QPushButton>(&dialog, "changeRoleButton")->isEnabled());
    }

    void organisationDialogAddsAndRenames() {
        Database& db = m_reg->db();
        OrganisationDialog dialog(db);
        QWidget* page = dialog.page(OrgLevel::Department);
        auto* table = child<QTableWidget>(page, "unitsTable");
        QCOMPARE(table->rowCount(), 2);
        auto* save = child<QPushButton>(page, "saveUnitButton");
        auto* error = child<QLabel>(page, "unitError");

        // A new department without a name: the message is shown, nothing is added.
        child<QLineEdit>(page, "codeEdit")->setText(QStringLiteral("KIKAKU"));
        save->click();
        QVERIFY(!error->isHidden());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(table->rowCount(), 2);
        child<QLineEdit>(page, "nameJaEdit")->setText(QStringLiteral("企画課"));
        save->click();
        QVERIFY(error->isHidden());
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(dialog.changed());
        QVERIFY(rowOf(table, QStringLiteral("KIKAKU"), 1) >= 0);

        // Select 総務課 and rename it: the code cannot be changed.
        const int som = rowOf(table, QStringLiteral("SOM"), 1);
        QVERIFY(som >= 0);
        table->setCurrentCell(som, 1);
        QVERIFY(child<QLineEdit>(page, "codeEdit")->isReadOnly());
        child<QLineEdit>(page, "nameJaEdit")->setText(QStringLiteral("総務部総務課"));
        save->click();
        QCOMPARE(table->item(rowOf(table, QStringLiteral("SOM"), 1), 2)->text(),
                 QStringLiteral("総務部総務課"));
        QCOMPARE(MasterDataRepository(db).load().departments.size(), 3);

        // The new department is offered at once as the parent of a new section.
        QWidget* sections = dialog.page(OrgLevel::Section);
        auto* parent = child<QComboBox>(sections, "parentCombo");
        const int kikaku = parent->findText(QStringLiteral("企画課"));
        QVERIFY(kikaku >= 0);
        parent->setCurrentIndex(kikaku);
        child<QLineEdit>(sections, "codeEdit")->setText(QStringLiteral("kikaku-1"));
        child<QLineEdit>(sections, "nameJaEdit")->setText(QStringLiteral("企画係"));
        child<QPushButton>(sections, "saveUnitButton")->click();
        auto* sectionTable = child<QTableWidget>(sections, "unitsTable");
        QCOMPARE(sectionTable->rowCount(), 1);
        QCOMPARE(sectionTable->item(0, 0)->text(), QStringLiteral("企画課"));
        QCOMPARE(sectionTable->item(0, 1)->text(), QStringLiteral("KIKAKU-1"));

        // Organs have no parent and are always in use.
        QWidget* organs = dialog.page(OrgLevel::Organ);
        QVERIFY(child<QComboBox>(organs, "parentCombo")->isHidden());
        QVERIFY(child<QCheckBox>(organs, "activeCheck")->isHidden());
        QCOMPARE(child<QTableWidget>(organs, "unitsTable")->rowCount(), 1);
    }

    void organisationDialogReadOnlyForAnOfficer() {
        Database& db = m_reg->db();
        QVERIFY(registerAdminAnd(db, QStringLiteral("officer"), Role::Officer));
        db.setLoginForTesting(QStringLiteral("officer"));
        OrganisationDialog dialog(db);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("readOnlyNote")));
        for (OrgLevel level : {OrgLevel::Organ, OrgLevel::Department, OrgLevel::Section}) {
            QVERIFY(!child<QPushButton>(dialog.page(level), "saveUnitButton")->isEnabled());
            QVERIFY(!child<QPushButton>(dialog.page(level), "newUnitButton")->isEnabled());
        }
    }

    void classificationSchemeDialogEditsALevel() {
        Database& db = m_reg->db();
        ClassificationSchemeDialog dialog(db);
        auto* table = child<QTableWidget>(&dialog, "levelsTable");
        const int levels = table->rowCount();
        QVERIFY(levels >= 9); // C, I and A levels of the default scheme
        const int row = rowOf(table, QStringLiteral("3B"), 1);
        QVERIFY(row >= 0);
        table->setCurrentCell(row, 1);
        QVERIFY(child<QLineEdit>(&dialog, "codeEdit")->isReadOnly());
        QVERIFY(!child<QSpinBox>(&dialog, "rankSpin")->isEnabled());
        auto* restrictions = child<QListWidget>(&dialog, "restrictionsList");
        QVERIFY(restrictions->count() > 0);
        int checked = 0;
        for (int i = 0; i < restrictions->count(); ++i)
            checked += restrictions->item(i)->checkState() == Qt::Checked;
        QVERIFY(checked > 0); // the seeded defaults of the strictest level
        restrictions->item(0)->setCheckState(
            restrictions->item(0)->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        child<QPlainTextEdit>(&dialog, "definitionJaEdit")
            ->setPlainText(QStringLiteral("漏えいにより住民の生命に重大な影響"));
        child<QPushButton>(&dialog, "saveLevelButton")->click();
        QVERIFY(child<QLabel>(&dialog, "levelError")->isHidden());
        QVERIFY(dialog.changed());
        const auto level = MasterDataRepository(db).load().defaultScheme()->findLevel(
            Axis::Confidentiality, QStringLiteral("3B"));
        QCOMPARE(level->definitionJa, QStringLiteral("漏えいにより住民の生命に重大な影響"));

        // A new level without a label is refused with the reason.
        child<QPushButton>(&dialog, "newLevelButton")->click();
        child<QLineEdit>(&dialog, "codeEdit")->setText(QStringLiteral("4"));
        child<QSpinBox>(&dialog, "rankSpin")->setValue(8);
        child<QPushButton>(&dialog, "saveLevelButton")->click();
        QVERIFY(!child<QLabel>(&dialog, "levelError")->isHidden());
        QCOMPARE(table->rowCount(), levels);
    }

    void auditLogNamesWhatAnEntryIsAbout() {
        Database& db = m_reg->db();
        QVERIFY(registerAdminAnd(db, QStringLiteral("officer"), Role::Officer));
        Department d;
        d.organId = MasterDataRepository(db).load().organs.first().id;
        d.code = QStringLiteral("KIKAKU");
        d.nameJa = QStringLiteral("企画課");
        QVERIFY(MasterDataRepository(db).saveDepartment(d));
        const QList<AuditEntry> latest = AuditLog(db).latest(2);
        QStringList subjects;
        for (const AuditEntry& e : latest)
            subjects.append(AuditLogDialog::subject(e));
        QVERIFY2(subjects.contains(QStringLiteral("Department KIKAKU")),
                 qPrintable(subjects.join(QLatin1Char('|'))));
        QVERIFY2(subjects.contains(QStringLiteral("User officer")),
                 qPrintable(subjects.join(QLatin1Char('|'))));
    }

    void historyActionsAreReadable() {
        const QStringList actions{
            QStringLiteral("create"),  QStringLiteral("update"), QStringLiteral("retire"),
            QStringLiteral("dispose"), QStringLiteral("submit"), QStringLiteral("section_approve"),
            QStringLiteral("approve"), QStringLiteral("return"), QStringLiteral("undo"),
            QStringLiteral("restore"), QStringLiteral("import"), QStringLiteral("baseline")};
        QStringList names;
        for (const QString& action : actions) {
            const QString name = AuditLogDialog::actionName(action);
            QVERIFY2(name != action, qPrintable(action));
            names.append(name);
        }
        names.removeDuplicates();
        QCOMPARE(names.size(), actions.size());
    }
};

QTEST_MAIN(TestReviewDialogs)
#include "tst_reviewdialogs.moc"
