#include "TestSupport.h"

#include "storage/MasterDataRepository.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace assetreg::test {

Backend backendUnderTest() {
    return qEnvironmentVariable("ASSETREG_TEST_BACKEND") == QLatin1String("postgres")
               ? Backend::PostgreSQL
               : Backend::SQLite;
}

QString backendName() {
    return backendUnderTest() == Backend::PostgreSQL ? QStringLiteral("postgres")
                                                     : QStringLiteral("sqlite");
}

QString pgAdminConnInfo() {
    QFile file(qEnvironmentVariable("ASSETREG_TEST_PG_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

namespace {
bool pgAdminExec(const QString& sql, QString* error) {
    const auto admin = ConnectionSettings::fromPgConnInfo(pgAdminConnInfo(), error);
    if (!admin)
        return false;
    const QString name = QStringLiteral("pgadmin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin->host);
        db.setPort(admin->port);
        db.setDatabaseName(admin->databaseName);
        db.setUserName(admin->user);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

TempRegister::TempRegister(Backend backend) {
    if (backend == Backend::SQLite) {
        m_settings = ConnectionSettings::forSqlite(m_dir.filePath(QStringLiteral("register.db")));
    } else {
        const QString admin = pgAdminConnInfo();
        if (admin.isEmpty()) {
            m_error = QStringLiteral("no PostgreSQL test server (ASSETREG_TEST_PG_FILE)");
            return;
        }
        m_pgDatabase = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
        if (!pgAdminExec(QStringLiteral("CREATE DATABASE ") + m_pgDatabase, &m_error))
            return;
        QString conninfo = admin;
        conninfo.replace(QStringLiteral("dbname=postgres"),
                         QStringLiteral("dbname=") + m_pgDatabase);
        m_pgConnInfo = conninfo;
        m_settings = *ConnectionSettings::fromPgConnInfo(conninfo, &m_error);
    }
    m_db = std::make_unique<Database>();
    if (!m_db->openAndMigrate(m_settings, Database::OpenMode::CreateIfMissing)) {
        m_error = m_db->errorString();
        return;
    }
    m_valid = true;
}

TempRegister::~TempRegister() {
    m_db.reset();
    if (!m_pgDatabase.isEmpty()) {
        QString error;
        pgAdminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase),
                    &error);
    }
}

QStringList TempRegister::cliArguments() const {
    if (m_settings.backend == Backend::SQLite)
        return {QStringLiteral("--db"), m_settings.sqlitePath};
    return {QStringLiteral("--pg"), m_pgConnInfo};
}

std::unique_ptr<Database> TempRegister::openAnother() const {
    auto db = std::make_unique<Database>();
    if (!db->openAndMigrate(m_settings))
        return nullptr;
    return db;
}

Organisation seedOrganisation(Database& db) {
    MasterDataRepository master(db);
    Organisation org;
    Organ mayor{0, QStringLiteral("MAYOR"), QStringLiteral("市長"), QStringLiteral("Mayor"), 1};
    master.addOrgan(mayor);
    org.organId = mayor.id;
    Department a{0,
                 mayor.id,
                 QStringLiteral("SOM"),
                 QStringLiteral("総務課"),
                 QStringLiteral("General Affairs"),
                 1,
                 true};
    Department b{0,
                 mayor.id,
                 QStringLiteral("SHIMIN"),
                 QStringLiteral("市民課"),
                 QStringLiteral("Residents"),
                 2,
                 true};
    master.addDepartment(a);
    master.addDepartment(b);
    org.deptA = a.id;
    org.deptB = b.id;
    Person ownerA{0,
                  QStringLiteral("t.yamada"),
                  QStringLiteral("山田 太郎"),
                  QStringLiteral("課長"),
                  a.id,
                  0,
                  {},
                  {},
                  true};
    Person ownerB{0,
                  QStringLiteral("h.sato"),
                  QStringLiteral("佐藤 花子"),
                  QStringLiteral("課長"),
                  b.id,
                  0,
                  {},
                  {},
                  true};
    master.addPerson(ownerA);
    master.addPerson(ownerB);
    org.ownerA = ownerA.id;
    org.ownerB = ownerB.id;
    return org;
}

Asset makeAsset(const Organisation& org, const QString& number, const QString& name) {
    Asset a;
    a.assetNumber = number;
    a.name = name;
    a.category = AssetCategory::Information;
    a.subType = QStringLiteral("data");
    a.description = QStringLiteral("職員の人事記録");
    a.departmentId = org.deptA;
    a.ownerId = org.ownerA;
    a.medium = Medium::Electronic;
    a.segment = Segment::Lgwan;
    a.schemeCode = QStringLiteral("MIC2024");
    a.confidentiality = QStringLiteral("3C");
    a.integrity = QStringLiteral("2");
    a.availability = QStringLiteral("1");
    a.personalInfo = PersonalInfo::Personal;
    a.restrictions = {{QStringLiteral("need_to_know"), {}}, {QStringLiteral("no_takeout"), {}}};
    return a;
}

bool registerAdminAnd(Database& db, const QString& login, Role role, qint64 departmentId) {
    AccessControl access(db);
    UserRecord admin;
    admin.login = db.currentUser();
    admin.role = Role::Admin;
    UserRecord other;
    other.login = login;
    other.role = role;
    other.departmentId = departmentId;
    for (UserRecord* user : {&admin, &other}) {
        if (!access.addUser(*user)) {
            qWarning("%s", qPrintable(db.errorString()));
            return false;
        }
    }
    return true;
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString pdfLayoutText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace assetreg::test
