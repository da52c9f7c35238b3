// The asset editor, driven offscreen through its widgets: creating an asset, inline validation,
// the classification guide, conflicts with another user's save, Esc, and consistency findings.
#include "TestSupport.h"

#include "AssetEditorDialog.h"
#include "ClassificationGuideDialog.h"
#include "ConflictDialog.h"
#include "Prompts.h"
#include "domain/Clock.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace assetreg;
using namespace assetreg::test;

namespace {

template <typename T> T* child(QWidget* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

bool selectData(QComboBox* combo, const QVariant& data) {
    const int index = combo->findData(data);
    combo->setCurrentIndex(index);
    return index >= 0;
}

// Modal dialogs block the test inside exec(): this runs `action` on the dialog once it shows.
// Gives up after about five seconds, so that a dialog that never comes fails the test instead
// of acting on a later one.
template <typename T> void whenShown(std::function<void(T*)> action) {
    auto* timer = new QTimer;
    timer->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, action, tries] {
        // The modal one: a non-modal dialog of the same class may be open as well.
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible()) {
            timer->stop();
            timer->deleteLater();
            action(dialog);
            return;
        }
        if (++*tries > 500) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

bool listContains(const QListWidget* list, const QString& text) {
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestAssetEditor : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TempRegister> m_reg;
    Organisation m_org;

    Asset createAsset(const QString& number, const QString& name) {
        Asset asset = makeAsset(m_org, number, name);
        AssetRepository repo(m_reg->db());
        if (!repo.create(asset))
            qFatal("%s", qPrintable(repo.lastError().message));
        return asset;
    }

    // Everything a new asset needs except its name, chosen the way a user would.
    static void fillRequiredExceptName(AssetEditorDialog& dialog, const Organisation& org) {
        QVERIFY(selectData(child<QComboBox>(&dialog, "subTypeComboBox"), QStringLiteral("data")));
        QVERIFY(selectData(child<QComboBox>(&dialog, "departmentComboBox"),
                           QVariant::fromValue<qint64>(org.deptA)));
        QVERIFY(selectData(child<QComboBox>(&dialog, "ownerComboBox"),
                           QVariant::fromValue<qint64>(org.ownerA)));
        QVERIFY(
            selectData(child<QComboBox>(&dialog, "confidentialityComboBox"), QStringLiteral("3C")));
        QVERIFY(selectData(child<QComboBox>(&dialog, "integrityComboBox"), QStringLiteral("2")));
        QVERIFY(selectData(child<QComboBox>(&dialog, "availabilityComboBox"), QStringLiteral("1")));
    }

private slots:
    void init() {
        Clock::setFixed(QDateTime(QDate(2026, 4, 1), QTime(1, 0), Qt::UTC));
        m_reg = std::make_unique<TempRegister>();
        QVERIFY2(m_reg->isValid(), qPrintable(m_reg->error()));
        m_org = seedOrganisation(m_reg->db());
    }
    void cleanup() {
        prompts::hooks() = {};
        m_reg.reset();
        Clock::setFixed({});
    }

    void createsAnAssetThroughTheForm() {
        AssetEditorDialog dialog(m_reg->db(), Asset{}, EditorMode::Create);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* number = child<QLineEdit>(&dialog, "assetNumberLineEdit");
        auto* name = child<QLineEdit>(&dialog, "nameLineEdit");
        QVERIFY(number && name);
        QVERIFY(number->hasFocus()); // the first field

        QTest::keyClicks(name, QStringLiteral("Staff records "));
        name->insert(QStringLiteral("人事記録"));
        fillRequiredExceptName(dialog, m_org);
        // Choosing the department proposed the next number of its series.
        QCOMPARE(number->text(), QStringLiteral("SOM-2026-0001"));

        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        AssetRepository repo(m_reg->db());
        const auto stored = repo.findByNumber(QStringLiteral("SOM-2026-0001"));
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("Staff records 人事記録"));
        QCOMPARE(stored->subType, QStringLiteral("data"));
        QCOMPARE(stored->departmentId, m_org.deptA);
        QCOMPARE(stored->ownerId, m_org.ownerA);
        QCOMPARE(stored->classificationLabel(), QStringLiteral("C3C-I2-A1"));
        // The levels' default restrictions were proposed since nobody touched the list.
        QCOMPARE(
            stored->restrictions.contains(AssetRestriction{QStringLiteral("need_to_know"), {}}),
            true);
        QCOMPARE(dialog.savedAsset().id, stored->id);
        QCOMPARE(dialog.savedAsset().version, 1);

        AuditLog audit(m_reg->db());
        const QList<AuditEntry> entries = audit.entriesFor(QStringLiteral("asset"), stored->id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("create"));
    }

    void keyboardFollowsTheForm() {
        AssetEditorDialog dialog(m_reg->db(), Asset{}, EditorMode::Create);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QStringList expected{
            QStringLiteral("nameLineEdit"),          QStringLiteral("categoryComboBox"),
            QStringLiteral("subTypeComboBox"),       QStringLiteral("descriptionPlainTextEdit"),
            QStringLiteral("mediumComboBox"),        QStringLiteral("locationLineEdit"),
            QStringLiteral("userScopeLineEdit"),     QStringLiteral("segmentComboBox"),
            QStringLiteral("livesOnFilterLineEdit"), QStringLiteral("livesOnListWidget"),
        };
        QStringList seen;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            seen.append(QApplication::focusWidget()->objectName());
        }
        QCOMPARE(seen, expected);

        // Label accelerators reach the input itself, also on another tab.
        QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("nameLineEdit"));
        child<QTabWidget>(&dialog, "editorTabWidget")->setCurrentIndex(1);
        QTest::keyClick(&dialog, Qt::Key_O, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("ownerComboBox"));
    }

    void validationErrorBlocksSaving() {
        AssetEditorDialog dialog(m_reg->db(), Asset{}, EditorMode::Create);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        fillRequiredExceptName(dialog, m_org);
        auto* error = child<QLabel>(&dialog, "nameErrorLabel");
        auto* save = child<QPushButton>(&dialog, "saveButton");
        QVERIFY(error && save);
        QTRY_VERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!save->isEnabled());

        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(dialog.isVisible());
        AssetRepository repo(m_reg->db());
        QCOMPARE(repo.count(), qint64(0));
        // Saving led the user to what stops it.
        QCOMPARE(child<QTabWidget>(&dialog, "editorTabWidget")->currentIndex(), 0);
        QVERIFY(child<QLineEdit>(&dialog, "nameLineEdit")->hasFocus());

        // Typing the name clears the error and allows saving.
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameLineEdit"), QStringLiteral("Records"));
        QTRY_VERIFY(!error->isVisible());
        QVERIFY(save->isEnabled());
    }

    void duplicateNumberKeepsTheDialogOpen() {
        createAsset(QStringLiteral("SOM-2026-0001"), QStringLiteral("人事記録"));
        AssetEditorDialog dialog(m_reg->db(), Asset{}, EditorMode::Create);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* number = child<QLineEdit>(&dialog, "assetNumberLineEdit");
        QTest::keyClicks(number, QStringLiteral("som-2026-0001"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameLineEdit"), QStringLiteral("Copy"));
        fillRequiredExceptName(dialog, m_org);
        QCOMPARE(number->text(), QStringLiteral("som-2026-0001")); // typed: not replaced

        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(dialog.isVisible());
        auto* error = child<QLabel>(&dialog, "assetNumberErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("SOM-2026-0001")));
        QCOMPARE(child<QLineEdit>(&dialog, "nameLineEdit")->text(), QStringLiteral("Copy"));
        AssetRepository repo(m_reg->db());
        QCOMPARE(repo.count(), qint64(1));

        // A new number removes the register's objection.
        number->clear();
        QTest::keyClicks(number, QStringLiteral("SOM-2026-0002"));
        QTRY_VERIFY(!error->isVisible());
        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(repo.count(), qint64(2));
    }

    void livesOnIsSavedAsIds() {
        Asset server =
            makeAsset(m_org, QStringLiteral("SOM-2026-0100"), QStringLiteral("File server"));
        server.category = AssetCategory::Infrastructure;
        server.subType = QStringLiteral("server");
        server.personalInfo = PersonalInfo::None;
        AssetRepository repo(m_reg->db());
        QVERIFY2(repo.create(server), qPrintable(repo.lastError().message));
        Asset mail = server;
        mail.assetNumber = QStringLiteral("SOM-2026-0101");
        mail.name = QStringLiteral("Mail gateway");
        QVERIFY2(repo.create(mail), qPrintable(repo.lastError().message));
        Asset data = createAsset(QStringLiteral("SOM-2026-0001"), QStringLiteral("人事記録"));

        AssetEditorDialog dialog(m_reg->db(), data, EditorMode::Edit);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* systems = child<QListWidget>(&dialog, "livesOnListWidget");
        QCOMPARE(systems->count(), 2);
        auto* filter = child<QLineEdit>(&dialog, "livesOnFilterLineEdit");
        QTest::keyClicks(filter, QStringLiteral("file"));
        QVERIFY(!systems->item(0)->isHidden());
        QVERIFY(systems->item(1)->isHidden());
        systems->item(0)->setCheckState(Qt::Checked);
        // A ticked system stays visible whatever the filter says.
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("mail"));
        QVERIFY(!systems->item(0)->isHidden());
        filter->clear();
        QVERIFY(!systems->item(1)->isHidden());
        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!dialog.isVisible());
        const auto stored = repo.findById(data.id);
        QCOMPARE(stored->livesOnIds, QList<qint64>{server.id});
        QCOMPARE(stored->version, 2);
    }

    void guideProposes3BForMyNumber() {
        AssetRepository repo(m_reg->db());
        const ClassificationScheme* scheme = repo.reference().scheme(QStringLiteral("MIC2024"));
        QVERIFY(scheme);
        Asset asset = makeAsset(m_org, QStringLiteral("SOM-2026-0001"), QStringLiteral("住民税"));
        asset.personalInfo = PersonalInfo::MyNumber;

        ClassificationGuideDialog guide(asset, *scheme, repo.reference().restrictions);
        guide.show();
        QCOMPARE(guide.answers().personalInfo, PersonalInfo::MyNumber);
        child<QRadioButton>(&guide, "alterationHarmsYesRadioButton")->click();
        child<QRadioButton>(&guide, "unavailabilityHarmsYesRadioButton")->click();
        const GuideProposal& proposal = guide.proposal();
        QCOMPARE(proposal.confidentiality, QStringLiteral("3B"));
        QCOMPARE(proposal.integrity, QStringLiteral("2"));
        QCOMPARE(proposal.availability, QStringLiteral("2"));
        QVERIFY(proposal.restrictions.contains(AssetRestriction{QStringLiteral("encryption"), {}}));
        QVERIFY(child<QLabel>(&guide, "proposedConfidentialityLabel")
                    ->text()
                    .contains(QStringLiteral("3B")));

        // The same answers through the editor's Guide button land in the form.
        AssetEditorDialog editor(m_reg->db(), Asset{}, EditorMode::Create);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(selectData(child<QComboBox>(&editor, "personalInfoComboBox"),
                           QStringLiteral("mynumber")));
        bool shown = false;
        whenShown<ClassificationGuideDialog>([&shown](ClassificationGuideDialog* dialog) {
            shown = true;
            child<QRadioButton>(dialog, "alterationHarmsYesRadioButton")->click();
            child<QRadioButton>(dialog, "unavailabilityHarmsYesRadioButton")->click();
            child<QLineEdit>(dialog, "recoveryTimeLineEdit")->insert(QStringLiteral("24時間"));
            QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        });
        child<QTabWidget>(&editor, "editorTabWidget")->setCurrentIndex(2);
        QTest::mouseClick(child<QPushButton>(&editor, "guideButton"), Qt::LeftButton);
        QVERIFY(shown);
        QCOMPARE(child<QComboBox>(&editor, "confidentialityComboBox")->currentData().toString(),
                 QStringLiteral("3B"));
        QCOMPARE(child<QComboBox>(&editor, "integrityComboBox")->currentData().toString(),
                 QStringLiteral("2"));
        QCOMPARE(child<QComboBox>(&editor, "availabilityComboBox")->currentData().toString(),
                 QStringLiteral("2"));
        const Asset current = editor.currentAsset();
        QVERIFY(current.restrictions.contains(AssetRestriction{QStringLiteral("encryption"), {}}));
        QVERIFY(current.restrictions.contains(
            AssetRestriction{QStringLiteral("recovery_time"), QStringLiteral("24時間")}));
        QVERIFY(!child<QPlainTextEdit>(&editor, "classificationNotePlainTextEdit")
                     ->toPlainText()
                     .isEmpty());
    }

    void conflictKeepMine() {
        const Asset asset =
            createAsset(QStringLiteral("SOM-2026-0001"), QStringLiteral("人事記録"));
        AssetEditorDialog editor(m_reg->db(), asset, EditorMode::Edit);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));

        auto other = m_reg->openAnother();
        QVERIFY(other);
        {
            AssetRepository theirs(*other);
            auto changed = theirs.findById(asset.id);
            changed->description = QStringLiteral("他の人の変更");
            QVERIFY(theirs.update(*changed));
        }
        QTest::keyClicks(child<QLineEdit>(&editor, "locationLineEdit"), QStringLiteral("Room 3"));

        QStringList differing;
        whenShown<ConflictDialog>([&differing](ConflictDialog* dialog) {
            auto* table = child<QTableWidget>(dialog, "compareTableWidget");
            for (int row = 0; table && row < table->rowCount(); ++row)
                differing.append(table->item(row, 0)->data(Qt::UserRole).toString());
            QTest::mouseClick(child<QPushButton>(dialog, "keepMineButton"), Qt::LeftButton);
        });
        QTest::keyClick(&editor, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!editor.isVisible());
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(differing,
                 (QStringList{QStringLiteral("description"), QStringLiteral("location")}));

        AssetRepository repo(m_reg->db());
        const auto stored = repo.findById(asset.id);
        QCOMPARE(stored->location, QStringLiteral("Room 3"));
        QCOMPARE(stored->version, asset.version + 2);
        QCOMPARE(editor.savedAsset().version, asset.version + 2);
        // What an undo must go back to is their version, not the one the editor opened with.
        QCOMPARE(editor.replacedAsset().version, asset.version + 1);
        QCOMPARE(editor.replacedAsset().description, QStringLiteral("他の人の変更"));
        QCOMPARE(editor.originalAsset().version, asset.version);
    }

    void conflictReload() {
        const Asset asset =
            createAsset(QStringLiteral("SOM-2026-0001"), QStringLiteral("人事記録"));
        AssetEditorDialog editor(m_reg->db(), asset, EditorMode::Edit);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));

        auto other = m_reg->openAnother();
        QVERIFY(other);
        {
            AssetRepository theirs(*other);
            auto changed = theirs.findById(asset.id);
            changed->description = QStringLiteral("他の人の変更");
            QVERIFY(theirs.update(*changed));
        }
        auto* location = child<QLineEdit>(&editor, "locationLineEdit");
        QTest::keyClicks(location, QStringLiteral("Room 3"));

        bool shown = false;
        whenShown<ConflictDialog>([&shown](ConflictDialog* dialog) {
            shown = true;
            QTest::mouseClick(child<QPushButton>(dialog, "reloadButton"), Qt::LeftButton);
        });
        QTest::keyClick(&editor, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(shown);
        QVERIFY(editor.isVisible());
        QCOMPARE(child<QPlainTextEdit>(&editor, "descriptionPlainTextEdit")->toPlainText(),
                 QStringLiteral("他の人の変更"));
        QCOMPARE(location->text(), QString());
        QVERIFY(!editor.isModified());

        AssetRepository repo(m_reg->db());
        const auto stored = repo.findById(asset.id);
        QCOMPARE(stored->version, asset.version + 1);
        QCOMPARE(stored->location, QString());
    }

    void escapeAsksOnlyWhenModified() {
        int asked = 0;
        prompts::hooks().question = [&asked](QWidget*, const QString&, const QString&,
                                             QMessageBox::StandardButtons,
                                             QMessageBox::StandardButton) {
            ++asked;
            return QMessageBox::No;
        };
        const Asset asset =
            createAsset(QStringLiteral("SOM-2026-0001"), QStringLiteral("人事記録"));
        {
            AssetEditorDialog editor(m_reg->db(), asset, EditorMode::Edit);
            editor.show();
            QVERIFY(QTest::qWaitForWindowActive(&editor));
            QTest::keyClick(&editor, Qt::Key_Escape);
            QVERIFY(!editor.isVisible());
            QCOMPARE(editor.result(), int(QDialog::Rejected));
            QCOMPARE(asked, 0);
        }
        {
            // The proposed number of a new asset is the dialog's doing, not a change.
            Asset fresh;
            fresh.departmentId = m_org.deptA;
            AssetEditorDialog editor(m_reg->db(), fresh, EditorMode::Create);
            editor.show();
            QVERIFY(QTest::qWaitForWindowActive(&editor));
            QCOMPARE(child<QLineEdit>(&editor, "assetNumberLineEdit")->text(),
                     QStringLiteral("SOM-2026-0002"));
            QTest::keyClick(&editor, Qt::Key_Escape);
            QVERIFY(!editor.isVisible());
            QCOMPARE(asked, 0);
        }
        {
            AssetEditorDialog editor(m_reg->db(), asset, EditorMode::Edit);
            editor.show();
            QVERIFY(QTest::qWaitForWindowActive(&editor));
            QTest::keyClicks(child<QLineEdit>(&editor, "nameLineEdit"), QStringLiteral("X"));
            QTest::keyClick(&editor, Qt::Key_Escape);
            QCOMPARE(asked, 1);
            QVERIFY(editor.isVisible());
        }
    }

    void consistencyFindingShowsInline() {
        const Asset asset =
            makeAsset(m_org, QStringLiteral("SOM-2026-0001"), QStringLiteral("住民税"));
        AssetEditorDialog editor(m_reg->db(), asset, EditorMode::Create);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto* findings = child<QListWidget>(&editor, "findingsListWidget");
        auto* save = child<QPushButton>(&editor, "saveButton");
        QVERIFY(findings && save);
        QVERIFY(!listContains(findings, QStringLiteral("R02")));

        QVERIFY(selectData(child<QComboBox>(&editor, "personalInfoComboBox"),
                           QStringLiteral("mynumber")));
        QTRY_VERIFY(listContains(findings, QStringLiteral("R02 第7条(3)ア")));
        QVERIFY(save->isEnabled()); // findings warn, they do not block

        QVERIFY(
            selectData(child<QComboBox>(&editor, "segmentComboBox"), QStringLiteral("mynumber")));
        QVERIFY(
            selectData(child<QComboBox>(&editor, "confidentialityComboBox"), QStringLiteral("3B")));
        QTRY_VERIFY(!listContains(findings, QStringLiteral("R02")));
    }
};

QTEST_MAIN(TestAssetEditor)
#include "tst_asseteditor.moc"
