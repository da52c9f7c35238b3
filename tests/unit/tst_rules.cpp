// The classification guide and the consistency rules, against master data built by hand with the
// codes and ranks of resources/migrations/0001_core.sql.
#include "rules/ClassificationGuide.h"
#include "rules/ConsistencyRules.h"

#include <QHash>
#include <QTest>

using namespace assetreg;

namespace {

const QDate kToday(2026, 6, 1);

ClassificationLevel level(qint64 id, Axis axis, const QString& code, int rank,
                          const QStringList& defaults = {}) {
    ClassificationLevel l;
    l.id = id;
    l.axis = axis;
    l.code = code;
    l.rank = rank;
    l.labelJa = code;
    l.defaultRestrictions = defaults;
    return l;
}

// The defaults 0001_core.sql gives: C rank >= 3, C rank 2, I2 and A2.
const QStringList kStrictDefaults{QStringLiteral("need_to_know"), QStringLiteral("no_copy"),
                                  QStringLiteral("no_distribution"), QStringLiteral("no_takeout"),
                                  QStringLiteral("encryption")};
const QStringList kC2Defaults{QStringLiteral("copy_permit"), QStringLiteral("distribution_permit"),
                              QStringLiteral("takeout_permit")};
const QStringList kI2Defaults{QStringLiteral("rewrite_permit"),
                              QStringLiteral("dispose_after_retention")};
const QStringList kA2Defaults{QStringLiteral("backup"), QStringLiteral("recovery_time")};

void addIntegrityAvailability(ClassificationScheme& scheme, qint64 firstId) {
    scheme.levels.append(level(firstId, Axis::Integrity, QStringLiteral("2"), 2, kI2Defaults));
    scheme.levels.append(level(firstId + 1, Axis::Integrity, QStringLiteral("1"), 1));
    scheme.levels.append(
        level(firstId + 2, Axis::Availability, QStringLiteral("2"), 2, kA2Defaults));
    scheme.levels.append(level(firstId + 3, Axis::Availability, QStringLiteral("1"), 1));
}

ClassificationScheme micScheme() {
    ClassificationScheme s;
    s.id = 1;
    s.code = QStringLiteral("MIC2024");
    s.nameJa = QStringLiteral("総務省ガイドライン（令和6年10月版）");
    s.isDefault = true;
    s.levels.append(level(100, Axis::Confidentiality, QStringLiteral("3A"), 5, kStrictDefaults));
    s.levels.append(level(101, Axis::Confidentiality, QStringLiteral("3B"), 4, kStrictDefaults));
    s.levels.append(level(102, Axis::Confidentiality, QStringLiteral("3C"), 3, kStrictDefaults));
    s.levels.append(level(103, Axis::Confidentiality, QStringLiteral("2"), 2, kC2Defaults));
    s.levels.append(level(104, Axis::Confidentiality, QStringLiteral("1"), 1));
    addIntegrityAvailability(s, 105);
    return s;
}

ClassificationScheme legacyScheme() {
    ClassificationScheme s;
    s.id = 2;
    s.code = QStringLiteral("LEGACY");
    s.nameJa = QStringLiteral("従来の3段階分類");
    s.levels.append(level(200, Axis::Confidentiality, QStringLiteral("3"), 3, kStrictDefaults));
    s.levels.append(level(201, Axis::Confidentiality, QStringLiteral("2"), 2, kC2Defaults));
    s.levels.append(level(202, Axis::Confidentiality, QStringLiteral("1"), 1));
    addIntegrityAvailability(s, 203);
    return s;
}

// A scheme an administrator might define, with codes and ranks unlike either shipped scheme: the
// guide must work from its ranks alone.
ClassificationScheme customScheme() {
    ClassificationScheme s;
    s.id = 3;
    s.code = QStringLiteral("CUSTOM");
    s.nameJa = QStringLiteral("独自分類");
    s.levels.append(level(300, Axis::Confidentiality, QStringLiteral("P"), 10));
    s.levels.append(level(301, Axis::Confidentiality, QStringLiteral("S"), 50));
    s.levels.append(level(302, Axis::Confidentiality, QStringLiteral("M"), 20));
    s.levels.append(level(303, Axis::Integrity, QStringLiteral("H"), 7));
    s.levels.append(level(304, Axis::Integrity, QStringLiteral("L"), 3));
    s.levels.append(level(305, Axis::Availability, QStringLiteral("H"), 7));
    s.levels.append(level(306, Axis::Availability, QStringLiteral("L"), 3));
    return s;
}

QList<HandlingRestriction> restrictionMaster() {
    struct Row {
        const char* code;
        Axis axis;
        bool parameter;
        int sortOrder;
    };
    const Row rows[] = {
        {"need_to_know", Axis::Confidentiality, false, 10},
        {"no_copy", Axis::Confidentiality, false, 20},
        {"copy_permit", Axis::Confidentiality, false, 30},
        {"no_distribution", Axis::Confidentiality, false, 40},
        {"distribution_permit", Axis::Confidentiality, false, 50},
        {"no_takeout", Axis::Confidentiality, false, 60},
        {"takeout_permit", Axis::Confidentiality, false, 70},
        {"no_forwarding", Axis::Confidentiality, false, 80},
        {"encryption", Axis::Confidentiality, false, 90},
        {"destroy_after_reading", Axis::Confidentiality, false, 100},
        {"no_rewrite", Axis::Integrity, false, 110},
        {"rewrite_permit", Axis::Integrity, false, 120},
        {"no_deletion", Axis::Integrity, false, 130},
        {"dispose_after_retention", Axis::Integrity, false, 140},
        {"recovery_time", Axis::Availability, true, 150},
        {"backup", Axis::Availability, false, 160},
        {"storage_place", Axis::Availability, true, 170},
    };
    // Stored newest first, so that only sortOrder can put the proposal in the right order.
    QList<HandlingRestriction> list;
    qint64 id = 1;
    for (const Row& row : rows) {
        HandlingRestriction r;
        r.id = id++;
        r.code = QString::fromLatin1(row.code);
        r.axis = row.axis;
        r.labelJa = r.code;
        r.takesParameter = row.parameter;
        r.sortOrder = row.sortOrder;
        list.prepend(r);
    }
    return list;
}

ReferenceData reference() {
    ReferenceData ref;
    ref.organs.append(
        {1, QStringLiteral("MAYOR"), QStringLiteral("市長"), QStringLiteral("Mayor"), 1});
    ref.departments.append({10, 1, QStringLiteral("SOM"), QStringLiteral("総務課"), {}, 1, true});
    ref.people.append({30,
                       QStringLiteral("t.yamada"),
                       QStringLiteral("山田 太郎"),
                       QStringLiteral("課長"),
                       10,
                       0,
                       {},
                       {},
                       true});
    struct TypeRow {
        const char* code;
        AssetCategory category;
    };
    const TypeRow types[] = {{"network", AssetCategory::Infrastructure},
                             {"server", AssetCategory::Infrastructure},
                             {"pc", AssetCategory::Infrastructure},
                             {"system", AssetCategory::Infrastructure},
                             {"facility", AssetCategory::Infrastructure},
                             {"media", AssetCategory::Infrastructure},
                             {"data", AssetCategory::Information},
                             {"paper", AssetCategory::Information},
                             {"specification", AssetCategory::SystemDocument},
                             {"network_diagram", AssetCategory::SystemDocument},
                             {"manual", AssetCategory::SystemDocument}};
    int order = 10;
    for (const TypeRow& t : types) {
        ref.assetTypes.append({QString::fromLatin1(t.code), t.category, QString::fromLatin1(t.code),
                               QString::fromLatin1(t.code), order});
        order += 10;
    }
    ref.schemes = {micScheme(), legacyScheme(), customScheme()};
    ref.restrictions = restrictionMaster();
    return ref;
}

// An information asset that breaks no rule: every case changes what it tests.
Asset cleanInformation() {
    Asset a;
    a.id = 1;
    a.assetNumber = QStringLiteral("SOM-2026-0001");
    a.name = QStringLiteral("人事給与データ");
    a.category = AssetCategory::Information;
    a.subType = QStringLiteral("data");
    a.departmentId = 10;
    a.ownerId = 30;
    a.medium = Medium::Electronic;
    a.segment = Segment::Lgwan;
    a.schemeCode = QStringLiteral("MIC2024");
    a.confidentiality = QStringLiteral("3C");
    a.integrity = QStringLiteral("2");
    a.availability = QStringLiteral("2");
    a.status = AssetStatus::InUse;
    a.reviewState = ReviewState::Approved;
    a.lastReviewedOn = QDate(2026, 1, 15);
    a.createdAt = QDateTime(QDate(2024, 4, 1), QTime(9, 0), Qt::UTC);
    return a;
}

Asset cleanSystem(const QString& number, const QString& c, const QString& i, const QString& a) {
    Asset s = cleanInformation();
    s.id = 2;
    s.assetNumber = number;
    s.name = QStringLiteral("業務システム");
    s.category = AssetCategory::Infrastructure;
    s.subType = QStringLiteral("system");
    s.confidentiality = c;
    s.integrity = i;
    s.availability = a;
    return s;
}

Asset hostedInformation(const QString& number, const QString& c, const QString& i,
                        const QString& a) {
    Asset h = cleanInformation();
    h.id = 3;
    h.assetNumber = number;
    h.confidentiality = c;
    h.integrity = i;
    h.availability = a;
    return h;
}

QList<RuleFinding> checkWith(const Asset& asset, const ReferenceData& ref,
                             const QList<Asset>& livesOn = {}, const QList<Asset>& hosted = {}) {
    RuleContext context;
    context.ref = &ref;
    context.livesOn = livesOn;
    context.hostedInformation = hosted;
    context.today = kToday;
    context.reviewPeriodMonths = 12;
    return ConsistencyRules::check(asset, context);
}

QString describe(const QList<RuleFinding>& findings) {
    QStringList lines;
    for (const auto& f : findings)
        lines.append(f.ruleId + QLatin1Char('/') + f.field + QLatin1String(": ") + f.message);
    return lines.join(QLatin1String("; "));
}

QStringList codesOf(const QList<AssetRestriction>& restrictions) {
    QStringList codes;
    for (const auto& r : restrictions)
        codes.append(r.code);
    return codes;
}

QStringList reasonsFor(const GuideProposal& proposal, Axis axis) {
    QStringList texts;
    for (const auto& reason : proposal.reasons) {
        if (reason.axis == axis)
            texts.append(reason.text);
    }
    return texts;
}

GuideAnswers answersWith(PersonalInfo personal) {
    GuideAnswers answers;
    answers.personalInfo = personal;
    return answers;
}

} // namespace

