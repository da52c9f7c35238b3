// Domain values without a database: key folding, vocabularies, schemes, validation, diffs and
// connection strings.
#include "domain/AssetFields.h"
#include "domain/AssetValidator.h"
#include "domain/Normalize.h"
#include "storage/ConnectionSettings.h"
#include "storage/SqlDialect.h"

#include <QTest>

using namespace assetreg;

namespace {

ReferenceData sampleReference() {
    ReferenceData ref;
    ref.organs.append(
        {1, QStringLiteral("MAYOR"), QStringLiteral("市長"), QStringLiteral("Mayor"), 1});
    ref.departments.append({10, 1, QStringLiteral("SOM"), QStringLiteral("総務課"), {}, 1, true});
    ref.departments.append(
        {11, 1, QStringLiteral("SHIMIN"), QStringLiteral("市民課"), {}, 2, true});
    ref.sections.append(
        {20, 11, QStringLiteral("SHIMIN-1"), QStringLiteral("住民記録係"), {}, 1, true});
    ref.people.append({30,
                       QStringLiteral("t.yamada"),
                       QStringLiteral("山田 太郎"),
                       QStringLiteral("課長"),
                       10,
                       0,
                       {},
                       {},
                       true});
    ref.assetTypes.append({QStringLiteral("data"), AssetCategory::Information,
                           QStringLiteral("電子データ"), QStringLiteral("Electronic data"), 1});
    ref.assetTypes.append({QStringLiteral("server"), AssetCategory::Infrastructure,
                           QStringLiteral("サーバ"), QStringLiteral("Server"), 2});
    ClassificationScheme mic{
        1, QStringLiteral("MIC2024"), QStringLiteral("総務省"), QStringLiteral("MIC"), true, {}};
    int id = 100;
    for (const auto& [code, rank] : QList<QPair<QString, int>>{{QStringLiteral("3A"), 5},
                                                               {QStringLiteral("3B"), 4},
                                                               {QStringLiteral("3C"), 3},
                                                               {QStringLiteral("2"), 2},
                                                               {QStringLiteral("1"), 1}})
        mic.levels.append({id++,
                           Axis::Confidentiality,
                           code,
                           rank,
                           QStringLiteral("自治体機密性") + code,
                           {},
                           {},
                           {},
                           {}});
    for (Axis axis : {Axis::Integrity, Axis::Availability}) {
        mic.levels.append({id++, axis, QStringLiteral("2"), 2, {}, {}, {}, {}, {}});
        mic.levels.append({id++, axis, QStringLiteral("1"), 1, {}, {}, {}, {}, {}});
    }
    ref.schemes.append(mic);
    ref.restrictions.append({1,
                             QStringLiteral("no_takeout"),
                             Axis::Confidentiality,
                             QStringLiteral("持出禁止"),
                             {},
                             false,
                             1});
    ref.restrictions.append({2,
                             QStringLiteral("recovery_time"),
                             Axis::Availability,
                             QStringLiteral("〇〇以内復旧"),
                             {},
                             true,
                             2});
    return ref;
}

Asset validAsset() {
    Asset a;
    a.assetNumber = QStringLiteral("SOM-2026-0001");
    a.name = QStringLiteral("人事給与データ");
    a.category = AssetCategory::Information;
    a.subType = QStringLiteral("data");
    a.departmentId = 10;
    a.ownerId = 30;
    a.schemeCode = QStringLiteral("MIC2024");
    a.confidentiality = QStringLiteral("3C");
    a.integrity = QStringLiteral("2");
    a.availability = QStringLiteral("1");
    return a;
}

QStringList fieldsOf(const QList<FieldError>& errors) {
    QStringList fields;
    for (const auto& e : errors)
        fields.append(e.field);
    return fields;
}

} // namespace

