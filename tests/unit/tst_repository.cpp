// The repository and audit suite, run once per back end (tst_repository_sqlite and
// tst_repository_postgres): the same code must behave the same on both.
#include "TestSupport.h"

#include "demo/DemoRegister.h"
#include "domain/AssetFields.h"
#include "domain/Clock.h"
#include "reports/RegisterStatistics.h"
#include "storage/AccessControl.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/BackupService.h"
#include "storage/MasterDataRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace assetreg;
using namespace assetreg::test;

class TestRepository : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TempRegister> m_reg;
    Organisation m_org;
    // Entries a new register starts with (the baseline of its reference data and the
    // organisation seeded for the test): counts and entry numbers below are relative to it.
    qint64 m_base = 0;

    std::unique_ptr<AssetRepository> repo() {
        return std::make_unique<AssetRepository>(m_reg->db());
    }

    Asset created(const QString& number, const QString& name) {
        auto r = repo();
        Asset a = makeAsset(m_org, number, name);
        if (!r->create(a))
            qFatal("create failed: %s", qPrintable(r->lastError().message));
        return a;
    }

    bool execSql(const QString& sql) {
        QSqlQuery q = m_reg->db().query();
        // On PostgreSQL the log refuses changes; a tamperer with the owner's rights would first
        // switch that off — verify() must still catch what follows.
        if (backendUnderTest() == Backend::PostgreSQL && sql.contains(QLatin1String("audit_log")) &&
            !q.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_immutable")))
            return false;
        return q.exec(sql);
    }

private slots:
    void initTestCase() { qInfo("back end: %s", qPrintable(backendName())); }

    void init() {
        Clock::setFixed(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
        m_reg = std::make_unique<TempRegister>();
        QVERIFY2(m_reg->isValid(), qPrintable(m_reg->error()));
        m_org = seedOrganisation(m_reg->db());
        QVERIFY(m_org.ownerB != 0);
        m_base = AuditLog(m_reg->db()).count();
    }
    void cleanup() {
        m_reg.reset();
        Clock::setFixed({});
    }

    void createAndReadBack() {
        auto r = repo();
        Asset a =
            makeAsset(m_org, QStringLiteral("SOM-2026-0001"), QStringLiteral("人事給与データ"));
        a.confidentiality = QStringLiteral("３Ｃ"); // typed full-width
        a.restrictions.append({QStringLiteral("recovery_time"), QStringLiteral(" 24時間 ")});
        a.statusReason = QString();
        QVERIFY2(r->create(a), qPrintable(r->lastError().message));
        QVERIFY(a.id > 0);
        QCOMPARE(a.version, 1);
        QCOMPARE(a.confidentiality, QStringLiteral("3C"));

        const auto read = r->findById(a.id);
        QVERIFY(read);
        QCOMPARE(read->assetNumber, QStringLiteral("SOM-2026-0001"));
        QCOMPARE(read->name, QStringLiteral("人事給与データ"));
        QCOMPARE(read->classificationLabel(), QStringLiteral("C3C-I2-A1"));
        QCOMPARE(read->departmentName, QStringLiteral("総務課"));
        QCOMPARE(read->ownerName, QStringLiteral("山田 太郎"));
        QCOMPARE(read->restrictions.size(), 3);
        QVERIFY(read->restrictions.contains(
            AssetRestriction{QStringLiteral("recovery_time"), QStringLiteral("24時間")}));
        QCOMPARE(read->personalInfo, PersonalInfo::Personal);
        QCOMPARE(read->createdAt, Clock::nowUtc());
        QCOMPARE(read->createdBy, m_reg->db().currentUser());
        QCOMPARE(read->status, AssetStatus::InUse);
    }

    void numbersAreUniqueAfterNfkc() {
        created(QStringLiteral("SOM-001"), QStringLiteral("文書管理システム"));
        auto r = repo();
        Asset dup = makeAsset(m_org, QStringLiteral("ＳＯＭ－００１"), QStringLiteral("別の資産"));
        QVERIFY(!r->create(dup));
        QCOMPARE(r->lastError().kind, StorageError::Kind::Duplicate);
        QVERIFY(r->lastError().message.contains(QStringLiteral("文書管理システム")));
        QCOMPARE(r->lastError().fieldErrors.first().field, QStringLiteral("asset_number"));
        QCOMPARE(r->count(), 1);
        QVERIFY(r->findByNumber(QStringLiteral("ｓｏｍ－００１")));
        QVERIFY(r->findByNumber(QStringLiteral("som-001")));
    }

    void invalidAssetSavesNothing() {
        auto r = repo();
        Asset a = makeAsset(m_org, QStringLiteral("SOM-002"), QString());
        a.ownerId = 0;
        QVERIFY(!r->create(a));
        QCOMPARE(r->lastError().kind, StorageError::Kind::Validation);
        QCOMPARE(r->lastError().fieldErrors.size(), 2);
        QCOMPARE(r->count(), 0);
        QCOMPARE(AuditLog(m_reg->db()).count(), m_base);
    }

    void updateRecordsEachChangedField() {
        Asset a = created(QStringLiteral("SOM-003"), QStringLiteral("職員名簿"));
        auto r = repo();
        a.confidentiality = QStringLiteral("2");
        a.departmentId = m_org.deptB;
        a.ownerId = m_org.ownerB;
        QVERIFY2(r->update(a), qPrintable(r->lastError().message));
        QCOMPARE(a.version, 2);
        const QList<AuditEntry> history =
            AuditLog(m_reg->db()).entriesFor(QStringLiteral("asset"), a.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].action, QStringLiteral("create"));
        QCOMPARE(history[1].action, QStringLiteral("update"));
        QCOMPARE(history[1].version, 2);
        QCOMPARE(history[1].actor, m_reg->db().currentUser());
        QCOMPARE(history[1].changes.size(), 3);
        QCOMPARE(history[1].changes[0].field, QStringLiteral("department"));
        QCOMPARE(history[1].changes[0].oldValue, QStringLiteral("SOM 総務課"));
        QCOMPARE(history[1].changes[0].newValue, QStringLiteral("SHIMIN 市民課"));
        QCOMPARE(history[1].changes[2].field, QStringLiteral("confidentiality"));
        QCOMPARE(history[1].changes[2].oldValue, QStringLiteral("3C"));
        QCOMPARE(history[1].changes[2].newValue, QStringLiteral("2"));
    }

    void historyKeepsAnyTextExactly() {
        Asset a = makeAsset(m_org, QStringLiteral("SOM-009"), QStringLiteral("引用\"符\\と改行"));
        a.description = QStringLiteral("一行目\n二行目\t\"引用\" \\ \u0001 終わり");
        auto r = repo();
        QVERIFY(r->create(a));
        const auto history = AuditLog(m_reg->db()).entriesFor(QStringLiteral("asset"), a.id);
        QCOMPARE(history.size(), 1);
        bool name = false;
        bool description = false;
        for (const FieldChange& change : history.first().changes) {
            if (change.field == QLatin1String("name")) {
                QCOMPARE(change.newValue, a.name);
                name = true;
            }
            if (change.field == QLatin1String("description")) {
                QCOMPARE(change.newValue, a.description);
                description = true;
            }
        }
        QVERIFY(name && description);
        QVERIFY(AuditLog(m_reg->db()).verify().ok);
    }

    void saveWithoutChangesIsNoNewVersion() {
        Asset a = created(QStringLiteral("SOM-004"), QStringLiteral("共有フォルダ"));
        auto r = repo();
        QVERIFY(r->update(a));
        QCOMPARE(a.version, 1);
        QCOMPARE(AuditLog(m_reg->db()).count(), m_base + 1);
    }

    void staleEditIsRefusedNamingWhoChangedIt() {
        Asset mine = created(QStringLiteral("SOM-005"), QStringLiteral("会議録"));
        // Another user, on another connection, saves first.
        auto other = m_reg->openAnother();
        QVERIFY(other);
        AssetRepository theirRepo(*other);
        Asset theirs = *theirRepo.findById(mine.id);
        theirs.name = QStringLiteral("会議録（令和8年度）");
        QVERIFY2(theirRepo.update(theirs), qPrintable(theirRepo.lastError().message));

        auto r = repo();
        mine.description = QStringLiteral("私の変更");
        QVERIFY(!r->update(mine));
        QCOMPARE(r->lastError().kind, StorageError::Kind::Conflict);
        QVERIFY2(r->lastError().message.contains(other->currentUser()),
                 qPrintable(r->lastError().message));
        QVERIFY(r->lastError().message.contains(QStringLiteral("2026-11-30")));
        const auto stored = r->findById(mine.id);
        QCOMPARE(stored->name, QStringLiteral("会議録（令和8年度）"));
        QCOMPARE(stored->description, QStringLiteral("職員の人事記録"));
        QCOMPARE(stored->version, 2);
    }

    void retireAndDisposeKeepTheRecord() {
        Asset a = created(QStringLiteral("SOM-006"), QStringLiteral("旧文書管理サーバ"));
        auto r = repo();
        QVERIFY(!r->retire(a.id, a.version, QString(), {}));
        QCOMPARE(r->lastError().kind, StorageError::Kind::Validation);
        QVERIFY2(
            r->retire(a.id, a.version, QStringLiteral("システム更新のため"), QDate(2026, 11, 1)),
            qPrintable(r->lastError().message));
        auto retired = r->findById(a.id);
        QCOMPARE(retired->status, AssetStatus::Retired);
        QCOMPARE(retired->statusDate, QDate(2026, 11, 1));
        QVERIFY(!r->retire(a.id, retired->version, QStringLiteral("again"), {}));
        QCOMPARE(r->lastError().kind, StorageError::Kind::InvalidState);

        QVERIFY(!r->dispose(a.id, retired->version, QString(), QString(), QString(), {}));
        QVERIFY2(r->dispose(a.id, retired->version, QStringLiteral("物理破壊"),
                            QStringLiteral("情報政策課 鈴木"), QStringLiteral("保存期間満了"), {}),
                 qPrintable(r->lastError().message));
        auto disposed = r->findById(a.id);
        QCOMPARE(disposed->status, AssetStatus::Disposed);
        QCOMPARE(disposed->disposalWitness, QStringLiteral("情報政策課 鈴木"));
        disposed->name = QStringLiteral("changed");
        QVERIFY(!r->update(*disposed));
        QCOMPARE(r->lastError().kind, StorageError::Kind::InvalidState);
        QCOMPARE(r->count(), 1); // never deleted
        const auto history = AuditLog(m_reg->db()).entriesFor(QStringLiteral("asset"), a.id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[1].action, QStringLiteral("retire"));
        QCOMPARE(history[1].comment, QStringLiteral("システム更新のため"));
        QCOMPARE(history[2].action, QStringLiteral("dispose"));
    }

    void dependenciesMustPointToSystems() {
        auto r = repo();
        Asset system =
            makeAsset(m_org, QStringLiteral("SOM-S1"), QStringLiteral("人事給与システム"));
        system.category = AssetCategory::Infrastructure;
        system.subType = QStringLiteral("system");
        QVERIFY2(r->create(system), qPrintable(r->lastError().message));
        Asset data = makeAsset(m_org, QStringLiteral("SOM-D1"), QStringLiteral("給与データ"));
        data.livesOnIds = {system.id};
        QVERIFY2(r->create(data), qPrintable(r->lastError().message));
        QCOMPARE(r->findById(data.id)->livesOnNumbers, QStringList{QStringLiteral("SOM-S1")});
        const QList<Asset> hosted = r->livingOn(system.id);
        QCOMPARE(hosted.size(), 1);
        QCOMPARE(hosted.first().assetNumber, QStringLiteral("SOM-D1"));

        Asset other = makeAsset(m_org, QStringLiteral("SOM-D2"), QStringLiteral("別データ"));
        other.livesOnIds = {data.id};
        QVERIFY(!r->create(other));
        QCOMPARE(r->lastError().fieldErrors.first().field, QStringLiteral("lives_on"));
        QCOMPARE(r->count(), 2);
    }

    void listSearchesJapaneseSubstrings() {
        created(QStringLiteral("SOM-010"), QStringLiteral("住民基本台帳システム"));
        created(QStringLiteral("SOM-011"), QStringLiteral("国民健康保険システム"));
        created(QStringLiteral("SOM-012"), QStringLiteral("100%達成_報告"));
        auto r = repo();
        AssetQuery q;
        q.text = QStringLiteral("台帳");
        QCOMPARE(r->list(q).size(), 1);
        q.text = QStringLiteral("システム");
        QCOMPARE(r->count(q), 2);
        q.text = QStringLiteral("ｓｏｍ－０１１"); // number typed full-width
        QCOMPARE(r->list(q).first().name, QStringLiteral("国民健康保険システム"));
        q.text = QStringLiteral("%");
        QCOMPARE(r->count(q), 1); // LIKE wildcards are literal
        q.text.clear();
        q.departmentIds = {m_org.deptB};
        QCOMPARE(r->count(q), 0);
    }

    void searchFindsAnySubstring_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("numbers");
        QTest::newRow("one kanji")
            << QStringLiteral("籍") << QStringList{QStringLiteral("SOM-102")};
        QTest::newRow("two kanji")
            << QStringLiteral("台帳") << QStringList{QStringLiteral("SOM-100")};
        QTest::newRow("three or more")
            << QStringLiteral("情報資産") << QStringList{QStringLiteral("SOM-101")};
        QTest::newRow("full-width latin")
            << QStringLiteral("ＰＣ") << QStringList{QStringLiteral("SOM-103")};
        QTest::newRow("in the description")
            << QStringLiteral("戸籍附票") << QStringList{QStringLiteral("SOM-102")};
        QTest::newRow("in the location")
            << QStringLiteral("第2書庫") << QStringList{QStringLiteral("SOM-101")};
        QTest::newRow("quote characters") << QStringLiteral("\"x") << QStringList{};
        QTest::newRow("number") << QStringLiteral("som-10")
                                << QStringList{QStringLiteral("SOM-100"), QStringLiteral("SOM-101"),
                                               QStringLiteral("SOM-102"),
                                               QStringLiteral("SOM-103")};
    }
    void searchFindsAnySubstring() {
        QFETCH(QString, text);
        QFETCH(QStringList, numbers);
        auto r = repo();
        Asset a =
            makeAsset(m_org, QStringLiteral("SOM-100"), QStringLiteral("住民基本台帳システム"));
        QVERIFY(r->create(a));
        Asset b =
            makeAsset(m_org, QStringLiteral("SOM-101"), QStringLiteral("情報資産管理台帳の写し"));
        b.name = QStringLiteral("情報資産の一覧");
        b.location = QStringLiteral("第2書庫");
        QVERIFY(r->create(b));
        Asset c = makeAsset(m_org, QStringLiteral("SOM-102"), QStringLiteral("戸籍データ"));
        c.description = QStringLiteral("戸籍附票を含む");
        QVERIFY(r->create(c));
        Asset d = makeAsset(m_org, QStringLiteral("SOM-103"), QStringLiteral("業務用PC"));
        QVERIFY(r->create(d));
        AssetQuery q;
        q.text = text;
        QStringList found;
        for (const Asset& asset : r->list(q))
            found.append(asset.assetNumber);
        QCOMPARE(found, numbers);
        QCOMPARE(r->count(q), numbers.size());
        // Edits are searchable at once.
        c.name = QStringLiteral("除籍簿");
        QVERIFY(r->update(c));
        q.text = QStringLiteral("除籍簿");
        QCOMPARE(r->count(q), 1);
        q.text = QStringLiteral("戸籍データ");
        QCOMPARE(r->count(q), 0);
    }

    void filtersAndSorting() {
        auto r = repo();
        Asset system = makeAsset(m_org, QStringLiteral("F-1"), QStringLiteral("い 税務システム"));
        system.category = AssetCategory::Infrastructure;
        system.subType = QStringLiteral("system");
        system.segment = Segment::MyNumber;
        system.confidentiality = QStringLiteral("3B");
        system.reviewState = ReviewState::Approved;
        system.lastReviewedOn = QDate(2026, 6, 1);
        QVERIFY(r->create(system));
        Asset paper = makeAsset(m_org, QStringLiteral("F-2"), QStringLiteral("あ 申請書"));
        paper.subType = QStringLiteral("paper");
        paper.medium = Medium::Paper;
        paper.segment = Segment::None;
        paper.departmentId = m_org.deptB;
        paper.ownerId = m_org.ownerB;
        paper.reviewState = ReviewState::Submitted;
        QVERIFY(r->create(paper));
        Asset old = makeAsset(m_org, QStringLiteral("F-3"), QStringLiteral("う 旧データ"));
        old.confidentiality = QStringLiteral("1");
        old.personalInfo = PersonalInfo::None;
        old.reviewState = ReviewState::Approved;
        old.lastReviewedOn = QDate(2024, 4, 1);
        QVERIFY(r->create(old));

        auto numbers = [&](const AssetQuery& q) {
            QStringList result;
            for (const Asset& a : r->list(q))
                result.append(a.assetNumber);
            QStringList viaIds;
            for (const Asset& a : r->byIds(r->ids(q), false))
                viaIds.append(a.assetNumber);
            if (viaIds != result)
                qWarning() << "ids() order differs from list():" << viaIds << result;
            return viaIds == result ? result : QStringList{QStringLiteral("mismatch")};
        };
        AssetQuery q;
        QCOMPARE(numbers(q), (QStringList{QStringLiteral("F-1"), QStringLiteral("F-2"),
                                          QStringLiteral("F-3")}));
        q.sort = AssetSort::Name;
        QCOMPARE(numbers(q), (QStringList{QStringLiteral("F-2"), QStringLiteral("F-1"),
                                          QStringLiteral("F-3")}));
        q.descending = true;
        QCOMPARE(numbers(q), (QStringList{QStringLiteral("F-3"), QStringLiteral("F-1"),
                                          QStringLiteral("F-2")}));
        q = {};
        q.sort = AssetSort::Classification; // strictest first
        QCOMPARE(numbers(q).first(), QStringLiteral("F-1"));
        QCOMPARE(numbers(q).last(), QStringLiteral("F-3"));
        q = {};
        q.category = AssetCategory::Infrastructure;
        QCOMPARE(numbers(q), QStringList{QStringLiteral("F-1")});
        q = {};
        q.segment = Segment::None;
        QCOMPARE(numbers(q), QStringList{QStringLiteral("F-2")});
        q = {};
        q.confidentiality = QStringLiteral("3C");
        QCOMPARE(numbers(q), QStringList{QStringLiteral("F-2")});
        q = {};
        q.departmentIds = {m_org.deptB};
        QCOMPARE(numbers(q), QStringList{QStringLiteral("F-2")});
        q = {};
        q.organId = m_org.organId;
        QCOMPARE(r->count(q), 3);
        q = {};
        q.reviewState = ReviewState::Submitted;
        QCOMPARE(numbers(q), QStringList{QStringLiteral("F-2")});
        q = {};
        q.reviewedBefore = QDate(2025, 11, 30); // overdue: approved too long ago
        QCOMPARE(numbers(q), QStringList{QStringLiteral("F-3")});
        QVERIFY(r->retire(old.id, old.version, QStringLiteral("廃止"), {}));
        QCOMPARE(r->count(q), 0); // retired assets are not due
        q = {};
        q.status = AssetStatus::Retired;
        QCOMPARE(numbers(q), QStringList{QStringLiteral("F-3")});
    }

    void createManyIsAllOrNothing() {
        auto r = repo();
        Asset system = makeAsset(m_org, QStringLiteral("SYS-1"), QStringLiteral("基幹システム"));
        system.category = AssetCategory::Infrastructure;
        system.subType = QStringLiteral("system");
        QVERIFY(r->create(system));
        QList<Asset> batch;
        for (int i = 0; i < 30; ++i) {
            Asset a =
                makeAsset(m_org, QStringLiteral("B-%1").arg(i), QStringLiteral("一括%1").arg(i));
            a.livesOnIds = {system.id};
            batch.append(a);
        }
        QList<Asset> bad = batch;
        bad[17].assetNumber = QStringLiteral("Ｂ－３"); // the same as B-3 after NFKC
        QVERIFY(!r->createMany(bad));
        QCOMPARE(r->lastError().kind, StorageError::Kind::Duplicate);
        QCOMPARE(r->lastError().index, 17);
        QCOMPARE(r->count(), 1);
        QCOMPARE(AuditLog(m_reg->db()).count(), m_base + 1);

        bad = batch;
        bad[5].confidentiality = QStringLiteral("9");
        QVERIFY(!r->createMany(bad));
        QCOMPARE(r->lastError().index, 5);
        QCOMPARE(r->lastError().fieldErrors.first().field, QStringLiteral("confidentiality"));
        QCOMPARE(r->count(), 1);

        QList<Asset> cancelled = batch;
        for (int i = 30; i < 600; ++i)
            cancelled.append(makeAsset(m_org, QStringLiteral("B-%1").arg(i), QStringLiteral("x")));
        QVERIFY(!r->createMany(cancelled, [](int done) { return done < 500; }));
        QCOMPARE(r->lastError().kind, StorageError::Kind::Cancelled);
        QCOMPARE(r->count(), 1);

        QVERIFY2(r->createMany(batch), qPrintable(r->lastError().message));
        QCOMPARE(r->count(), 31);
        QVERIFY(batch.last().id > 0);
        QCOMPARE(batch.last().livesOnNumbers, QStringList{QStringLiteral("SYS-1")});
        const AuditVerification v = AuditLog(m_reg->db()).verify();
        QVERIFY2(v.ok, qPrintable(v.message));
        QCOMPARE(v.entriesChecked, m_base + 31);
    }

    void reviewWorkflow() {
        Asset a = created(QStringLiteral("REV-1"), QStringLiteral("審査対象"));
        auto r = repo();
        QCOMPARE(a.reviewState, ReviewState::Draft);
        // Invalid: approving or returning a draft.
        QVERIFY(!r->review({a.id}, ReviewDecision::Approve, QString()));
        QCOMPARE(r->lastError().kind, StorageError::Kind::InvalidState);
        QVERIFY2(r->lastError().message.contains(QStringLiteral("REV-1")),
                 qPrintable(r->lastError().message));
        QVERIFY(!r->review({a.id}, ReviewDecision::Return, QStringLiteral("x")));
        QVERIFY(r->review({a.id}, ReviewDecision::Submit, QString()));
        QCOMPARE(r->findById(a.id)->reviewState, ReviewState::Submitted);
        QVERIFY(!r->review({a.id}, ReviewDecision::Submit, QString())); // twice
        QVERIFY(!r->review({a.id}, ReviewDecision::Return, QString())); // needs a reason
        QCOMPARE(r->lastError().kind, StorageError::Kind::Validation);
        QVERIFY(
            r->review({a.id}, ReviewDecision::Return, QStringLiteral("機密性を見直してください")));
        QCOMPARE(r->findById(a.id)->reviewState, ReviewState::Returned);
        QVERIFY(r->review({a.id}, ReviewDecision::Submit, QString()));
        QVERIFY(r->review({a.id}, ReviewDecision::Approve, QStringLiteral("確認しました")));
        const auto approved = r->findById(a.id);
        QCOMPARE(approved->reviewState, ReviewState::Approved);
        QCOMPARE(approved->lastReviewedOn, Clock::today());
        QCOMPARE(approved->approvedVersion, approved->version);
        QVERIFY(r->changesSinceApproval(a.id).isEmpty());

        // Every decision is in the history with who, when and the comment.
        const auto history = AuditLog(m_reg->db()).entriesFor(QStringLiteral("asset"), a.id);
        QStringList actions;
        for (const AuditEntry& e : history)
            actions.append(e.action);
        QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("submit"),
                                       QStringLiteral("return"), QStringLiteral("submit"),
                                       QStringLiteral("approve")}));
        QCOMPARE(history[2].comment, QStringLiteral("機密性を見直してください"));
        QCOMPARE(history[4].actor, m_reg->db().currentUser());

        // A change after approval reopens the review and shows exactly what changed.
        Asset edit = *approved;
        edit.confidentiality = QStringLiteral("3B");
        edit.location = QStringLiteral("書庫A");
        QVERIFY(r->update(edit));
        edit.location = QStringLiteral("書庫B");
        QVERIFY(r->update(edit));
        QCOMPARE(r->findById(a.id)->reviewState, ReviewState::ChangedSinceApproval);
        const QList<FieldChange> diff = r->changesSinceApproval(a.id);
        QCOMPARE(diff.size(), 2);
        QCOMPARE(diff[0].field, QStringLiteral("location"));
        QCOMPARE(diff[0].oldValue, QString());
        QCOMPARE(diff[0].newValue, QStringLiteral("書庫B"));
        QCOMPARE(diff[1].field, QStringLiteral("confidentiality"));
        QCOMPARE(diff[1].oldValue, QStringLiteral("3C"));
        QCOMPARE(diff[1].newValue, QStringLiteral("3B"));
        // An edit cannot approve itself.
        edit = *r->findById(a.id);
        edit.reviewState = ReviewState::Approved;
        edit.name = QStringLiteral("名前だけ変更");
        QVERIFY(r->update(edit));
        QCOMPARE(r->findById(a.id)->reviewState, ReviewState::ChangedSinceApproval);
        QVERIFY(AuditLog(m_reg->db()).verify().ok);
    }

    void sectionHeadApprovalAndBatchDecisions() {
        MasterDataRepository(m_reg->db())
            .setSetting(QStringLiteral("section_head_approval"), QStringLiteral("1"));
        Asset a = created(QStringLiteral("REV-A"), QStringLiteral("一"));
        Asset b = created(QStringLiteral("REV-B"), QStringLiteral("二"));
        auto r = repo();
        QVERIFY(r->review({a.id, b.id}, ReviewDecision::Submit, QString()));
        QVERIFY(!r->review({a.id}, ReviewDecision::Approve, QString())); // the section head first
        QVERIFY(r->lastError().message.contains(QStringLiteral("section head")));
        QVERIFY(r->review({a.id, b.id}, ReviewDecision::SectionApprove, QString()));
        QCOMPARE(r->findById(b.id)->reviewState, ReviewState::SectionApproved);
        // All or none: b retired meanwhile makes the batch fail and a stays as it was.
        QVERIFY(r->retire(b.id, r->findById(b.id)->version, QStringLiteral("廃止"), {}));
        QVERIFY(!r->review({a.id, b.id}, ReviewDecision::Approve, QString()));
        QCOMPARE(r->findById(a.id)->reviewState, ReviewState::SectionApproved);
        QVERIFY(r->review({a.id}, ReviewDecision::Approve, QString()));
        QCOMPARE(r->findById(a.id)->reviewState, ReviewState::Approved);
    }

    void rolesAllowAndRefuse() {
        Database& db = m_reg->db();
        const QString me = db.currentUser();
        Asset ofA = created(QStringLiteral("ROLE-A"), QStringLiteral("総務課の資産"));
        Asset ofB = makeAsset(m_org, QStringLiteral("ROLE-B"), QStringLiteral("市民課の資産"));
        ofB.departmentId = m_org.deptB;
        ofB.ownerId = m_org.ownerB;
        QVERIFY(repo()->create(ofB));
        {
            AccessControl access(db);
            QVERIFY(access.setupMode()); // nobody registered yet: everyone may do everything
            for (const auto& [login, role, dept] : QList<std::tuple<QString, Role, qint64>>{
                     {me, Role::Admin, 0},
                     {QStringLiteral("staff.a"), Role::Staff, m_org.deptA},
                     {QStringLiteral("head.b"), Role::SectionHead, m_org.deptB},
                     {QStringLiteral("officer"), Role::Officer, 0},
                     {QStringLiteral("reader"), Role::Reader, 0}}) {
                UserRecord user;
                user.login = login;
                user.role = role;
                user.departmentId = dept;
                QVERIFY2(access.addUser(user), qPrintable(db.errorString()));
            }
        }
        MasterDataRepository(db).setSetting(QStringLiteral("section_head_approval"),
                                            QStringLiteral("1"));
        auto as = [&](const QString& login) {
            db.setLoginForTesting(login);
            return std::make_unique<AssetRepository>(db);
        };

        auto staff = as(QStringLiteral("staff.a"));
        Asset mine = makeAsset(m_org, QStringLiteral("ROLE-A2"), QStringLiteral("追加"));
        QVERIFY2(staff->create(mine), qPrintable(staff->lastError().message));
        Asset theirs = makeAsset(m_org, QStringLiteral("ROLE-B2"), QStringLiteral("他課"));
        theirs.departmentId = m_org.deptB;
        theirs.ownerId = m_org.ownerB;
        QVERIFY(!staff->create(theirs));
        QCOMPARE(staff->lastError().kind, StorageError::Kind::Refused);
        QVERIFY2(staff->lastError().message.contains(QStringLiteral("own department")),
                 qPrintable(staff->lastError().message));
        Asset other = *staff->findById(ofB.id);
        other.name = QStringLiteral("書き換え");
        QVERIFY(!staff->update(other));
        Asset moved = *staff->findById(ofA.id);
        moved.departmentId = m_org.deptB;
        moved.ownerId = m_org.ownerB;
        QVERIFY(!staff->update(moved)); // cannot hand an asset to another department
        QVERIFY(staff->review({ofA.id}, ReviewDecision::Submit, QString()));
        QVERIFY(!staff->review({ofA.id}, ReviewDecision::SectionApprove, QString()));
        QVERIFY(!staff->review({ofA.id}, ReviewDecision::Approve, QString()));
        QCOMPARE(staff->lastError().kind, StorageError::Kind::Refused);

        auto head = as(QStringLiteral("head.b"));
        QVERIFY(!head->review({ofA.id}, ReviewDecision::SectionApprove, QString())); // not hers
        QVERIFY(head->review({ofB.id}, ReviewDecision::Submit, QString()));
        QVERIFY(head->review({ofB.id}, ReviewDecision::SectionApprove, QString()));

        auto officer = as(QStringLiteral("officer"));
        QVERIFY(officer->review({ofB.id}, ReviewDecision::Approve, QStringLiteral("承認")));
        QVERIFY(officer->review({ofA.id}, ReviewDecision::SectionApprove, QString()));
        QVERIFY(officer->review({ofA.id}, ReviewDecision::Return, QStringLiteral("差戻し")));

        auto reader = as(QStringLiteral("reader"));
        Asset nope = makeAsset(m_org, QStringLiteral("ROLE-R"), QStringLiteral("閲覧者"));
        QVERIFY(!reader->create(nope));
        QVERIFY(reader->findById(ofB.id)); // but reads
        auto stranger = as(QStringLiteral("nobody"));
        QVERIFY(!stranger->create(nope));
        QVERIFY2(stranger->lastError().message.contains(QStringLiteral("not registered")),
                 qPrintable(stranger->lastError().message));
        {
            AccessControl access(db);
            UserRecord user;
            user.login = QStringLiteral("x");
            QVERIFY(!access.addUser(user)); // only administrators
            QVERIFY(!access.setRole(QStringLiteral("staff.a"), Role::Admin, 0));
        }
        db.setLoginForTesting(me);
        AccessControl admin(db);
        {
            // Clear errors instead of a constraint failure or a staff member without a department.
            UserRecord user;
            user.login = QStringLiteral("  ");
            QVERIFY(!admin.addUser(user));
            QCOMPARE(db.lastError().kind, StorageError::Kind::Validation);
            user.login = QStringLiteral("staff.a");
            QVERIFY(!admin.addUser(user));
            QVERIFY2(db.lastError().message.contains(QStringLiteral("already registered")),
                     qPrintable(db.lastError().message));
            user.login = QStringLiteral("staff.c");
            user.role = Role::Staff;
            QVERIFY(!admin.addUser(user));
            QVERIFY2(db.lastError().message.contains(QStringLiteral("needs a department")),
                     qPrintable(db.lastError().message));
            QVERIFY(!admin.setRole(QStringLiteral("officer"), Role::Staff, 0));
            QCOMPARE(db.lastError().kind, StorageError::Kind::Validation);
            QCOMPARE(admin.users().size(), 5);
        }
        QVERIFY(admin.setRole(QStringLiteral("staff.a"), Role::Officer, 0));
        QCOMPARE(repo()->count(), 3);
        QVERIFY(AuditLog(db).verify().ok);
    }

    void registerSettingsNeedAnAdministratorAndAreAudited() {
        Database& db = m_reg->db();
        const QString me = db.currentUser();
        MasterDataRepository master(db);
        QCOMPARE(master.registerSettings(), RegisterSettings{}); // shipped defaults
        const qint64 entriesBefore = AuditLog(db).count();

        RegisterSettings wanted;
        wanted.organisationName = QStringLiteral("  みなみ野市  ");
        wanted.reviewPeriodMonths = 6;
        wanted.sectionHeadApproval = true;
        QVERIFY2(master.saveRegisterSettings(wanted), qPrintable(db.errorString()));
        const RegisterSettings saved = master.registerSettings();
        QCOMPARE(saved.organisationName, QStringLiteral("みなみ野市")); // trimmed
        QCOMPARE(saved.reviewPeriodMonths, 6);
        QVERIFY(saved.sectionHeadApproval);
        // One audit entry naming the three changed settings, old and new.
        QCOMPARE(AuditLog(db).count(), entriesBefore + 1);
        const AuditEntry entry = AuditLog(db).latest(1).first();
        QCOMPARE(entry.action, QStringLiteral("settings"));
        QCOMPARE(entry.changes.size(), 3);
        QCOMPARE(entry.changes[1].field, QStringLiteral("review_period_months"));
        QCOMPARE(entry.changes[1].oldValue, QStringLiteral("12"));
        QCOMPARE(entry.changes[1].newValue, QStringLiteral("6"));
        // Saving the same values again changes nothing and writes nothing.
        QVERIFY(master.saveRegisterSettings(saved));
        QCOMPARE(AuditLog(db).count(), entriesBefore + 1);

        // Out of range: one message per field, nothing saved.
        RegisterSettings bad = saved;
        bad.reviewPeriodMonths = 0;
        bad.organisationName = QString(RegisterSettings::kMaxOrganisationName + 1, QChar(u'市'));
        QVERIFY(!master.saveRegisterSettings(bad));
        QCOMPARE(master.lastError().kind, StorageError::Kind::Validation);
        QCOMPARE(master.lastError().fieldErrors.size(), 2);
        QCOMPARE(master.registerSettings(), saved);

        // After set-up, only an administrator may change them.
        {
            AccessControl access(db);
            for (const auto& [login, role] : QList<std::pair<QString, Role>>{
                     {me, Role::Admin}, {QStringLiteral("officer"), Role::Officer}}) {
                UserRecord user;
                user.login = login;
                user.role = role;
                QVERIFY2(access.addUser(user), qPrintable(db.errorString()));
            }
        }
        db.setLoginForTesting(QStringLiteral("officer"));
        RegisterSettings officerWants = saved;
        officerWants.reviewPeriodMonths = 24;
        QVERIFY(!MasterDataRepository(db).saveRegisterSettings(officerWants));
        QCOMPARE(db.lastError().kind, StorageError::Kind::Refused);
        QCOMPARE(MasterDataRepository(db).registerSettings().reviewPeriodMonths, 6);
        db.setLoginForTesting(me);
        QVERIFY(MasterDataRepository(db).saveRegisterSettings(officerWants));
        QCOMPARE(MasterDataRepository(db).registerSettings().reviewPeriodMonths, 24);
        QVERIFY(AuditLog(db).verify().ok);
    }

    void departmentsAreAddedRenamedAndDeactivatedSafely() {
        Database& db = m_reg->db();
        MasterDataRepository master(db);
        const qint64 organ = master.load().organs.first().id;
        Department dept;
        dept.organId = organ;
        dept.code = QStringLiteral("ｋｉｋａｋｕ"); // NFKC, upper case
        dept.nameJa = QStringLiteral(" 企画課 ");
        QVERIFY2(master.saveDepartment(dept), qPrintable(db.errorString()));
        QVERIFY(dept.id > 0);
        QCOMPARE(dept.code, QStringLiteral("KIKAKU"));
        QCOMPARE(dept.nameJa, QStringLiteral("企画課"));
        QCOMPARE(AuditLog(db).latest(1).first().entity, QStringLiteral("department"));

        Department twin;
        twin.organId = organ;
        twin.code = QStringLiteral("kikaku");
        QVERIFY(!master.saveDepartment(twin)); // same code, and no name
        QCOMPARE(master.lastError().fieldErrors.size(), 2);
        QCOMPARE(master.load().departments.size(), 3);

        dept.nameEn = QStringLiteral("Planning Division");
        dept.code = QStringLiteral("OTHER"); // the code of an existing department stays
        QVERIFY(master.saveDepartment(dept));
        QCOMPARE(dept.code, QStringLiteral("KIKAKU"));

        // A department with assets in use cannot be made inactive; an empty one can.
        created(QStringLiteral("DEP-1"), QStringLiteral("総務課の資産"));
        const QList<Department> all = master.load().departments;
        Department som = *std::find_if(all.cbegin(), all.cend(),
                                       [this](const Department& d) { return d.id == m_org.deptA; });
        som.active = false;
        QVERIFY(!master.saveDepartment(som));
        QCOMPARE(master.lastError().fieldErrors.first().field, QStringLiteral("active"));
        dept.active = false;
        QVERIFY(master.saveDepartment(dept));
        QVERIFY(AuditLog(db).verify().ok);
    }

    void organsAndSectionsAreEditedLikeDepartments() {
        Database& db = m_reg->db();
        MasterDataRepository master(db);
        OrgUnit organ{OrgLevel::Organ,
                      0,
                      0,
                      QStringLiteral("ｓｅｎｋｙｏ"),
                      QStringLiteral("選挙管理委員会"),
                      QString(),
                      5,
                      true};
        QVERIFY2(master.saveUnit(organ), qPrintable(db.errorString()));
        QCOMPARE(organ.code, QStringLiteral("SENKYO"));
        QCOMPARE(AuditLog(db).latest(1).first().entity, QStringLiteral("organ"));
        OrgUnit twin = organ;
        twin.id = 0;
        twin.nameJa.clear();
        QVERIFY(!master.saveUnit(twin));
        QCOMPARE(master.lastError().fieldErrors.size(), 2); // code taken, no name

        // A section needs an existing department; its code stays once created.
        OrgUnit section{OrgLevel::Section,        0,         0, QStringLiteral("som-1"),
                        QStringLiteral("庶務係"), QString(), 0, true};
        QVERIFY(!master.saveUnit(section));
        QCOMPARE(master.lastError().fieldErrors.first().field, QStringLiteral("department"));
        section.parentId = m_org.deptA;
        QVERIFY2(master.saveUnit(section), qPrintable(db.errorString()));
        QCOMPARE(section.code, QStringLiteral("SOM-1"));
        section.code = QStringLiteral("X");
        section.nameEn = QStringLiteral("General Affairs Unit");
        QVERIFY(master.saveUnit(section));
        QCOMPARE(section.code, QStringLiteral("SOM-1"));
        const QList<OrgUnit> sections = master.load().units(OrgLevel::Section);
        QVERIFY(std::any_of(sections.cbegin(), sections.cend(), [](const OrgUnit& u) {
            return u.nameEn == QLatin1String("General Affairs Unit");
        }));

        // A section named by an asset in use cannot be made inactive.
        Asset a = makeAsset(m_org, QStringLiteral("SEC-1"), QStringLiteral("庶務係の資産"));
        a.sectionId = section.id;
        QVERIFY(repo()->create(a));
        section.active = false;
        QVERIFY(!master.saveUnit(section));
        QCOMPARE(master.lastError().fieldErrors.first().field, QStringLiteral("active"));
        QVERIFY(AuditLog(db).verify().ok);
    }

    void userRegistrationsAndRoleChangesAreAudited() {
        Database& db = m_reg->db();
        QVERIFY(registerAdminAnd(db, QStringLiteral("k.tanaka"), Role::Staff, m_org.deptA));
        AuditEntry added = AuditLog(db).latest(1).first();
        QCOMPARE(added.entity, QStringLiteral("user"));
        QCOMPARE(added.action, QStringLiteral("create"));
        QCOMPARE(added.entityKey, QStringLiteral("k.tanaka"));
        QCOMPARE(added.changes.first().newValue, QStringLiteral("staff"));

        AccessControl access(db);
        QVERIFY(access.setRole(QStringLiteral("k.tanaka"), Role::Officer, 0));
        const AuditEntry changed = AuditLog(db).latest(1).first();
        QCOMPARE(changed.action, QStringLiteral("update"));
        QCOMPARE(changed.changes.size(), 1);
        QCOMPARE(changed.changes.first().oldValue, QStringLiteral("staff"));
        QCOMPARE(changed.changes.first().newValue, QStringLiteral("officer"));
        QVERIFY(AuditLog(db).verify().ok);
    }

    void classificationLevelsAreEditedAndAdded() {
        Database& db = m_reg->db();
        MasterDataRepository master(db);
        const ClassificationScheme scheme = *master.load().defaultScheme();
        ClassificationLevel level = scheme.levelsOf(Axis::Confidentiality).last(); // rank 1
        const QString code = level.code;
        level.definitionJa = QStringLiteral("公開して差し支えない情報");
        level.defaultRestrictions = {QStringLiteral("need_to_know")};
        level.code = QStringLiteral("9"); // axis, code and rank stay
        level.rank = 7;
        QVERIFY2(master.saveLevel(scheme.id, level), qPrintable(db.errorString()));
        const ClassificationScheme after = *master.load().defaultScheme();
        const auto saved = after.levelById(level.id);
        QVERIFY(saved);
        QCOMPARE(saved->code, code);
        QCOMPARE(saved->rank, 1);
        QCOMPARE(saved->definitionJa, QStringLiteral("公開して差し支えない情報"));
        QCOMPARE(saved->defaultRestrictions, QStringList{QStringLiteral("need_to_know")});
        const AuditEntry entry = AuditLog(db).latest(1).first();
        QCOMPARE(entry.entity, QStringLiteral("classification_level"));
        QVERIFY(entry.entityKey.endsWith(QStringLiteral("/C/") + code));

        // A restriction of another axis is refused, and nothing changes.
        ClassificationLevel wrong = *saved;
        wrong.defaultRestrictions = {QStringLiteral("backup")};
        wrong.labelJa = QStringLiteral("変えた");
        QVERIFY(!master.saveLevel(scheme.id, wrong));
        QCOMPARE(master.lastError().fieldErrors.first().field,
                 QStringLiteral("default_restrictions"));
        QCOMPARE(master.load().defaultScheme()->levelById(level.id)->labelJa, saved->labelJa);

        // A new level needs a free code and a free rank on its axis.
        ClassificationLevel added;
        added.axis = Axis::Availability;
        added.code = scheme.levelsOf(Axis::Availability).first().code;
        added.rank = scheme.levelsOf(Axis::Availability).first().rank;
        QVERIFY(!master.saveLevel(scheme.id, added));
        QCOMPARE(master.lastError().fieldErrors.size(), 3); // code, rank, label
        added.code = QStringLiteral("ａ９");
        added.rank = 9;
        added.labelJa = QStringLiteral("最重要");
        added.defaultRestrictions = {QStringLiteral("backup")};
        QVERIFY2(master.saveLevel(scheme.id, added), qPrintable(db.errorString()));
        QCOMPARE(added.code, QStringLiteral("A9"));
        const ClassificationScheme withNew = *master.load().defaultScheme();
        QCOMPARE(withNew.levelsOf(Axis::Availability).first().code, QStringLiteral("A9"));
        QVERIFY(withNew.findLevel(Axis::Availability, QStringLiteral("A9")));
        QVERIFY(AuditLog(db).verify().ok);

        // Only administrators, once users exist.
        QVERIFY(registerAdminAnd(db, QStringLiteral("officer"), Role::Officer));
        db.setLoginForTesting(QStringLiteral("officer"));
        added.labelJa = QStringLiteral("変更");
        QVERIFY(!master.saveLevel(scheme.id, added));
        QCOMPARE(master.lastError().kind, StorageError::Kind::Refused);
    }

    void masterDataWritesNeedAnAdministrator() {
        Database& db = m_reg->db();
        QVERIFY(registerAdminAnd(db, QStringLiteral("officer"), Role::Officer));
        db.setLoginForTesting(QStringLiteral("officer"));
        MasterDataRepository master(db);
        const int departments = int(master.load().departments.size());
        Department d;
        d.organId = master.load().organs.first().id;
        d.code = QStringLiteral("NEW");
        d.nameJa = QStringLiteral("新しい課");
        QVERIFY(!master.addDepartment(d));
        QCOMPARE(master.lastError().kind, StorageError::Kind::Refused);
        QVERIFY(!master.saveDepartment(d));
        Section s;
        s.departmentId = m_org.deptA;
        s.code = QStringLiteral("NEW-1");
        s.nameJa = QStringLiteral("新しい係");
        QVERIFY(!master.addSection(s));
        Organ o;
        o.code = QStringLiteral("NEWORGAN");
        o.nameJa = QStringLiteral("新しい機関");
        QVERIFY(!master.addOrgan(o));
        Person p;
        p.name = QStringLiteral("新しい人");
        QVERIFY(!master.addPerson(p));
        QCOMPARE(master.load().departments.size(), departments);
        QVERIFY(master.load().sections.isEmpty());
    }

    void restoreAnEarlierVersion() {
        Asset system = makeAsset(m_org, QStringLiteral("RST-S"), QStringLiteral("基盤"));
        system.category = AssetCategory::Infrastructure;
        system.subType = QStringLiteral("system");
        auto r = repo();
        QVERIFY(r->create(system));
        Asset a = makeAsset(m_org, QStringLiteral("RST-1"), QStringLiteral("元の名称"));
        a.livesOnIds = {system.id};
        a.restrictions.append({QStringLiteral("recovery_time"), QStringLiteral("24時間")});
        QVERIFY(r->create(a));
        const QStringList original = [&] {
            QStringList texts;
            for (const AssetField& f : assetFields())
                texts.append(f.text(*r->findById(a.id), r->reference()));
            return texts;
        }();
        a.confidentiality = QStringLiteral("3B");
        a.location = QStringLiteral("書庫A");
        a.livesOnIds.clear();
        a.restrictions.clear();
        QVERIFY(r->update(a));
        a.name = QStringLiteral("変えた名称");
        a.departmentId = m_org.deptB;
        a.ownerId = m_org.ownerB;
        QVERIFY(r->update(a));
        QVERIFY(r->retire(a.id, a.version, QStringLiteral("誤って廃止"), {}));
        const int latest = r->findById(a.id)->version;
        QVERIFY(!r->restoreVersion(a.id, 1, latest - 1)); // stale
        QCOMPARE(r->lastError().kind, StorageError::Kind::Conflict);
        QVERIFY(!r->restoreVersion(a.id, 99, latest));
        QVERIFY2(r->restoreVersion(a.id, 1, latest), qPrintable(r->lastError().message));
        const auto restored = r->findById(a.id);
        QStringList texts;
        for (const AssetField& f : assetFields())
            texts.append(f.text(*restored, r->reference()));
        QCOMPARE(texts, original);
        QCOMPARE(restored->status, AssetStatus::InUse);
        QCOMPARE(restored->version, latest + 1);
        QCOMPARE(AuditLog(m_reg->db()).entriesFor(QStringLiteral("asset"), a.id).last().action,
                 QStringLiteral("restore"));
        QVERIFY(AuditLog(m_reg->db()).verify().ok);
    }

    void auditSearchFilters() {
        Asset a = created(QStringLiteral("AUD-1"), QStringLiteral("一"));
        Asset b = makeAsset(m_org, QStringLiteral("AUD-2"), QStringLiteral("二"));
        b.departmentId = m_org.deptB;
        b.ownerId = m_org.ownerB;
        QVERIFY(repo()->create(b));
        QVERIFY(repo()->retire(a.id, a.version, QStringLiteral("x"), {}));
        AuditLog log(m_reg->db());
        AuditFilter all;
        QCOMPARE(log.search(all).size(), m_base + 3);
        QCOMPARE(log.search(all).first().action, QStringLiteral("retire")); // newest first
        AuditFilter byDept;
        byDept.departmentId = m_org.deptB;
        QCOMPARE(log.search(byDept).size(), 1);
        AuditFilter byAction;
        byAction.action = QStringLiteral("create");
        // Seeding the organisation recorded its units and people as created, before the test.
        QSqlQuery before = m_reg->db().query();
        QVERIFY(before.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'create' "
                                           "AND id <= %1")
                                .arg(m_base)));
        QVERIFY(before.next());
        QCOMPARE(log.search(byAction).size(), before.value(0).toLongLong() + 2);
        AuditFilter byDate;
        byDate.from = Clock::today().addDays(1);
        QCOMPARE(log.search(byDate).size(), 0);
        byDate.from = Clock::today();
        byDate.to = Clock::today();
        QCOMPARE(log.search(byDate).size(), m_base + 3);
        AuditFilter byActor;
        byActor.actor = QStringLiteral("someone else");
        QCOMPARE(log.search(byActor).size(), 0);
        QCOMPARE(log.actors(), QStringList{m_reg->db().currentUser()});
        AuditFilter byNumber;
        byNumber.entityKey = QStringLiteral("AUD-1");
        QCOMPARE(log.search(byNumber).size(), 2);
    }

    void postgresRowSecurityHoldsForPlainSql() {
        if (backendUnderTest() != Backend::PostgreSQL)
            QSKIP("row-level security is PostgreSQL's; SQLite is covered by rolesAllowAndRefuse");
        Database& db = m_reg->db();
        Asset ofA = created(QStringLiteral("RLS-A"), QStringLiteral("総務課の機密"));
        Asset publicB =
            makeAsset(m_org, QStringLiteral("RLS-B1"), QStringLiteral("市民課の公開情報"));
        publicB.departmentId = m_org.deptB;
        publicB.ownerId = m_org.ownerB;
        publicB.confidentiality = QStringLiteral("1");
        publicB.personalInfo = PersonalInfo::None;
        QVERIFY(repo()->create(publicB));
        Asset secretB = publicB;
        secretB.assetNumber = QStringLiteral("RLS-B3");
        secretB.name = QStringLiteral("市民課の機密");
        secretB.confidentiality = QStringLiteral("3B");
        secretB.restrictions.append({QStringLiteral("recovery_time"), QStringLiteral("24時間")});
        QVERIFY(repo()->create(secretB));

        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString staff = QStringLiteral("staff_") + suffix;
        QSqlQuery q = db.query();
        QVERIFY(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(staff)));
        QVERIFY(
            q.exec(QStringLiteral(
                       "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1")
                       .arg(staff)));
        QVERIFY(q.exec(QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1")
                           .arg(staff)));
        {
            AccessControl access(db);
            UserRecord admin;
            admin.login = db.currentUser();
            admin.role = Role::Admin;
            QVERIFY(access.addUser(admin));
            UserRecord user;
            user.login = staff;
            user.role = Role::Staff;
            user.departmentId = m_org.deptA;
            QVERIFY(access.addUser(user));
        }
        // The staff login, with plain SQL and no application in between.
        const QString name = QStringLiteral("rls-") + suffix;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            raw.setHostName(m_reg->settings().host);
            raw.setPort(m_reg->settings().port);
            raw.setDatabaseName(m_reg->settings().databaseName);
            raw.setUserName(staff);
            QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
            QSqlQuery sql(raw);
            QVERIFY(
                sql.exec(QStringLiteral("SELECT asset_number FROM assets ORDER BY asset_number")));
            QStringList seen;
            while (sql.next())
                seen.append(sql.value(0).toString());
            QCOMPARE(seen, (QStringList{QStringLiteral("RLS-A"), QStringLiteral("RLS-B1")}));
            QVERIFY(sql.exec(
                QStringLiteral("UPDATE assets SET name = 'x' WHERE asset_number LIKE 'RLS-B%'")));
            QCOMPARE(sql.numRowsAffected(), 0); // not even the public one: read-only
            QVERIFY(sql.exec(QStringLiteral("DELETE FROM assets WHERE asset_number = 'RLS-B3'")));
            QCOMPARE(sql.numRowsAffected(), 0);
            QVERIFY(!sql.exec(
                QStringLiteral("UPDATE assets SET department_id = %1 WHERE asset_number = 'RLS-A'")
                    .arg(m_org.deptB)));
            // The audit log has no row a login may update or delete.
            QVERIFY(!sql.exec(QStringLiteral("UPDATE audit_log SET actor = 'x'")) ||
                    sql.numRowsAffected() == 0);
            QVERIFY(!sql.exec(QStringLiteral("DELETE FROM audit_log")) ||
                    sql.numRowsAffected() == 0);
            // Even its own department's asset cannot be changed past the audit log.
            QVERIFY(!sql.exec(
                QStringLiteral("UPDATE assets SET name = 'ok' WHERE asset_number = 'RLS-A'")));
            QVERIFY2(sql.lastError().text().contains(QStringLiteral("not recorded in the audit")),
                     qPrintable(sql.lastError().text()));
            // An asset's restrictions are as hidden and as read-only as the asset.
            const QString ofSecret = QStringLiteral("asset_id = %1").arg(secretB.id);
            QVERIFY(sql.exec(QStringLiteral("SELECT COUNT(*) FROM asset_restrictions WHERE ") +
                             ofSecret));
            QVERIFY(sql.next());
            QCOMPARE(sql.value(0).toInt(), 0);
            QVERIFY(sql.exec(QStringLiteral("DELETE FROM asset_restrictions WHERE ") + ofSecret));
            QCOMPARE(sql.numRowsAffected(), 0);
            QVERIFY(!sql.exec(QStringLiteral("INSERT INTO asset_restrictions (asset_id, "
                                             "restriction_id) SELECT %1, id FROM "
                                             "handling_restrictions LIMIT 1")
                                  .arg(publicB.id)));
            // Master data and users are read by everyone, changed by administrators only:
            // the staff login cannot make itself an officer or rename a department.
            QVERIFY(sql.exec(QStringLiteral("SELECT COUNT(*) FROM departments")));
            QVERIFY(sql.next());
            QCOMPARE(sql.value(0).toInt(), 2);
            QVERIFY(sql.exec(
                QStringLiteral("UPDATE users SET role = 'officer' WHERE login = '%1'").arg(staff)));
            QCOMPARE(sql.numRowsAffected(), 0);
            QVERIFY(!sql.exec(QStringLiteral("INSERT INTO users (login, role) VALUES "
                                             "('intruder', 'admin')")));
            QVERIFY(sql.exec(QStringLiteral("UPDATE departments SET name_ja = 'x'")));
            QCOMPARE(sql.numRowsAffected(), 0);
            QVERIFY(sql.exec(QStringLiteral("UPDATE settings SET value = '0'")));
            QCOMPARE(sql.numRowsAffected(), 0);
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(repo()->findById(secretB.id)->name, QStringLiteral("市民課の機密"));
        QCOMPARE(repo()->findById(secretB.id)->restrictions.size(), secretB.restrictions.size());
        const QList<UserRecord> users = AccessControl(db).users();
        QVERIFY(std::none_of(users.cbegin(), users.cend(), [&staff](const UserRecord& u) {
            return u.login == QLatin1String("intruder") ||
                   (u.login == staff && u.role != Role::Staff);
        }));
        Q_UNUSED(ofA);
    }

    void nextNumberFollowsTheHighest() {
        created(QStringLiteral("SOM-2026-0007"), QStringLiteral("a"));
        created(QStringLiteral("SOM-2026-0003"), QStringLiteral("b"));
        created(QStringLiteral("SOM-2025-0099"), QStringLiteral("c"));
        QCOMPARE(repo()->nextAssetNumber(QStringLiteral("som"), 2026),
                 QStringLiteral("SOM-2026-0008"));
        QCOMPARE(repo()->nextAssetNumber(QStringLiteral("SHIMIN"), 2026),
                 QStringLiteral("SHIMIN-2026-0001"));
    }

    void failedWriteInTransactionLeavesNothing() {
        Database& db = m_reg->db();
        {
            Transaction tx(db);
            auto r = repo();
            Asset a = makeAsset(m_org, QStringLiteral("SOM-020"), QStringLiteral("途中で失敗"));
            QVERIFY(r->create(a));
            // no commit: the outer transaction rolls back both the asset and its audit entry
        }
        QCOMPARE(repo()->count(), 0);
        QCOMPARE(AuditLog(db).count(), m_base);
        QVERIFY(AuditLog(db).verify().ok);
    }

    void auditChainVerifies() {
        Asset a = created(QStringLiteral("SOM-030"), QStringLiteral("監査対象"));
        created(QStringLiteral("SOM-031"), QStringLiteral("監査対象2"));
        a.name = QStringLiteral("監査対象（改）");
        QVERIFY(repo()->update(a));
        const AuditVerification v = AuditLog(m_reg->db()).verify();
        QVERIFY2(v.ok, qPrintable(v.message));
        QCOMPARE(v.entriesChecked, m_base + 3);
        QCOMPARE(v.lastHash.size(), 64);
    }

    void auditDetectsTampering_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("brokenId");
        QTest::newRow("edited entry")
            << QStringLiteral("UPDATE audit_log SET actor = 'intruder' WHERE id = %B2")
            << qint64(2);
        QTest::newRow("edited changes")
            << QStringLiteral(
                   "UPDATE audit_log SET changes = REPLACE(changes, '3C', '1') WHERE id = %B1")
            << qint64(1);
        QTest::newRow("removed entry")
            << QStringLiteral("DELETE FROM audit_log WHERE id = %B2") << qint64(2);
        QTest::newRow("inserted entry")
            << QStringLiteral(
                   "INSERT INTO audit_log SELECT %B4, occurred_at, actor, action, entity, "
                   "entity_id, entity_key, changes, hash, 'x' FROM audit_log WHERE id = %B3")
            << qint64(0);
        QTest::newRow("removed newest")
            << QStringLiteral("DELETE FROM audit_log WHERE id = %B3") << qint64(0);
        QTest::newRow("asset changed by SQL")
            << QStringLiteral("UPDATE assets SET version = version + 1, name = 'x' WHERE "
                              "asset_number = 'SOM-041'")
            << qint64(0);
    }
    void auditDetectsTampering() {
        QFETCH(QString, sql);
        QFETCH(qint64, brokenId);
        Asset a = created(QStringLiteral("SOM-040"), QStringLiteral("台帳"));
        created(QStringLiteral("SOM-041"), QStringLiteral("台帳2"));
        a.name = QStringLiteral("台帳（改）");
        QVERIFY(repo()->update(a));
        QVERIFY(AuditLog(m_reg->db()).verify().ok);

        // Entry numbers in the statements count from the register's first own entry.
        for (int k = 1; k <= 4; ++k)
            sql.replace(QStringLiteral("%B%1").arg(k), QString::number(m_base + k));
        if (brokenId)
            brokenId += m_base;
        QVERIFY(execSql(sql));
        const AuditVerification v = AuditLog(m_reg->db()).verify();
        QVERIFY(!v.ok);
        QVERIFY(!v.message.isEmpty());
        if (brokenId)
            QCOMPARE(v.firstBrokenId, brokenId);
        if (brokenId)
            QVERIFY2(v.message.contains(QStringLiteral("#%1").arg(brokenId)),
                     qPrintable(v.message));
    }

    void backupAndRestoreRoundTrip() {
        Asset a = created(QStringLiteral("SOM-050"), QStringLiteral("バックアップ対象"));
        const QString file = m_reg->tempPath(QStringLiteral("backup.db"));
        BackupService backup(m_reg->db());
        QVERIFY2(backup.backup(file), qPrintable(backup.errorString()));

        // Changes after the backup are undone by the restore.
        a.name = QStringLiteral("後から変更");
        QVERIFY(repo()->update(a));
        created(QStringLiteral("SOM-051"), QStringLiteral("後から追加"));
        QVERIFY2(backup.restore(file), qPrintable(backup.errorString()));
        auto r = repo();
        QCOMPARE(r->count(), 1);
        QCOMPARE(r->findById(a.id)->name, QStringLiteral("バックアップ対象"));
        QCOMPARE(r->findById(a.id)->restrictions.size(), 2);
        AssetQuery search; // the restored assets are found by the search index
        search.text = QStringLiteral("バックアップ対象");
        QCOMPARE(r->count(search), 1);
        search.text = QStringLiteral("後から");
        QCOMPARE(r->count(search), 0);
        const AuditVerification v = AuditLog(m_reg->db()).verify();
        QVERIFY2(v.ok, qPrintable(v.message));
        QCOMPARE(AuditLog(m_reg->db()).latest(1).first().action, QStringLiteral("restore"));
        if (backendUnderTest() == Backend::SQLite)
            QVERIFY(QFile::exists(backup.safetyCopyPath()));
        // New rows continue after the restored ids.
        Asset next = created(QStringLiteral("SOM-052"), QStringLiteral("復元後"));
        QVERIFY(next.id > a.id);
    }

    void restoreRefusesATamperedBackup() {
        created(QStringLiteral("SOM-060"), QStringLiteral("元データ"));
        const QString file = m_reg->tempPath(QStringLiteral("bad.db"));
        BackupService backup(m_reg->db());
        QVERIFY(backup.backup(file));
        {
            Database copy;
            QVERIFY(copy.open(ConnectionSettings::forSqlite(file)));
            QVERIFY(copy.exec(QStringLiteral("UPDATE audit_log SET actor = 'x'"), QString()));
        }
        const QByteArray before = fileBytes(file);
        created(QStringLiteral("SOM-061"), QStringLiteral("残るべき"));
        QVERIFY(!backup.restore(file));
        QVERIFY2(backup.errorString().contains(QStringLiteral("audit")),
                 qPrintable(backup.errorString()));
        QCOMPARE(repo()->count(), 2);
        QCOMPARE(fileBytes(file), before);
    }

    void demoRegisterIsCompleteAndVerifies() {
        TempRegister fresh; // the demo fills only an empty register
        QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
        QString error;
        QVERIFY2(DemoRegister::populate(fresh.db(), &error), qPrintable(error));
        QVERIFY(!DemoRegister::populate(fresh.db(), &error)); // not twice
        RegisterStatistics stats;
        QVERIFY(RegisterStatistics::compute(fresh.db(), &stats, Clock::today()));
        QVERIFY2(stats.total >= 300, qPrintable(QString::number(stats.total)));
        QCOMPARE(stats.byCategory.size(), 3);
        QCOMPARE(stats.bySegment.size(), 4);
        QCOMPARE(stats.byConfidentiality.size(), 5);
        QCOMPARE(stats.byPersonalInfo.size(), 4);
        QVERIFY(stats.reviewOverdue > 0);
        QVERIFY(stats.dependencies > 0);
        QVERIFY(stats.byDepartment.size() >= 12);
        QSqlQuery q = fresh.db().query();
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT organ_id) FROM departments")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 6); // every 第4条 organ
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT sub_type) FROM assets")) && q.next());
        QCOMPARE(q.value(0).toInt(), 11);
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT COUNT(*) FROM assets WHERE outsourced = 1 AND contractor <> ''")) &&
                q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM assets WHERE cloud_service = 1")) &&
                q.next());
        QVERIFY(q.value(0).toInt() > 0);
        const AuditVerification v = AuditLog(fresh.db()).verify();
        QVERIFY2(v.ok, qPrintable(v.message));
    }

    void masterDataRoundTrips() {
        MasterDataRepository master(m_reg->db());
        QVERIFY(
            master.setSetting(QStringLiteral("organisation_name"), QStringLiteral("みなみ野市")));
        QCOMPARE(master.setting(QStringLiteral("organisation_name")), QStringLiteral("みなみ野市"));
        const ReferenceData ref = master.load();
        QCOMPARE(ref.departments.size(), 2);
        QCOMPARE(ref.schemes.size(), 2);
        QCOMPARE(ref.defaultScheme()->code, QStringLiteral("MIC2024"));
        QCOMPARE(ref.scheme(QStringLiteral("MIC2024"))->levelsOf(Axis::Confidentiality).size(), 5);
        QCOMPARE(ref.scheme(QStringLiteral("LEGACY"))->levelsOf(Axis::Confidentiality).size(), 3);
        const auto level3b =
            ref.defaultScheme()->findLevel(Axis::Confidentiality, QStringLiteral("3B"));
        QVERIFY(level3b->defaultRestrictions.contains(QStringLiteral("no_takeout")));
        QVERIFY(!level3b->definitionJa.isEmpty());
        QVERIFY(!level3b->definitionEn.isEmpty());
        QCOMPARE(ref.assetTypes.size(), 11);
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