class TestRules : public QObject {
    Q_OBJECT
private slots:
    void ruleListIsComplete() {
        const QList<RuleInfo> rules = ConsistencyRules::rules();
        QCOMPARE(rules.size(), 8);
        const QStringList ids{QStringLiteral("R01"), QStringLiteral("R02"), QStringLiteral("R03"),
                              QStringLiteral("R04"), QStringLiteral("R05"), QStringLiteral("R06"),
                              QStringLiteral("R07"), QStringLiteral("R08")};
        const QList<RuleSeverity> severities{RuleSeverity::Error,   RuleSeverity::Error,
                                             RuleSeverity::Error,   RuleSeverity::Error,
                                             RuleSeverity::Warning, RuleSeverity::Warning,
                                             RuleSeverity::Warning, RuleSeverity::Warning};
        for (int i = 0; i < rules.size(); ++i) {
            QCOMPARE(rules.at(i).id, ids.at(i));
            QCOMPARE(rules.at(i).severity, severities.at(i));
            QVERIFY(!rules.at(i).title.isEmpty());
            QVERIFY(rules.at(i).article.startsWith(QStringLiteral("第")));
        }
        QCOMPARE(rules.at(1).article, QStringLiteral("第7条(3)ア"));
        QCOMPARE(rules.at(2).article, QStringLiteral("第7条(3)イ・ウ"));
        QCOMPARE(rules.at(5).article, QStringLiteral("第7条(8)"));
        QCOMPARE(rules.at(7).article, QStringLiteral("第8条・第9条"));
    }