class TestDomain : public QObject {
    Q_OBJECT
private slots:
    void foldKey_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full-width")
            << QStringLiteral("ＳＯＭ－００１") << QStringLiteral("SOM-001");
        QTest::newRow("lower case") << QStringLiteral("som-001") << QStringLiteral("SOM-001");
        QTest::newRow("prolonged mark as dash")
            << QStringLiteral("SOMー001") << QStringLiteral("SOM-001");
        QTest::newRow("minus sign") << QStringLiteral("SOM−001") << QStringLiteral("SOM-001");
        QTest::newRow("spaces trimmed")
            << QStringLiteral("  SOM-001　") << QStringLiteral("SOM-001");
        QTest::newRow("half-width katakana")
            << QStringLiteral("ｼｽﾃﾑ") << QStringLiteral("システム");
    }
    void foldKey() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(assetreg::foldKey(input), expected);
    }

    void enumsParseBothLanguages() {
        QCOMPARE(parseEnum<Segment>(QStringLiteral("mynumber")), Segment::MyNumber);
        QCOMPARE(parseEnum<Segment>(QStringLiteral("マイナンバー利用事務系")), Segment::MyNumber);
        QCOMPARE(parseEnum<Segment>(QStringLiteral("ＬＧＷＡＮ接続系")), Segment::Lgwan);
        QCOMPARE(parseEnum<PersonalInfo>(QStringLiteral("特定個人情報")), PersonalInfo::MyNumber);
        QCOMPARE(parseEnum<AssetStatus>(QStringLiteral("Retired")), AssetStatus::Retired);
        QVERIFY(!parseEnum<Segment>(QStringLiteral("intranet")).has_value());
        QVERIFY(!parseEnum<Segment>(QString()).has_value());
        for (Segment s : EnumTraits<Segment>::all())
            QCOMPARE(parseEnum<Segment>(toKey(s)), s);
    }

    void schemeFindsLevelsByAnySpelling_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("code") << QStringLiteral("3B") << QStringLiteral("3B");
        QTest::newRow("full-width") << QStringLiteral("３ｂ") << QStringLiteral("3B");
        QTest::newRow("label") << QStringLiteral("自治体機密性3B") << QStringLiteral("3B");
        QTest::newRow("legacy word") << QStringLiteral("機密性2") << QStringLiteral("2");
        QTest::newRow("axis letter") << QStringLiteral("C3A") << QStringLiteral("3A");
        QTest::newRow("unknown") << QStringLiteral("4") << QString();
    }
    void schemeFindsLevelsByAnySpelling() {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const ReferenceData ref = sampleReference();
        const auto level = ref.schemes.first().findLevel(Axis::Confidentiality, text);
        QCOMPARE(level.has_value(), !code.isEmpty());
        if (level)
            QCOMPARE(level->code, code);
    }

    void validAssetPasses() {
        const ReferenceData ref = sampleReference();
        const QList<FieldError> errors = AssetValidator(ref).validate(validAsset());
        QVERIFY2(errors.isEmpty(), qPrintable(AssetValidator::formatErrors(errors)));
    }

    void validationGivesOneMessagePerField() {
        const ReferenceData ref = sampleReference();
        Asset a;
        a.schemeCode = QStringLiteral("MIC2024");
        const QList<FieldError> errors = AssetValidator(ref).validate(a);
        const QStringList fields = fieldsOf(errors);
        for (const char* expected : {"asset_number", "name", "sub_type", "department", "owner",
                                     "confidentiality", "integrity", "availability"})
            QVERIFY2(fields.contains(QLatin1String(expected)), expected);
        QCOMPARE(fields.size(), QSet<QString>(fields.begin(), fields.end()).size());
        for (const auto& e : errors)
            QVERIFY(!e.message.isEmpty());
    }

    void validationRejects_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("caseNo");
        QTest::newRow("bad number chars") << "asset_number" << 0;
        QTest::newRow("too long name") << "name" << 1;
        QTest::newRow("type of other category") << "sub_type" << 2;
        QTest::newRow("unknown level") << "confidentiality" << 3;
        QTest::newRow("section of other dept") << "section" << 4;
        QTest::newRow("restriction without parameter") << "restrictions" << 5;
        QTest::newRow("retired without date") << "status_date" << 6;
        QTest::newRow("unknown owner") << "owner" << 7;
    }
    void validationRejects() {
        QFETCH(QString, field);
        QFETCH(int, caseNo);
        const ReferenceData ref = sampleReference();
        Asset a = validAsset();
        switch (caseNo) {
        case 0:
            a.assetNumber = QStringLiteral("SOM 001!");
            break;
        case 1:
            a.name = QString(AssetValidator::kMaxNameLength + 1, QChar(0x8CC7));
            break;
        case 2:
            a.subType = QStringLiteral("server");
            break;
        case 3:
            a.confidentiality = QStringLiteral("4");
            break;
        case 4:
            a.sectionId = 20;
            break;
        case 5:
            a.restrictions = {{QStringLiteral("recovery_time"), {}}};
            break;
        case 6:
            a.status = AssetStatus::Retired;
            break;
        case 7:
            a.ownerId = 999;
            break;
        }
        const QList<FieldError> errors = AssetValidator(ref).validate(a);
        QCOMPARE(fieldsOf(errors), QStringList{field});
    }

    void fullWidthNumberIsValid() {
        const ReferenceData ref = sampleReference();
        Asset a = validAsset();
        a.assetNumber = QStringLiteral("ＳＯＭ－２０２６－０００１");
        QVERIFY(AssetValidator(ref).validate(a).isEmpty());
    }

    void diffListsOnlyChangedFieldsReadably() {
        const ReferenceData ref = sampleReference();
        Asset before = validAsset();
        Asset after = before;
        after.confidentiality = QStringLiteral("3B");
        after.departmentId = 11;
        after.restrictions = {{QStringLiteral("recovery_time"), QStringLiteral("24時間")}};
        const QList<FieldChange> changes = diffAssets(before, after, ref);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes[0].field, QStringLiteral("department"));
        QCOMPARE(changes[0].oldValue, QStringLiteral("SOM 総務課"));
        QCOMPARE(changes[0].newValue, QStringLiteral("SHIMIN 市民課"));
        QCOMPARE(changes[1].field, QStringLiteral("confidentiality"));
        QCOMPARE(changes[1].oldValue, QStringLiteral("3C"));
        QCOMPARE(changes[2].newValue, QStringLiteral("〇〇以内復旧(24時間)"));
    }

    void classificationLabel() {
        QCOMPARE(validAsset().classificationLabel(), QStringLiteral("C3C-I2-A1"));
        QCOMPARE(Asset{}.classificationLabel(), QString());
    }

    void pgConnInfoParses() {
        QString error;
        const auto s = ConnectionSettings::fromPgConnInfo(
            QStringLiteral("host=db.city.local port=6432 dbname=assets user=tanaka "
                           "password='it\\'s \\'secret\\'' sslmode=require"),
            &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->host, QStringLiteral("db.city.local"));
        QCOMPARE(s->port, 6432);
        QCOMPARE(s->databaseName, QStringLiteral("assets"));
        QCOMPARE(s->user, QStringLiteral("tanaka"));
        QCOMPARE(s->extraOptions, QStringLiteral("sslmode=require"));
        QVERIFY(!s->displayName().contains(QStringLiteral("secret")));
        QVERIFY(!s->toConnInfo().contains(QStringLiteral("secret")));
        // What is remembered parses back to the same server.
        const auto again = ConnectionSettings::fromPgConnInfo(s->toConnInfo(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->host, s->host);
        QCOMPARE(again->port, s->port);
        QCOMPARE(again->databaseName, s->databaseName);
        QCOMPARE(again->extraOptions, s->extraOptions);
    }

    void pgConnInfoErrorsSayWhy_data() {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no dbname") << QStringLiteral("host=x") << QStringLiteral("dbname");
        QTest::newRow("bad port") << QStringLiteral("dbname=a port=abc") << QStringLiteral("abc");
        QTest::newRow("unknown key")
            << QStringLiteral("dbname=a colour=red") << QStringLiteral("colour");
        QTest::newRow("no value") << QStringLiteral("dbname") << QStringLiteral("dbname");
        QTest::newRow("open quote") << QStringLiteral("dbname='a") << QStringLiteral("dbname");
    }
    void pgConnInfoErrorsSayWhy() {
        QFETCH(QString, conninfo);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!ConnectionSettings::fromPgConnInfo(conninfo, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void dialectsExpandTokensAndSections() {
        const QString script = QStringLiteral(
            "-- comment\nCREATE TABLE t (id {{ID}}, x TEXT);\n-- @sqlite\nSELECT 'sqlite';\n"
            "-- @postgres\nCREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$ "
            "LANGUAGE plpgsql;\n-- @all\nSELECT 2;\n");
        const QStringList sqlite = SqlDialect::create(Backend::SQLite)->prepareScript(script);
        QCOMPARE(sqlite.size(), 3);
        QCOMPARE(sqlite[0], QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)"));
        QCOMPARE(sqlite[1], QStringLiteral("SELECT 'sqlite'"));
        const QStringList pg = SqlDialect::create(Backend::PostgreSQL)->prepareScript(script);
        QCOMPARE(pg.size(), 3);
        QVERIFY(pg[0].contains(QStringLiteral("GENERATED BY DEFAULT AS IDENTITY")));
        QVERIFY(pg[1].contains(QStringLiteral("RETURN 1;\nEND;")));
        QCOMPARE(pg[2], QStringLiteral("SELECT 2"));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
