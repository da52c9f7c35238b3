// Fault tests of the windows: a full disk while saving an edit, an export whose write fails part
// way, a damaged register with an automatic backup, a read-only register's notice.

#include "AssetEditorDialog.h"
#include "ExportDialog.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "TestSupport.h"
#include "itemmodels/AssetTableModel.h"
#include "storage/AssetRepository.h"
#include "storage/AutoBackup.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace assetreg;
using namespace assetreg::test;

namespace {

QString makeRegisterFile(const QString& path, int count) {
    Database db;
    if (!db.openAndMigrate(ConnectionSettings::forSqlite(path),
                           Database::OpenMode::CreateIfMissing))
        return db.errorString();
    const Organisation org = seedOrganisation(db);
    AssetRepository repo(db);
    for (int i = 1; i <= count; ++i) {
        Asset asset =
            makeAsset(org, QStringLiteral("SOM-%1").arg(i), QStringLiteral("住民記録 %1").arg(i));
        if (!repo.create(asset))
            return repo.lastError().message;
    }
    return {};
}

// Files written beyond `bytes` fail with EFBIG, as on a full disk, until destroyed. A real write
// failure of the real file, which works under root too.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limited = m_old;
        limited.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

class TestFaultGui : public QObject {
    Q_OBJECT

private:
    QStringList m_messages;
    QStringList m_questions;
    QMessageBox::StandardButton m_answer = QMessageBox::No;
    QString m_nextFile;

private slots:
    void init() {
        m_messages.clear();
        m_questions.clear();
        m_answer = QMessageBox::No;
        prompts::hooks().message = [this](QWidget*, QMessageBox::Icon, const QString&,
                                          const QString& text) {
            m_messages.append(text);
        };
        prompts::hooks().question = [this](QWidget*, const QString&, const QString& text,
                                           QMessageBox::StandardButtons,
                                           QMessageBox::StandardButton) {
            m_questions.append(text);
            return m_answer;
        };
        prompts::hooks().saveFile = [this](QWidget*, const QString&, const QString&,
                                           const QString&) {
            return m_nextFile;
        };
    }
    void cleanup() { prompts::hooks() = {}; }

    void diskFullKeepsTheUnsavedEditInTheForm() {
        TempRegister reg(Backend::SQLite);
        QVERIFY(reg.isValid());
        const Organisation org = seedOrganisation(reg.db());
        AssetRepository repo(reg.db());
        Asset asset = makeAsset(org, QStringLiteral("SOM-1"), QStringLiteral("住民基本台帳"));
        QVERIFY(repo.create(asset));
        Asset other = makeAsset(org, QStringLiteral("SOM-2"), QStringLiteral("税務台帳"));
        QVERIFY(repo.create(other));

        AssetEditorDialog dialog(reg.db(), asset, EditorMode::Edit);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString typed = QString(4000, QChar(0x5E33)); // 帳 × 4000: needs new pages
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("descriptionPlainTextEdit"))
            ->setPlainText(typed);
        QSqlQuery pages = reg.db().query();
        QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
        QVERIFY(reg.db().exec(
            QStringLiteral("PRAGMA max_page_count = %1").arg(pages.value(0).toInt()), QString()));
        pages.finish();

        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(QLatin1String("disk is full")),
                 qPrintable(m_messages.first()));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(dialog.currentAsset().description, typed);
        QCOMPARE(repo.findById(asset.id)->description, asset.description);
        QCOMPARE(repo.findById(other.id)->name, other.name);