    void cleanAssetsHaveNoFindings() {
        const ReferenceData ref = reference();
        QCOMPARE(describe(checkWith(cleanInformation(), ref)), QString());
        const Asset system = cleanSystem(QStringLiteral("SYS-1"), QStringLiteral("3B"),
                                         QStringLiteral("2"), QStringLiteral("2"));
        QCOMPARE(
            describe(checkWith(system, ref, {},
                               {hostedInformation(QStringLiteral("INF-1"), QStringLiteral("3B"),
                                                  QStringLiteral("2"), QStringLiteral("2"))})),
            QString());
    }

    void check_data() {
        QTest::addColumn<Asset>("asset");
        QTest::addColumn<QList<Asset>>("livesOn");
        QTest::addColumn<QList<Asset>>("hosted");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("field");    // expected field; empty: the rule must not fire
        QTest::addColumn<QString>("mentions"); // text the message must contain, if any

        const QList<Asset> none;
        const QString R01 = QStringLiteral("R01"), R02 = QStringLiteral("R02"),
                      R03 = QStringLiteral("R03"), R04 = QStringLiteral("R04"),
                      R05 = QStringLiteral("R05"), R06 = QStringLiteral("R06"),
                      R07 = QStringLiteral("R07"), R08 = QStringLiteral("R08");

        // R01
        Asset a = cleanInformation();
        a.departmentId = 0;
        QTest::newRow("R01 no department")
            << a << none << none << R01 << QStringLiteral("department") << QString();
        a = cleanInformation();
        a.ownerId = 0;
        QTest::newRow("R01 no owner")
            << a << none << none << R01 << QStringLiteral("owner") << QString();
        a.status = AssetStatus::Disposed;
        QTest::newRow("R01 applies to disposed assets")
            << a << none << none << R01 << QStringLiteral("owner") << QString();
        QTest::newRow("R01 satisfied")
            << cleanInformation() << none << none << R01 << QString() << QString();

        // R02
        a = cleanInformation();
        a.personalInfo = PersonalInfo::MyNumber;
        a.confidentiality = QStringLiteral("3B");
        a.segment = Segment::Lgwan;
        QTest::newRow("R02 My Number data on LGWAN")
            << a << none << none << R02 << QStringLiteral("segment") << QString();
        a.segment = Segment::MyNumber;
        a.medium = Medium::Both;
        a.confidentiality = QStringLiteral("3C");
        QTest::newRow("R02 My Number data at 3C")
            << a << none << none << R02 << QStringLiteral("confidentiality")
            << QStringLiteral("C3B");
        a.confidentiality = QStringLiteral("3A");
        QTest::newRow("R02 satisfied at 3A in My Number segment")
            << a << none << none << R02 << QString() << QString();
        a.medium = Medium::Paper;
        a.segment = Segment::Lgwan;
        a.confidentiality = QStringLiteral("3C");
        QTest::newRow("R02 paper only") << a << none << none << R02 << QString() << QString();
        a = cleanInformation();
        a.personalInfo = PersonalInfo::MyNumber;
        a.segment = Segment::MyNumber;
        a.schemeCode = QStringLiteral("LEGACY");
        a.confidentiality = QStringLiteral("3");
        QTest::newRow("R02 legacy top level is enough")
            << a << none << none << R02 << QString() << QString();
        a.confidentiality = QStringLiteral("2");
        QTest::newRow("R02 legacy level 2 too low")
            << a << none << none << R02 << QStringLiteral("confidentiality")
            << QStringLiteral("C3");
        a = cleanInformation();
        a.personalInfo = PersonalInfo::MyNumber;
        a.status = AssetStatus::Retired;
        QTest::newRow("R02 not for retired assets")
            << a << none << none << R02 << QString() << QString();

        // R03
        a = cleanInformation();
        a.segment = Segment::Internet;
        QTest::newRow("R03 3C in Internet segment")
            << a << none << none << R03 << QStringLiteral("segment") << QString();
        a.confidentiality = QStringLiteral("2");
        QTest::newRow("R03 level 2 may be on the Internet side")
            << a << none << none << R03 << QString() << QString();
        a = cleanInformation();
        a.schemeCode = QStringLiteral("LEGACY");
        a.confidentiality = QStringLiteral("3");
        a.segment = Segment::Internet;
        QTest::newRow("R03 legacy 3 in Internet segment")
            << a << none << none << R03 << QStringLiteral("segment") << QString();
        Asset internetSystem = cleanSystem(QStringLiteral("NET-0007"), QStringLiteral("3B"),
                                           QStringLiteral("2"), QStringLiteral("2"));
        internetSystem.segment = Segment::Internet;
        a = cleanInformation();
        a.confidentiality = QStringLiteral("3B");
        QTest::newRow("R03 lives on an Internet system")
            << a << QList<Asset>{internetSystem} << none << R03 << QStringLiteral("lives_on")
            << QStringLiteral("NET-0007");
        a.confidentiality = QStringLiteral("2");
        QTest::newRow("R03 level 2 on an Internet system")
            << a << QList<Asset>{internetSystem} << none << R03 << QString() << QString();
        a = cleanInformation();
        a.schemeCode = QStringLiteral("NOSUCH");
        a.confidentiality = QStringLiteral("3B");
        a.segment = Segment::Internet;
        QTest::newRow("R03 skipped for an unknown scheme")
            << a << none << none << R03 << QString() << QString();

        // R04
        a = cleanInformation();
        a.personalInfo = PersonalInfo::Personal;
        a.confidentiality = QStringLiteral("1");
        QTest::newRow("R04 personal info at C1")
            << a << none << none << R04 << QStringLiteral("confidentiality")
            << QStringLiteral("C2");
        a.confidentiality = QStringLiteral("2");
        QTest::newRow("R04 personal info at C2")
            << a << none << none << R04 << QString() << QString();
        a = cleanInformation();
        a.confidentiality = QStringLiteral("1");
        QTest::newRow("R04 no personal info at C1")
            << a << none << none << R04 << QString() << QString();

        // R05
        a = cleanInformation();
        a.category = AssetCategory::SystemDocument;
        a.subType = QStringLiteral("network_diagram");
        a.confidentiality = QStringLiteral("1");
        QTest::newRow("R05 network diagram at C1")
            << a << none << none << R05 << QStringLiteral("confidentiality") << QString();
        a.subType = QStringLiteral("specification");
        QTest::newRow("R05 specification at C1")
            << a << none << none << R05 << QStringLiteral("confidentiality") << QString();
        a.confidentiality = QStringLiteral("2");
        QTest::newRow("R05 specification at C2")
            << a << none << none << R05 << QString() << QString();
        a.subType = QStringLiteral("manual");
        a.confidentiality = QStringLiteral("1");
        QTest::newRow("R05 manual at C1") << a << none << none << R05 << QString() << QString();

        // R06
        a = cleanInformation();
        a.outsourced = true;
        QTest::newRow("R06 outsourced without contractor")
            << a << none << none << R06 << QStringLiteral("contractor") << QString();
        a.contractor = QStringLiteral("株式会社みなみ野システム");
        QTest::newRow("R06 outsourced without contract")
            << a << none << none << R06 << QStringLiteral("contract_number") << QString();
        a.contractNumber = QStringLiteral("R8-123");
        QTest::newRow("R06 outsourced complete")
            << a << none << none << R06 << QString() << QString();
        a = cleanInformation();
        a.cloudService = true;
        a.contractNumber = QStringLiteral("R8-124");
        QTest::newRow("R06 cloud without service name")
            << a << none << none << R06 << QStringLiteral("cloud_service_name") << QString();
        a.cloudServiceName = QStringLiteral("自治体クラウド");
        a.contractNumber.clear();
        QTest::newRow("R06 cloud without contract")
            << a << none << none << R06 << QStringLiteral("contract_number") << QString();
        a.contractNumber = QStringLiteral("R8-124");
        QTest::newRow("R06 cloud complete") << a << none << none << R06 << QString() << QString();

        // R07, system side
        const Asset residents = hostedInformation(QStringLiteral("SHI-0001"), QStringLiteral("3B"),
                                                  QStringLiteral("2"), QStringLiteral("2"));
        Asset system = cleanSystem(QStringLiteral("SYS-0001"), QStringLiteral("2"),
                                   QStringLiteral("2"), QStringLiteral("2"));
        QTest::newRow("R07 system below hosted confidentiality")
            << system << none << QList<Asset>{residents} << R07 << QStringLiteral("confidentiality")
            << QStringLiteral("SHI-0001");
        system = cleanSystem(QStringLiteral("SYS-0001"), QStringLiteral("3B"), QStringLiteral("2"),
                             QStringLiteral("1"));
        QTest::newRow("R07 system below hosted availability")
            << system << none << QList<Asset>{residents} << R07 << QStringLiteral("availability")
            << QStringLiteral("A2");
        system.availability = QStringLiteral("2");
        QTest::newRow("R07 system as high as hosted")
            << system << none << QList<Asset>{residents} << R07 << QString() << QString();
        system.confidentiality = QStringLiteral("2");
        system.overrideReason = QStringLiteral("暗号化して保存するため");
        QTest::newRow("R07 override reason recorded")
            << system << none << QList<Asset>{residents} << R07 << QString() << QString();
        Asset retiredHosted = residents;
        retiredHosted.status = AssetStatus::Retired;
        system.overrideReason.clear();
        QTest::newRow("R07 retired information does not count")
            << system << none << QList<Asset>{retiredHosted} << R07 << QString() << QString();

        // R07, information side
        const Asset lowSystem = cleanSystem(QStringLiteral("SYS-0002"), QStringLiteral("2"),
                                            QStringLiteral("2"), QStringLiteral("2"));
        a = cleanInformation();
        a.confidentiality = QStringLiteral("3B");
        QTest::newRow("R07 lives on a lower system")
            << a << QList<Asset>{lowSystem} << none << R07 << QStringLiteral("lives_on")
            << QStringLiteral("SYS-0002");
        Asset justified = lowSystem;
        justified.overrideReason = QStringLiteral("端末にデータを保存しないため");
        QTest::newRow("R07 lower system with a reason")
            << a << QList<Asset>{justified} << none << R07 << QString() << QString();
        a.confidentiality = QStringLiteral("2");
        QTest::newRow("R07 lives on an equal system")
            << a << QList<Asset>{lowSystem} << none << R07 << QString() << QString();

        // R08 (today 2026-06-01, period 12 months: reviews on or after 2025-06-01 count)
        a = cleanInformation();
        a.lastReviewedOn = QDate(2025, 5, 31);
        QTest::newRow("R08 reviewed 12 months and a day ago")
            << a << none << none << R08 << QStringLiteral("last_reviewed_on")
            << QStringLiteral("2025-05-31");
        a.lastReviewedOn = QDate(2025, 6, 1);
        QTest::newRow("R08 reviewed exactly 12 months ago")
            << a << none << none << R08 << QString() << QString();
        a.lastReviewedOn = QDate();
        a.createdAt = QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC);
        QTest::newRow("R08 new and never reviewed")
            << a << none << none << R08 << QString() << QString();
        a.createdAt = QDateTime(QDate(2024, 1, 15), QTime(9, 0), Qt::UTC);
        QTest::newRow("R08 old and never reviewed")
            << a << none << none << R08 << QStringLiteral("last_reviewed_on") << QString();
        a.createdAt = QDateTime();
        QTest::newRow("R08 not for an asset being registered")
            << a << none << none << R08 << QString() << QString();
        a.lastReviewedOn = QDate(2020, 1, 1);
        a.status = AssetStatus::Retired;
        QTest::newRow("R08 not for retired assets")
            << a << none << none << R08 << QString() << QString();
    }

    void check() {
        QFETCH(Asset, asset);
        QFETCH(QList<Asset>, livesOn);
        QFETCH(QList<Asset>, hosted);
        QFETCH(QString, ruleId);
        QFETCH(QString, field);
        QFETCH(QString, mentions);

        const ReferenceData ref = reference();
        const QList<RuleFinding> findings = checkWith(asset, ref, livesOn, hosted);
        QList<RuleFinding> ofRule;
        for (const auto& f : findings) {
            if (f.ruleId == ruleId)
                ofRule.append(f);
        }
        if (field.isEmpty()) {
            QVERIFY2(ofRule.isEmpty(), qPrintable(describe(ofRule)));
            return;
        }
        QVERIFY2(ofRule.size() == 1, qPrintable(describe(findings)));
        const RuleFinding& finding = ofRule.first();
        RuleInfo info;
        for (const auto& rule : ConsistencyRules::rules()) {
            if (rule.id == ruleId)
                info = rule;
        }
        QCOMPARE(finding.field, field);
        QCOMPARE(finding.severity, info.severity);
        QCOMPARE(finding.article, info.article);
        QVERIFY(!finding.message.isEmpty());
        if (!mentions.isEmpty())
            QVERIFY2(finding.message.contains(mentions), qPrintable(finding.message));
    }

    void myNumberIsOneFindingPerField() {
        // My Number data at C1 in the LGWAN: R02 twice (segment, confidentiality); R04 asks for
        // less on the same field and stays quiet.
        Asset a = cleanInformation();
        a.personalInfo = PersonalInfo::MyNumber;
        a.confidentiality = QStringLiteral("1");
        const QList<RuleFinding> findings = checkWith(a, reference());
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).ruleId, QStringLiteral("R02"));
        QCOMPARE(findings.at(0).field, QStringLiteral("segment"));
        QCOMPARE(findings.at(0).severity, RuleSeverity::Error);
        QCOMPARE(findings.at(1).ruleId, QStringLiteral("R02"));
        QCOMPARE(findings.at(1).field, QStringLiteral("confidentiality"));
    }

    void outsourcedCloudReportsContractOnce() {
        Asset a = cleanInformation();
        a.outsourced = true;
        a.contractor = QStringLiteral("株式会社みなみ野システム");
        a.cloudService = true;
        a.cloudServiceName = QStringLiteral("自治体クラウド");
        const QList<RuleFinding> findings = checkWith(a, reference());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().field, QStringLiteral("contract_number"));
    }

    void retiredAssetsOnlyGetR01() {
        Asset a = cleanInformation();
        a.status = AssetStatus::Retired;
        a.ownerId = 0;
        a.segment = Segment::Internet;
        a.personalInfo = PersonalInfo::MyNumber;
        a.outsourced = true;
        a.lastReviewedOn = QDate(2019, 1, 1);
        const QList<RuleFinding> findings = checkWith(a, reference());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().ruleId, QStringLiteral("R01"));
        QCOMPARE(findings.first().field, QStringLiteral("owner"));
    }

    void withoutReferenceDataRankRulesAreSkipped() {
        Asset a = cleanInformation();
        a.personalInfo = PersonalInfo::Personal;
        a.confidentiality = QStringLiteral("1");
        a.segment = Segment::Internet;
        RuleContext context;
        context.today = kToday;
        const QList<RuleFinding> findings = ConsistencyRules::check(a, context);
        QCOMPARE(describe(findings), QString());
    }

    void propose_data() {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<GuideAnswers>("answers");
        QTest::addColumn<QString>("confidentiality");
        QTest::addColumn<QString>("integrity");
        QTest::addColumn<QString>("availability");

        const QString mic = QStringLiteral("MIC2024");
        const QString legacy = QStringLiteral("LEGACY");
        const QString custom = QStringLiteral("CUSTOM");

        GuideAnswers myNumber = answersWith(PersonalInfo::MyNumber);
        myNumber.alterationHarms = true;
        QTest::newRow("My Number") << mic << myNumber << QStringLiteral("3B") << QStringLiteral("2")
                                   << QStringLiteral("1");
        GuideAnswers secret;
        secret.secretEquivalent = true;
        secret.personalInfo = PersonalInfo::MyNumber;
        secret.unavailabilityHarms = true;
        QTest::newRow("secret beats My Number")
            << mic << secret << QStringLiteral("3A") << QStringLiteral("1") << QStringLiteral("2");
        GuideAnswers serious;
        serious.seriousLargeScaleHarm = true;
        serious.publicInformation = true;
        QTest::newRow("large-scale harm")
            << mic << serious << QStringLiteral("3B") << QStringLiteral("1") << QStringLiteral("1");
        QTest::newRow("sensitive")
            << mic << answersWith(PersonalInfo::Sensitive) << QStringLiteral("3C")
            << QStringLiteral("1") << QStringLiteral("1");
        GuideAnswers personalPublic = answersWith(PersonalInfo::Personal);
        personalPublic.publicInformation = true;
        QTest::newRow("personal, even if called public")
            << mic << personalPublic << QStringLiteral("3C") << QStringLiteral("1")
            << QStringLiteral("1");
        GuideAnswers strict;
        strict.strictConfidentiality = true;
        QTest::newRow("strict") << mic << strict << QStringLiteral("3C") << QStringLiteral("1")
                                << QStringLiteral("1");
        GuideAnswers publicInfo;
        publicInfo.publicInformation = true;
        QTest::newRow("public") << mic << publicInfo << QStringLiteral("1") << QStringLiteral("1")
                                << QStringLiteral("1");
        QTest::newRow("nothing special") << mic << GuideAnswers() << QStringLiteral("2")
                                         << QStringLiteral("1") << QStringLiteral("1");

        QTest::newRow("legacy My Number") << legacy << myNumber << QStringLiteral("3")
                                          << QStringLiteral("2") << QStringLiteral("1");
        QTest::newRow("legacy secret") << legacy << secret << QStringLiteral("3")
                                       << QStringLiteral("1") << QStringLiteral("2");
        QTest::newRow("legacy strict") << legacy << strict << QStringLiteral("3")
                                       << QStringLiteral("1") << QStringLiteral("1");
        QTest::newRow("legacy nothing special") << legacy << GuideAnswers() << QStringLiteral("2")
                                                << QStringLiteral("1") << QStringLiteral("1");

        QTest::newRow("custom My Number") << custom << myNumber << QStringLiteral("S")
                                          << QStringLiteral("H") << QStringLiteral("L");
        QTest::newRow("custom nothing special") << custom << GuideAnswers() << QStringLiteral("M")
                                                << QStringLiteral("L") << QStringLiteral("L");
        QTest::newRow("custom public") << custom << publicInfo << QStringLiteral("P")
                                       << QStringLiteral("L") << QStringLiteral("L");
    }

    void propose() {
        QFETCH(QString, scheme);
        QFETCH(GuideAnswers, answers);
        QFETCH(QString, confidentiality);
        QFETCH(QString, integrity);
        QFETCH(QString, availability);

        const ReferenceData ref = reference();
        const ClassificationScheme* s = ref.scheme(scheme);
        QVERIFY(s);
        const GuideProposal proposal = ClassificationGuide::propose(answers, *s, ref.restrictions);
        QCOMPARE(proposal.confidentiality, confidentiality);
        QCOMPARE(proposal.integrity, integrity);
        QCOMPARE(proposal.availability, availability);
        for (Axis axis : {Axis::Confidentiality, Axis::Integrity, Axis::Availability})
            QVERIFY2(!reasonsFor(proposal, axis).isEmpty(), qPrintable(displayName(axis)));
    }

    void myNumberProposal() {
        const ReferenceData ref = reference();
        GuideAnswers answers = answersWith(PersonalInfo::MyNumber);
        answers.alterationHarms = true;
        const GuideProposal proposal = ClassificationGuide::propose(
            answers, *ref.scheme(QStringLiteral("MIC2024")), ref.restrictions);
        QCOMPARE(proposal.confidentiality, QStringLiteral("3B"));
        QVERIFY(codesOf(proposal.restrictions).contains(QStringLiteral("encryption")));
        const QString reasons = reasonsFor(proposal, Axis::Confidentiality).join(QLatin1Char('\n'));
        QVERIFY2(reasons.contains(QStringLiteral("My Number")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("Article 7(3)(a)")), qPrintable(reasons));
    }

    void legacyMappingIsExplained() {
        const ReferenceData ref = reference();
        const GuideProposal proposal =
            ClassificationGuide::propose(answersWith(PersonalInfo::MyNumber),
                                         *ref.scheme(QStringLiteral("LEGACY")), ref.restrictions);
        QCOMPARE(proposal.confidentiality, QStringLiteral("3"));
        const QString reasons = reasonsFor(proposal, Axis::Confidentiality).join(QLatin1Char('\n'));
        QVERIFY2(reasons.contains(QStringLiteral("C3B")) && reasons.contains(QStringLiteral("C3")),
                 qPrintable(reasons));
        QVERIFY(reasons.contains(QStringLiteral("従来の3段階分類")));
    }

    void encryptionForElectronicSensitiveData_data() {
        QTest::addColumn<int>("personal");
        QTest::addColumn<bool>("electronic");
        QTest::addColumn<bool>("expected");
        QTest::newRow("My Number, electronic") << int(PersonalInfo::MyNumber) << true << true;
        QTest::newRow("sensitive, electronic") << int(PersonalInfo::Sensitive) << true << true;
        QTest::newRow("My Number, paper") << int(PersonalInfo::MyNumber) << false << false;
        QTest::newRow("personal, electronic") << int(PersonalInfo::Personal) << true << false;
    }
    void encryptionForElectronicSensitiveData() {
        QFETCH(int, personal);
        QFETCH(bool, electronic);
        QFETCH(bool, expected);
        // Levels without default restrictions, so that only the data itself can ask for it.
        ClassificationScheme bare = micScheme();
        for (auto& l : bare.levels)
            l.defaultRestrictions.clear();
        GuideAnswers answers = answersWith(static_cast<PersonalInfo>(personal));
        answers.electronic = electronic;
        const GuideProposal proposal =
            ClassificationGuide::propose(answers, bare, restrictionMaster());
        QCOMPARE(codesOf(proposal.restrictions).contains(QStringLiteral("encryption")), expected);
    }

    void unknownRestrictionsAreNotProposed() {
        QList<HandlingRestriction> known = restrictionMaster();
        known.removeIf([](const HandlingRestriction& r) {
            return r.code == QLatin1String("encryption") || r.code == QLatin1String("no_copy");
        });
        const ReferenceData ref = reference();
        const GuideProposal proposal = ClassificationGuide::propose(
            answersWith(PersonalInfo::MyNumber), *ref.scheme(QStringLiteral("MIC2024")), known);
        QCOMPARE(codesOf(proposal.restrictions),
                 (QStringList{QStringLiteral("need_to_know"), QStringLiteral("no_distribution"),
                              QStringLiteral("no_takeout")}));
    }

    void recoveryTime() {
        const ReferenceData ref = reference();
        const ClassificationScheme& mic = *ref.scheme(QStringLiteral("MIC2024"));
        GuideAnswers answers = answersWith(PersonalInfo::MyNumber);
        answers.alterationHarms = true;
        answers.unavailabilityHarms = true;
        answers.recoveryTime = QStringLiteral("24時間");
        const GuideProposal withTime = ClassificationGuide::propose(answers, mic, ref.restrictions);
        // Complete and in sortOrder although the master lists them in reverse.
        const QList<AssetRestriction> expected{
            {QStringLiteral("need_to_know"), {}},
            {QStringLiteral("no_copy"), {}},
            {QStringLiteral("no_distribution"), {}},
            {QStringLiteral("no_takeout"), {}},
            {QStringLiteral("encryption"), {}},
            {QStringLiteral("rewrite_permit"), {}},
            {QStringLiteral("dispose_after_retention"), {}},
            {QStringLiteral("recovery_time"), QStringLiteral("24時間")},
            {QStringLiteral("backup"), {}},
        };
        QCOMPARE(withTime.restrictions, expected);

        answers.recoveryTime = QStringLiteral("  ");
        const GuideProposal withoutTime =
            ClassificationGuide::propose(answers, mic, ref.restrictions);
        QVERIFY(!codesOf(withoutTime.restrictions).contains(QStringLiteral("recovery_time")));
        QVERIFY(codesOf(withoutTime.restrictions).contains(QStringLiteral("backup")));
        const QString reasons = reasonsFor(withoutTime, Axis::Availability).join(QLatin1Char('\n'));
        QVERIFY2(reasons.contains(QStringLiteral("recovery")), qPrintable(reasons));

        // A time given for A1 is not turned into a restriction.
        answers.unavailabilityHarms = false;
        answers.recoveryTime = QStringLiteral("3日");
        const GuideProposal a1 = ClassificationGuide::propose(answers, mic, ref.restrictions);
        QCOMPARE(a1.availability, QStringLiteral("1"));
        QVERIFY(!codesOf(a1.restrictions).contains(QStringLiteral("recovery_time")));
        QVERIFY(!codesOf(a1.restrictions).contains(QStringLiteral("backup")));
    }

    void publicInformationHasNoRestrictions() {
        const ReferenceData ref = reference();
        GuideAnswers answers;
        answers.publicInformation = true;
        const GuideProposal proposal = ClassificationGuide::propose(
            answers, *ref.scheme(QStringLiteral("MIC2024")), ref.restrictions);
        QCOMPARE(proposal.confidentiality, QStringLiteral("1"));
        QCOMPARE(proposal.restrictions, QList<AssetRestriction>());
    }

    // Every combination of answers, in every scheme: real level codes, a reason per axis, known
    // restriction codes only, each once, in sortOrder.
    void everyProposalIsConsistent() {
        const ReferenceData ref = reference();
        QHash<QString, int> sortOrder;
        for (const auto& r : ref.restrictions)
            sortOrder.insert(r.code, r.sortOrder);
        int checked = 0;
        for (const ClassificationScheme& scheme : ref.schemes) {
            for (PersonalInfo personal : EnumTraits<PersonalInfo>::all()) {
                for (int bits = 0; bits < (1 << 8); ++bits) {
                    GuideAnswers answers = answersWith(personal);
                    answers.secretEquivalent = (bits & 1) != 0;
                    answers.seriousLargeScaleHarm = (bits & 2) != 0;
                    answers.strictConfidentiality = (bits & 4) != 0;
                    answers.publicInformation = (bits & 8) != 0;
                    answers.alterationHarms = (bits & 16) != 0;
                    answers.unavailabilityHarms = (bits & 32) != 0;
                    answers.electronic = (bits & 64) != 0;
                    answers.recoveryTime = (bits & 128) ? QStringLiteral("4時間") : QString();
                    const GuideProposal p =
                        ClassificationGuide::propose(answers, scheme, ref.restrictions);
                    const QString where = scheme.code + QLatin1Char('/') + toKey(personal) +
                                          QLatin1Char('/') + QString::number(bits);
                    const struct {
                        Axis axis;
                        const QString& code;
                    } axes[] = {{Axis::Confidentiality, p.confidentiality},
                                {Axis::Integrity, p.integrity},
                                {Axis::Availability, p.availability}};
                    for (const auto& axis : axes) {
                        const auto found = scheme.findLevel(axis.axis, axis.code);
                        QVERIFY2(found && found->code == axis.code, qPrintable(where));
                        QVERIFY2(!reasonsFor(p, axis.axis).isEmpty(), qPrintable(where));
                    }
                    int previous = -1;
                    for (const auto& r : p.restrictions) {
                        QVERIFY2(sortOrder.contains(r.code), qPrintable(where + r.code));
                        QVERIFY2(sortOrder.value(r.code) > previous, qPrintable(where + r.code));
                        previous = sortOrder.value(r.code);
                        const bool parameterised = r.code == QLatin1String("recovery_time");
                        QCOMPARE(r.parameter.isEmpty(), !parameterised);
                    }
                    ++checked;
                }
            }
        }
        QCOMPARE(checked, 3 * 4 * 256);
    }

    void questions() {
        const QList<ClassificationGuide::Question> questions = ClassificationGuide::questions();
        QStringList ids;
        for (const auto& q : questions) {
            ids.append(q.id);
            QVERIFY2(!q.text.isEmpty() && !q.help.isEmpty(), qPrintable(q.id));
        }
        QCOMPARE(ids,
                 (QStringList{
                     QStringLiteral("personal_info"), QStringLiteral("secret_equivalent"),
                     QStringLiteral("serious_large_scale_harm"),
                     QStringLiteral("strict_confidentiality"), QStringLiteral("public_information"),
                     QStringLiteral("alteration_harms"), QStringLiteral("unavailability_harms"),
                     QStringLiteral("recovery_time"), QStringLiteral("electronic")}));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