        // Space freed: the same dialog saves what the user typed.
        QVERIFY(reg.db().exec(QStringLiteral("PRAGMA max_page_count = 1073741823"), QString()));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(repo.findById(asset.id)->description, typed);
    }

    void exportFailingPartWayLeavesTheOldFile() {
        TempRegister reg(Backend::SQLite);
        QVERIFY(reg.isValid());
        const Organisation org = seedOrganisation(reg.db());
        AssetRepository repo(reg.db());
        for (int i = 0; i < 200; ++i) {
            Asset asset = makeAsset(org, QStringLiteral("SOM-%1").arg(i),
                                    QStringLiteral("住民記録 %1").arg(i));
            QVERIFY(repo.create(asset));
        }
        const QString target = reg.tempPath(QStringLiteral("exports/register.csv"));
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        const QByteArray old("asset_number\nOLD-1\n");
        {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(old);
        }
        m_nextFile = target;
        ExportDialog dialog(reg.db(), AssetQuery(), {});
        dialog.findChild<QRadioButton*>(QStringLiteral("wholeRegisterRadioButton"))
            ->setChecked(true);
        {
            // 200 assets are some 100 kB of CSV; the write fails after 16 kB.
            FileSizeLimit limit(16 * 1024);
            QVERIFY(limit.ok());
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")),
                              Qt::LeftButton);
        }
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(QLatin1String("not exported")) ||
                     m_messages.first().contains(QLatin1String("could not be written")),
                 qPrintable(m_messages.first()));
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(fileBytes(target), old);
        // No temporary file is left behind either.
        QCOMPARE(QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files),
                 QStringList{QStringLiteral("register.csv")});

        // And without the limit the same export replaces it.
        m_messages.clear();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")),
                          Qt::LeftButton);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
        QVERIFY(fileBytes(target).size() > 16 * 1024);
    }

    void damagedRegisterOffersTheLatestAutomaticBackup() {
        TempRegister reg(Backend::SQLite);
        QVERIFY(reg.isValid());
        auto db = std::make_unique<Database>();
        QVERIFY(db->openAndMigrate(reg.settings()));
        MainWindow window(std::move(db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString path = reg.tempPath(QStringLiteral("kouseki.db"));
        QCOMPARE(makeRegisterFile(path, 12), QString());
        QVERIFY(window.openRegister(ConnectionSettings::forSqlite(path), false));
        QCOMPARE(AutoBackup::list(path).size(), 1); // taken on open
        QVERIFY(window.openRegister(reg.settings(), false));

        // The disk damages the register: the first page's header survives, the rest does not.
        QByteArray bytes = fileBytes(path);
        for (qsizetype at = 4096; at < bytes.size(); at += 97)
            bytes[at] = char(bytes.at(at) ^ 0x33);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }

        // Declined: nothing changes, the current register stays open.
        m_answer = QMessageBox::No;
        QVERIFY(!window.openRegister(ConnectionSettings::forSqlite(path), false));
        QCOMPARE(m_questions.size(), 1);
        QVERIFY2(m_questions.first().contains(QLatin1String("automatic backup")),
                 qPrintable(m_questions.first()));
        QCOMPARE(fileBytes(path), bytes);
        QCOMPARE(window.database().settings().sqlitePath, reg.settings().sqlitePath);

        // Accepted: the backup is in place, the damaged file kept aside, the register open.
        m_answer = QMessageBox::Yes;
        QVERIFY(window.openRegister(ConnectionSettings::forSqlite(path), false));
        QCOMPARE(window.database().settings().sqlitePath, path);
        QCOMPARE(window.model()->rowCount(), 12);
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(QLatin1String("restored")),
                 qPrintable(m_messages.first()));
        const QStringList aside = QDir(QFileInfo(path).absolutePath())
                                      .entryList({QStringLiteral("kouseki.db.damaged-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(fileBytes(reg.tempPath(aside.first())), bytes);
    }

    void readOnlyRegisterShowsANotice() {
        TempRegister reg(Backend::SQLite);
        QVERIFY(reg.isValid());
        auto db = std::make_unique<Database>();
        QVERIFY(db->openAndMigrate(reg.settings()));
        MainWindow window(std::move(db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* notice = window.findChild<QLabel*>(QStringLiteral("registerNoticeLabel"));
        QVERIFY(notice);
        QVERIFY(!notice->isVisible());

        const QString path = reg.tempPath(QStringLiteral("readonly.db"));
        QCOMPARE(makeRegisterFile(path, 3), QString());
        // The immutable attribute stops root too (CI); permissions stop everyone else.
        const bool root = geteuid() == 0;
        if (root) {
            if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) != 0)
                QSKIP("running as root without chattr +i: the register cannot be made "
                      "read-only here (tst_fault_storage covers the storage side)");
        } else {
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        }
        auto undo = qScopeGuard([&] {
            if (root)
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
            else
                QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        });
        QVERIFY(window.openRegister(ConnectionSettings::forSqlite(path), false));
        QVERIFY(window.database().isReadOnly());
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QLatin1String("read-only")), qPrintable(notice->text()));
        QCOMPARE(window.model()->rowCount(), 3);
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("newAssetAction")) ||
                !window.findChild<QAction*>(QStringLiteral("newAssetAction"))->isEnabled());

        // A writable register again: the notice goes.
        QVERIFY(window.openRegister(reg.settings(), false));
        QVERIFY(!notice->isVisible());
    }
};

QTEST_MAIN(TestFaultGui)
#include "tst_fault_gui.moc"
